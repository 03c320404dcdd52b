#include "text/line_joint.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "text/script.hpp"
#include "text/unicode.hpp"

namespace nendiff::text {
namespace {

const uint8_t* bytes(std::string_view s) { return reinterpret_cast<const uint8_t*>(s.data()); }

char32_t first_of(std::string_view s) {
  int32_t i = 0;
  UChar32 c;
  U8_NEXT_OR_FFFD(bytes(s), i, static_cast<int32_t>(s.size()), c);
  return static_cast<char32_t>(c);
}

// The last two characters of `s` (0 where it has fewer).
std::pair<char32_t, char32_t> last_two_of(std::string_view s) {
  int32_t i = static_cast<int32_t>(s.size());
  UChar32 last = 0, before = 0;
  U8_PREV_OR_FFFD(bytes(s), 0, i, last);
  if (i > 0) U8_PREV_OR_FFFD(bytes(s), 0, i, before);
  return {static_cast<char32_t>(before), static_cast<char32_t>(last)};
}

// Punctuation that ends a Latin sentence or clause, ASCII or full-width, after
// a Latin letter or a digit: the wrap after it took the space Latin text puts there.
bool ends_latin_clause(char32_t before, char32_t last) {
  return one_of(U".,;:!?)．，；：！？）", last) &&
         (is_latin(before) || u_isdigit(static_cast<UChar32>(before)));
}

// 「… to 49」: digits the line ends with that a space sets apart.
bool ends_with_number_word(std::string_view s) {
  int32_t i = static_cast<int32_t>(s.size());
  UChar32 c = 0;
  size_t digits = 0;
  while (i > 0) {
    U8_PREV_OR_FFFD(bytes(s), 0, i, c);
    if (!u_isdigit(c)) break;
    ++digits;
  }
  return digits > 0 && i + U8_LENGTH(c) < static_cast<int32_t>(s.size()) && u_isUWhiteSpace(c);
}

}  // namespace

std::string_view line_joint(std::string_view left, std::string_view right) {
  if (left.empty() || right.empty() || !is_latin(first_of(right))) return "";
  const auto [before, last] = last_two_of(left);
  return is_latin(last) || ends_latin_clause(before, last) || ends_with_number_word(left) ? " " : "";
}

bool ends_latin_sentence(std::string_view text) {
  if (text.empty()) return false;
  const auto [before, last] = last_two_of(text);
  return one_of(U".!?", last) &&
         (is_latin(before) || u_isdigit(static_cast<UChar32>(before)) || one_of(U")\"'", before));
}

}  // namespace nendiff::text
