// The character edits between two sentences, as a reader is shown them: each
// side quoted verbatim, a year that only rolled with the edition marked as a
// roll (not an edit), and in each run of changes the deletion first (git's
// order).
#include "compare/edits.hpp"

#include <dtl/dtl.hpp>

#include <functional>

#include "text/script.hpp"
#include "text/unicode.hpp"
#include "text/years.hpp"

namespace nendiff {
namespace {

// What dtl compares: one character, a Latin word, or a year written in ASCII
// digits taken whole, so that 2023 in the old sentence matches 2024 in the new
// one when the editions are a year apart.
struct Token {
  std::u32string_view text;
  std::string_view utf8;  // the same characters in the UTF-8 text, which the edits view
  int year = 0;         // 0 for a character
  int next_year = 0;    // the year it is in the next edition (old side); itself (new side)
  bool operator==(const Token& o) const {
    if (year == 0 || o.year == 0) return year == o.year && text == o.text;
    return year == o.year || next_year == o.next_year;
  }
};

// Only years written in ASCII digits roll: a kanji 「二〇二三年」 or an era year
// keeps its form as written, and is compared character by character.
bool rolls(const YearMention& y) {
  const std::string digits = std::to_string(y.year);
  return !y.era && y.raw.compare(0, digits.size(), digits) == 0;
}

// A Latin word is read whole (「summer」 → 「autumn」 is one word replaced, not
// 「[-s-]{+a+}u{+tu+}m…」); any other character alone. The length, in code
// points, of the token at `i` (before `end`).
size_t latin_word_at(const std::u32string& text, size_t i, size_t end) {
  size_t j = i;
  while (j < end && text::is_latin(text[j])) ++j;
  return j > i ? j - i : 1;
}

std::vector<Token> tokens_of(const std::u32string& text, std::string_view utf8,
                             ListView<YearMention> years, int gap) {
  std::vector<Token> out;
  out.reserve(text.size());
  size_t byte = 0, at = 0;  // the same place in `utf8` and in `text`
  auto characters_until = [&](size_t end) {
    const size_t count = text::code_points(utf8.substr(byte, end - byte));
    for (size_t k = 0; k < count;) {
      const size_t length = latin_word_at(text, at + k, at + count);
      const size_t bytes = text::utf8_bytes_of(utf8.substr(byte, end - byte), length);
      out.push_back({std::u32string_view(&text[at + k], length), utf8.substr(byte, bytes)});
      k += length;
      byte += bytes;
    }
    at += count;
  };
  for (const YearMention& y : years) {
    if (y.offset < byte || !rolls(y)) continue;
    characters_until(y.offset);
    const size_t digits = std::to_string(y.year).size();
    out.push_back({std::u32string_view(&text[at], digits), utf8.substr(byte, digits), y.year,
                   y.year + gap});
    at += digits;
    byte += digits;
  }
  characters_until(utf8.size());
  return out;
}

// `piece` added to `run` when it starts where `run` ends in their text.
bool joined(std::string_view& run, std::string_view piece) {
  if (run.empty()) run = piece;
  else if (piece.data() == run.data() + run.size()) run = {run.data(), run.size() + piece.size()};
  else return false;
  return true;
}

// Collects the edits, merging neighbours of one kind and putting each run of
// changes in git's order: what was deleted, then what was inserted. The
// pieces are views of the two texts, which it walks in order: neighbours of
// one kind stand side by side in their text (the same and the deleted in the
// old one, the inserted in the new one) and merge into one view.
class Script {
 public:
  void add(TextEdit::Kind kind, std::string_view text) {
    if (kind == TextEdit::deleted) add_to_run(deleted_, text);
    else if (kind == TextEdit::inserted) add_to_run(inserted_, text);
    else append({kind, text, {}});
  }
  void add_roll(std::string_view old_year, std::string_view new_year) {
    append({TextEdit::rolled, new_year, old_year});
  }
  std::vector<TextEdit> take() {
    flush();
    return std::move(edits_);
  }

