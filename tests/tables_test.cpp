// A table between measures (a 工程表), as the PDF and Word readers mark its
// rows (DecodedText::table_rows): the parser keeps the rows out of the units,
// and comparison reports a changed row as a change outside the units.
#include <gtest/gtest.h>

#include "nendiff/compare.hpp"
#include "nendiff/parse.hpp"
#include "nendiff/read.hpp"
#include "test_support.hpp"

namespace nendiff {
namespace {

// An edition as a PDF's text reads (hard-wrapped lines, a blank line around
// each table row): the first measure's last line ends no sentence, the
// second's tag is still to come when the table starts.
const std::string kTitle = "健康・医療戦略の実行状況と今後の取組方針2024\n\n";

std::string edition(const std::string& figure = "53社", const std::string& year = "2025") {
  return kTitle + "1. 新産業創出\n\n(1) 健康経営\n\n・健康経営銘柄として" + figure +
         "を選定した。【◎経】\n\n・地域の中小企業への普及を進める取組を支\n援する\n\n" +
         "取組\t" + year + "年度\t2026年度以降\n\n健康経営の普及\t" + figure +
         "に展開\t定着と効果の検証\n\n(2) 国際展開の推進\n\n・アジア健康構想を推進する。【◎厚】\n";
}
// The lines of edition() that are the table's rows.
const std::vector<int> kRows = {12, 14};

Document parse_marked(const std::string& text, const std::vector<int>& rows = kRows) {
  DecodedText decoded{text, "PDF"};
  decoded.table_rows = rows;
  return parse(decoded);
}

TEST(ParseTables, RowsStandOutsideTheUnits) {
  const Document d = parse_marked(edition());
  ASSERT_EQ(d.measures.size(), 3u);
  // The measure before the table ends where it starts; the heading after it is one.
  EXPECT_EQ(d.measures[1].text, "地域の中小企業への普及を進める取組を支援する");
  EXPECT_EQ(d.measures[1].end_line, 10);
  ASSERT_EQ(d.sections.size(), 3u);
  EXPECT_EQ(d.sections[2].heading, "(2)国際展開の推進");
  EXPECT_EQ(d.measures[2].section_path.back(), "(2)国際展開の推進");
  ASSERT_EQ(d.tables.size(), 1u);
  const Table& t = d.tables[0];
  EXPECT_EQ(t.line, 12);
  EXPECT_EQ(t.section, std::optional<size_t>(1));  // under 「(1) 健康経営」
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].cells, (std::vector<std::string>{"取組", "2025年度", "2026年度以降"}));
  EXPECT_EQ(t.rows[1].line, 14);
  EXPECT_EQ(t.rows[1].text(), "健康経営の普及 | 53社に展開 | 定着と効果の検証");
}

// Unmarked (a text edition of the same layout), the rows run on into the
// open measure and take the heading after them in: what the mark prevents.
TEST(ParseTables, UnmarkedRowsWouldSwallowTheHeading) {
  const Document d = parse_marked(edition(), {});
  EXPECT_TRUE(d.tables.empty());
  EXPECT_EQ(d.sections.size(), 2u);
  EXPECT_NE(d.measures[1].text.find("(2)国際展開の推進"), std::string::npos);
}

// A paragraph after a table is a unit of its own, not more of the measure
// before it; a table in the front matter leaves the preamble going on.
TEST(ParseTables, WhatFollowsATableStartsAfresh) {
  const std::string text = kTitle + "前文の段落。\n\n指標\t2024年度\n\n件数\t10件\n\n前文の続き。\n\n" +
                           "1. 新産業創出\n\n・健康経営を推進する。【◎経】\n\n工程\t2025年度\n\n" +
                           "普及\t20件\n\nその後の取組を進める。\n";
  const Document d = parse_marked(text, {5, 7, 15, 17});
  EXPECT_EQ(d.preamble, "前文の段落。前文の続き。");
  ASSERT_EQ(d.tables.size(), 2u);
  EXPECT_FALSE(d.tables[0].section.has_value());
  ASSERT_EQ(d.measures.size(), 2u);
  EXPECT_EQ(d.measures[0].text, "健康経営を推進する。");
  EXPECT_EQ(d.measures[1].text, "その後の取組を進める。");
  EXPECT_EQ(d.measures[1].line, 19);
}

