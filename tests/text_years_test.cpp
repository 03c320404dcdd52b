// Years in normalized text (text/years): Western and era years, in digits
// and kanji numerals, with their suffixes; counts that look like years.
#include "text/years.hpp"

#include <gtest/gtest.h>

#include "text/figures.hpp"
#include "test_support.hpp"

namespace nendiff::text {
namespace {

std::vector<std::string> years_in(const std::string& text) {
  return test::shown(text, find_years(text));
}

// `text` outlives the year, which views it: a literal.
YearMention one_year(std::string_view text) { return test::only_one(std::string(text), find_years(text)); }

TEST(Years, FiscalYear) {
  YearMention y = one_year("引き続き2024年度以降も推進する");
  EXPECT_EQ(y.year, 2024);
  EXPECT_EQ(y.raw, "2024年度");
  EXPECT_EQ(y.suffix, "年度");
  EXPECT_EQ(y.offset, std::string("引き続き").size());
  EXPECT_TRUE(y.fiscal);
  EXPECT_FALSE(y.dated);
  EXPECT_FALSE(y.era);
}

TEST(Years, CalendarYearAndDates) {
  EXPECT_EQ(years_in("2005年の改正"), (std::vector<std::string>{"2005年 → 2005 [年]"}));
  EXPECT_EQ(years_in("2023年4月に開始"), (std::vector<std::string>{"2023年 → 2023 [年] dated"}));
  EXPECT_EQ(years_in("(2020年3月27日閣議決定)"),
            (std::vector<std::string>{"2020年 → 2020 [年] dated"}));
  EXPECT_EQ(years_in("オリパラ(2022.03.31廃止)"),
            (std::vector<std::string>{"2022 → 2022 [] dated"}));
}

TEST(Years, SuffixesAsWritten) {
  EXPECT_EQ(years_in("2023年秋以降"), (std::vector<std::string>{"2023年秋 → 2023 [年秋]"}));
  EXPECT_EQ(years_in("2023年度末時点"),
            (std::vector<std::string>{"2023年度末 → 2023 [年度末] fiscal"}));
  EXPECT_EQ(years_in("2023年度中に"),
            (std::vector<std::string>{"2023年度中 → 2023 [年度中] fiscal"}));
  // 中 and 内 start ordinary words too: the year ends before them.
  EXPECT_EQ(years_in("2024年中小企業庁"), (std::vector<std::string>{"2024年 → 2024 [年]"}));
}

TEST(Years, EraYears) {
  EXPECT_EQ(years_in("令和6年度"), (std::vector<std::string>{"令和6年度 → 2024 [年度] era fiscal"}));
  EXPECT_EQ(years_in("平成30年"), (std::vector<std::string>{"平成30年 → 2018 [年] era"}));
  EXPECT_EQ(years_in("令和元年"), (std::vector<std::string>{"令和元年 → 2019 [年] era"}));
  EXPECT_EQ(years_in("令和6年4月1日"),
            (std::vector<std::string>{"令和6年 → 2024 [年] era dated"}));
}

// Formal documents write years in kanji numerals: the era year 1-99 with 十,
// the western year digit by digit with 〇.
TEST(Years, KanjiNumeralYears) {
  EXPECT_EQ(years_in("令和六年度以降も"),
            (std::vector<std::string>{"令和六年度 → 2024 [年度] era fiscal"}));
  EXPECT_EQ(years_in("平成三十年三月"), (std::vector<std::string>{"平成三十年 → 2018 [年] era"}));
  EXPECT_EQ(years_in("令和十年"), (std::vector<std::string>{"令和十年 → 2028 [年] era"}));
  EXPECT_EQ(years_in("令和十二年度末"),
            (std::vector<std::string>{"令和十二年度末 → 2030 [年度末] era fiscal"}));
  EXPECT_EQ(years_in("平成二十九年度"),
            (std::vector<std::string>{"平成二十九年度 → 2017 [年度] era fiscal"}));
  EXPECT_EQ(years_in("二〇二四年度に"), (std::vector<std::string>{"二〇二四年度 → 2024 [年度] fiscal"}));
  EXPECT_EQ(years_in("一九九五年"), (std::vector<std::string>{"一九九五年 → 1995 [年]"}));
  // Not years: a count of years, no era, five kanji digits, out of range.
  for (const char* text : {"六年間", "十年度", "令和六", "二〇二四二年", "一二三四年", "第二十年"})
    EXPECT_EQ(years_in(text), std::vector<std::string>{}) << text;
  // The year is no figure; the count after it is (kanji numerals count too).
  ASSERT_EQ(find_figures("令和六年度に五件").size(), 1u);
  EXPECT_EQ(find_figures("令和六年度に五件")[0].raw, "五件");
}

TEST(Years, MalformedYearWithoutNen) {
  YearMention y = one_year("(2023度末時点加盟約3,400団体)");
  EXPECT_EQ(y.year, 2023);
  EXPECT_EQ(y.raw, "2023度");
  EXPECT_EQ(y.suffix, "度");
  EXPECT_TRUE(y.fiscal);
}

TEST(Years, YearGluedToAName) {
  EXPECT_EQ(years_in("「健康経営銘柄2024」として"),
            (std::vector<std::string>{"2024 → 2024 []"}));
  EXPECT_EQ(years_in("『アクションプラン2023』"), (std::vector<std::string>{"2023 → 2023 []"}));
  EXPECT_EQ(years_in("「2023新規上場ガイドブック」"),
            (std::vector<std::string>{"2023 → 2023 []"}));
}

TEST(Years, CountsAreNotYears) {
  EXPECT_TRUE(find_years("2,988法人を認定").empty());
  EXPECT_TRUE(find_years("2466件の相談").empty());
  EXPECT_TRUE(find_years("2024件の相談").empty());  // a year-like count
  EXPECT_TRUE(find_years("2,024年").empty());
  EXPECT_TRUE(find_years("約2000社").empty());
  EXPECT_TRUE(find_years("2000~3000件").empty());
}

TEST(Years, RangesAreTwoMentions) {
  EXPECT_EQ(years_in("2020年度から2022年度まで"),
            (std::vector<std::string>{"2020年度 → 2020 [年度] fiscal",
                                      "2022年度 → 2022 [年度] fiscal"}));
  EXPECT_EQ(years_in("2020~2022年度"),
            (std::vector<std::string>{"2020 → 2020 []", "2022年度 → 2022 [年度] fiscal"}));
}

TEST(Years, EraToWestern) {
  EXPECT_EQ(era_to_western("令和", 6), 2024);
  EXPECT_EQ(era_to_western("令和", 1), 2019);
  EXPECT_EQ(era_to_western("平成", 30), 2018);
  EXPECT_EQ(era_to_western("昭和", 64), 1989);
  EXPECT_EQ(era_to_western("西暦", 6), 0);
  EXPECT_EQ(era_to_western("令和", 0), 0);
}

// Full-width digits need no folding first; digits of other scripts are
// digits too (NFKC leaves them alone).
// An edition whose text says no year (a list with no title) takes its
// file's: a year mention, a bare 19xx/20xx, an era's initial and year.
TEST(Years, TheYearOfAFileName) {
  EXPECT_EQ(year_of_file_name("施策一覧_2024"), 2024);
  EXPECT_EQ(year_of_file_name("kenko-iryo-senryaku-2023"), 2023);
  EXPECT_EQ(year_of_file_name("R6_フォローアップ"), 2024);
  EXPECT_EQ(year_of_file_name("h30-list"), 2018);
  EXPECT_EQ(year_of_file_name("令和５年度実施状況"), 2023);
  EXPECT_EQ(year_of_file_name("plan_v2_2024"), 2024);
  EXPECT_EQ(year_of_file_name("20240604_kettei"), 0);       // a date stamp, not a year
  EXPECT_EQ(year_of_file_name("edition"), 0);
  EXPECT_EQ(year_of_file_name("r2d2"), 0);
}

TEST(Years, DigitsOfEveryScript) {
  EXPECT_EQ(one_year("２０２３年度").year, 2023);
  EXPECT_EQ(one_year("\u0968\u0966\u0968\u0969年度").year, 2023);  // Devanagari
  EXPECT_TRUE(find_years("引き続き取組を推進する。").empty());
  EXPECT_EQ(years_in("令和元年度末まで"),
            (std::vector<std::string>{"令和元年度末 → 2019 [年度末] era fiscal"}));
}

}  // namespace
}  // namespace nendiff::text
