// Figures in normalized sentences (text/figures): numbers with their
// counters, multipliers, qualifiers and ranges; what is not a figure.
#include "text/figures.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "text/normalize.hpp"
#include "test_support.hpp"

namespace nendiff::text {
namespace {

std::vector<std::string> figures_in(const std::string& text) {
  return test::shown(text, find_figures(text));
}
std::vector<std::string> years_in(const std::string& text) {
  return test::shown(text, find_years(text));
}

// `text` outlives the figure, which views it: a literal.
Figure one_figure(std::string_view text) { return test::only_one(std::string(text), find_figures(text)); }

TEST(Figures, PlainNumberWithSeparators) {
  Figure f = one_figure("加盟数は3,400。");
  EXPECT_EQ(f.value, 3400);
  EXPECT_EQ(f.unit, "");
  EXPECT_EQ(f.raw, "3,400");
  EXPECT_EQ(f.offset, std::string("加盟数は").size());
  EXPECT_FALSE(f.approximate);
  EXPECT_FALSE(f.ranged);
}

TEST(Figures, ApproximateCount) {
  Figure f = one_figure("加盟約3,400社)");
  EXPECT_EQ(f.value, 3400);
  EXPECT_EQ(f.unit, "社");
  EXPECT_EQ(f.raw, "約3,400社");
  EXPECT_EQ(f.offset, std::string("加盟").size());
  EXPECT_TRUE(f.approximate);
}

TEST(Figures, Tenths) {
  EXPECT_EQ(figures_in("8割を含む"), (std::vector<std::string>{"8割 → 8 割"}));
  EXPECT_EQ(figures_in("の約8割を含む"), (std::vector<std::string>{"約8割 → 8 割 ~"}));
}

TEST(Figures, MultipliersApplied) {
  Figure yen = one_figure("2.5億円を投資");
  EXPECT_EQ(yen.value, 250000000);
  EXPECT_EQ(yen.unit, "億円");
  EXPECT_EQ(yen.raw, "2.5億円");
  Figure people = one_figure("1万人が参加");
  EXPECT_EQ(people.value, 10000);
  EXPECT_EQ(people.unit, "人");
  EXPECT_EQ(people.raw, "1万人");
  EXPECT_EQ(figures_in("1兆2,000億円"),
            (std::vector<std::string>{"1兆2,000億円 → 1200000000000 億円"}));
  EXPECT_EQ(figures_in("12,690千円"), (std::vector<std::string>{"12,690千円 → 12690000 千円"}));
}

TEST(Figures, CountersOfSeveralCharacters) {
  EXPECT_EQ(figures_in("68医療機関が参加"),
            (std::vector<std::string>{"68医療機関 → 68 医療機関"}));
  EXPECT_EQ(figures_in("計36か所設置"), (std::vector<std::string>{"36か所 → 36 か所"}));
  EXPECT_EQ(figures_in("全国4ブロック、17府県"),
            (std::vector<std::string>{"4ブロック → 4 ブロック", "17府県 → 17 府県"}));
}

TEST(Figures, TwoFiguresSideBySide) {
  EXPECT_EQ(figures_in("27業種53社を選定"),
            (std::vector<std::string>{"27業種 → 27 業種", "53社 → 53 社"}));
}

TEST(Figures, Percentages) {
  EXPECT_EQ(figures_in("93%の"), (std::vector<std::string>{"93% → 93 %"}));
  EXPECT_EQ(figures_in("約93%の"), (std::vector<std::string>{"約93% → 93 % ~"}));
}

TEST(Figures, Ranges) {
  for (const char* text : {"3~5件", "3〜5件", "3-5件", "3件~5件"}) {
    Figure f = one_figure(text);
    EXPECT_EQ(f.value, 3) << text;
    EXPECT_TRUE(f.ranged) << text;
    EXPECT_EQ(f.range_end, 5.0) << text;
    EXPECT_EQ(f.unit, "件") << text;
    EXPECT_EQ(f.raw, text);
  }
  EXPECT_EQ(figures_in("約1~2億円"), (std::vector<std::string>{"約1~2億円 → 100000000 億円 ..200000000 ~"}));
  // A hyphen that cannot be a range is a part number, not two figures.
  EXPECT_TRUE(find_figures("心電図規格(22077-2)").empty());
}

TEST(Figures, ApproximateAfter) {
  EXPECT_EQ(figures_in("100人程度"), (std::vector<std::string>{"100人程度 → 100 人 ~"}));
  EXPECT_EQ(figures_in("5社ほど"), (std::vector<std::string>{"5社ほど → 5 社 ~"}));
}

TEST(Figures, TotalStaysOutsideRaw) {
  Figure f = one_figure("計368億円の");
  EXPECT_EQ(f.value, 36800000000.0);
  EXPECT_EQ(f.unit, "億円");
  EXPECT_EQ(f.raw, "368億円");
  EXPECT_EQ(f.offset, std::string("計").size());
}

TEST(Figures, NumberBeforeNoHasNoUnit) {
  Figure f = one_figure("15のファンドに対して");
  EXPECT_EQ(f.value, 15);
  EXPECT_EQ(f.unit, "");
  EXPECT_EQ(f.raw, "15");
}

TEST(Figures, OrdinalsAndVersions) {
  Figure f = one_figure("第6回会合");
  EXPECT_EQ(f.value, 6);
  EXPECT_EQ(f.unit, "回");
  EXPECT_EQ(f.raw, "第6回");
  EXPECT_EQ(f.offset, 0u);
  EXPECT_EQ(figures_in("ガイドライン6.0版"), (std::vector<std::string>{"6.0版 → 6 版"}));
}

TEST(Figures, InsideBrackets) {
  EXPECT_EQ(figures_in("企業(225社)の"), (std::vector<std::string>{"225社 → 225 社"}));
  EXPECT_EQ(figures_in("2,988法人(日経"), (std::vector<std::string>{"2,988法人 → 2988 法人"}));
}

TEST(Figures, YearsAndDatesAreNotFigures) {
  EXPECT_TRUE(find_figures("2020年3月27日閣議決定").empty());
  EXPECT_TRUE(find_figures("4月1日から").empty());
  EXPECT_TRUE(find_figures("令和6年度").empty());
  EXPECT_TRUE(find_figures("2022.03.31廃止").empty());
  EXPECT_EQ(figures_in("2024年3月に27業種"), (std::vector<std::string>{"27業種 → 27 業種"}));
}

TEST(Figures, NamesAndEnumeratorsAreNotFigures) {
  EXPECT_TRUE(find_figures("COVID-19対策").empty());
  EXPECT_TRUE(find_figures("Society5.0の実現").empty());
  EXPECT_TRUE(find_figures("アクションプランver.5において").empty());
  EXPECT_TRUE(find_figures("(1)の事業").empty());
  EXPECT_TRUE(find_figures("【施策番号12】").empty());  // names its item, counts nothing
  EXPECT_EQ(find_figures("施策番号12の3件").size(), 1u);
}

TEST(Figures, AcceptsUnfoldedFullWidthDigits) {
  std::string text = "３，４００社";
  Figure f = one_figure(text);
  EXPECT_EQ(f.value, 3400);
  EXPECT_EQ(f.unit, "社");
  EXPECT_EQ(f.raw, text);
}

// Decimal digits of other scripts are digits too (NFKC leaves them alone).
TEST(Figures, DigitsOfOtherScripts) {
  Figure f = one_figure("\u0663件");  // Arabic-Indic 3
  EXPECT_EQ(f.value, 3);
  EXPECT_EQ(f.unit, "件");
}

TEST(Figures, TextWithoutDigitsHasNone) {
  EXPECT_TRUE(find_figures("引き続き取組を推進する。").empty());
}

// A text longer than any sentence: offsets count every byte before.
TEST(Figures, LongTextKeepsItsOffsets) {
  std::string text;
  for (int i = 0; i < 8000; ++i) text += "取組";
  text += "を2023年度に3件実施した。";
  std::vector<YearMention> years = find_years(text);
  ASSERT_EQ(years.size(), 1u);
  EXPECT_EQ(years[0].offset, 8000u * 6 + 3);
  Figure f = one_figure(text);
  EXPECT_EQ(f.raw, "3件");
  EXPECT_EQ(one_figure("約3,400社").value, 3400);  // a short text after it
}

// -------------------------------------------------- real sentences (2024 edition)

// L21, normalized.
const std::string kHealthManagement =
    "・「健康経営銘柄2024」として、2024年3月に27業種53社を選定し、「健康経営優良法人認定制度」"
    "では、2024年3月に「健康経営優良法人2024」として大規模法人部門で2,988法人(日経平均株価を構成"
    "する企業(225社)の約8割を含む)、中小規模法人部門で16,733法人を認定した。健康・医療新産業協議会"
    "等の議論を踏まえ、引き続き2024年度以降も、各地域や業界、サプライチェーン等における健康経営の普"
    "及を促進し、中小企業等への裾野の拡大を図る。";

TEST(FiguresSample, HealthManagementLine21) {
  EXPECT_EQ(years_in(kHealthManagement),
            (std::vector<std::string>{"2024 → 2024 []", "2024年 → 2024 [年] dated",
                                      "2024年 → 2024 [年] dated", "2024 → 2024 []",
                                      "2024年度 → 2024 [年度] fiscal"}));
  EXPECT_EQ(figures_in(kHealthManagement),
            (std::vector<std::string>{"27業種 → 27 業種", "53社 → 53 社",
                                      "2,988法人 → 2988 法人", "225社 → 225 社",
                                      "約8割 → 8 割 ~", "16,733法人 → 16733 法人"}));
}

// L238, normalized (the PDF's spaces between CJK and digits removed).
const std::string kGlobalHealth =
    "・医療技術等国際展開事業において、日本の専門家の派遣及び外国の専門家の受け入れによる医療人材の"
    "育成事業を実施しており、2023年度においては主にアジア、アフリカの計13カ国に対し、35のテーマで"
    "主に現地(一部オンライン)での指導や会議等を実施した。引き続き2024年度以降、医療人材の育成事業を"
    "実施する。また、国際的組織で働く邦人職員の増加を図るために、2017年9月に国立国際医療研究センター"
    "(NCGM)に「グローバルヘルス人材戦略センター」を設置した。邦人職員数は増加傾向(2017年から2022年"
    "に77人から100人と30%増加)である。2023年度は、若手の邦人職員の増加に向けた取組を継続しつつ、"
    "幹部職員を輩出すべく、産学セクターからの人材プールの拡大やキャリア開発・採用プロセス支援を通じ"
    "て国際保健組織で政策決定に携わる職員・専門家の増加にむけた取組を強化した。2024年度も、このような"
    "取り組みを進める。";

TEST(FiguresSample, GlobalHealthLine238) {
  EXPECT_EQ(years_in(kGlobalHealth),
            (std::vector<std::string>{
                "2023年度 → 2023 [年度] fiscal", "2024年度 → 2024 [年度] fiscal",
                "2017年 → 2017 [年] dated", "2017年 → 2017 [年]", "2022年 → 2022 [年]",
                "2023年度 → 2023 [年度] fiscal", "2024年度 → 2024 [年度] fiscal"}));
  EXPECT_EQ(figures_in(kGlobalHealth),
            (std::vector<std::string>{"13カ国 → 13 カ国", "35 → 35 ", "77人 → 77 人",
                                      "100人 → 100 人", "30% → 30 %"}));
}

// The whole sample through the normalizer: every mention's raw is the text at
// its offsets, years and figures never overlap, and the typo 「2023度」 (L81) is found.
TEST(FiguresSample, WholeEditionIsConsistent) {
  std::string bytes = test::read_bytes(test::sample_path("kenko-iryo-senryaku-2024.txt"));
  std::vector<std::string> lines = split_lines(bytes);
  ASSERT_GE(lines.size(), 81u);
  std::vector<std::string> l81 = years_in(normalize_line(lines[80]));
  EXPECT_NE(std::find(l81.begin(), l81.end(), "2023度 → 2023 [度] fiscal"), l81.end());
  for (const std::string& line : lines) {
    std::string text = normalize_line(line);
    std::vector<YearMention> years = find_years(text);
    years_in(text);
    for (const Figure& f : find_figures(text)) {
      EXPECT_EQ(text.substr(f.offset, f.raw.size()), f.raw);
      for (const YearMention& y : years)
        EXPECT_TRUE(f.offset >= y.offset + y.length || y.offset >= f.offset + f.raw.size())
            << f.raw << " overlaps " << y.raw;
    }
  }
}

// A law writes its amounts, periods and quorums in kanji: they are figures,
// valued as their Arabic forms are (a currency keeps its 万 or 億).
TEST(Figures, KanjiAmountsPeriodsAndCounts) {
  EXPECT_EQ(figures_in("資本金の額は、三百万円以上"), (std::vector<std::string>{"三百万円 → 3000000 万円"}));
  EXPECT_EQ(one_figure("資本金の額は、三百万円以上").offset, std::string("資本金の額は、").size());
  EXPECT_EQ(figures_in("一億二千三百万円を"), (std::vector<std::string>{"一億二千三百万円 → 123000000 万円"}));
  EXPECT_EQ(figures_in("十二億円"), (std::vector<std::string>{"十二億円 → 1200000000 億円"}));
  EXPECT_EQ(figures_in("三千円の"), (std::vector<std::string>{"三千円 → 3000 円"}));
  EXPECT_EQ(figures_in("取締役は、三人以上"), (std::vector<std::string>{"三人 → 3 人"}));
  EXPECT_EQ(figures_in("六箇月以内に"), (std::vector<std::string>{"六箇月 → 6 箇月"}));
  EXPECT_EQ(figures_in("二年を超えない範囲内"), (std::vector<std::string>{"二年 → 2 年"}));
  EXPECT_EQ(figures_in("三十日以内に"), (std::vector<std::string>{"三十日 → 30 日"}));
  EXPECT_EQ(figures_in("約五十件程度"), (std::vector<std::string>{"約五十件程度 → 50 件 ~"}));
  EXPECT_EQ(figures_in("一人で"), (std::vector<std::string>{"一人 → 1 人"}));
}

// Kanji numerals in words, ordinals and dates are no figures, nor is a count
// said twice (「一人ひとり」: each one).
TEST(Figures, KanjiNumeralsInWordsAreNotFigures) {
  for (const char* text : {"第三条第二項第一号", "同一人", "全国一円", "万一の場合", "一部を改正",
                           "十分に", "一層の", "一体的に", "四国", "六本木", "一日も早く",
                           "二十日", "三月", "令和三年", "平成三十年度", "一つの", "十分な配慮",
                           "一元化", "一元的に", "午前十時", "三月三十一日を経過した",
                           "同年四月一日以後", "令和六年四月三日", "国民一人ひとりの", "一人一人に", "一件一件"})
    EXPECT_TRUE(find_figures(text).empty()) << text;
}

// A kanji that qualifies a count or a period may stand before a kanji figure.
TEST(Figures, KanjiFiguresAfterAQualifyingKanji) {
  EXPECT_EQ(figures_in("その就任の前十年間"), (std::vector<std::string>{"十年間 → 10 年間"}));
  EXPECT_EQ(figures_in("満十八歳に"), (std::vector<std::string>{"十八歳 → 18 歳"}));
  EXPECT_EQ(figures_in("その後二年以内に"), (std::vector<std::string>{"二年 → 2 年"}));
  EXPECT_EQ(figures_in("過去五年間の"), (std::vector<std::string>{"五年間 → 5 年間"}));
  EXPECT_EQ(figures_in("直近三箇月"), (std::vector<std::string>{"三箇月 → 3 箇月"}));
  // After 年 月 週 日 only a frequency: 「令和六年四月」 stays a date.
  EXPECT_EQ(figures_in("年四回の"), (std::vector<std::string>{"四回 → 4 回"}));
  EXPECT_EQ(figures_in("毎月二回"), (std::vector<std::string>{"二回 → 2 回"}));
  EXPECT_EQ(figures_in("週三回"), (std::vector<std::string>{"三回 → 3 回"}));
}

// Fractions are written denominator first (「3分の1」 is a third), in digits
// or in kanji (a law's quorums): one figure each, valued as the fraction.
TEST(Figures, FractionsAreOneFigureValuedAsTheFraction) {
  EXPECT_EQ(figures_in("議決権の三分の二以上"), (std::vector<std::string>{"三分の二 → 0.666666666666667 "}));
  EXPECT_EQ(figures_in("百分の三を"), (std::vector<std::string>{"百分の三 → 0.03 "}));
  EXPECT_EQ(figures_in("十分の一を"), (std::vector<std::string>{"十分の一 → 0.1 "}));
  EXPECT_EQ(figures_in("医療費の3分の1に"), (std::vector<std::string>{"3分の1 → 0.333333333333333 "}));
  EXPECT_EQ(figures_in("約4分の1"), (std::vector<std::string>{"約4分の1 → 0.25  ~"}));
  EXPECT_EQ(figures_in("1万分の1"), (std::vector<std::string>{"1万分の1 → 0.0001 "}));
  EXPECT_EQ(figures_in("5分の遅れ"), (std::vector<std::string>{"5分 → 5 分"}));  // minutes
}

// With a slash the numerator comes first: 「1/3」 is a third, one figure. A
// date is not a fraction: 「4/1」 (numerator over denominator), 「2024/1/3」,
// 「1/3/2024」, 「1/3(水)」.
TEST(Figures, SlashFractionsAreOneFigureButDatesAreNot) {
  EXPECT_EQ(figures_in("費用の1/3を補助"), (std::vector<std::string>{"1/3 → 0.333333333333333 "}));
  EXPECT_EQ(figures_in("2/3以上"), (std::vector<std::string>{"2/3 → 0.666666666666667 "}));
  EXPECT_EQ(figures_in("約1/2程度"), (std::vector<std::string>{"約1/2程度 → 0.5  ~"}));
  EXPECT_EQ(figures_in("4/1から"), (std::vector<std::string>{"4 → 4 ", "1 → 1 "}));
  EXPECT_EQ(figures_in("1/3(水)に"), (std::vector<std::string>{"1 → 1 ", "3 → 3 "}));
  EXPECT_EQ(figures_in("1/3/2024に"), (std::vector<std::string>{"1 → 1 ", "3 → 3 "}));  // 2024: a year
  EXPECT_EQ(figures_in("1.5/3を"), (std::vector<std::string>{"1.5 → 1.5 ", "3 → 3 "}));
}

// find_years_and_figures decodes only a text that may name a number: a digit
// or a kanji numeral.
TEST(YearsAndFigures, KanjiNumeralsNameAYearOnlyWithTheirNen) {
  CompactVector<YearMention> years;
  CompactVector<Figure> figures;
  find_years_and_figures("第二条第三項に定める者", years, figures);
  EXPECT_TRUE(years.empty());
  EXPECT_TRUE(figures.empty());
  find_years_and_figures("第二条により令和六年度に定める", years, figures);
  ASSERT_EQ(years.size(), 1u);
  EXPECT_EQ(years[0].year, 2024);
  find_years_and_figures("二〇二四年度に", years, figures);
  ASSERT_EQ(years.size(), 1u);
  EXPECT_EQ(years[0].year, 2024);
  find_years_and_figures("第二条の3件", years, figures);  // a digit, no 年
  EXPECT_TRUE(years.empty());
  ASSERT_EQ(figures.size(), 1u);
  EXPECT_EQ(figures[0].raw, "3件");
}

}  // namespace
}  // namespace nendiff::text
