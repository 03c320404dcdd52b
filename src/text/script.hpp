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

// The lowest code point of each script (Unicode's Scripts.txt).
inline bool is_hiragana(char32_t c) { return c >= 0x3041 && script_of(c) == USCRIPT_HIRAGANA; }
// ー (U+30FC) is "Common" but only ever lengthens kana.
inline bool is_katakana(char32_t c) {
  return c >= 0x30A1 && (script_of(c) == USCRIPT_KATAKANA || c == 0x30FC);
}
// Kanji.
inline bool is_han(char32_t c) { return c >= 0x2E80 && script_of(c) == USCRIPT_HAN; }
// A Latin letter (ASCII or not).
bool is_latin(char32_t c);

// CJK: kanji, kana, CJK punctuation, full-width forms, circled numbers and
// the ○◎□■ marks.
bool is_cjk(char32_t c);

}  // namespace nendiff::text
