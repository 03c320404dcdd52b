#include "text/decoded.hpp"

#include <unicode/uchar.h>

#include <array>
#include <cstdint>

#include "text/char_span.hpp"
#include "text/unicode.hpp"
#include "text/utf8.hpp"

namespace nendiff::text {
namespace {

// The decimal digits (Nd, what u_isdigit tells): the decoder asks of every
// character whether it is one, and a bit's look-up costs less than a span
// (and its restart) over every stretch of digits and of other characters.
const CharSpan& decimal_digits() {
  static const CharSpan digits(character_classes().digits, USET_SPAN_CONTAINED);
  return digits;
}

}  // namespace

const Decoded& decode(std::string_view s, Decoded& t) {
  t.source = s;
  if (t.bytes.size() < s.size() + 1) {  // room for a code point a byte, and the end
    t.cps.resize(s.size());
    t.bytes.resize(s.size() + 1);
    t.digits.resize(s.size());
  }
  // Through plain pointers: a store to an int8_t may alias anything, and
  // would make the vectors' own pointers be loaded anew for every character.
  UChar32* cps = t.cps.data();
  size_t* bytes = t.bytes.data();
  int8_t* digits = t.digits.data();
  const CharSpan& digit_table = decimal_digits();
  size_t n = 0;
  bool has_digit = false;
  for (size_t i = 0; i < s.size(); ++n) {
    bytes[n] = i;
    const UChar32 c = next_char(s, i);
    cps[n] = c;
    const bool digit = digit_table.goes_on(c);
    digits[n] = digit ? static_cast<int8_t>(u_charDigitValue(c)) : -1;
    has_digit = has_digit || digit;
  }
  t.count = n;
  t.has_digit = has_digit;
  t.bytes[t.count] = s.size();
  return t;
}

Decoded& thread_buffers() {
  thread_local Decoded buffers;
  return buffers;
}

}  // namespace nendiff::text
