// Internal: UTF-8 read a code point at a time, as ICU's U8_NEXT_OR_FFFD reads
// it (an ill-formed sequence is one U+FFFD), for the loops that read every
// character of both editions.
#pragma once

#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace nendiff::text {

// The code point at s[i], i moved past it. ASCII and the well-formed
// three-byte characters (kana, kanji, full-width forms: most of a Japanese
// text) are read in place: leads E1–EC, EE and EF take any continuation
// bytes after them. E0 and ED narrow the second byte (no overlong form, no
// surrogate) and, like every other sequence, go through ICU.
template <typename Index>
inline UChar32 next_code_point(const uint8_t* s, Index& i, Index length) {
  const uint8_t lead = s[i];
  if (lead < 0x80) {
    ++i;
    return lead;
  }
  if (lead >= 0xE1 && lead <= 0xEF && lead != 0xED && length - i >= 3 && U8_IS_TRAIL(s[i + 1]) &&
      U8_IS_TRAIL(s[i + 2])) {
    const UChar32 c = ((lead & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
    i += 3;
    return c;
  }
  UChar32 c;
  U8_NEXT_OR_FFFD(s, i, length, c);
  return c;
}

// The code point at byte i of `s`, i moved past it.
inline UChar32 next_char(std::string_view s, size_t& i) {
  return next_code_point(reinterpret_cast<const uint8_t*>(s.data()), i, s.size());
}

// Byte i of `s` moved back to the start of the character it stands in (the
// end of `s` stays).
inline size_t character_start(std::string_view s, size_t i) {
  while (i > 0 && i < s.size() && U8_IS_TRAIL(s[i])) --i;
  return i;
}

}  // namespace nendiff::text