Comparison compare_editions(const std::string& old_text, const std::string& new_text) {
  return compare(parse_marked(old_text), parse_marked(new_text));
}

// A figure changed inside the table is a change, never silent: the row, old
// and new, at its lines. The measures holding the same figure are the
// comparison's own business; here the table alone differs.
TEST(CompareTables, AChangedRowIsReported) {
  std::string changed = edition();
  changed.replace(changed.rfind("53社"), std::string("53社").size(), "60社");
  const Comparison c = compare_editions(edition(), changed);
  EXPECT_TRUE(c.has_differences());
  ASSERT_EQ(c.outside.size(), 1u);
  const TextChange& t = c.outside[0];
  EXPECT_EQ(t.part, "table");
  EXPECT_EQ(t.old_text, "健康経営の普及 | 53社に展開 | 定着と効果の検証");
  EXPECT_EQ(t.new_text, "健康経営の普及 | 60社に展開 | 定着と効果の検証");
  EXPECT_EQ(t.old_line, 14);
  EXPECT_EQ(t.new_line, 14);
  EXPECT_EQ(c.summary().outside, 1);
  EXPECT_EQ(c.summary().changed, 0);
  ASSERT_EQ(t.numbers.size(), 1u);  // the figure that changed, as a measure's are listed
  EXPECT_EQ(t.numbers[0].old_raw, "53社");
  EXPECT_EQ(t.numbers[0].new_raw, "60社");
  EXPECT_EQ(t.numbers[0].new_value, 60);
  EXPECT_EQ(t.numbers[0].new_line, 14);
  EXPECT_EQ(c.summary().numbers, 1);
}

// A row's figures pair by column: two figures of one cell in order, a count
// in another column; a cell whose figures came or went pairs none of them,
// and the row is still a change.
TEST(CompareTables, FiguresPairByColumn) {
  const Comparison c = compare(parse_marked("施策\t目標\t実績\n研修\t100人、20回\t49社\n", {1, 2}),
                               parse_marked("施策\t目標\t実績\n研修\t120人、20回\t約53社\n", {1, 2}));
  ASSERT_EQ(c.outside.size(), 1u);
  std::vector<std::string> figures;
  for (const NumberChange& n : c.outside[0].numbers) figures.push_back(n.old_raw + " → " + n.new_raw);
  EXPECT_EQ(figures, (std::vector<std::string>{"100人 → 120人", "49社 → 約53社"}));
  const Comparison grown = compare(parse_marked("施策\t目標\n研修\t100人\n", {1, 2}),
                                   parse_marked("施策\t目標\n研修\t100人、20回\n", {1, 2}));
  ASSERT_EQ(grown.outside.size(), 1u);
  EXPECT_TRUE(grown.outside[0].numbers.empty());
}

// Years that rolled with the edition are no change, in a table as in a measure.
TEST(CompareTables, RolledYearsAndEqualRowsAreNoChange) {
  std::string old_text = edition("53社", "2024");
  old_text.replace(old_text.find("方針2024"), std::string("方針2024").size(), "方針2023");
  old_text.replace(old_text.find("2026年度以降"), std::string("2026年度以降").size(), "2025年度以降");
  EXPECT_TRUE(compare_editions(old_text, edition()).outside.empty());
  EXPECT_FALSE(compare_editions(edition(), edition()).has_differences());
}

