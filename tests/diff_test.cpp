// Inside aligned measures: statuses, figures, commitments and ministry tags.
#include "compare/diff.hpp"
#include "nendiff/compare.hpp"

#include <gtest/gtest.h>

#include "nendiff/parse.hpp"
#include "test_support.hpp"

namespace nendiff {
namespace {

const std::string kHead = "健康・医療戦略の実行状況と今後の取組方針";

Comparison compare_texts(const std::string& old_body, const std::string& new_body) {
  return compare(parse(kHead + "2023\n\n(節)\n\n" + old_body), parse(kHead + "2024\n\n(節)\n\n" + new_body));
}

TEST(Diff, YearRollAndFormattingAreUnchanged) {
  Comparison c = compare_texts(
      "・2022年度に「健康経営銘柄2023」を選定した。2023年度以降も、2020年3月27日閣議決定の戦略に基づき推進する。【◎経、厚】\n",
      "- ・ ２０２３ 年度に「健康経営銘柄2024」を選定した。2024 年度以降も、2020年3月27日閣議決定の戦略に基づき推進する。\n【◎経、厚】\n");
  ASSERT_EQ(c.measures.size(), 1u);
  EXPECT_EQ(c.measures[0].status, Status::unchanged);
  EXPECT_FALSE(c.has_differences());
}

TEST(Diff, FigureChangesAreNumbersNotCommitments) {
  Comparison c = compare_texts(
      "・「健康経営銘柄2023」として31業種49社を選定し、大規模法人部門で2,676法人を認定した。引き続き推進する。【◎経】\n",
      "・「健康経営銘柄2024」として27業種53社を選定し、大規模法人部門で2,988法人を認定した。引き続き推進する。【◎経】\n");
  ASSERT_EQ(c.measures.size(), 1u);
  const MeasureDiff& d = c.measures[0];
  EXPECT_EQ(d.status, Status::changed);
  ASSERT_EQ(d.numbers.size(), 3u);
  EXPECT_EQ(d.numbers[0].old_raw, "31業種");
  EXPECT_EQ(d.numbers[0].new_raw, "27業種");
  EXPECT_EQ(d.numbers[1].old_value, 49);
  EXPECT_EQ(d.numbers[1].new_value, 53);
  EXPECT_EQ(d.numbers[1].unit, "社");
  EXPECT_EQ(d.numbers[2].new_value, 2988);
  EXPECT_TRUE(d.rewritten.empty());
  EXPECT_TRUE(d.commitments_added.empty());
}

// The parser's years and figures are placed in the compare key, which has no
// spaces: after 「Healthcare Innovation Hub」, spaced one way or another (as
// PDF text layers do), they still cut the same bytes.
// A figure written otherwise is the same figure: the sentence is rewritten
// (its marks show the writing), no figure changed. Whether it is approximate
// or an ordinal is part of the figure.
TEST(Diff, AFigureWrittenOtherwiseIsARewriteNotAFigureChange) {
  Comparison c = compare_texts(
      "・相談件数は1,234件、予算は2.5億円、対象は1万人、第6回を開催。【◎厚】\n"
      "・支援は約30件、会議は3回開催した。【◎経】\n",
      "・相談件数は1234件、予算は25,000万円、対象は10,000人、第6回を開催。【◎厚】\n"
      "・支援は30件、会議は第3回を開催した。【◎経】\n");
  ASSERT_EQ(c.measures.size(), 2u);
  const MeasureDiff& same = c.measures[0];
  EXPECT_EQ(same.status, Status::changed);
  EXPECT_TRUE(same.numbers.empty());
  ASSERT_EQ(same.rewritten.size(), 1u);
  const MeasureDiff& other = c.measures[1];
  ASSERT_EQ(other.numbers.size(), 2u);
  EXPECT_EQ(other.numbers[0].old_raw, "約30件");
  EXPECT_EQ(other.numbers[0].new_raw, "30件");
  EXPECT_EQ(other.numbers[1].old_raw, "3回");
  EXPECT_EQ(other.numbers[1].new_raw, "第3回");
}

TEST(Diff, FiguresAfterSpacedLatinWordsKeepTheirPlace) {
  Comparison c = compare_texts(
      "・Healthcare Innovation Hubで2023年度に約30件の相談を受け、2社を支援した。【◎経】\n",
      "・HealthcareInnovation Hubで2024年度に約45件の相談を受け、3社を支援した。【◎経】\n");
  ASSERT_EQ(c.measures.size(), 1u);
  const MeasureDiff& d = c.measures[0];
  ASSERT_EQ(d.numbers.size(), 2u);
  EXPECT_EQ(d.numbers[0].old_raw, "約30件");
  EXPECT_EQ(d.numbers[0].new_raw, "約45件");
  EXPECT_EQ(d.numbers[1].old_raw, "2社");
  EXPECT_EQ(d.numbers[1].new_value, 3);
  EXPECT_TRUE(d.rewritten.empty());  // same shape, years rolled
}

// A fraction changed is one figure changed, not a rewritten sentence: in
// digits (「3分の1」) and in kanji as a law writes a quorum (「三分の二」).
TEST(Diff, FractionsChangedAreFigures) {
  Comparison c = compare_texts(
      "・受診率を3分の1に高め、議決権の三分の二以上で決する。【◎厚】\n",
      "・受診率を2分の1に高め、議決権の四分の三以上で決する。【◎厚】\n");
  ASSERT_EQ(c.measures.size(), 1u);
  const MeasureDiff& d = c.measures[0];
  ASSERT_EQ(d.numbers.size(), 2u);
  EXPECT_EQ(d.numbers[0].old_raw, "3分の1");
  EXPECT_EQ(d.numbers[0].new_raw, "2分の1");
  EXPECT_DOUBLE_EQ(d.numbers[0].new_value, 0.5);
  EXPECT_EQ(d.numbers[1].old_raw, "三分の二");
  EXPECT_EQ(d.numbers[1].new_raw, "四分の三");
  EXPECT_DOUBLE_EQ(d.numbers[1].new_value, 0.75);
  EXPECT_TRUE(d.rewritten.empty());
}

TEST(Diff, SentencesAddedDroppedAndRewritten) {
  Comparison c = compare_texts(
      "・地域・職域連携推進協議会の設置を推進した。協議会の事業に補助金を交付した。"
      "全国会議を開催する予定である。【◎厚】\n",
      "・地域・職域連携推進協議会の設置を推進した。協議会の実施する事業に対して補助金を交付した。"
      "ガイドラインを改訂し、周知を図る。【◎厚】\n");
  const MeasureDiff& d = c.measures[0];
  EXPECT_EQ(d.status, Status::changed);
  ASSERT_EQ(d.rewritten.size(), 1u);
  EXPECT_EQ(d.rewritten[0].old_sentence, "協議会の事業に補助金を交付した。");
  ASSERT_EQ(d.commitments_added.size(), 1u);
  EXPECT_EQ(d.commitments_added[0].sentence, "ガイドラインを改訂し、周知を図る。");
  ASSERT_EQ(d.commitments_dropped.size(), 1u);
  EXPECT_EQ(d.commitments_dropped[0].sentence, "全国会議を開催する予定である。");
  Summary s = c.summary();
  EXPECT_EQ(s.commitments_added, 1);
  EXPECT_EQ(s.commitments_dropped, 1);
  EXPECT_EQ(s.commitments_rewritten, 1);
}

// The closing outlook of a measure (issue 17, item 6): dropped and added in
// the same place, both plans opening a time frame ahead, they are one
// commitment rewritten however few words they share — alone in their run or
// after other changes. Closing plans without an outlook stay two commitments
// (SentencesAddedDroppedAndRewritten).
TEST(Diff, RewrittenClosingOutlookIsOneRewrite) {
  const std::string old_outlook = "2023年度以降も、関係府省と連携し、感染症対策の研究開発を推進する。";
  const std::string new_outlook = "引き続き、「ワクチン開発・生産体制強化戦略」に基づく取組を着実に進めていく。";
  for (const std::string middle : {"ワクチンの臨床研究を支援した。", "ワクチンの臨床研究を拡充し、3件を採択した。"}) {
    Comparison c = compare_texts("・AMEDを通じてワクチンの基礎研究を支援した。ワクチンの臨床研究を支援した。" +
                                     old_outlook + "【◎厚】\n",
                                 "・AMEDを通じてワクチンの基礎研究を支援した。" + middle + new_outlook +
                                     "【◎厚】\n");
    ASSERT_EQ(c.measures.size(), 1u);
    const MeasureDiff& d = c.measures[0];
    EXPECT_TRUE(d.commitments_dropped.empty()) << middle;
    EXPECT_TRUE(d.commitments_added.empty()) << middle;
    ASSERT_FALSE(d.rewritten.empty()) << middle;
    EXPECT_EQ(d.rewritten.back().old_sentence, old_outlook);
    EXPECT_EQ(d.rewritten.back().new_sentence, new_outlook);
  }
  // A closing report is no outlook: dropped and added.
  Comparison c = compare_texts("・ワクチンの基礎研究を支援した。" + old_outlook + "【◎厚】\n",
                               "・ワクチンの基礎研究を支援した。全国で説明会を開催した。【◎厚】\n");
  EXPECT_EQ(c.measures[0].commitments_dropped.size(), 1u);
  EXPECT_EQ(c.measures[0].commitments_added.size(), 1u);
}

// Years in kanji numerals roll like Arabic ones; a rewrite around one shows
// the old text's characters intact (the display roll touches ASCII years only).
TEST(Diff, KanjiNumeralYearsRollAndRewritesStayWhole) {
  Comparison same = compare_texts("・令和五年度以降も研修を推進する。【◎厚】\n",
                                  "・令和六年度以降も研修を推進する。【◎厚】\n");
  EXPECT_EQ(same.measures[0].status, Status::unchanged);
  Comparison c = compare_texts("・二〇二三年度に研修を行った。【◎厚】\n",
                               "・二〇二四年度に研修を強化した。【◎厚】\n");
  ASSERT_EQ(c.measures[0].rewritten.size(), 1u);
  std::string old_side, new_side;
  for (const TextEdit& e : c.measures[0].rewritten[0].edits()) {
    if (e.kind != TextEdit::inserted) old_side += e.text;
    if (e.kind != TextEdit::deleted) new_side += e.text;
  }
  EXPECT_EQ(old_side, "二〇二三年度に研修を行った。");
  EXPECT_EQ(new_side, "二〇二四年度に研修を強化した。");
}

TEST(Diff, PostponedTargetYearIsARewriteNotARoll) {
  Comparison c = compare_texts("・2025年度までに導入を完了する。【◎厚】\n",
                               "・2027年度までに導入を完了する。【◎厚】\n");
  EXPECT_EQ(c.measures[0].status, Status::changed);
  EXPECT_EQ(c.measures[0].rewritten.size(), 1u);
}

TEST(Diff, LeadMinistryChangeIsATagChange) {
  Comparison c = compare_texts("・施策を推進する。【◎厚、経】\n", "・施策を推進する。【厚、◎経】\n");
  EXPECT_EQ(c.measures[0].status, Status::changed);
  EXPECT_TRUE(c.measures[0].tag_changed);
  EXPECT_EQ(c.summary().tag_changes, 1);
}

TEST(Diff, TagMovedWithinItsGroupIsNoChange) {
  Comparison c = compare_texts("・一つ目の施策を実施した。【文、◎厚】\n・二つ目の施策を実施した。【文、◎厚】\n",
                               "・一つ目の施策を実施した。\n・二つ目の施策を実施した。\n\n【◎厚、文】\n");
  ASSERT_EQ(c.measures.size(), 2u);
  for (const MeasureDiff& d : c.measures) {
    EXPECT_EQ(d.status, Status::unchanged);
    EXPECT_FALSE(d.tag_changed);
  }
}

TEST(Diff, DroppedMeasureFollowsItsOldPredecessor) {
  Comparison c = compare_texts(
      "・健康経営銘柄を選定した。【◎経】\n・地方公共団体のスポーツ施策を支援した。【◎文】\n・医療インバウンドを推進した。【◎経】\n",
      "・健康経営銘柄を選定した。【◎経】\n・医療インバウンドを推進した。【◎経】\n");
  ASSERT_EQ(c.measures.size(), 3u);
  EXPECT_EQ(c.measures[1].status, Status::dropped);
  EXPECT_EQ(c.measures[1].old_index, 1u);
}

TEST(Diff, EditionComparedWithItselfHasNoDifferences) {
  std::string text = test::read_bytes(test::sample_path("kenko-iryo-senryaku-2024.txt"));
  Comparison c = compare(parse(text), parse(text));
  EXPECT_FALSE(c.has_differences());
  EXPECT_EQ(c.summary().unchanged, 61);
  EXPECT_TRUE(c.sections.empty());
}

}  // namespace
}  // namespace nendiff
