#include "text/char_span.hpp"

#include <unicode/utf8.h>

#include <algorithm>

namespace nendiff::text {

namespace {

// Bits [from, to] of a word (0 ≤ from ≤ to ≤ 63) set.
uint64_t bits(unsigned from, unsigned to) {
  const uint64_t up_to = to == 63 ? ~uint64_t{0} : (uint64_t{1} << (to + 1)) - 1;
  return up_to & ~((uint64_t{1} << from) - 1);
}

}  // namespace

// A range's bits flipped a word at a time: sets such as stays() hold most of
// the BMP, and every span is made at the start of every run.
CharSpan::CharSpan(const icu::UnicodeSet& set, USetSpanCondition condition)
    : set_(set), contained_(condition != USET_SPAN_NOT_CONTAINED) {
  if (!contained_) bmp_.fill(~uint64_t{0});
  for (int32_t r = 0; r < set.getRangeCount() && set.getRangeStart(r) <= 0xFFFF; ++r) {
    const auto first = static_cast<uint32_t>(set.getRangeStart(r));
    const auto last = static_cast<uint32_t>(std::min<UChar32>(set.getRangeEnd(r), 0xFFFF));
    for (uint32_t word = first >> 6; word <= last >> 6; ++word) {
      const unsigned from = word == first >> 6 ? first & 63 : 0, to = word == last >> 6 ? last & 63 : 63;
      bmp_[word] ^= bits(from, to);
    }
  }
}

// ASCII and the three-byte characters (kana, kanji, full-width forms: most of
// a Japanese text) are read in place. Leads E1–EC, EE and EF take any
// continuation byte after them; E0 and ED narrow the second byte (no overlong
// form, no surrogate) and, like every other sequence, go through ICU's
// decoding, which makes U+FFFD of what is ill-formed.
size_t CharSpan::operator()(std::string_view utf8) const {
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  while (i < length) {
    const uint8_t lead = s[i];
    if (lead < 0x80) {
      if (!goes_on(lead)) break;
      ++i;
      continue;
    }
    if (lead >= 0xE1 && lead <= 0xEF && lead != 0xED && length - i >= 3 && U8_IS_TRAIL(s[i + 1]) &&
        U8_IS_TRAIL(s[i + 2])) {
      if (!goes_on(((lead & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F))) break;
      i += 3;
      continue;
    }
    int32_t next = i;
    UChar32 c;
    U8_NEXT_OR_FFFD(s, next, length, c);
    if (!goes_on(c)) break;
    i = next;
  }
  return static_cast<size_t>(i);
}

}  // namespace nendiff::text
