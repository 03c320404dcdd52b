// The Unicode sets from tables (text/unicode_tables): with the ICU the tables
// were made from, each is the set ICU's properties give; a table left behind
// by an ICU update fails here until scripts/gen-unicode-tables is run.
#include "text/unicode_tables.hpp"

#include <gtest/gtest.h>

#include <unicode/uversion.h>

namespace nendiff::text {
namespace {

TEST(UnicodeTables, EachSetIsWhatIcusPropertiesGive) {
  if (!detail::tables_match_icu())
    GTEST_SKIP() << "tables from ICU " << detail::tables_icu_version() << ", built with " << U_ICU_VERSION
                 << ": the sets come from ICU's properties (scripts/gen-unicode-tables remakes them)";
  EXPECT_TRUE(stays_set() == detail::stays_from_properties());
  EXPECT_TRUE(decimal_digit_set() == detail::decimal_digits_from_properties());
  EXPECT_TRUE(separator_set() == detail::separators_from_properties());
}

// What the sets are for: kana and kanji stay as they are, ① and full-width
// Ａ do not (NFKC changes them), nor a combining mark; 0-9, ０-９ and ٣ are
// digits, 「　」 and U+2028 separators, a tab not (White_Space adds it).
TEST(UnicodeTables, SetsHoldWhatNormalizationAndScanningNeed) {
  const icu::UnicodeSet stays = stays_set(), digits = decimal_digit_set(), separators = separator_set();
  for (UChar32 c : {0x3042, 0x30A2, 0x6F22, 0x41, 0x3002})  // あ ア 漢 A 。 EXPECT_TRUE(stays.contains(c)) << c;
  for (UChar32 c : {0x2460, 0xFF21, 0x3099, 0x0301}) EXPECT_FALSE(stays.contains(c)) << c;
  for (UChar32 c : {0x30, 0x39, 0xFF10, 0x0663}) EXPECT_TRUE(digits.contains(c)) << c;
  EXPECT_FALSE(digits.contains(0x4E00));  // 一
  for (UChar32 c : {0x3000, 0x0020, 0x2028, 0x00A0}) EXPECT_TRUE(separators.contains(c)) << c;
  EXPECT_FALSE(separators.contains(0x0009));
}

}  // namespace
}  // namespace nendiff::text
