// Kanji numerals (text/numerals): which characters write them, and the values
// of numbers and amounts written with them.
#include "text/numerals.hpp"

#include <gtest/gtest.h>

#include <string>

namespace nendiff::text {
namespace {

// Exactly the digits, 十 百 千 and 万 億 兆, of every code point: 々, 壱 and
// the full-width digits are not among them.
TEST(KanjiNumerals, AreTheDigitsAndTheMultipliers) {
  std::u32string found;
  for (char32_t c = 0; c <= 0x10FFFF; ++c)
    if (is_kanji_numeral(c)) found += c;
  const std::u32string expected = U"〇一二三四五六七八九十百千万億兆";
  for (char32_t c : expected) EXPECT_TRUE(is_kanji_numeral(c)) << static_cast<uint32_t>(c);
  EXPECT_EQ(found.size(), expected.size());
}

TEST(KanjiNumerals, NumbersAndAmounts) {
  size_t end = 0;
  EXPECT_EQ(kanji_number(U"第三百二十五条", 1, end), 325);
  EXPECT_EQ(end, 6u);
  EXPECT_EQ(kanji_number(U"二〇二四年", 0, end), 2024);
  EXPECT_EQ(kanji_number(U"条", 0, end), 0);
  EXPECT_EQ(end, 0u);
  // A provision's number, in kanji or (a regulation written across the page) in digits.
  EXPECT_EQ(provision_number(U"第三百二十五条", 1, end), 325);
  EXPECT_EQ(provision_number(U"第325条の2", 1, end), 325);
  EXPECT_EQ(end, 4u);
  EXPECT_EQ(provision_number(U"第12345条", 1, end), 0);  // no provision's
  EXPECT_EQ(end, 1u);
  EXPECT_EQ(provision_number(U"第条", 1, end), 0);
  EXPECT_EQ(end, 1u);
  EXPECT_EQ(past_branch_numbers(U"第二十三条の二の三第一項", 5), 9u);
  EXPECT_EQ(past_branch_numbers(U"第3条の2の規定", 3), 5u);
  EXPECT_EQ(past_branch_numbers(U"第三条の規定", 3), 3u);
    const KanjiAmount a = kanji_amount(U"一億二千三百万円", 0);
  EXPECT_EQ(a.value, 123000000);
  EXPECT_EQ(a.end, 7u);
}

}  // namespace
}  // namespace nendiff::text
