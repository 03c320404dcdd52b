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

// A span finds the unsafe characters past ASCII's controls faster than
// decoding character after character; it stops at ill-formed bytes as at
// U+FFFD, which is in the set for that (a real U+FFFD is then looked at again).
bool only_controls_unsafe(std::string_view text) {
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
