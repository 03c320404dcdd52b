#include "text/numerals.hpp"

namespace nendiff::text {
namespace {

constexpr std::u32string_view kDigits = U"〇一二三四五六七八九";

int digit(char32_t c) {
  const size_t d = kDigits.find(c);
  return d == std::u32string_view::npos ? -1 : static_cast<int>(d);
}

int multiplier(char32_t c) {
  switch (c) {
    case U'十': return 10;
    case U'百': return 100;
    case U'千': return 1000;
    default: return 0;
  }
}

double big_multiplier(char32_t c) {
  switch (c) {
    case U'万': return 1e4;
    case U'億': return 1e8;
    case U'兆': return 1e12;
    default: return 0;
  }
}

}  // namespace

KanjiAmount kanji_amount(std::u32string_view s, size_t i) {
  KanjiAmount a;
  a.end = i;
  for (size_t group_end; a.end < s.size(); a.end = group_end + 1) {
    const int group = kanji_number(s, a.end, group_end);
    if (group_end == a.end) break;  // 「万」 alone, or the amount is over
    const double big = group_end < s.size() ? big_multiplier(s[group_end]) : 0;
    if (big == 0) {
      a.value += group;
      a.end = group_end;
      break;
    }
    a.value += group * big;
    a.big_at = group_end;
  }
  return a;
}

int kanji_number(std::u32string_view s, size_t i, size_t& end) {
  int value = 0, pending = 0;
  end = i;
  for (; end < s.size(); ++end) {
    if (const int d = digit(s[end]); d >= 0) {
      pending = pending * 10 + d;
    } else if (const int m = multiplier(s[end])) {
      value += (pending == 0 ? 1 : pending) * m;
      pending = 0;
    } else {
      break;
    }
  }
  return value + pending;
}

int provision_number(std::u32string_view s, size_t i, size_t& end) {
  const int kanji = kanji_number(s, i, end);
  if (end > i) return kanji;
  int value = 0;
  // Four digits at most: no law has ten thousand articles, and a longer run is no provision's.
  for (; end < s.size() && end - i < 5 && s[end] >= U'0' && s[end] <= U'9'; ++end)
    value = value * 10 + static_cast<int>(s[end] - U'0');
  if (end - i == 5) end = i, value = 0;
  return value;
}

size_t past_branch_numbers(std::u32string_view s, size_t i) {
  for (size_t after = 0; i + 1 < s.size() && s[i] == U'の' && provision_number(s, i + 1, after) > 0;)
    i = after;
  return i;
}

}  // namespace nendiff::text
