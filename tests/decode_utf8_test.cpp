// Whether a text is UTF-8 (read/support.hpp's is_valid_utf8, which reads runs
// of three-byte characters and of ASCII in loops of their own) against ICU's decoding, one character at a time: strict UTF-8 is
// what U8_NEXT decodes without a negative code point.
#include <gtest/gtest.h>
#include <unicode/utf8.h>

#include <string>
#include <vector>

#include "read/support.hpp"

namespace nendiff {
namespace {

bool icu_says_valid(const std::string& s) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const auto length = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

// Bytes a sequence's trailing places are tried with: each edge of the
// continuation range and of the ranges E0, ED, F0 and F4 narrow it to, and
// bytes that are no continuation.
const std::vector<uint8_t> kTrailing = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F,
                                        0xA0, 0xBF, 0xC0, 0xE3, 0xF5, 0xFF};

// Every lead byte, every second byte, the trailing bytes above: as the whole
// text, and inside Japanese text (ending a run of three-byte characters, or
// a run of ASCII, at several places).
std::vector<std::string> sequences() {
  std::vector<std::string> out;
  for (int lead = 0; lead < 256; ++lead)
    for (int second = 0; second < 256; ++second) {
      out.push_back({static_cast<char>(lead), static_cast<char>(second)});
      if (lead < 0xE0) continue;
      for (uint8_t third : kTrailing) {
        out.push_back({static_cast<char>(lead), static_cast<char>(second), static_cast<char>(third)});
        if (lead >= 0xF0)
          for (uint8_t fourth : kTrailing)
            out.push_back({static_cast<char>(lead), static_cast<char>(second), static_cast<char>(third),
                           static_cast<char>(fourth)});
      }
    }
  return out;
}

TEST(Utf8Check, AgreesWithIcusDecodingOnEverySequence) {
  const std::string japanese = "健康・医療戦略の実行状況と今後の取組方針について、2024年度に";
  int valid = 0;
  for (const std::string& s : sequences()) {
    const bool expected = icu_says_valid(s);
    ASSERT_EQ(detail::is_valid_utf8(s), expected) << testing::PrintToString(s);
    valid += expected;
    if (!(s[0] & 0x80) || (s.size() == 4 && s[3] != '\x80')) continue;  // enough of these
    for (size_t at : {0, 1, 2, 30, 31, 32, 33, 61, 62, 63, 64}) {
      const std::string text = japanese.substr(0, at - at % 3) + std::string(at % 3, 'a') + s + japanese;
      ASSERT_EQ(detail::is_valid_utf8(text), expected) << testing::PrintToString(s) << " at " << at;
    }
  }
  EXPECT_GT(valid, 30000);  // the sequences that are characters are among them
}

TEST(Utf8Check, CutAndEmptyTexts) {
  const std::string text = "第三百二十五条の二　株式会社は、😀を含む";
  EXPECT_TRUE(detail::is_valid_utf8(""));
  for (size_t n = 0; n <= text.size(); ++n)
    EXPECT_EQ(detail::is_valid_utf8(text.substr(0, n)), icu_says_valid(text.substr(0, n))) << n;
  EXPECT_FALSE(detail::is_valid_utf8(text.substr(0, 2)));
  EXPECT_FALSE(detail::is_valid_utf8(std::string("\xED\xA0\x80", 3)));  // a surrogate
  EXPECT_FALSE(detail::is_valid_utf8(std::string("\xF4\x90\x80\x80", 4)));  // past U+10FFFF
  EXPECT_FALSE(detail::is_valid_utf8(std::string("\xC0\xAF", 2)));  // overlong
}

}  // namespace
}  // namespace nendiff
