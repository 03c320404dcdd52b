// Sentences: a measure's text split on 。, each with its years and figures.
#include <unicode/uniset.h>
#include <unicode/utf8.h>

#include <functional>
#include <optional>

#include "parse/pieces.hpp"
#include "text/brackets.hpp"
#include "text/char_span.hpp"
#include "text/figures.hpp"
#include "text/unicode.hpp"
#include "text/utf8.hpp"

namespace nendiff {
namespace {

// The characters split_sentences looks at: 。 and the brackets that hold
// sentences, inside which 。 does not end one (the tracker sees no others),
// and U+FFFD, as which ICU's span sees ill-formed bytes (so that those are
// decoded here too). ICU's span skips the others quickly. The superscript
// digits too, for sentences_unless_marked: a footnote marker is met on the
// same pass (split_sentences reads it as any other character).
const text::CharSpan& before_sentence_mark() {
  static const text::CharSpan span(*[] {
    icu::UnicodeSet* s = text::sentence_bracket_characters().cloneAsThawed();  // never freed
    s->add(U'。').add(0xFFFD).add(0xB9).add(0xB2, 0xB3).add(0x2070, 0x2079).freeze();
    return s;
  }(), USET_SPAN_NOT_CONTAINED);
  return span;
}

// One pass over the text, from one 。 or bracket to the next; each sentence
// is decoded once more, for its years and figures together. With
// `stop_at_marker`, a footnote marker ends the pass: nullopt.
std::optional<std::vector<Sentence>> sentences_of(std::string_view text,
                                                  const std::vector<size_t>& breaks,
                                                  bool stop_at_marker) {
  std::vector<Sentence> sentences;
  size_t next_break = 0;  // into `breaks`
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  size_t start = 0;
  text::BracketTracker open;
  auto emit = [&](size_t end) {
    if (end > start) {
      Sentence sentence;
      sentence.text = text.substr(start, end - start);  // a view: the caller keeps the text
      sentence.offset = static_cast<uint32_t>(start);
      text::find_years_and_figures(sentence.text, sentence.years, sentence.figures);
      sentences.push_back(std::move(sentence));
    }
    start = end;
  };
  for (size_t i = 0; i < text.size();) {
    const size_t limit = next_break < breaks.size() ? breaks[next_break] : text.size();
    i += before_sentence_mark()(text.substr(i, limit - i));
    if (i == limit && limit < text.size()) {  // a paragraph starts: whatever is open ends
      // (the space parting two paragraphs, if any, is neither's)
      emit(limit > start && text[limit - 1] == ' ' ? limit - 1 : limit);
      start = limit;
      open = text::BracketTracker();
      ++next_break;
      continue;
    }
    if (i == text.size()) break;
    const UChar32 c = text::next_code_point(s, i, text.size());
    if (stop_at_marker && text::is_superscript_digit(static_cast<char32_t>(c))) return std::nullopt;
    if (text::may_be_bracket(static_cast<char32_t>(c))) open.track(static_cast<char32_t>(c));
    if (c == U'。' && open.empty()) emit(i);
  }
  emit(text.size());
  return sentences;
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text, const std::vector<size_t>& breaks) {
  return *sentences_of(text, breaks, false);
}

std::optional<std::vector<Sentence>> sentences_unless_marked(std::string_view text,
                                                             const std::vector<size_t>& breaks) {
  return sentences_of(text, breaks, true);
}

}  // namespace nendiff
