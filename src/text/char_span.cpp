#include "text/char_span.hpp"

#include "text/utf8.hpp"

#include <algorithm>

namespace nendiff::text {

namespace {

// Bits [from, to] of a word (0 ≤ from ≤ to ≤ 63) set.
uint64_t bits(unsigned from, unsigned to) {
  const uint64_t up_to = to == 63 ? ~uint64_t{0} : (uint64_t{1} << (to + 1)) - 1;
  return up_to & ~((uint64_t{1} << from) - 1);
}

}  // namespace

// A range's bits flipped a word at a time: sets such as stays() hold most of
// the BMP, and every span is made at the start of every run.
CharSpan::CharSpan(const icu::UnicodeSet& set, USetSpanCondition condition)
    : set_(set), contained_(condition != USET_SPAN_NOT_CONTAINED) {
  if (!contained_) bmp_.fill(~uint64_t{0});
  for (int32_t r = 0; r < set.getRangeCount() && set.getRangeStart(r) <= 0xFFFF; ++r) {
    const auto first = static_cast<uint32_t>(set.getRangeStart(r));
    const auto last = static_cast<uint32_t>(std::min<UChar32>(set.getRangeEnd(r), 0xFFFF));
    for (uint32_t word = first >> 6; word <= last >> 6; ++word) {
      const unsigned from = word == first >> 6 ? first & 63 : 0, to = word == last >> 6 ? last & 63 : 63;
      bmp_[word] ^= bits(from, to);
    }
  }
}

size_t CharSpan::operator()(std::string_view utf8) const {
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const size_t length = utf8.size();
  size_t i = 0;
  while (i < length) {
    size_t next = i;
    if (!goes_on(next_code_point(s, next, length))) break;
    i = next;
  }
  return i;
}

}  // namespace nendiff::text