// A row added to the table is reported on its own, the rows around it unchanged.
TEST(CompareTables, AnAddedRowIsReportedAlone) {
  std::string grown = edition();
  grown.replace(grown.find("(2) 国際"), 0, "PHRの利活用\t実証\t社会実装\n\n");
  DecodedText decoded{grown, "PDF"};
  decoded.table_rows = {12, 14, 16};
  const Comparison c = compare(parse_marked(edition()), parse(decoded));
  ASSERT_EQ(c.outside.size(), 1u);
  EXPECT_EQ(c.outside[0].part, "table");
  EXPECT_EQ(c.outside[0].old_text, "");
  EXPECT_EQ(c.outside[0].new_text, "PHRの利活用 | 実証 | 社会実装");
  EXPECT_EQ(c.outside[0].new_line, 16);
  EXPECT_EQ(c.summary().changed + c.summary().added + c.summary().dropped, 0);
}

// Two editions saved as text from a spreadsheet (tab-parted cells), read as
// files are: their lines of cells are a table's rows.
Comparison compare_sheets(const std::string& old_text, const std::string& new_text) {
  test::TempDir dir;
  test::write_bytes(dir.file("a.tsv"), old_text);
  test::write_bytes(dir.file("b.tsv"), new_text);
  std::vector<Document> docs = load_editions({dir.file("a.tsv"), dir.file("b.tsv")});
  return compare(std::move(docs[0]), std::move(docs[1]));
}

// Every row of a 工程表 rewritten, one dropped and one added: rows pair by
// their names (the first cell), never one programme's name set against
// another's; a row with no name pairs in its place only where it still looks
// like the old one.
TEST(CompareTables, RowsPairByTheirNames) {
  const Comparison c = compare_sheets("施策名\t区分\t2024年度\n電子申請の推進\t手続\t実施\n"
                                      "窓口の統合\t窓口\t検討\nデータ連携基盤\t基盤\t設計\n",
                                      "施策名\t区分\t2025年度\n電子申請の推進\t手続\t完了\n"
                                      "データ連携基盤\t基盤、連携\t構築\n公金受取口座\t手続\t登録促進\n");
  std::vector<std::string> rows;
  for (const TextChange& t : c.outside)
    rows.push_back(std::to_string(t.old_line) + " " + t.old_text + " → " + std::to_string(t.new_line) +
                   " " + t.new_text);
  EXPECT_EQ(rows, (std::vector<std::string>{
                      "1 施策名 | 区分 | 2024年度 → 1 施策名 | 区分 | 2025年度",
                      "2 電子申請の推進 | 手続 | 実施 → 2 電子申請の推進 | 手続 | 完了",
                      "3 窓口の統合 | 窓口 | 検討 → 0 ",
                      "4 データ連携基盤 | 基盤 | 設計 → 3 データ連携基盤 | 基盤、連携 | 構築",
                      "0  → 4 公金受取口座 | 手続 | 登録促進"}));
  // Rows of one cell each (a PDF's): in their place where alike, else dropped and added.
  const Comparison one =
      compare(parse_marked("年度\n2024年度に電子申請を全国で開始する\n窓口を統合する\n", {1, 2, 3}),
              parse_marked("年度\n2024年度に電子申請を全国で本格開始する\n基盤を構築する\n", {1, 2, 3}));
  ASSERT_EQ(one.outside.size(), 3u);
  EXPECT_EQ(one.outside[0].new_line, 2);
  EXPECT_EQ(one.outside[0].old_line, 2);
  EXPECT_EQ(one.outside[1].new_text, "");
  EXPECT_EQ(one.outside[2].old_text, "");
}

