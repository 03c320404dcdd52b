// Counters and units after a number (text/counters), on phrases of the 2024
// sample edition: what a number counts, and when a 4-digit number is a count
// rather than a year.
#include "text/counters.hpp"

#include <gtest/gtest.h>

#include "text/unicode.hpp"

namespace nendiff::text {
namespace {

// The counter after the number that ends at code point `at` of `text`.
std::u32string counter_after(const std::string& text, size_t at) {
  Decoded t;
  decode(text, t);
  return to_u32(text).substr(at, counter_end(t, at) - at);
}

bool counts_at(const std::string& text, size_t at) {
  Decoded t;
  decode(text, t);
  return counter_follows(t, at);
}

TEST(Counters, KnownCountersKatakanaWordsAndShortKanjiRuns) {
  EXPECT_EQ(counter_after("27業種53社を選定", 2), U"業種");
  EXPECT_EQ(counter_after("27業種53社を選定", 6), U"社");
  EXPECT_EQ(counter_after("68医療機関が参加", 2), U"医療機関");  // the longest known one
  EXPECT_EQ(counter_after("全国4ブロック、17府県", 3), U"ブロック");
  EXPECT_EQ(counter_after("12誘導心電図", 2), U"誘導");  // at most two kanji
}

TEST(Counters, ParticlesAndQualifiersAreNoCounter) {
  EXPECT_EQ(counter_after("15のファンドに対して", 2), U"");
  EXPECT_EQ(counter_after("5以上の", 1), U"");
  EXPECT_EQ(counter_after("100人程度", 3), U"人");
}

TEST(Counters, CurrenciesAndMultipliers) {
  Decoded t;
  decode("2.5億円を投資", t);
  EXPECT_TRUE(is_multiplier(t.at(3)));
  EXPECT_EQ(multiplier_value(t.at(3)), 1e8);
  EXPECT_EQ(currency_at(t, 4), 1u);
  EXPECT_EQ(currency_at(t, 5), 0u);
  decode("3億ドル", t);
  EXPECT_EQ(currency_at(t, 2), 2u);
  EXPECT_EQ(multiplier_value(U'千') * multiplier_value(U'万'), 1e7);  // 千万
}

// A 4-digit number before a counter counts: 「2466件」 is no year.
TEST(Counters, ACounterAfterFourDigitsMakesThemACount) {
  EXPECT_TRUE(counts_at("2466件の相談", 4));
  EXPECT_TRUE(counts_at("2000~3000件", 4));     // a range of counts
  EXPECT_FALSE(counts_at("2020~2022年度", 4));  // a range of years
  EXPECT_FALSE(counts_at("2024年中小企業庁", 4));  // 年 starting a word is no counter
  EXPECT_FALSE(counts_at("「健康経営銘柄2024」として", 11));
}

}  // namespace
}  // namespace nendiff::text
