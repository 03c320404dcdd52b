#include "nendiff/normalize.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uniset.h>
#include <unicode/bytestream.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <memory>

#include "nendiff/error.hpp"
#include "unicode.hpp"

namespace nendiff {
namespace {

// NFKC, but leaving alone the marks NFKC would flatten into plain digits:
// circled numbers (level-3 headings) and superscript digits (footnote markers).
const icu::Normalizer2& width_folder() {
  static const icu::Normalizer2* folder = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status)) throw Error(std::string("ICU NFKC unavailable: ") + u_errorName(status));
    static icu::UnicodeSet folded(
        icu::UnicodeString(u"[^\\u2460-\\u2473\\u00B2\\u00B3\\u00B9\\u2070-\\u209F]"), status);
    folded.freeze();
    static icu::FilteredNormalizer2 filtered(*nfkc, folded);
    if (U_FAILURE(status)) throw Error(std::string("ICU set error: ") + u_errorName(status));
    return &filtered;
  }();
  return *folder;
}

bool is_space(UChar32 c) { return c == u' ' || c == u'\t' || u_isUWhiteSpace(c); }

// Characters that stand for the same thing in this document family.
UChar32 unify(UChar32 c) {
  switch (c) {
    case 0x301C: return u'~';   // WAVE DASH 〜 as a range mark, like ～ (→ ~ by NFKC)
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212: return u'-';
    default: return c;
  }
}

// Width folding straight from UTF-8 to UTF-8 (no UTF-16 detour: this runs on
// every line of both editions).
std::string fold(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  icu::StringByteSink<std::string> sink(&out);
  UErrorCode status = U_ZERO_ERROR;
  width_folder().normalizeUTF8(0, icu::StringPiece(line.data(), static_cast<int32_t>(line.size())),
                               sink, nullptr, status);
  if (U_FAILURE(status)) return std::string(line);
  return out;
}

}  // namespace

bool is_cjk(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
  if (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA)
    return true;
  return (c >= 0x3000 && c <= 0x303F) ||   // CJK symbols and punctuation 「」、。
         (c >= 0x3200 && c <= 0x33FF) ||   // enclosed CJK, compatibility
         (c >= 0xFF00 && c <= 0xFFEF) ||   // full-width forms
         (c >= 0x2460 && c <= 0x24FF) ||   // circled numbers
         (c >= 0x25A0 && c <= 0x25FF) ||   // ○ ◎ □ ■
         (c >= 0x3040 && c <= 0x30FF);     // kana incl. ・ ー
}

std::vector<std::string> split_lines(std::string_view text) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\n' && text[i] != '\r') continue;
    lines.emplace_back(text.substr(start, i - start));
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    start = i + 1;
  }
  if (start < text.size()) lines.emplace_back(text.substr(start));
  return lines;
}

std::string normalize_line(std::string_view line) {
  std::u32string chars = detail::to_u32(fold(line));
  for (char32_t& c : chars) c = static_cast<char32_t>(unify(static_cast<UChar32>(c)));

  // A run of spaces survives only between two non-CJK characters ("DASH for SaMD").
  std::u32string out;
  out.reserve(chars.size());
  for (size_t i = 0; i < chars.size();) {
    if (!is_space(static_cast<UChar32>(chars[i]))) {
      out.push_back(chars[i++]);
      continue;
    }
    size_t end = i;
    while (end < chars.size() && is_space(static_cast<UChar32>(chars[end]))) ++end;
    bool inner = i > 0 && end < chars.size();
    if (inner && !is_cjk(chars[i - 1]) && !is_cjk(chars[end])) out.push_back(U' ');
    i = end;
  }
  return detail::to_utf8(out);
}

std::string compare_key(std::string_view normalized) {
  std::string key;
  key.reserve(normalized.size());
  for (char c : normalized)
    if (c != ' ') key.push_back(c);
  return key;
}

}  // namespace nendiff
