// A follow-up that tags no measure with its ministries (成長戦略フォローアップ):
// 《KPI》 paragraphs with their 「⇒」 progress lines, 「ⅰ）」 headings between
// 「（２）」 and 「①」, one paragraph a line. It is read as a follow-up (a dated
// decision), not as an outline, and compared measure by measure.
#include <gtest/gtest.h>

#include "nendiff/compare.hpp"
#include "nendiff/parse.hpp"
#include "test_support.hpp"

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

// A 骨太の方針 of paragraphs (each indented 「　」, one a line) under 第１章 /
// １． headings, with a subtitle: its paragraphs are the units, its headings
// sections, the subtitle front matter.
std::string basic_policy(const std::string& year, const std::string& subtitle, const std::string& date,
                         const std::string& gdp, const std::string& wage, const std::string& added,
                         const std::string& dropped) {
  return "経済財政運営と改革の基本方針" + year + "\n" + subtitle + "\n\n" + date + "\n閣議決定\n\n"
         "第１章　マクロ経済運営の基本的考え方\n１．経済の現状と課題\n"
         "　我が国経済は、コロナ禍を乗り越え、緩やかな回復が続いている。名目ＧＤＰは過去最高の" + gdp +
         "となった。\n　他方、物価上昇に賃金の伸びが追いついていない。" + wage + "となった。\n\n"
         "２．今後の経済財政運営の考え方\n　成長と分配の好循環を実現するため、官民連携による投資の拡大を図る。\n" +
         added + "　２０２５年度の国・地方を合わせた基礎的財政収支の黒字化を目指す。\n\n"
         "第２章　新しい資本主義の加速\n１．三位一体の労働市場改革\n"
         "　リ・スキリングによる能力向上支援、個々の企業の実態に応じた職務給の導入、成長分野への労働移動の円滑化を進める。\n" +
         dropped;
}

// Its paragraphs are compared one by one, whether each is a line or the text
// was hard-wrapped as a PDF's is.
void expect_the_basic_policy_findings(bool wrap) {
  auto parse_as = [&](const std::string& text) { return parse(wrap ? test::hard_wrapped(text, 38) : text); };
  const Document old_doc = parse_as(basic_policy(
      "２０２３", "加速する新しい資本主義～未来への投資の拡大と構造的賃上げの実現～", "令和５年６月16日",
      "５７０兆円", "２０２３年度の最低賃金は全国加重平均で１，００４円", "",
      "　５年間で１兆円の「人への投資」施策パッケージを着実に実施する。\n"));
  const Document new_doc = parse_as(basic_policy(
      "２０２４", "賃上げと投資がけん引する成長型経済の実現", "令和６年６月21日", "６００兆円",
      "２０２４年度の最低賃金は全国加重平均で１，０５５円", "　デフレからの完全脱却を実現する。\n", ""));
  EXPECT_EQ(old_doc.layout.profile, "follow-up");
  EXPECT_EQ(old_doc.sections.size(), 5u);
  EXPECT_EQ(old_doc.measures.size(), 6u);
  EXPECT_EQ(new_doc.measures.size(), 6u);
  const Summary s = compare(old_doc, new_doc).summary();
  EXPECT_EQ(s.unchanged, 3);
  EXPECT_EQ(s.changed, 2);
  EXPECT_EQ(s.added, 1);
  EXPECT_EQ(s.dropped, 1);
  EXPECT_EQ(s.numbers, 2);  // 570兆円 → 600兆円, 1,004円 → 1,055円
}

TEST(UntaggedFollowUp, ABasicPolicyOfParagraphsIsComparedParagraphByParagraph) {
  expect_the_basic_policy_findings(false);
}

TEST(UntaggedFollowUp, ABasicPolicyHardWrappedGivesTheSameFindings) {
  expect_the_basic_policy_findings(true);
}
}  // namespace
}  // namespace nendiff
