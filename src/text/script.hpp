// Internal: which writing system a character is written in — the one place
// that asks ICU for scripts. The range checks before each lookup skip ICU for
// the characters that cannot be in the script (ASCII, mostly): these tests
// run on every character of the hot paths.
#pragma once

#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace nendiff::text {

// The script proper, not Script_Extensions (which would count 、「」 as kanji).
inline UScriptCode script_of(char32_t c) {
  if (c < 0x80) return u_isalpha(static_cast<UChar32>(c)) ? USCRIPT_LATIN : USCRIPT_COMMON;
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(static_cast<UChar32>(c), &status);
}

// Most characters of a Japanese text fall in two blocks whose script is
// known without asking ICU: CJK Unified Ideographs U+4E00–U+9FFC (all Han
// since Unicode 13), and kana, U+3041–U+3096 Hiragana and U+30A1–U+30FA
// Katakana. The lowest code point of each script (Unicode's Scripts.txt)
// rules out most of the rest.
inline bool is_common_kanji(char32_t c) { return c >= 0x4E00 && c <= 0x9FFC; }
inline bool is_plain_hiragana(char32_t c) { return c >= 0x3041 && c <= 0x3096; }
inline bool is_plain_katakana(char32_t c) { return c >= 0x30A1 && c <= 0x30FA; }

inline bool is_hiragana(char32_t c) {
  if (is_plain_hiragana(c)) return true;
  return c >= 0x3041 && !is_common_kanji(c) && !is_plain_katakana(c) && script_of(c) == USCRIPT_HIRAGANA;
}
// ー (U+30FC) is "Common" but only ever lengthens kana.
inline bool is_katakana(char32_t c) {
  if (is_plain_katakana(c) || c == 0x30FC) return true;
  return c >= 0x30A1 && !is_common_kanji(c) && script_of(c) == USCRIPT_KATAKANA;
}
// Kanji.
inline bool is_han(char32_t c) {
  if (is_common_kanji(c)) return true;
  return c >= 0x2E80 && !is_plain_hiragana(c) && !is_plain_katakana(c) && script_of(c) == USCRIPT_HAN;
}
// A Latin letter (ASCII or not).
bool is_latin(char32_t c);

// CJK: kanji, kana, CJK punctuation, full-width forms, circled numbers and
// the ○◎□■ marks.
bool is_cjk(char32_t c);

}  // namespace nendiff::text
