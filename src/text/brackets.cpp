#include "text/brackets.hpp"

#include <functional>

namespace nendiff::text {

const icu::UnicodeSet& sentence_bracket_characters() {
  static const icu::UnicodeSet& set = [] {
    auto* s = new icu::UnicodeSet;  // never freed, like ICU's own caches
    for (const BracketPair& p : kBracketPairs)
      if (p.holds_sentences) s->add(static_cast<UChar32>(p.open)).add(static_cast<UChar32>(p.close));
    s->freeze();
    return std::cref(*s);
  }();
  return set;
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

bool closes_unopened(std::u32string_view s) {
  BracketTracker brackets;
  for (size_t i = 0; i < s.size(); ++i)
    if (may_be_bracket(s[i]) && !brackets.track(s[i], i) && closed_by(s[i])) return true;
  return false;
}

}  // namespace nendiff::text