// A list numbered down its 「No.」 column: a row inserted renumbers those
// after it, which is no change of theirs; rows pair by what they are about
// (the cell after the number), and a renumbered row that also changed is
// reported with its number's change.
TEST(CompareTables, ANumberingColumnRenumberedIsNoChange) {
  const Comparison c = compare_sheets(
      "No.\t事項名\t措置状況\n１\tオンライン診療の推進\t措置済\n２\t薬剤師の対人業務\t検討中\n"
      "３\t医療DXの推進\t検討中\n４\t介護の生産性向上\t措置済\n",
      "No.\t事項名\t措置状況\n１\tオンライン診療の推進\t措置済\n２\t電子処方箋の普及\t新規\n"
      "３\t薬剤師の対人業務\t措置済\n４\t医療DXの推進\t検討中\n５\t介護の生産性向上\t措置済\n");
  std::vector<std::string> rows;
  for (const TextChange& t : c.outside) rows.push_back(t.old_text + " → " + t.new_text);
  EXPECT_EQ(rows, (std::vector<std::string>{" → 2 | 電子処方箋の普及 | 新規",
                                            "2 | 薬剤師の対人業務 | 検討中 → 3 | 薬剤師の対人業務 | 措置済"}));
  // A first column of years (or of numbers that do not count up) is content.
  const Comparison years = compare(parse_marked("年度\t予算\n2023\t100億円\n2024\t120億円\n", {1, 2, 3}),
                                   parse_marked("年度\t予算\n2023\t100億円\n2025\t120億円\n", {1, 2, 3}));
  EXPECT_EQ(years.outside.size(), 1u);
  const Comparison unordered = compare(parse_marked("番号\t件数\n5\t10件\n3\t20件\n", {1, 2, 3}),
                                       parse_marked("番号\t件数\n6\t10件\n3\t20件\n", {1, 2, 3}));
  ASSERT_FALSE(unordered.outside.empty());
  EXPECT_EQ(unordered.outside[0].old_text, "5 | 10件");
}

// Footnotes are compared by their texts, as rows are: one added renumbers
// those after it, which is no change of theirs (nor is a year rolled).
TEST(CompareFootnotes, OneAddedRenumbersTheOthersAndOnlyItIsReported) {
  const std::string measures =
      "1. 新産業創出\n\n・健康経営銘柄の選定を通じて、健康経営の普及を推進する。【◎経】\n\n"
      "・アジア健康構想に基づき、医療・介護の国際展開を推進する。【◎厚】\n\n"
      "・医療分野の研究開発を推進し、その成果の実用化を図る。【◎文、厚】\n\n";
  const std::string old_text = "健康・医療戦略の実行状況と今後の取組方針2023\n\n" + measures +
                               "※1 健康経営銘柄の選定を含む。\n\n※2 2024年度までの取組。\n";
  const std::string new_text = kTitle + measures +
                               "※1 オンライン診療を含む。\n\n※2 健康経営銘柄の選定を含む。\n\n"
                               "※3 2025年度までの取組。\n";
  const Document old_doc = parse(old_text), new_doc = parse(new_text);
  ASSERT_EQ(old_doc.footnotes.size(), 2u);
  ASSERT_EQ(new_doc.footnotes.size(), 3u);
  const Comparison c = compare(parse(old_text), parse(new_text));
  std::vector<std::string> footnotes;
  for (const TextChange& t : c.outside)
    if (t.part == "footnote") footnotes.push_back(t.old_text + " → " + t.new_text);
  EXPECT_EQ(footnotes, std::vector<std::string>{" → ※1 オンライン診療を含む。"});
}

// A list kept as a spreadsheet under its title (a follow-up's 一覧, saved as
// text or read from a page): the table is the document's first content, so a
// heading after it is a section, not a second title.
// A follow-up kept as a list (a spreadsheet saved as text, a Word or PDF
// table): its header names the ministries' column, so each row is a measure
// and that column its tag. Measures pair by text as any follow-up's do: a
// ministry added is a tag change, a figure a figure, a renumbered row no
// change, a plan for a year gone by in the newer edition a stale finding.
TEST(CompareTables, AListOfMeasuresComparesMeasureByMeasure) {
  const std::string head = "No.\t施策名\t概要\t担当府省\n";
  const Comparison c = compare_sheets(
      "施策の実施状況2023\n\n" + head +
          "1\t健康経営の推進\t49社を選定した。2023年度以降も推進する。\t経済産業省\n"
          "2\tデータヘルス\t2023年度までに工程表を改定する。\t厚生労働省\n",
      "施策の実施状況2024\n\n" + head +
          "1\t予防の推進\t検診の受診を勧奨する。\t厚生労働省\n"
          "2\t健康経営の推進\t53社を選定した。2024年度以降も推進する。\t経済産業省、厚生労働省\n"
          "3\tデータヘルス\t2023年度までに工程表を改定する。\t厚生労働省\n");
  EXPECT_EQ(c.new_doc.layout.profile, "follow-up");
  ASSERT_EQ(c.new_doc.measures.size(), 3u);
  EXPECT_EQ(c.new_doc.measures[1].text, "健康経営の推進 53社を選定した。2024年度以降も推進する。");
  ASSERT_EQ(c.new_doc.measures[1].sentences.size(), 3u);  // a cell is a paragraph
  EXPECT_EQ(c.new_doc.measures[1].sentences[0].text, "健康経営の推進");
  // unchanged changed added …, figures, tag changes, stale findings
  EXPECT_EQ(test::counts_of(c.summary()), "1 1 1 0 0 1 0 0 0 1 1");
  EXPECT_TRUE(c.outside.empty());  // the header is unchanged
  ASSERT_EQ(c.stale.size(), 1u);
  EXPECT_EQ(c.stale[0].line, 6);  // the row
  // A column naming no ministries keeps its table a table (ParseTables above).
}

