#include "text/brackets.hpp"

#include <functional>
#include <iterator>

namespace nendiff::text {
namespace {

constexpr BracketPair kPairs[] = {
    {U'(', U')', BracketRole::annotation}, {U'[', U']', BracketRole::annotation},
    {U'〔', U'〕', BracketRole::annotation}, {U'「', U'」', BracketRole::title},
    {U'『', U'』', BracketRole::title},     {U'【', U'】', BracketRole::title},
};
static_assert(std::size(kPairs) == 6, "BracketTracker::depths_ has one stack per pair");

// Every bracket is one of ( ) [ ] or in U+300C–U+3015: most characters are
// told apart without a look at the table.
bool may_be_bracket(char32_t c) {
  return c == U'(' || c == U')' || c == U'[' || c == U']' || (c >= U'「' && c <= U'〕');
}

}  // namespace

const BracketPair* opened_by(char32_t c) {
  if (!may_be_bracket(c)) return nullptr;
  for (const BracketPair& p : kPairs)
    if (p.open == c) return &p;
  return nullptr;
}

const BracketPair* closed_by(char32_t c) {
  if (!may_be_bracket(c)) return nullptr;
  for (const BracketPair& p : kPairs)
    if (p.close == c) return &p;
  return nullptr;
}

const icu::UnicodeSet& bracket_characters() {
  static const icu::UnicodeSet& set = [] {
    auto* s = new icu::UnicodeSet;  // never freed, like ICU's own caches
    for (const BracketPair& p : kPairs) s->add(static_cast<UChar32>(p.open)).add(static_cast<UChar32>(p.close));
    s->freeze();
    return std::cref(*s);
  }();
  return set;
}

std::optional<size_t> BracketTracker::track(char32_t c, size_t at) {
  if (const BracketPair* p = opened_by(c)) {
    depths_[p - kPairs].push_back(open_.size());
    open_.push_back({at, p});
    return std::nullopt;
  }
  const BracketPair* p = closed_by(c);
  if (!p || depths_[p - kPairs].empty()) return std::nullopt;
  const size_t depth = depths_[p - kPairs].back();
  const size_t opened = open_[depth].at;
  for (size_t d = open_.size(); d-- > depth;) depths_[open_[d].pair - kPairs].pop_back();
  open_.resize(depth);
  return opened;
}

std::vector<std::optional<size_t>> matching_brackets(std::u32string_view s) {
  std::vector<std::optional<size_t>> close(s.size());
  BracketTracker brackets;
  for (size_t i = 0; i < s.size(); ++i)
    if (std::optional<size_t> opened = brackets.track(s[i], i)) close[*opened] = i;
  return close;
}

std::optional<size_t> matching_close(std::u32string_view s, size_t open) {
  BracketTracker brackets;
  for (size_t i = open; i < s.size(); ++i)
    if (brackets.track(s[i], i) == open) return i;
  return std::nullopt;
}

std::vector<bool> inside_brackets(std::u32string_view s) {
  std::vector<bool> inside(s.size(), false);
  BracketTracker brackets;
  for (size_t i = 0; i < s.size(); ++i) {
    const bool was_inside = !brackets.empty();
    brackets.track(s[i], i);
    inside[i] = was_inside || !brackets.empty();
  }
  return inside;
}

}  // namespace nendiff::text
