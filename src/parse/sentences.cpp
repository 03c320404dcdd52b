// Sentences: a measure's text split on 。, each with its years and figures.
#include <unicode/uniset.h>
#include <unicode/utf8.h>

#include "parse/pieces.hpp"
#include "text/figures.hpp"
#include "text/unicode.hpp"

namespace nendiff {
namespace {

// The opener a closing bracket matches, 0 if `c` closes nothing.
char32_t opener_of(char32_t c) {
  switch (c) {
    case U'」': return U'「';
    case U'』': return U'『';
    case U')': return U'(';
    case U'】': return U'【';
    default: return 0;
  }
}

// Open brackets inside which 。 does not end a sentence. A closer pops back to
// its own opener, so a bracket left open inside a quote (「…(第二次」, a real
// typo) ends with the quote instead of swallowing the rest of the measure.
// Where each kind of opener stands is kept, so that a closer finds its opener
// without scanning the whole stack (quadratic on a line of a million
// unclosed 「 followed by as many ）).
class OpenBrackets {
 public:
  bool empty() const { return depth_ == 0; }

  void track(char32_t c) {
    if (int kind = kind_of(c); kind >= 0) return at_[kind].push_back(depth_++);
    int kind = kind_of(opener_of(c));
    if (kind < 0 || at_[kind].empty()) return;
    depth_ = at_[kind].back();  // closes it and every bracket opened inside it
    for (std::vector<size_t>& at : at_)
      while (!at.empty() && at.back() >= depth_) at.pop_back();
  }

 private:
  static int kind_of(char32_t opener) {
    switch (opener) {
      case U'「': return 0;
      case U'『': return 1;
      case U'(': return 2;
      case U'【': return 3;
      default: return -1;
    }
  }

  size_t depth_ = 0;
  std::vector<size_t> at_[4];  // stack depth of each open bracket, by kind
};

// The characters split_sentences looks at: 。 and the brackets OpenBrackets
// tracks, and U+FFFD, as which ICU's span sees ill-formed bytes (so that
// those are decoded here too). ICU's span skips the others quickly.
const icu::UnicodeSet& sentence_marks() {
  static const icu::UnicodeSet& set = text::make_frozen_set(u"[。「」『』()【】\\uFFFD]");
  return set;
}

}  // namespace

// One pass over the text, from one 。 or bracket to the next; each sentence
// is decoded once more, for its years and figures together.
std::vector<Sentence> split_sentences(std::string_view text) {
  std::vector<Sentence> sentences;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  size_t start = 0;
  OpenBrackets open;
  auto emit = [&](size_t end) {
    if (end > start) {
      Sentence sentence;
      sentence.text = std::string(text.substr(start, end - start));
      sentence.offset = start;
      text::find_years_and_figures(sentence.text, sentence.years, sentence.figures);
      sentences.push_back(std::move(sentence));
    }
    start = end;
  };
  for (size_t i = 0; i < text.size();) {
    i += static_cast<size_t>(sentence_marks().spanUTF8(
        text.data() + i, static_cast<int32_t>(text.size() - i), USET_SPAN_NOT_CONTAINED));
    if (i == text.size()) break;
    UChar32 c;
    U8_NEXT_OR_FFFD(s, i, text.size(), c);
    open.track(static_cast<char32_t>(c));
    if (c == U'。' && open.empty()) emit(i);
  }
  emit(text.size());
  return sentences;
}

}  // namespace nendiff
