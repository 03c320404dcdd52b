// Internal: brackets — the one table of bracket pairs, and the one way of
// matching them that every stage uses (sentence splitting, headings, the
// stale check's reading of a sentence, history's clauses, key phrases).
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
#include <iterator>
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
  // May quote whole sentences (「…。」「(注。参照)」), so that a 。 inside does
  // not end the sentence around them; [ ] and 〔 〕 hold labels and short
  // insertions only (「〔参考〕」「[1]」).
  bool holds_sentences;
};

// The pairs. Inline, with the lookups below, because the scanners ask
// about every character of every sentence.
inline constexpr BracketPair kBracketPairs[] = {
    {U'(', U')', BracketRole::annotation, true}, {U'[', U']', BracketRole::annotation, false},
    {U'〔', U'〕', BracketRole::annotation, false}, {U'「', U'」', BracketRole::title, true},
    {U'『', U'』', BracketRole::title, true},     {U'【', U'】', BracketRole::title, true},
};
inline constexpr size_t kBracketPairCount = std::size(kBracketPairs);

// Every bracket is one of ( ) [ ] or in U+300C–U+3015: most characters are
// told apart without a look at the table.
inline bool may_be_bracket(char32_t c) {
  return c == U'(' || c == U')' || c == U'[' || c == U']' || (c >= U'「' && c <= U'〕');
}

// The pair `c` opens / closes, or nullptr.
inline const BracketPair* opened_by(char32_t c) {
  if (!may_be_bracket(c)) return nullptr;
  for (const BracketPair& p : kBracketPairs)
    if (p.open == c) return &p;
  return nullptr;
}
inline const BracketPair* closed_by(char32_t c) {
  if (!may_be_bracket(c)) return nullptr;
  for (const BracketPair& p : kBracketPairs)
    if (p.close == c) return &p;
  return nullptr;
}

// The characters of the pairs that hold sentences, for ICU's span to skip
// the rest (frozen, never freed).
const icu::UnicodeSet& sentence_bracket_characters();

// Brackets followed one character at a time.
class BracketTracker {
 public:
  // Takes the character at position `at`; when it closes a bracket, returns
  // the position that bracket was opened at.
  std::optional<size_t> track(char32_t c, size_t at = 0) {
    if (const BracketPair* p = opened_by(c)) {
      const size_t pair = static_cast<size_t>(p - kBracketPairs);
      open_.push_back({at, pair, innermost_[pair]});
      innermost_[pair] = open_.size() - 1;
      return std::nullopt;
    }
    const BracketPair* p = closed_by(c);
    if (!p || innermost_[p - kBracketPairs] == kNone) return std::nullopt;
    return close(innermost_[p - kBracketPairs]);
  }
  bool empty() const { return open_.empty(); }

 private:
  // Closes the bracket at `depth` and every one opened inside it.
  size_t close(size_t depth) {
    const size_t opened = open_[depth].at;
    for (size_t d = open_.size(); d-- > depth;) innermost_[open_[d].pair] = open_[d].previous_same;
    open_.resize(depth);
    return opened;
  }

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
  size_t innermost_[kBracketPairCount] = {kNone, kNone, kNone, kNone, kNone, kNone};
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

// Whether `s` closes a bracket it never opened (「広島ビジョン」を発表し…」「増加)
// である。」): the wrapped end of a longer text, never the start of one.
bool closes_unopened(std::u32string_view s);

// Whether each character of `s` stands inside brackets, the brackets
// themselves included; a bracket never closed reaches to the end of `s`.
std::vector<bool> inside_brackets(std::u32string_view s);

}  // namespace nendiff::text
