// next_code_point reads UTF-8 as ICU's U8_NEXT_OR_FFFD does: the same code
// points, ill-formed sequences (one U+FFFD each) included, at the same places.
#include "text/utf8.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace nendiff::text {
namespace {

// (code point, byte after it) for each character of `s`, read by `next`.
template <typename Next>
std::vector<std::pair<UChar32, size_t>> read_all(const std::string& s, Next next) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  std::vector<std::pair<UChar32, size_t>> out;
  for (size_t i = 0; i < s.size();) {
    const UChar32 c = next(bytes, i, s.size());
    out.emplace_back(c, i);
  }
  return out;
}

UChar32 icu_next(const uint8_t* s, size_t& i, size_t length) {
  UChar32 c;
  U8_NEXT_OR_FFFD(s, i, length, c);
  return c;
}

// Every lead byte and second byte; third and fourth bytes at each edge of the
// ranges leads narrow them to, or missing; inside text, and cut at its end.
TEST(Utf8, ReadsAsIcuEveryLeadSecondAndEdgeByte) {
  const std::vector<int> edges = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xE3, 0xFF, -1};
  size_t sequences = 0;
  for (int lead = 0; lead < 256; ++lead)
    for (int second = 0; second < 256; ++second)
      for (const int third : edges)
        for (const int fourth : edges) {
          if (lead < 0xE0 && (third >= 0 || fourth >= 0)) continue;  // read in two
          if (lead < 0xF0 && fourth >= 0) continue;
          std::string s = {static_cast<char>(lead), static_cast<char>(second)};
          if (third >= 0) s += static_cast<char>(third);
          if (fourth >= 0) s += static_cast<char>(fourth);
          for (const std::string& text : {s, "\xE4\xB8\x80" + s + "\xE3\x81\x82"}) {  // 一…あ
            ASSERT_EQ(read_all(text, next_code_point<size_t>), read_all(text, icu_next))
                << std::hex << lead << " " << second << " " << third << " " << fourth;
          }
          ++sequences;
        }
  EXPECT_GT(sequences, 500000u);
}

TEST(Utf8, JapaneseTextAndIndexTypes) {
  const std::string text = "第三百二十五条の二　（Ａ）ABC 2023年度〜①¹ 𠮷野家\xEF\xBF\xBD";
  EXPECT_EQ(read_all(text, next_code_point<size_t>), read_all(text, icu_next));
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = 0;
  EXPECT_EQ(next_code_point(s, i, static_cast<int32_t>(text.size())), U'第');
  EXPECT_EQ(i, 3);
}

}  // namespace
}  // namespace nendiff::text
