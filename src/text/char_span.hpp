#pragma once
// Spans of UTF-8 text over the characters of an ICU set, as UnicodeSet::spanUTF8
// finds them, with the basic multilingual plane looked up in a bitmap: one
// lookup a character, where ICU's span takes several for the three-byte
// characters Japanese text is made of. The spans run over every line of both
// editions (normalization, sentences, the JSON writer's escapes); the decoder
// asks it of every character whether it is a digit.
#include <unicode/uniset.h>

#include <array>
#include <cstdint>
#include <string_view>

namespace nendiff::text {

class CharSpan {
 public:
  // `set` must outlive the span (it answers for the characters past the BMP).
  // Ill-formed bytes count as U+FFFD, as for ICU.
  CharSpan(const icu::UnicodeSet& set, USetSpanCondition condition);

  // The length in bytes of the stretch at the start of `utf8` whose characters
  // all meet the condition.
  size_t operator()(std::string_view utf8) const;

  // Whether a span goes on over `c` (a code point, not U+FFFD for ill-formed bytes).
  bool goes_on(UChar32 c) const {
    if (c <= 0xFFFF) return (bmp_[static_cast<uint32_t>(c) >> 6] >> (c & 63)) & 1;
    return set_.contains(c) == contained_;
  }

 private:

  const icu::UnicodeSet& set_;
  bool contained_;
  std::array<uint64_t, 0x10000 / 64> bmp_{};  // a bit a character: the span goes on over it
};

}  // namespace nendiff::text
