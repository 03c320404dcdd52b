#include "text/script.hpp"

namespace nendiff::text {

bool is_latin(char32_t c) {
  return u_isalpha(static_cast<UChar32>(c)) && script_of(c) == USCRIPT_LATIN;
}

bool is_cjk(char32_t c) {
  if (c < 0x80) return false;  // ASCII is never CJK
  if (is_common_kanji(c) || (c >= 0x3000 && c <= 0x30FF)) return true;  // most of a text, at a glance
  UScriptCode script = script_of(c);
  if (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA)
    return true;
  return (c >= 0x3000 && c <= 0x303F) ||   // CJK symbols and punctuation 「」、。
         (c >= 0x3200 && c <= 0x33FF) ||   // enclosed CJK, compatibility
         (c >= 0xFF00 && c <= 0xFFEF) ||   // full-width forms
         (c >= 0x2460 && c <= 0x24FF) ||   // circled numbers
         (c >= 0x25A0 && c <= 0x25FF) ||   // ○ ◎ □ ■
         (c >= 0x3040 && c <= 0x30FF);     // kana incl. ・ ー
}

}  // namespace nendiff::text
