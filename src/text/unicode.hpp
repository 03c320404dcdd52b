// Internal: UTF-8 ⇄ UTF-32 through ICU, for code-point level scanning.
#pragma once

#include <unicode/uniset.h>

#include <string>
#include <string_view>

namespace nendiff::text {

std::u32string to_u32(std::string_view utf8);
// The same into `out`, whose buffer is reused (for loops over many strings).
void to_u32(std::string_view utf8, std::u32string& out);
std::string to_utf8(std::u32string_view text);
// Byte length of the UTF-8 encoding of `text`.
size_t utf8_length(std::u32string_view text);
// The number of code points of UTF-8 `text`: to_u32(text).size(), without
// making the string.
size_t code_points(std::string_view utf8);
// The bytes the first `count` code points of UTF-8 `text` take, read as
// to_u32 reads them (an ill-formed sequence is one code point): where a piece
// of a to_u32 string stands in its UTF-8 original.
size_t utf8_bytes_of(std::string_view utf8, size_t count);
// The bytes of the longest well-formed start of `utf8`: it stops before the
// first ill-formed sequence (a stray byte, a cut sequence, an overlong form, a
// surrogate, past U+10FFFF), where a strict converter stops.
size_t well_formed_prefix(std::string_view utf8);

// A frozen ICU set of `pattern` (u"[:Nd:]"), for callers to keep in a
// function-local static: it is never freed. ICU's span over UTF-8 finds a
// set's members faster than decoding and testing character after character.
// Throws nendiff::Error if ICU rejects the pattern.
const icu::UnicodeSet& make_frozen_set(const char16_t* pattern);

// [:Nd:] and [:White_Space:], frozen, from tables (text/unicode_tables.hpp):
// as patterns each costs ~0.5 ms on first use (ICU derives the property's
// ranges first), a twentieth of a whole small comparison.
struct CharacterClasses {
  icu::UnicodeSet digits;       // Nd
  icu::UnicodeSet white_space;  // Zs, Zl, Zp and U+0009–U+000D, U+0085
};
const CharacterClasses& character_classes();

bool starts_with(std::u32string_view s, std::u32string_view prefix);
bool ends_with(std::u32string_view s, std::u32string_view suffix);

// True when `word` stands at index i of `s` / ends just before index `end`
// (the grammar's scanners look around a position, not at a string's ends).
inline bool starts_at(std::u32string_view s, size_t i, std::u32string_view word) {
  return i <= s.size() && s.size() - i >= word.size() && s.compare(i, word.size(), word) == 0;
}
inline bool ends_at(std::u32string_view s, size_t end, std::u32string_view word) {
  return end <= s.size() && end >= word.size() && s.compare(end - word.size(), word.size(), word) == 0;
}

// True when `c` is one of the characters of `set`.
inline bool one_of(std::u32string_view set, char32_t c) {
  return set.find(c) != std::u32string_view::npos;
}

// Superscript digits ¹²³⁰…⁹: the marks footnotes are referred to by.
inline bool is_superscript_digit(char32_t c) {
  return c == 0xB9 || c == 0xB2 || c == 0xB3 || (c >= 0x2070 && c <= 0x2079);
}

}  // namespace nendiff::text
