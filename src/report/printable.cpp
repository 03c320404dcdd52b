#include "report/printable.hpp"

#include <unicode/uniset.h>
#include <unicode/utf8.h>

#include "text/char_span.hpp"
#include "text/unicode.hpp"

namespace nendiff::detail {
namespace {

bool is_unsafe(char32_t c, LineBreaks breaks) {
  if (c < 0x20) return c != '\t' && !(c == '\n' && breaks == LineBreaks::kept);
  if (c < 0x7f) return false;
  return c <= 0x9f || c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x2028 && c <= 0x202e) ||
         (c >= 0x2066 && c <= 0x2069);
}

// Plain ASCII without controls: the common case, no decoding needed.
bool all_plain_ascii(std::string_view text) {
  for (char ch : text) {
    const auto b = static_cast<unsigned char>(ch);
    if (b < 0x20 || b >= 0x7f) return false;
  }
  return true;
}

const char kHex[] = "0123456789abcdef";

}  // namespace

void split_unsafe(std::string_view text, LineBreaks breaks,
                  const std::function<void(std::string_view)>& plain,
                  const std::function<void(Unsafe)>& unsafe) {
  if (all_plain_ascii(text)) {
    if (!text.empty()) plain(text);
    return;
  }
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  int32_t start = 0;  // of the stretch not yet given to `plain`
  for (int32_t i = 0; i < length;) {
    const int32_t at = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c >= 0 && !is_unsafe(static_cast<char32_t>(c), breaks)) continue;
    if (at > start) plain(text.substr(start, at - start));
    if (c >= 0)
      unsafe({static_cast<char32_t>(c), false});
    else  // an ill-formed sequence: each of its bytes
      for (int32_t b = at; b < i; ++b) unsafe({s[b], true});
    start = i;
  }
  if (length > start) plain(text.substr(start));
}

namespace {

// The bytes of `text` before the first character that might be unsafe, read a
// character at a glance: ASCII but DEL; two bytes led by C3–DF but D8
// (U+00C0–U+07FF but U+0600–U+063F); three bytes led by E1, E3–EC or EE
// (U+1000–U+1FFF, U+3000–U+CFFF, U+E000–U+EFFF) — kana, kanji and full-width
// forms, most of a Japanese text. Any two continuation bytes after such a lead
// make a well-formed character, and none of those ranges holds an unsafe one.
size_t plain_at_a_glance(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const size_t n = text.size();
  auto continues = [&](size_t i) { return i < n && (s[i] & 0xC0) == 0x80; };
  size_t i = 0;
  while (i < n) {
    const uint8_t b = s[i];
    if (b < 0x7F) ++i;
    else if (b >= 0xC3 && b <= 0xDF && b != 0xD8 && continues(i + 1)) i += 2;
    else if ((b == 0xE1 || (b >= 0xE3 && b <= 0xEC) || b == 0xEE) && continues(i + 1) && continues(i + 2)) i += 3;
    else break;
  }
  return i;
}

}  // namespace

// Most text is passed at a glance; from the first character that is not, a
// span finds the unsafe characters past ASCII's controls faster than
// decoding character after character; it stops at ill-formed bytes as at
// U+FFFD, which is in the set for that (a real U+FFFD is then looked at again).
bool only_controls_unsafe(std::string_view text) {
  text.remove_prefix(plain_at_a_glance(text));
  static const text::CharSpan before_unsafe_above_controls(
      text::make_frozen_set(
          u"[\\u007F-\\u009F\\u061C\\u200E\\u200F\\u2028-\\u202E\\u2066-\\u2069\\uFFFD]"),
      USET_SPAN_NOT_CONTAINED);
  if (before_unsafe_above_controls(text) == text.size()) return true;
  bool only_controls = true;
  split_unsafe(
      text, LineBreaks::escaped, [](std::string_view) {},
      [&](Unsafe u) { only_controls = only_controls && !u.stray_byte && u.code < 0x20; });
  return only_controls;
}

std::string printable(std::string_view text, LineBreaks breaks) {
  if (all_plain_ascii(text)) return std::string(text);
  std::string out;
  out.reserve(text.size());
  split_unsafe(
      text, breaks, [&](std::string_view piece) { out += piece; },
      [&](Unsafe u) {
        const bool byte = u.stray_byte || u.code < 0x80;
        out += byte ? "\\x" : "\\u";
        for (int shift = byte ? 4 : 12; shift >= 0; shift -= 4) out += kHex[(u.code >> shift) & 15];
      });
  return out;
}

}  // namespace nendiff::detail
