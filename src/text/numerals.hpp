// Internal: numbers written in kanji — 「三百二十五」「二十三」「二〇二四」.
#pragma once

#include <cstddef>
#include <string_view>

namespace nendiff::text {

// The value of the kanji numeral starting at `i` of `s` — digits 〇一…九 read
// positionally (二〇二四) and the multipliers 十 百 千 (三百二十五) — with
// `end` set past it; 0 (and end == i) when none starts there.
int kanji_number(std::u32string_view s, size_t i, size_t& end);

}  // namespace nendiff::text
