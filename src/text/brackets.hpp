// Internal: brackets — the one table of bracket pairs, and the one way of
// matching them that every stage uses (sentence splitting, headings, the
// stale check's reading of a sentence, history's clauses).
//
// Matching: a closer closes the last open bracket of its own pair and every
// bracket opened inside it; a closer whose pair is not open is plain text.
// So a bracket left open inside a quote (「運動(健康日本21(第二次)」, a real
// typo) ends with the quote instead of running on to the end of the text.
//
// Text is NFKC-normalized before these run: full-width （ ［ are ( [ by then.
#pragma once

#include <unicode/uniset.h>

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace nendiff::text {

// What a pair of brackets holds, which decides how a reader treats it.
enum class BracketRole {
  annotation,  // ( ) [ ] 〔 〕: a remark the sentence reads past
  title,       // 「」『』【】: a title, name or label, which reads as a noun
};

struct BracketPair {
  char32_t open, close;
  BracketRole role;
};

// Every bracket is one of ( ) [ ] or in U+300C–U+3015: most characters are
// told apart without a look at the table (this runs on every character).
inline bool may_be_bracket(char32_t c) {
  return c == U'(' || c == U')' || c == U'[' || c == U']' || (c >= U'「' && c <= U'〕');
}

// The pair `c` opens / closes, or nullptr.
const BracketPair* opened_by(char32_t c);
const BracketPair* closed_by(char32_t c);

// Every bracket character, for ICU's span to skip the rest (frozen, never freed).
const icu::UnicodeSet& bracket_characters();

// Brackets followed one character at a time.
class BracketTracker {
 public:
  // Takes the character at position `at`; when it closes a bracket, returns
  // the position that bracket was opened at.
  std::optional<size_t> track(char32_t c, size_t at = 0);
  bool empty() const { return open_.empty(); }

 private:

  static constexpr size_t kNone = static_cast<size_t>(-1);
  struct Open {
    size_t at;
    size_t pair;           // index in the table
    size_t previous_same;  // depth of the open bracket of the same pair before it, or kNone
  };
  std::vector<Open> open_;  // outermost first
  // By pair, the depth of its innermost open bracket: a closer finds its
  // opener without scanning the stack (quadratic on a line of a million
  // unclosed 「 followed by as many ）).
  size_t innermost_[6] = {kNone, kNone, kNone, kNone, kNone, kNone};
};

// Calls f(open, close) with the indexes of each matched pair of `s`, as they
// close. The characters that cannot be brackets are passed over inline: this
// runs on whole measures.
template <typename F>
void for_each_matched_pair(std::u32string_view s, F f) {
  BracketTracker brackets;
  for (size_t i = 0; i < s.size(); ++i)
    if (may_be_bracket(s[i]))
      if (std::optional<size_t> open = brackets.track(s[i], i)) f(*open, i);
}

// For each index of `s` that opens a bracket, where it is closed; nullopt
// for every other index and for brackets never closed.
std::vector<std::optional<size_t>> matching_brackets(std::u32string_view s);

// Where the bracket opened at `open` is closed, or nullopt.
std::optional<size_t> matching_close(std::u32string_view s, size_t open);

// Whether each character of `s` stands inside brackets, the brackets
// themselves included; a bracket never closed reaches to the end of `s`.
std::vector<bool> inside_brackets(std::u32string_view s);

}  // namespace nendiff::text