// A list's row holding only a title (a group of measures, often across merged
// cells) heads the measures under it.
TEST(ParseTables, AListsGroupRowHeadsTheMeasuresUnderIt) {
  const Document d = parse(read_input_bytes(
      "No.\t施策名\t担当府省\n１．新産業の創出\t\t\n1\t健康経営の推進\t経済産業省\n"
      "予防・健康づくり\t\t\n2\t検診の勧奨\t厚生労働省\n",
      "list.txt"));
  ASSERT_EQ(d.measures.size(), 2u);
  ASSERT_EQ(d.sections.size(), 2u);
  EXPECT_EQ(d.sections[0].heading, "1.新産業の創出");
  EXPECT_EQ(d.sections[1].heading, "予防・健康づくり");
  EXPECT_EQ(d.sections[1].parent, std::optional<size_t>(0));  // unnumbered: under the numbered one
  EXPECT_EQ(d.measures[0].section, std::optional<size_t>(0));
  EXPECT_EQ(d.measures[1].section, std::optional<size_t>(1));
}

// A person's column (「担当者」) or a cell naming no body is no tag: the rows
// stay a table's.
TEST(ParseTables, OnlyAColumnOfMinistriesMakesRowsMeasures) {
  const Document persons = parse(read_input_bytes("施策\t担当者\n電子申請\t山田\n", "list.txt"));
  EXPECT_TRUE(persons.measures.empty());
  EXPECT_EQ(persons.tables.at(0).rows.size(), 2u);
  const Document mixed = parse(read_input_bytes("施策\t担当\n電子申請\tデジタル庁\n窓口\t未定\n", "list.txt"));
  ASSERT_EQ(mixed.measures.size(), 1u);
  EXPECT_EQ(mixed.tables.at(0).rows.size(), 2u);  // the header and 「窓口 | 未定」
  // A row of nothing but its number and ministries has no text to be a measure.
  const Document bare = parse(read_input_bytes("No.\t担当\n1\tデジタル庁\n2\t総務省\n", "list.txt"));
  EXPECT_TRUE(bare.measures.empty());
}

TEST(ParseTables, ATableUnderTheTitleEndsTheFrontMatter) {
  const Document d = parse(read_input_bytes("# 規制改革実施計画フォローアップ\n\nNo.\t事項名\t措置状況\n1\tオンライン診療\t措置済\n"
                                       "2\t薬剤師の業務\t検討中\n\n# 別紙\n\n別紙の説明。\n",
                                            "list.txt"));
  EXPECT_EQ(d.title, "規制改革実施計画フォローアップ");
  ASSERT_EQ(d.tables.size(), 1u);
  EXPECT_EQ(d.tables[0].rows.size(), 3u);
  ASSERT_EQ(d.sections.size(), 1u);
  EXPECT_EQ(d.sections[0].heading, "別紙");
}

}  // namespace
}  // namespace nendiff
