#include "text/char_span.hpp"

#include <unicode/utf8.h>

#include <algorithm>

namespace nendiff::text {

CharSpan::CharSpan(const icu::UnicodeSet& set, USetSpanCondition condition)
    : set_(set), contained_(condition != USET_SPAN_NOT_CONTAINED) {
  if (!contained_) bmp_.fill(~uint64_t{0});
  for (int32_t r = 0; r < set.getRangeCount() && set.getRangeStart(r) <= 0xFFFF; ++r) {
    const UChar32 end = std::min<UChar32>(set.getRangeEnd(r), 0xFFFF);
    for (UChar32 c = set.getRangeStart(r); c <= end; ++c) bmp_[c >> 6] ^= uint64_t{1} << (c & 63);
  }
}

size_t CharSpan::operator()(std::string_view utf8) const {
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  while (i < length) {
    int32_t next = i;
    UChar32 c;
    U8_NEXT_OR_FFFD(s, next, length, c);
    if (!goes_on(c)) break;
    i = next;
  }
  return static_cast<size_t>(i);
}

}  // namespace nendiff::text
