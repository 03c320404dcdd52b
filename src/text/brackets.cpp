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
static_assert(std::size(kPairs) == 6, "BracketTracker::innermost_ has one entry per pair");

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
    const size_t pair = static_cast<size_t>(p - kPairs);
    open_.push_back({at, pair, innermost_[pair]});
    innermost_[pair] = open_.size() - 1;
    return std::nullopt;
  }
  const BracketPair* p = closed_by(c);
  if (!p || innermost_[p - kPairs] == kNone) return std::nullopt;
  const size_t depth = innermost_[p - kPairs];
  const size_t opened = open_[depth].at;
  for (size_t d = open_.size(); d-- > depth;) innermost_[open_[d].pair] = open_[d].previous_same;
  open_.resize(depth);
  return opened;
}

std::vector<std::optional<size_t>> matching_brackets(std::u32string_view s) {
  std::vector<std::optional<size_t>> close(s.size());
  for_each_matched_pair(s, [&](size_t open, size_t at) { close[open] = at; });
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
    if (may_be_bracket(s[i])) brackets.track(s[i], i);
    inside[i] = was_inside || !brackets.empty();
  }
  return inside;
}

}  // namespace nendiff::text
