// Year-masked text (text/year_mask): texts that differ only in their years
// compare equal, whatever the form of the year.
#include "text/year_mask.hpp"

#include <gtest/gtest.h>

#include "nendiff/parse.hpp"
#include "text/normalize.hpp"

namespace nendiff::text {
namespace {

TEST(YearMask, RollsAndEraYearsCompareEqual) {
  YearMasked a = mask_years("2023年度以降も推進する。2020年3月27日閣議決定");
  YearMasked b = mask_years("2024年度以降も推進する。2020年3月27日閣議決定");
  EXPECT_TRUE(same_but_years(a, b, 1));
  EXPECT_FALSE(same_but_years(a, b, 2));
  EXPECT_TRUE(same_but_years(mask_years("令和6年度に実施"), mask_years("2024年度に実施"), 1));
  EXPECT_TRUE(same_but_years(mask_years("令和五年度以降も推進"), mask_years("令和六年度以降も推進"), 1));
  EXPECT_FALSE(same_but_years(mask_years("2023年度に実施"), mask_years("2023年に実施"), 1));
  EXPECT_FALSE(same_but_years(mask_years("2023年度に実施"), mask_years("2026年度に実施"), 1));
}

// L21 of the 2023 and the 2024 edition begin alike but for their years and
// figures: the years go, their suffixes and the spaces of the PDF text stay
// out of the way.
TEST(YearMask, MasksEveryYearAndDropsSpaces) {
  const std::string old_text = normalize_line("・「健康経営銘柄 2023」として、2023 年 3 月に 31 業種 49 社を選定し");
  const std::string new_text = normalize_line("・「健康経営銘柄2024」として、2024年3月に27業種53社を選定し");
  YearMasked a = mask_years(old_text), b = mask_years(new_text);
  EXPECT_EQ(a.text, "・「健康経営銘柄\x01」として、\x01年3月に31業種49社を選定し");
  EXPECT_EQ(a.years, (std::vector<int>{2023, 2023}));
  EXPECT_EQ(b.years, (std::vector<int>{2024, 2024}));
  EXPECT_FALSE(same_but_years(a, b, 1));  // the figures changed
  EXPECT_EQ(mask_years("DASH for SaMD2に基づき").text, "DASHforSaMD2に基づき");
}

// A measure is masked sentence by sentence from the years the parser found,
// as its text masked whole would be.
TEST(YearMask, MeasureFromTheParsersYears) {
  Document d = parse(
      "取組方針2024\n\n1.柱\n\n・2023年度に研修を実施した。2024年度以降も、 研修を推進する。【◎厚】\n");
  ASSERT_EQ(d.measures.size(), 1u);
  const Measure& m = d.measures[0];
  ASSERT_EQ(m.sentences.size(), 2u);
  YearMasked whole = mask_years(m.text), by_sentence = mask_years(m);
  EXPECT_EQ(by_sentence.text, whole.text);
  EXPECT_EQ(by_sentence.years, (std::vector<int>{2023, 2024}));
  EXPECT_EQ(by_sentence.text, mask_years(m.sentences[0].text, m.sentences[0].years).text +
                                  mask_years(m.sentences[1].text, m.sentences[1].years).text);
}

// A clause of a sentence, masked with the sentence's years that lie in it.
TEST(YearMask, AStretchWithTheYearsWithinIt) {
  Document d = parse("取組方針2024\n\n1.柱\n\n・2023年度に研修を実施し、2024年度以降も研修を推進する。【◎厚】\n");
  const Sentence& s = d.measures.at(0).sentences.at(0);
  const size_t comma = s.text.find("、") + std::string("、").size();
  YearMasked first = mask_years(s.text, s.years, 0, comma);
  YearMasked second = mask_years(s.text, s.years, comma, s.text.size());
  EXPECT_EQ(first.text, "\x01年度に研修を実施し、");
  EXPECT_EQ(first.years, std::vector<int>{2023});
  EXPECT_EQ(second.text, mask_years(s.text.substr(comma)).text);
  EXPECT_EQ(second.years, std::vector<int>{2024});
}

}  // namespace
}  // namespace nendiff::text
