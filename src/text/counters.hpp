// Internal to the year and figure readers: counters and units, the words
// after a number that say what it counts (「27業種」「2,988法人」「2.5億円」).
#pragma once

#include <cstddef>

#include "text/decoded.hpp"

namespace nendiff::text {

// 百 千 万 億 兆, which multiply the number before them.
bool is_multiplier(UChar32 c);
double multiplier_value(UChar32 c);

// Length of the currency at i (円, ドル …; 0 if none): a currency keeps the
// multiplier before it in its unit (億円).
size_t currency_at(const Decoded& t, size_t i);

// End of the counter after a number at i: a known counter, else a katakana
// word, else at most two kanji (「4ブロック」「3地域」): counters are short, and
// a longer kanji run is a noun the number qualifies (「12誘導心電図」). Stops at
// particles, punctuation and words such as 以上 or 程度.
size_t counter_end(const Decoded& t, size_t i);

// True when the digits ending at e count something: a counter follows, maybe
// after a range (「2000~3000件」), so a 4-digit number there is no year.
bool counter_follows(const Decoded& t, size_t e);

}  // namespace nendiff::text
