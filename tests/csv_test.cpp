// A CSV file is a table by its name, read by RFC 4180: quoted cells hold
// commas, quotes and line breaks; every record keeps its line's number.
#include "read/csv.hpp"
#include "read/support.hpp"

#include <gtest/gtest.h>

#include "nendiff/compare.hpp"
#include "nendiff/parse.hpp"
#include "test_support.hpp"
#include "text/normalize.hpp"

namespace nendiff {
namespace {

DecodedText read(const std::string& csv) {
  DecodedText text{csv, "UTF-8"};
  detail::read_csv(text);
  return text;
}

TEST(Csv, QuotedCellsHoldCommasQuotesAndLineBreaks) {
  const DecodedText t = read(
      "施策,担当,目標\r\n"
      "\"電子申請の推進、窓口の統合\",デジタル庁,\"「100%」を\"\"目指す\"\"\"\r\n"
      "\"複数行の\n説明\",総務省,2025年度\r\n"
      ",,\r\n"
      "合計,,3\r\n");
  EXPECT_EQ(t.utf8,
            "施策\t担当\t目標\n"
            "電子申請の推進、窓口の統合\tデジタル庁\t「100%」を\"目指す\"\n"
            "複数行の 説明\t総務省\t2025年度\n\n"  // its second line left blank
            ",,\n"                                   // no text: no row
            "合計\t\t3\n");
  EXPECT_EQ(t.table_rows, (std::vector<int>{1, 2, 3, 6}));
}

// More cells than any page holds is no table's row but text, as in a TSV; a
// hostile line of commas costs no string a cell.
TEST(Csv, ARecordOfTooManyCellsIsText) {
  const std::string wide = "見出し" + std::string(300, ',') + "末尾";
  const DecodedText t = read("施策,担当\n" + wide + "\n");
  EXPECT_EQ(t.utf8, "施策\t担当\n" + wide + "\n");
  EXPECT_EQ(t.table_rows, (std::vector<int>{1}));
}

// Whatever a file holds — an unclosed quote, CR alone, quotes mid-cell — every
// record keeps its line's number: the text has as many lines as the file.
TEST(Csv, EveryPrefixKeepsTheLinesOfTheFile) {
  const std::string csv =
      "a,\"b\r\nc\",d\r\n\"\"\"x\",y\"z\"\rq,\"open\n\n,\"\"\n,,\n\"end";
  for (size_t n = 1; n <= csv.size(); ++n) {
    const std::string prefix = csv.substr(0, n);
    const DecodedText t = read(prefix);
    const std::vector<std::string_view> in = text::split_line_views(prefix);
    const std::vector<std::string_view> out = text::split_line_views(t.utf8);
    EXPECT_EQ(out.size(), in.size()) << n;
    for (int row : t.table_rows) EXPECT_LE(static_cast<size_t>(row), out.size()) << n;
  }
}

TEST(Csv, OnlyAFileNamedSoIsACsv) {
  EXPECT_TRUE(detail::has_extension("dir/工程表.CSV", ".csv"));
  EXPECT_TRUE(detail::has_extension("a.csv", ".csv"));
  EXPECT_FALSE(detail::has_extension("a.csv.txt", ".csv"));
  EXPECT_FALSE(detail::has_extension("csv", ".csv"));
  // Prose whose 読点 is 「，」 (a comma once width is folded) is no table.
  test::TempDir dir;
  const std::string prose = dir.file("a.txt");
  test::write_bytes(prose, "計画，実施，評価の各段階\n目標，指標，期限の各項目\n");
  EXPECT_TRUE(read_input(prose).table_rows.empty());
}

TEST(Csv, AShiftJisSpreadsheetIsComparedRowByRow) {
  test::TempDir dir;
  const std::string old_file = dir.file("2023.csv"), new_file = dir.file("2024.csv");
  const std::string head = "番号,施策,担当府省,進捗\r\n";
  test::write_bytes(old_file, test::encode(head + "1,\"導入、普及\",厚生労働省,導入率80%\r\n"
                                                  "2,電子処方箋,\"厚生労働省,デジタル庁\",運用開始\r\n",
                                           "windows-31j"));
  test::write_bytes(new_file, test::encode(head + "1,\"導入、普及\",厚生労働省,導入率90%\r\n"
                                                  "2,電子処方箋,\"厚生労働省,デジタル庁\",運用開始\r\n",
                                           "windows-31j"));
  std::vector<Document> docs = load_editions({old_file, new_file});
  EXPECT_EQ(docs[1].encoding, "Shift_JIS");
  // A list of measures (its header names the ministries' column): each row a
  // measure, that column its tag, a quoted cell's comma a cell's own.
  ASSERT_EQ(docs[1].tables.size(), 1u);
  EXPECT_EQ(docs[1].tables[0].rows.size(), 1u);  // the header
  ASSERT_EQ(docs[1].measures.size(), 2u);
  const Measure& second = docs[1].measures[1];
  EXPECT_EQ(second.text, "電子処方箋 運用開始");  // cells parted by a space
  ASSERT_TRUE(second.tag.has_value());
  ASSERT_EQ(second.tag->ministries.size(), 2u);
  EXPECT_EQ(second.tag->ministries[1].body, "デジタル庁");
  const Comparison c = compare(std::move(docs[0]), std::move(docs[1]));
  EXPECT_EQ(test::counts_of(c.summary()), "1 1 0 0 0 1 0 0 0 0 0");  // 導入率80% → 90%
  EXPECT_TRUE(c.outside.empty());
  EXPECT_EQ(test::run_nendiff({"compare", old_file, old_file}).exit_code, 0);
  const test::RunResult run = test::run_nendiff({"compare", old_file, new_file});
  EXPECT_EQ(run.exit_code, 1);
  // A table has no title: the report names the files alone, not 「 (2023.csv)」.
  EXPECT_EQ(run.out.substr(0, run.out.find('\n')), old_file);
}

}  // namespace
}  // namespace nendiff
