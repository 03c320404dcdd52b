// A normalized text decoded for the year and figure readers (text/decoded):
// byte offsets of every code point, digits of every script, reused buffers.
#include "text/decoded.hpp"

#include <gtest/gtest.h>

namespace nendiff::text {
namespace {

TEST(Decoded, KeepsTheByteOffsetOfEveryCodePoint) {
  Decoded t;
  decode("約3,400社", t);
  ASSERT_EQ(t.size(), 7u);
  EXPECT_EQ(t.bytes[1], 3u);  // 約 is three bytes
  EXPECT_EQ(t.bytes[7], std::string("約3,400社").size());
  EXPECT_EQ(t.slice(1, 6), "3,400");
  EXPECT_EQ(t.index_of(4), 2u);
  EXPECT_TRUE(starts_number(t, 1));
  EXPECT_TRUE(continues_number(t, 3));  // after the thousands comma
  EXPECT_EQ(digit_run(t, 3), 6u);
  EXPECT_EQ(digits_value(t, 3, 6), 400);
  EXPECT_EQ(longest(t, 6, {U"社", U"社員"}), 1u);
}

TEST(Decoded, DigitsOfEveryScript) {
  Decoded t;
  decode("２０２３年度と\u0663件", t);  // full-width, then Arabic-Indic 3
  EXPECT_TRUE(t.has_digit);
  EXPECT_EQ(digits_value(t, 0, 4), 2023);
  EXPECT_EQ(t.digit_value(7), 3);
  EXPECT_FALSE(t.is_digit(4));
  decode("引き続き取組を推進する。", t);
  EXPECT_FALSE(t.has_digit);
}

// A short text decoded after a long one in the same buffers sees only itself.
TEST(Decoded, ReusedBuffersHoldOnlyTheCurrentText) {
  Decoded t;
  decode("2023年度に、健診データの標準化に向けた検討会を開催した。", t);
  decode("第6回", t);
  EXPECT_EQ(t.size(), 3u);
  EXPECT_EQ(t.at(3), 0);  // past the end
  EXPECT_FALSE(t.is_digit(3));
  EXPECT_EQ(with_decoded("令和6年度", [](const Decoded& d) { return d.size(); }), 5u);
}

}  // namespace
}  // namespace nendiff::text
