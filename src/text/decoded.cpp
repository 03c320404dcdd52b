#include "text/decoded.hpp"

#include <unicode/uchar.h>

#include "text/unicode.hpp"

namespace nendiff::text {
namespace {

// Decimal digits of every script (ICU's Nd, what u_isdigit tells). ICU's
// span finds them in UTF-8 faster than a lookup for every character could.
const icu::UnicodeSet& digit_set() {
  return character_classes().digits;
}

// Decodes bytes [i, end) of t.source, which are all digits or none.
void decode_stretch(Decoded& t, size_t i, size_t end, bool digits) {
  while (i < end) {
    const size_t n = t.count++;
    t.bytes[n] = i;
    UChar32 c;
    U8_NEXT_OR_FFFD(t.source.data(), i, end, c);  // ill-formed bytes: one replacement each
    t.cps[n] = c;
    t.digits[n] = digits ? static_cast<int8_t>(u_charDigitValue(c)) : -1;
  }
}

}  // namespace

size_t digit_span_end(std::string_view s, size_t i, bool digits) {
  return i + static_cast<size_t>(digit_set().spanUTF8(
                 s.data() + i, static_cast<int32_t>(s.size() - i),
                 digits ? USET_SPAN_CONTAINED : USET_SPAN_NOT_CONTAINED));
}

const Decoded& decode(std::string_view s, Decoded& t) {
  t.source = s;
  if (t.bytes.size() < s.size() + 1) {  // room for a code point a byte, and the end
    t.cps.resize(s.size());
    t.bytes.resize(s.size() + 1);
    t.digits.resize(s.size());
  }
  t.count = 0;
  t.has_digit = false;
  for (size_t i = 0; i < s.size();) {
    const size_t plain = digit_span_end(s, i, false);
    decode_stretch(t, i, plain, false);
    i = digit_span_end(s, plain, true);
    decode_stretch(t, plain, i, true);
    t.has_digit = t.has_digit || i > plain;
  }
  t.bytes[t.count] = s.size();
  return t;
}

Decoded& thread_buffers() {
  thread_local Decoded buffers;
  return buffers;
}

}  // namespace nendiff::text
