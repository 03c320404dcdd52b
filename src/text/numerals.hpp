// Internal: numbers written in kanji — 「三百二十五」「二十三」「二〇二四」.
#pragma once

#include <cstddef>
#include <string_view>

namespace nendiff::text {

// The value of the kanji numeral starting at `i` of `s` — digits 〇一…九 read
// positionally (二〇二四) and the multipliers 十 百 千 (三百二十五) — with
// `end` set past it; 0 (and end == i) when none starts there.
int kanji_number(std::u32string_view s, size_t i, size_t& end);

// Whether c writes part of a kanji amount: a digit 〇一…九, 十 百 千, or 万 億 兆.
// Inline, one switch: it is asked of nearly every character whose figures
// are read.
inline bool is_kanji_numeral(char32_t c) {
  switch (c) {
    case U'〇': case U'一': case U'二': case U'三': case U'四': case U'五': case U'六': case U'七':
    case U'八': case U'九': case U'十': case U'百': case U'千': case U'万': case U'億': case U'兆':
      return true;
    default:
      return false;
  }
}

// A kanji amount: 「三百」「一千万」「一億二千三百万」 — kanji_number's groups of
// four places, joined by 万 億 兆. `end` is set past it; `big_at` to where its
// last 万 億 兆 stands (npos if none), which a currency keeps (万円).
struct KanjiAmount {
  double value = 0;
  size_t end = 0;
  size_t big_at = std::u32string_view::npos;
};
KanjiAmount kanji_amount(std::u32string_view s, size_t i);

}  // namespace nendiff::text
