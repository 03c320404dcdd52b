#include "text/unicode.hpp"

#include <algorithm>
#include <functional>

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "nendiff/error.hpp"
#include "text/unicode_tables.hpp"
#include "text/utf8.hpp"

namespace nendiff::text {

// ICU's UTF-8 macros, straight between byte and code point strings: these
// conversions sit on every hot path, where a detour through UTF-16 (or a
// push_back per character) costs. Both write into a buffer sized for the
// worst case and trim it once.
std::u32string to_u32(std::string_view utf8) {
  std::u32string out;
  to_u32(utf8, out);
  return out;
}

void to_u32(std::string_view utf8, std::u32string& out) {
  // Decoded into a buffer as long as the bytes, then copied at its exact
  // size: Japanese text takes three bytes a code point, and a line keeps its
  // code points as long as the edition is open.
  // A long text (a page-long line) is counted first instead: the buffer
  // stays, and should stay small.
  constexpr size_t kBuffered = 64 * 1024;
  thread_local std::u32string buffer;
  const bool buffered = utf8.size() <= kBuffered;
  std::u32string& into = buffered ? buffer : out;
  into.resize(buffered ? std::max(buffer.size(), utf8.size()) : code_points(utf8));
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  size_t n = 0;
  for (size_t i = 0; i < utf8.size();) into[n++] = static_cast<char32_t>(next_code_point(s, i, utf8.size()));
  if (buffered) out.assign(buffer, 0, n);
}

std::string to_utf8(std::u32string_view text) {
  std::string out(text.size() * U8_MAX_LENGTH, '\0');
  auto* s = reinterpret_cast<uint8_t*>(out.data());
  size_t n = 0;
  UBool error = false;  // surrogates and values past U+10FFFF: no UTF-8 form, dropped
  for (char32_t c : text) U8_APPEND(s, n, out.size(), static_cast<UChar32>(c), error);
  (void)error;
  out.resize(n);
  return out;
}

size_t utf8_length(std::u32string_view text) {
  size_t n = 0;
  for (char32_t c : text) n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  return n;
}

size_t code_points(std::string_view utf8) {
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  size_t n = 0;
  for (size_t i = 0; i < utf8.size(); ++n) next_code_point(s, i, utf8.size());
  return n;
}

size_t utf8_bytes_of(std::string_view utf8, size_t count) {
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  size_t i = 0;
  for (size_t n = 0; n < count && i < utf8.size(); ++n) {
    UChar32 c;
    U8_NEXT_OR_FFFD(s, i, utf8.size(), c);
  }
  return i;
}

size_t well_formed_prefix(std::string_view utf8) {
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  size_t i = 0;
  while (i < utf8.size()) {
    size_t next = i;
    UChar32 c;
    U8_NEXT(s, next, utf8.size(), c);
    if (c < 0) break;
    i = next;
  }
  return i;
}

const icu::UnicodeSet& make_frozen_set(const char16_t* pattern) {
  UErrorCode status = U_ZERO_ERROR;
  auto* set = new icu::UnicodeSet(icu::UnicodeString(pattern), status);
  if (U_FAILURE(status)) throw Error(std::string("ICU set error: ") + u_errorName(status));
  set->freeze();
  return *set;
}

const CharacterClasses& character_classes() {
  static const CharacterClasses& classes = [] {
    auto* c = new CharacterClasses{decimal_digit_set(), separator_set()};  // never freed, like ICU's own caches
    // White_Space (PropList.txt) is the separators plus these controls.
    c->white_space.add(0x0009, 0x000D).add(0x0085);
    c->digits.freeze();
    c->white_space.freeze();
    return std::cref(*c);
  }();
  return classes;
}

bool starts_with(std::u32string_view s, std::u32string_view prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

bool ends_with(std::u32string_view s, std::u32string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace nendiff::text
