// Tables in plain text: a spreadsheet saved as text (TSV) or a table copied
// out of Word holds a row a line, its cells parted by tabs. Read as text,
// the cells of its rows ran together into one paragraph
// (「推進する厚生労働省導入率80%」); found as a table, each row is compared
// as the PDF and Word readers' rows are.
#include "read/text_tables.hpp"

#include <gtest/gtest.h>

#include "nendiff/compare.hpp"
#include "nendiff/parse.hpp"
#include "test_support.hpp"

namespace nendiff {
namespace {

std::vector<int> rows_of(const std::string& text) {
  DecodedText decoded{text, "UTF-8"};
  detail::find_text_tables(decoded);
  return decoded.table_rows;
}

TEST(TextTables, LinesOfTabbedCellsInARowAreATable) {
  EXPECT_EQ(rows_of("工程表\n施策\t2024年度\t2025年度\n普及\t展開\t定着\n\n以上。\n"),
            (std::vector<int>{2, 3}));
  EXPECT_EQ(rows_of("施策\t2024年度\r\n普及\t展開\r\n"), (std::vector<int>{1, 2}));  // CRLF
  // Lines ended by CR alone are numbered as the parser numbers them.
  EXPECT_EQ(rows_of("本文である。\r施策\t2024年度\r普及\t展開\r"), (std::vector<int>{2, 3}));
}

TEST(TextTables, ATabThatIndentsOrALoneRowIsNoTable) {
  EXPECT_EQ(rows_of("\t字下げした段落である。\n\t次の段落である。\n"), std::vector<int>{});
  EXPECT_EQ(rows_of("本文である。\n施策\t2024年度\n本文である。\n"), std::vector<int>{});
  EXPECT_EQ(rows_of("タブのない本文である。\n"), std::vector<int>{});
  // More columns than a page holds is no table (and no string a cell for a
  // hostile line of a million tabs).
  std::string wide;
  for (int i = 0; i < 300; ++i) wide += "セル\t";
  EXPECT_EQ(rows_of(wide + "\n" + wide + "\n"), std::vector<int>{});
}

TEST(TextTables, ASpreadsheetSavedAsTextIsComparedRowByRow) {
  test::TempDir dir;
  const std::string old_file = dir.file("2023.tsv"), new_file = dir.file("2024.tsv");
  test::write_bytes(old_file,
                    "番号\t施策\t分野\t進捗\n1\tオンライン資格確認の導入\t医療\t導入率80%\n"
                    "2\t電子処方箋の普及\t医療、デジタル\t運用開始\n");
  test::write_bytes(new_file,
                    "番号\t施策\t分野\t進捗\n1\tオンライン資格確認の導入\t医療\t導入率90%\n"
                    "2\t電子処方箋の普及\t医療、デジタル\t運用開始\n");
  std::vector<Document> docs = load_editions({old_file, new_file});
  ASSERT_EQ(docs[1].tables.size(), 1u);
  EXPECT_EQ(docs[1].tables[0].rows.size(), 3u);
  EXPECT_EQ(docs[1].tables[0].rows[1].text(), "1 | オンライン資格確認の導入 | 医療 | 導入率90%");
  test::expect_one_row_changed(compare(std::move(docs[0]), std::move(docs[1])), 2,
                               "1 | オンライン資格確認の導入 | 医療 | 導入率90%");
}

}  // namespace
}  // namespace nendiff

namespace nendiff {
namespace {

// A Markdown table in a working paper: its rows (the delimiter row with them)
// are a table, read cell by cell; the rest reads as the outline it is.
TEST(TextTables, AMarkdownTableIsATable) {
  const std::string paper =
      "# 医療DX工程表\n\n## 1. 施策一覧\n\n| 施策 | 指標 | 2024年度 |\n|---|:---:|---|\n"
      "| 電子処方箋 | 導入率 | 50% |\n\n- 進捗は毎年度公表する。\n";
  EXPECT_EQ(rows_of(paper), (std::vector<int>{5, 6, 7}));
  const Document d = parse(DecodedText{paper, "UTF-8", {}, rows_of(paper)}, "paper.md");
  EXPECT_EQ(d.layout.profile, "outline");
  ASSERT_EQ(d.tables.size(), 1u);
  ASSERT_EQ(d.tables[0].rows.size(), 2u);  // no row of dashes
  EXPECT_EQ(d.tables[0].rows[1].text(), "電子処方箋 | 導入率 | 50%");
  ASSERT_EQ(d.measures.size(), 1u);
  EXPECT_EQ(d.measures[0].text, "進捗は毎年度公表する。");
  EXPECT_EQ(rows_of("a | b は c | d ではない。\n| 一行だけ |\n"), std::vector<int>{});
}

}  // namespace
}  // namespace nendiff
