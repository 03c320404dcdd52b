// A spreadsheet cell's number as Excel shows it in Japan: what a reviewer
// reads in the sheet, and what the report quotes.
#include <gtest/gtest.h>

#include "read/cell_values.hpp"

namespace nendiff::detail {
namespace {

TEST(CellValues, NumbersInTheirFormats) {
  EXPECT_EQ(shown_number("1234567", "General"), "1234567");
  EXPECT_EQ(shown_number("0.30000000000000004", "General"), "0.3");  // binary noise, as Excel hides it
  EXPECT_EQ(shown_number("1234567", builtin_number_format(3)), "1,234,567");
  EXPECT_EQ(shown_number("1234.5", builtin_number_format(4)), "1,234.50");
  EXPECT_EQ(shown_number("-1234", "#,##0;[Red]\\-#,##0"), "-1,234");
  EXPECT_EQ(shown_number("-1234", builtin_number_format(37)), "(1,234)");
  EXPECT_EQ(shown_number("0", "#,##0;\\-#,##0;\"－\""), "－");
  EXPECT_EQ(shown_number("0.125", builtin_number_format(9)), "13%");
  EXPECT_EQ(shown_number("0.125", "0.0%"), "12.5%");
  EXPECT_EQ(shown_number("3000", "#,##0\"円\""), "3,000円");
  EXPECT_EQ(shown_number("49", "0\"社\""), "49社");
  EXPECT_EQ(shown_number("2.5", "0.0#"), "2.5");
  EXPECT_EQ(shown_number("2.456", "0.0#"), "2.46");
  EXPECT_EQ(shown_number("0.5", "#.##"), ".5");
  EXPECT_EQ(shown_number("-7", "0"), "-7");
  EXPECT_EQ(shown_number("12345", "0.00E+00"), "12345");  // exponents: General's form
  EXPECT_EQ(shown_number("1.5", "# ?/?"), "1.5");         // fractions too
  EXPECT_EQ(shown_number("済", "0"), "済");                 // no number: as stored
  EXPECT_EQ(shown_number("1234567", "#,##0,\"千円\""), "1,235千円");  // in thousands: a budget sheet's
  EXPECT_EQ(shown_number("123456789", "#,##0.0,,\"百万円\""), "123.5百万円");
  EXPECT_EQ(shown_number("1234", "[$-411]General"), "1234");
  EXPECT_EQ(shown_number("1.5", "0." + std::string(100, '0')), "1." + std::string("5") + std::string(29, '0'));  // 30 at most
}

TEST(CellValues, DatesInTheWesternAndTheJapaneseCalendar) {
  // 45383 is 2024-04-01 (a Monday) in the 1900 date system.
  EXPECT_EQ(shown_number("45383", builtin_number_format(14)), "2024/4/1");
  EXPECT_EQ(shown_number("45383", "yyyy\"年\"m\"月\"d\"日\"(aaa)"), "2024年4月1日(月)");
  EXPECT_EQ(shown_number("45383", "[$-ja-JP]ggge\"年\"m\"月\"d\"日\""), "令和6年4月1日");
  EXPECT_EQ(shown_number("45383", builtin_number_format(28)), "令和6年4月1日");
  EXPECT_EQ(shown_number("45383", builtin_number_format(27)), "R6.4.1");
  EXPECT_EQ(shown_number("45383", "gge年"), "令6年");
  EXPECT_EQ(shown_number("43585", builtin_number_format(28)), "平成31年4月30日");  // the last day of 平成
  EXPECT_EQ(shown_number("43586", builtin_number_format(28)), "令和1年5月1日");
  EXPECT_EQ(shown_number("45383", "yyyy/mm/dd dddd"), "2024/04/01 Monday");
  EXPECT_EQ(shown_number("45383", "mmm yy"), "Apr 24");
  EXPECT_EQ(shown_number("1", "yyyy/m/d"), "1900/1/1");
  EXPECT_EQ(shown_number("61", "yyyy/m/d"), "1900/3/1");             // after Lotus's 29 February
  EXPECT_EQ(shown_number("43921", "yyyy/m/d", true), "2024/4/1");     // the 1904 date system
  EXPECT_EQ(shown_number("-1", "yyyy/m/d"), "-1");                    // no date: General's form
}

TEST(CellValues, TimesAndMinutesBesideMonths) {
  EXPECT_EQ(shown_number("45383.5625", "yyyy/m/d h:mm"), "2024/4/1 13:30");
  EXPECT_EQ(shown_number("0.5625", "h:mm AM/PM"), "1:30 PM");
  EXPECT_EQ(shown_number("0.5625", builtin_number_format(32)), "13時30分");
  EXPECT_EQ(shown_number("0.56251", "hh:mm:ss"), "13:30:01");
  EXPECT_EQ(shown_number("45383", "m/d"), "4/1");  // a month where no hour or second stands beside it
}

}  // namespace
}  // namespace nendiff::detail
