// The aligner on constructed editions: look-alike traps, splits, merges, moves,
// year rolls and renumbered or reworded sections.
#include "compare/align.hpp"

#include <gtest/gtest.h>

#include "nendiff/compare.hpp"
#include "nendiff/parse.hpp"

namespace nendiff {
namespace {

// The partner (new index) of old measure `o`, -1 when dropped.
int partner_of(const Alignment& a, size_t o) {
  for (const MeasureDiff& p : a.measures)
    if (p.old_index == o) return p.new_index ? static_cast<int>(*p.new_index) : -1;
  return -2;
}

const std::string kHead = "健康・医療戦略の実行状況と今後の取組方針";

TEST(Align, KeyPhraseOutweighsBoilerplateOfALookAlike) {
  Document o = parse(kHead + "2023\n\n(保険者の取組)\n\n"
      "・「健康スコアリングレポート」において保険者単位でレポートを作成し、コラボヘルスを推進した。"
      "引き続き、保険者と事業主の連携を推進する。【◎厚】\n\n"
      "・「データヘルス計画」の標準化において保険者単位で計画を作成し、コラボヘルスを推進した。"
      "引き続き、保険者と事業主の連携を推進する。【◎厚】\n");
  Document n = parse(kHead + "2024\n\n(保険者の取組)\n\n"
      "・「健康スコアリングレポート」の表示項目を見直し、2024年度版を全ての健保組合に送付した。"
      "引き続き、保険者と事業主の連携を推進する。【◎厚】\n");
  Alignment a = align(o, n);
  EXPECT_EQ(partner_of(a, 0), 0);
  EXPECT_EQ(partner_of(a, 1), -1);
}

// Issue 17, item 7: a new measure in the frame of a dropped one (the same
// boilerplate) that names another programme is added, the old one dropped;
// a programme renamed in an otherwise unchanged text is still the same measure.
TEST(Align, DifferentNamesOutweighASharedFrame) {
  const std::string frame_old =
      "・2021年度に、行動変容により重症化予防が期待できる分野等において、医療従事者によって適切に"
      "健康データが活用される手法の開発や将来の社会実装を想定したエビデンス構築につながる事業を6件"
      "採択しており、「PHR利活用推進事業」として社会実装に向けた支援を実施した。【◎経】\n\n";
  const std::string other = "・健康経営銘柄を選定した。【◎経】\n";
  Document o = parse(kHead + "2023\n\n(研究開発)\n\n" + frame_old + other);
  Document n = parse(kHead + "2024\n\n(研究開発)\n\n"
      "・2024年度に、認知症の早期発見が期待できる分野等において、医療従事者によって適切にデジタル"
      "技術が活用される手法の開発や将来の社会実装を想定したエビデンス構築につながる事業を4件採択して"
      "おり、「認知症予防デジタル実証事業」として社会実装に向けた支援を開始した。【◎経】\n\n" + other);
  Alignment a = align(o, n);
  EXPECT_EQ(partner_of(a, 0), -1);
  EXPECT_EQ(partner_of(a, 1), 1);
  Document renamed = parse(kHead + "2024\n\n(研究開発)\n\n" +
      std::string(frame_old).replace(frame_old.find("PHR利活用推進事業"),
                                     std::string("PHR利活用推進事業").size(), "健康データ利活用推進事業") +
      other);
  EXPECT_EQ(partner_of(align(o, renamed), 0), 0);
}

TEST(Align, LookAlikeInTheSameSectionDoesNotTakeAMovedMeasure) {
  Document o = parse(kHead + "2023\n\n(AMR対策)\n\n"
      "・AMEDを通じてAMR対策に関する研究開発を支援し、薬剤耐性菌の国内動向調査を実施した。【◎厚】\n\n"
      "(国際連携)\n\n"
      "・AMR対策アクションプランに基づき、G7各国と連携して新規抗菌薬の開発を促す"
      "プル型インセンティブの導入に向けた国際的な議論を主導した。引き続き推進する。【◎厚、外】\n");
  Document n = parse(kHead + "2024\n\n(AMR対策)\n\n"
      "・AMR対策アクションプランに基づき、G7各国と連携して新規抗菌薬の開発を促す"
      "プル型インセンティブの導入に向けた国際的な議論を主導し、2024年度に試行的導入を開始した。"
      "引き続き推進する。【◎厚、外】\n\n(国際連携)\n\n・国際機関への拠出を行った。【◎外】\n");
  Alignment a = align(o, n);
  EXPECT_EQ(partner_of(a, 1), 0);   // the real partner, moved into (AMR対策)
  EXPECT_EQ(partner_of(a, 0), -1);  // the look-alike is dropped
}

TEST(Align, SplitMeasurePairsWithTheHalfThatKeepsMost) {
  Document o = parse(kHead + "2023\n\n(データ)\n\n"
      "・全国医療情報プラットフォームの構築に向けて、電子カルテ情報の標準化を進めた。"
      "電子処方箋の運用を開始し、医療機関への導入支援を行った。"
      "マイナポータルでの閲覧機能を拡充した。"
      "また、介護情報の共有の在り方について検討を行った。【◎厚】\n");
  Document n = parse(kHead + "2024\n\n(データ)\n\n"
      "・全国医療情報プラットフォームの構築に向けて、電子カルテ情報の標準化を進めた。"
      "電子処方箋の運用を開始し、医療機関への導入支援を行った。"
      "マイナポータルでの閲覧機能を拡充した。【◎厚】\n\n"
      "・介護情報の共有の在り方について検討を行い、介護情報基盤の整備に着手した。【◎厚】\n");
  Alignment a = align(o, n);
  EXPECT_EQ(partner_of(a, 0), 0);
  bool second_added = false;
  for (const MeasureDiff& p : a.measures) second_added |= p.new_index == 1u && !p.old_index;
  EXPECT_TRUE(second_added);
}

TEST(Align, MergedMeasuresPairWithTheCloserOne) {
  Document o = parse(kHead + "2023\n\n(食)\n\n"
      "・機能性表示食品制度を適切に運用し、消費者への情報発信に努めた。引き続き制度の適切な運用を図る。【◎消】\n\n"
      "・栄養成分表示の活用について普及啓発を行った。【◎消】\n");
  Document n = parse(kHead + "2024\n\n(食)\n\n"
      "・機能性表示食品制度を適切に運用し、消費者への情報発信に努めるとともに、"
      "栄養成分表示の普及啓発を行った。引き続き制度の適切な運用を図る。【◎消】\n");
  Alignment a = align(o, n);
  EXPECT_EQ(partner_of(a, 0), 0);
  EXPECT_EQ(partner_of(a, 1), -1);
}

TEST(Align, GenuinelyNewMeasureIsNotForcedOntoAWeakPartner) {
  Document o = parse(kHead + "2023\n\n(推進)\n\n・地域版協議会の設置を促進した。引き続き推進する。【◎経】\n");
  Document n = parse(kHead + "2024\n\n(推進)\n\n"
      "・サイバーセキュリティ対策として医療機関向けの研修を実施した。引き続き推進する。【◎経】\n");
  Alignment a = align(o, n);
  EXPECT_EQ(partner_of(a, 0), -1);
  EXPECT_EQ(a.measures.size(), 2u);
}

TEST(Align, RenumberedAndRewordedSectionsKeepTheirIdentity) {
  Document o = parse(kHead + "2023\n\n1.柱\n\n(1)新産業創出\n\n・施策Aを推進する。【◎経】\n\n"
                     "(2)国際展開の推進\n\n・施策Bを推進する。【◎外】\n\n(健康経営の推進)\n\n"
                     "・健康経営銘柄を選定した。【◎経】\n");
  Document n = parse(kHead + "2024\n\n1.柱\n\n(1)新産業創出\n\n・施策Aを推進する。【◎経】\n\n"
                     "(2)新しい節\n\n・全く新しい取組を開始した。【◎厚】\n\n"
                     "(3)国際展開の推進\n\n・施策Bを推進する。【◎外】\n\n(健康経営の一層の推進)\n\n"
                     "・健康経営銘柄を選定した。【◎経】\n");
  Alignment a = align(o, n);
  std::vector<SectionChangeKind> kinds;
  for (const SectionChange& p : a.sections)
    if (p.kind != SectionChangeKind::same) kinds.push_back(p.kind);
  EXPECT_EQ(kinds, (std::vector<SectionChangeKind>{SectionChangeKind::added,
                                                   SectionChangeKind::renumbered,
                                                   SectionChangeKind::renamed}));
}

// A heading promoted or demoted keeps its title: the section pairs across
// levels (releveled) and its measures have not moved. A title that two
// sections share is left alone, as is one under another level-1 section.
TEST(Align, HeadingAtAnotherLevelIsReleveledNotNew) {
  const std::string body = "\n\n・健康経営を推進する。【◎経】\n\n・健診を実施する。【◎厚】\n";
  // Read together, the editions agree on the level of each heading style.
  std::vector<Document> both = parse_editions(
      {{kHead + "2023\n\n1.柱\n\n(1)研究\n\n①医療分野\n\n(健康経営の推進)" + body, "UTF-8"},
       {kHead + "2024\n\n1.柱\n\n(1)研究\n\n①医療分野\n\n○健康経営の推進" + body, "UTF-8"}},
      {"o.txt", "n.txt"});
  const Document& o = both[0];
  const Document& n = both[1];
  ASSERT_EQ(o.sections.back().level, 5);  // (…) inside ○ in the profile's order
  ASSERT_EQ(n.sections.back().level, 4);
  Alignment a = align(o, n);
  std::vector<SectionChangeKind> kinds;
  for (const SectionChange& p : a.sections)
    if (p.kind != SectionChangeKind::same) kinds.push_back(p.kind);
  EXPECT_EQ(kinds, std::vector<SectionChangeKind>{SectionChangeKind::releveled});
  Comparison c = compare(o, n);
  EXPECT_EQ(c.summary().moved, 0);
  EXPECT_EQ(c.summary().unchanged, 2);

  Document twice = parse(kHead + "2024\n\n1.柱\n\n○健康経営の推進\n\n・施策。【◎経】\n\n"
                         "(1)研究\n\n○健康経営の推進" + body);
  Document elsewhere = parse(kHead + "2024\n\n1.柱\n\n(1)研究\n\n2.別の柱\n\n○健康経営の推進" + body);
  for (const Document* other : {&twice, &elsewhere})
    for (const SectionChange& p : align(o, *other).sections)
      EXPECT_NE(p.kind, SectionChangeKind::releveled);
}

// Texts equal but for their years pair first, in document order; a year that
// moved by more than the editions' gap is no roll, and its text is left to
// the scoring.
TEST(Align, RepeatedTextsEqualButForYearsPairInOrder) {
  const std::string repeated = "・調査を実施する。【◎厚】\n\n・調査を実施する。【◎厚】\n\n";
  Document o = parse(kHead + "2023\n\n(調査)\n\n" + repeated +
                     "・2023年度に指針を定める。【◎厚】\n\n・2023年度に報告書をまとめる。【◎経】\n");
  Document n = parse(kHead + "2024\n\n(調査)\n\n・2024年度に報告書をまとめる。【◎経】\n\n" +
                     repeated + "・2026年度に指針を定める。【◎厚】\n");
  Alignment a = align(o, n);
  EXPECT_EQ(partner_of(a, 0), 1);
  EXPECT_EQ(partner_of(a, 1), 2);
  EXPECT_EQ(partner_of(a, 3), 0);  // its year rolled: the same text
  EXPECT_EQ(partner_of(a, 2), 3);  // postponed two years: paired by its wording
  for (size_t i = 0; i < a.measures.size(); ++i)
    if (a.measures[i].old_index == 2u) EXPECT_FALSE(a.same_text[i]);
}

TEST(EditionGap, FromEditionYears) {
  const ParseOptions follow_up{"follow-up"};
  Document a = parse(kHead + "2022\n", "", follow_up), b = parse(kHead + "2024\n", "", follow_up),
           none = parse("題\n", "", follow_up);
  EXPECT_EQ(edition_gap(a, b), 2);
  EXPECT_EQ(edition_gap(a, none), 1);
}

// Only annual editions roll their years: in a law or an outline a year that
// moved is a change.
TEST(EditionGap, NoneWhereTheLayoutRollsNoYears) {
  Document a = parse(kHead + "2022\n", "", {"follow-up"}), law = parse(kHead + "2024\n", "", {"law"});
  EXPECT_EQ(edition_gap(a, law), 0);
  const std::string v1 = "# 論点整理\n\n## 1. 方針\n\n- 2024年度中に規格を定める。\n";
  const std::string v2 = "# 論点整理\n\n## 1. 方針\n\n- 2025年度中に規格を定める。\n";
  std::vector<Document> both = parse_editions({{v1, "UTF-8"}, {v2, "UTF-8"}}, {"v1.md", "v2.md"});
  EXPECT_EQ(both[0].layout.profile, "outline");
  const Comparison c = compare(std::move(both[0]), std::move(both[1]));
  ASSERT_EQ(c.measures.size(), 1u);
  EXPECT_EQ(c.measures[0].status, Status::changed);  // a deadline postponed, not a roll
  ASSERT_EQ(c.measures[0].rewritten.size(), 1u);
}

}  // namespace
}  // namespace nendiff
