// Internal: numbers written in kanji — 「三百二十五」「二十三」「二〇二四」.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace nendiff::text {

// The value of the kanji numeral starting at `i` of `s` — digits 〇一…九 read
// positionally (二〇二四) and the multipliers 十 百 千 (三百二十五) — with
// `end` set past it; 0 (and end == i) when none starts there.
int kanji_number(std::u32string_view s, size_t i, size_t& end);

// The number of a provision — 条, 項, 号, 章 and the like — starting at `i`:
// in kanji (「第三百二十五条」, as laws are written) or in digits (「第325条」,
// as regulations written across the page are: NFKC has made ３ 3 by then),
// with `end` set past it; 0 (and end == i) when none starts there.
int provision_number(std::u32string_view s, size_t i, size_t& end);

// Past the branch numbers at `i` after a provision's number — 「の二の三」
// 「の2」, a law's inserted provisions (第二十三条の二) —: `i` when none.
size_t past_branch_numbers(std::u32string_view s, size_t i);

// Whether c writes part of a kanji amount: a digit 〇一…九, 十 百 千, or 万 億 兆.
// Inline, without a branch: it is asked of nearly every character whose
// figures are read, and a switch's tree of comparisons mispredicted on kanji
// text. The multiplier hashes the sixteen numerals to sixteen slots, one
// each (found by search); any other character lands on a numeral unlike it.
inline bool is_kanji_numeral(char32_t c) {
  static constexpr char32_t kBySlot[16] = {U'五', U'万', U'十', U'百', U'億', U'兆', U'〇', U'六',
                                           U'九', U'三', U'一', U'千', U'四', U'二', U'八', U'七'};
  return kBySlot[static_cast<uint32_t>(c * 0xC5DAC503u) >> 28] == c;
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