 private:
  // A piece that does not continue its run (never one of edit_script's)
  // starts a run of its own.
  void add_to_run(std::string_view& run, std::string_view piece) {
    if (joined(run, piece)) return;
    flush();
    run = piece;
  }
  void append(TextEdit e) {
    flush();
    push(e);
  }
  void flush() {
    if (!deleted_.empty()) push({TextEdit::deleted, deleted_, {}});
    if (!inserted_.empty()) push({TextEdit::inserted, inserted_, {}});
    deleted_ = inserted_ = {};
  }
  void push(const TextEdit& e) {
    const bool merges = !edits_.empty() && edits_.back().kind == e.kind && e.kind != TextEdit::rolled;
    if (!merges || !joined(edits_.back().text, e.text)) edits_.push_back(e);
  }
  std::vector<TextEdit> edits_;
  std::string_view deleted_, inserted_;
};

void add_common(Script& s, const Token& o, const Token& n) {
  if (o.text == n.text) s.add(TextEdit::same, o.utf8);
  else s.add_roll(o.utf8, n.utf8);
}

// Texts longer than this together (in code points) get a coarse edit script:
// dtl's O((N+M)·D) search takes minutes and gigabytes on two rewritten 10 MB
// "sentences", while no real sentence comes near this length.
constexpr size_t kMaxDiffedLength = 20000;

// Common prefix and suffix kept, everything between deleted and inserted.
void coarse_script(const std::vector<Token>& a, const std::vector<Token>& b, Script& s) {
  size_t prefix = 0, suffix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
         a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
    ++suffix;
  for (size_t i = 0; i < prefix; ++i) add_common(s, a[i], b[i]);
  for (size_t i = prefix; i < a.size() - suffix; ++i) s.add(TextEdit::deleted, a[i].utf8);
  for (size_t i = prefix; i < b.size() - suffix; ++i) s.add(TextEdit::inserted, b[i].utf8);
  for (size_t k = suffix; k > 0; --k) add_common(s, a[a.size() - k], b[b.size() - k]);
}

// dtl's shortest edit script, walked in order (its indices are not used: they
// are not uniform across its code paths).
void shortest_script(const std::vector<Token>& a, const std::vector<Token>& b, Script& s) {
  dtl::Diff<Token, std::vector<Token>> diff(a, b);
  diff.compose();
  size_t i = 0, j = 0;
  for (const auto& step : diff.getSes().getSequence()) {
    if (step.second.type == dtl::SES_DELETE) s.add(TextEdit::deleted, a[i++].utf8);
    else if (step.second.type == dtl::SES_ADD) s.add(TextEdit::inserted, b[j++].utf8);
    else add_common(s, a[i++], b[j++]);
  }
}

}  // namespace

std::vector<TextEdit> edit_script(std::string_view old_text, ListView<YearMention> old_years,
                                  std::string_view new_text, ListView<YearMention> new_years,
                                  int gap) {
  const std::u32string a32 = text::to_u32(old_text), b32 = text::to_u32(new_text);
  const std::vector<Token> a = tokens_of(a32, old_text, old_years, gap);
  const std::vector<Token> b = tokens_of(b32, new_text, new_years, 0);
  Script s;
  if (a32.size() + b32.size() > kMaxDiffedLength) coarse_script(a, b, s);
  else shortest_script(a, b, s);
  return s.take();
}

std::vector<TextEdit> edit_script(std::string_view old_text, std::string_view new_text, int gap) {
  return edit_script(old_text, text::find_years(old_text), new_text, text::find_years(new_text), gap);
}

bool is_within(std::string_view piece, std::string_view text) {
  const std::less_equal<const char*> not_after;  // a total order, across any two arrays
  return not_after(text.data(), piece.data()) &&
         not_after(piece.data() + piece.size(), text.data() + text.size());
}

std::string quoted_side(ListView<TextEdit> edits, Side side) {
  std::string out;
  for (const TextEdit& e : edits) {
    if (e.kind == TextEdit::same) out += e.text;
    else if (e.kind == TextEdit::rolled) out += side == Side::old_edition ? e.old_text : e.text;
    else if ((e.kind == TextEdit::deleted) == (side == Side::old_edition)) out += e.text;
  }
  return out;
}

std::vector<TextEdit> rolls_as_edits(ListView<TextEdit> edits) {
  Script s;
  for (const TextEdit& e : edits) {
    if (e.kind == TextEdit::rolled) {
      s.add(TextEdit::deleted, e.old_text);
      s.add(TextEdit::inserted, e.text);
    } else {
      s.add(e.kind, e.text);
    }
  }
  return s.take();
}

std::vector<TextEdit> shown_edits(ListView<TextEdit> edits, bool show_rolls) {
  return show_rolls ? rolls_as_edits(edits) : std::vector<TextEdit>(edits.begin(), edits.end());
}

}  // namespace nendiff
