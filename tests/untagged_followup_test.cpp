// A follow-up that tags no measure with its ministries (成長戦略フォローアップ):
// 《KPI》 paragraphs with their 「⇒」 progress lines, 「ⅰ）」 headings between
// 「（２）」 and 「①」, one paragraph a line. It is read as a follow-up (a dated
// decision), not as an outline, and compared measure by measure.
#include <gtest/gtest.h>

#include "nendiff/compare.hpp"
#include "nendiff/parse.hpp"

namespace nendiff {
namespace {

std::string edition(const std::string& date, const std::string& progress, const std::string& action,
                    const std::string& plan, const std::string& target) {
  return "成長戦略フォローアップ\n\n" + date + "\n\n"
         "Ⅰ．Society 5.0の実現\n\n１．デジタル・ガバメントの実現\n\n（１）ＫＰＩの主な進捗状況\n\n"
         "《ＫＰＩ》2020年度末までに、行政手続のオンライン化率を60％とする。\n" + progress + "\n\n"
         "《ＫＰＩ》2022年度までに、マイナンバーカードを全国民に行き渡らせる。\n⇒交付率：30％\n\n"
         "（２）新たに講ずべき具体的施策\n\nⅰ）行政手続のデジタル化\n①マイナンバーカードの普及\n" +
         action + "\n・健康保険証としての利用を2021年3月から本格運用し、医療機関での読取機器の導入を支援する。\n\n②デジタル手続法の施行\n" +
         plan + "\n\nⅱ）データ利活用の推進\n" + target + "\n";
}

const std::string kOld = edition("令和２年７月17日", "⇒2019年度：42％",
                                 "・マイナポイント事業を2020年9月から実施し、カードの普及を加速する。",
                                 "・各府省の行政手続のオンライン化計画を策定し、その進捗を毎年度公表する。",
                                 "・オープンデータの公開数を2020年度末までに3万件とし、民間での利活用を促進する。");
const std::string kNew = edition("令和３年６月18日", "⇒2020年度：55％",
                                 "・マイナポイント事業を2020年9月から実施し、カードの普及を加速した。"
                                 "引き続き普及を図る。",
                                 "・各府省の行政手続のオンライン化計画を改定し、その進捗を毎年度公表する。",
                                 "・オープンデータの公開数を2020年度末までに4万件とし、民間での利活用を促進する。");

TEST(UntaggedFollowUp, IsReadAsAFollowUpWithItsHeadingsAndKpis) {
  const Document d = parse(kOld);
  EXPECT_EQ(d.layout.profile, "follow-up");
  EXPECT_EQ(d.edition_year, 2020);
  ASSERT_EQ(d.sections.size(), 8u);
  EXPECT_EQ(d.sections[4].heading, "i)行政手続のデジタル化");
  ASSERT_TRUE(d.sections[4].parent.has_value());
  EXPECT_EQ(d.sections[*d.sections[4].parent].heading, "(2)新たに講ずべき具体的施策");
  EXPECT_EQ(d.sections[7].heading, "ii)データ利活用の推進");
  ASSERT_EQ(d.measures.size(), 6u);  // two KPIs, four measures
  EXPECT_EQ(d.measures[0].text, "《KPI》2020年度末までに、行政手続のオンライン化率を60%とする。⇒2019年度:42%");
  EXPECT_EQ(d.measures[1].text, "《KPI》2022年度までに、マイナンバーカードを全国民に行き渡らせる。⇒交付率:30%");
  EXPECT_EQ(d.measures[5].section_path.back(), "ii)データ利活用の推進");
}

TEST(UntaggedFollowUp, ThePairIsComparedMeasureByMeasure) {
  const Comparison c = compare(parse(kOld), parse(kNew));
  const Summary s = c.summary();
  EXPECT_EQ(s.unchanged, 2);  // the second KPI, the health-insurance card
  EXPECT_EQ(s.changed, 4);
  EXPECT_EQ(s.added + s.dropped + s.moved, 0);
  EXPECT_EQ(s.numbers, 2);    // 42% → 55%, 3万件 → 4万件
  EXPECT_EQ(s.commitments_added, 1);
  ASSERT_EQ(c.measures[2].commitments_added.size(), 1u);
  EXPECT_EQ(c.measures[2].commitments_added[0].sentence, "引き続き普及を図る。");
}

// The same text without its date line is an outline, as an undated working
// paper is: nothing then marks it as an annual edition whose years roll.
TEST(UntaggedFollowUp, UndatedItIsAnOutline) {
  std::string undated = kOld;
  undated.erase(undated.find("令和２年７月17日"), std::string("令和２年７月17日\n\n").size());
  EXPECT_EQ(parse(undated).layout.profile, "outline");
}

}  // namespace
}  // namespace nendiff
