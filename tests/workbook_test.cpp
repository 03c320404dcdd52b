// An edition kept as an Excel workbook (a follow-up's 一覧 of measures, a
// 工程表): each sheet's rows as a table's rows, each cell as Excel shows it.
// Each test writes its .xlsx here, so the XML and the expected text sit together.
#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "nendiff/compare.hpp"
#include "nendiff/parse.hpp"
#include "nendiff/read.hpp"
#include "test_support.hpp"
#include "hostile.hpp"
#include "zip_archive.hpp"

namespace nendiff {
namespace {

const std::string kNs = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

struct Sheets {
  std::string first, second;  // inside <sheetData>
  std::string strings = "<si><t>規制改革実施計画フォローアップ結果</t></si><si><t>No.</t></si><si><t>事項名</t></si>"
                        "<si><t>措置状況</t></si><si><t>期限</t></si>"
                        "<si><r><t>オンライン</t></r><r><rPr><b/></rPr><t>診療</t></r>"
                        "<rPh sb=\"0\" eb=\"5\"><t>オンライン</t></rPh></si><si><t>措置済</t></si>"
                        "<si><t>薬剤師の業務</t><rPh sb=\"0\" eb=\"3\"><t>ヤクザイシ</t></rPh></si><si><t>検討中</t></si>";
  std::string first_id = "rId1";
};

// A Japanese ministry's list as Excel writes it: a title and a date above the
// table, shared strings with their readings, dates and counts in formats.
Sheets follow_up(const std::string& state = "8", const std::string& count = "49") {
  Sheets s;
  s.first = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
            "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>45383</v></c></row>"
            "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>1</v></c><c r=\"B3\" t=\"s\"><v>2</v></c><c r=\"C3\" t=\"s\"><v>3</v></c>"
            "<c r=\"D3\" t=\"s\"><v>4</v></c><c r=\"E3\" t=\"inlineStr\"><is><t>件数</t></is></c></row>"
            "<row r=\"4\"><c r=\"A4\"><v>1</v></c><c r=\"B4\" t=\"s\"><v>5</v></c><c r=\"C4\" t=\"s\"><v>6</v></c>"
            "<c r=\"D4\" s=\"3\"><v>45383</v></c><c r=\"E4\" s=\"2\"><v>1234</v></c></row>"
            "<row r=\"5\"><c r=\"A5\"><v>2</v></c><c r=\"B5\" t=\"s\"><v>7</v></c><c r=\"C5\" t=\"s\"><v>" + state +
            "</v></c><c r=\"E5\" s=\"2\"><v>" + count + "</v></c><c r=\"F5\" t=\"b\"><v>1</v></c><c r=\"G5\" s=\"2\"/></row>";
  s.second = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>備考</t></is></c><c r=\"B1\" t=\"str\"><f>\"合\"&amp;\"計\"</f>"
             "<v>合計</v></c><c r=\"C1\"><f>SUM(E4:E5)</f></c></row>";
  return s;
}

// `extra_format`: the code of a fifth style's number format (id 178).
std::string workbook(const test::TempDir& dir, const std::string& name, const Sheets& s,
                     const std::string& extra_format = "0") {
  const std::string styles =
      "<styleSheet " + kNs + "><numFmts count=\"3\"><numFmt numFmtId=\"176\" "
      "formatCode=\"[$-ja-JP]ggge&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
      "<numFmt numFmtId=\"177\" formatCode=\"#,##0&quot;件&quot;\"/><numFmt numFmtId=\"178\" formatCode=\"" +
      extra_format + "\"/></numFmts><cellXfs count=\"5\"><xf numFmtId=\"0\"/>"
      "<xf numFmtId=\"176\" applyNumberFormat=\"1\"/><xf numFmtId=\"177\"/><xf numFmtId=\"14\"/><xf numFmtId=\"178\"/>"
      "</cellXfs></styleSheet>";
  const test::Entries entries = {
      {"_rels/.rels", test::relationships({{"officeDocument", "xl/workbook.xml"}})},
      {"xl/workbook.xml", "<workbook " + kNs + "><workbookPr/><sheets><sheet name=\"一覧\" sheetId=\"1\" r:id=\"" +
                              s.first_id + "\"/><sheet name=\"別紙\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>"},
      {"xl/_rels/workbook.xml.rels", test::relationships({{"worksheet", "worksheets/sheet1.xml"},
                                                          {"worksheet", "worksheets/sheet2.xml"},
                                                          {"sharedStrings", "sharedStrings.xml"},
                                                          {"styles", "styles.xml"}})},
      {"xl/worksheets/sheet1.xml", "<worksheet " + kNs + "><sheetData>" + s.first + "</sheetData></worksheet>"},
      {"xl/worksheets/sheet2.xml", "<worksheet " + kNs + "><sheetData>" + s.second + "</sheetData></worksheet>"},
      {"xl/sharedStrings.xml", "<sst " + kNs + ">" + s.strings + "</sst>"},
      {"xl/styles.xml", styles}};
  test::write_bytes(dir.file(name), test::zip_archive(entries));
  return dir.file(name);
}

bool has_line(const std::string& text, const std::string& line) {
  return ("\n" + text + "\n").find("\n" + line + "\n") != std::string::npos;
}

TEST(Workbook, EachCellIsReadAsExcelShowsIt) {
  test::TempDir dir;
  const DecodedText read = read_input(workbook(dir, "list.xlsx", follow_up()));
  EXPECT_EQ(read.encoding, "Excel");
  for (const char* line : {"# 一覧", "規制改革実施計画フォローアップ結果", "令和6年4月1日", "No.\t事項名\t措置状況\t期限\t件数",
                           "1\tオンライン診療\t措置済\t2024/4/1\t1,234件", "2\t薬剤師の業務\t検討中\t49件\tTRUE", "# 別紙",
                           "備考\t合計\t=SUM(E4:E5)"})  // a formula saved without its result: the formula
    EXPECT_TRUE(has_line(read.utf8, line)) << line << "\n" << read.utf8;
  EXPECT_EQ(read.utf8.find("ヤクザイシ"), std::string::npos);  // a reading is not the text
  EXPECT_EQ(read.table_rows.size(), 4u);  // the title and the date above the table are not its rows
  const Document d = parse(read, "list.xlsx");
  ASSERT_EQ(d.tables.size(), 2u);
  EXPECT_EQ(d.tables[0].rows[2].text(), "2 | 薬剤師の業務 | 検討中 | 49件 | TRUE");
}

TEST(Workbook, TheCommandReportsAChangedCell) {
  test::TempDir dir;
  const std::string before = workbook(dir, "2023.xlsx", follow_up("8", "49"));
  const std::string after = workbook(dir, "2024.xlsx", follow_up("6", "53"));
  const auto run = test::run_nendiff({"compare", before, after, "--color", "never"});
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_NE(run.out.find("2 | 薬剤師の業務 | [-検討中-]{+措置済+} | [-49-]{+53+}件 | TRUE"), std::string::npos) << run.out;
  EXPECT_EQ(test::run_nendiff({"compare", after, after}).exit_code, 0);
  // A workbook not named .xlsx is read all the same: the archive says what it is.
  const std::string renamed = dir.file("2024.zip");
  test::write_bytes(renamed, test::read_bytes(after));
  EXPECT_EQ(test::run_nendiff({"compare", after, renamed}).exit_code, 0);
}

// Workbooks as two producers write them: libxlsxwriter (nendiff's own Excel
// report, read back) and LibreOffice Calc (a list saved from CSV).
TEST(Workbook, WorkbooksOfRealProducersReadAsTheirSheetsShowThem) {
  test::TempDir dir;
  const std::string report = dir.file("report.xlsx");
  ASSERT_EQ(test::run_nendiff({"compare", test::sample_path("kenko-iryo-senryaku-2023.txt"),
                               test::sample_path("kenko-iryo-senryaku-2024.txt"), "-o", report})
                .exit_code,
            1);
  const Document read_back = parse(read_input(report), report);
  bool figure_row = false;  // the figures sheet: 「４９社 | ５３社 | 49 | 53 | 社」, numbers as General shows them
  for (const Table& t : read_back.tables)
    for (const TableRow& r : t.rows) figure_row |= r.text().find("49社 | 53社 | 49 | 53 | 社") != std::string::npos;
  EXPECT_TRUE(figure_row);
  const std::string csv = dir.file("list.csv");
  test::write_bytes(csv, "No.,事項名,措置状況,件数,達成率\n1,オンライン診療の推進,措置済,49社,12.5%\n"
                         "2,\"医療DX, 電子カルテ\",検討中,1234,80%\n");
  test::RunOptions o;
  o.timeout_seconds = 240;
  const test::RunResult calc = test::run_program_with(
      "/usr/bin/soffice",
      {"-env:UserInstallation=file://" + dir.file("profile"), "--headless", "--infilter=CSV:44,34,76", "--convert-to",
       "xlsx", "--outdir", dir.path(), csv},
      o);
  ASSERT_EQ(calc.exit_code, 0) << calc.err;
  const std::string text = read_input(dir.file("list.xlsx")).utf8;
  for (const char* line : {"1\tオンライン診療の推進\t措置済\t49社\t12.50%",  // 12.5% as Calc shows it: 0.00%
                           "2\t医療DX, 電子カルテ\t検討中\t1234\t80.00%"})
    EXPECT_TRUE(has_line(text, line)) << line << "\n" << text;
}

TEST(Workbook, ACorruptWorkbookIsRefusedNamingThePart) {
  test::TempDir dir;
  Sheets unknown_string = follow_up("99");
  EXPECT_EQ(test::input_error(workbook(dir, "a.xlsx", unknown_string)),
            dir.file("a.xlsx") + ": corrupt Excel workbook (cell C5 of 「一覧」 names shared string 99 of 9)");
  Sheets broken_index = follow_up("1\n2");  // on the refusal's one line
  EXPECT_EQ(test::input_error(workbook(dir, "f.xlsx", broken_index)),
            dir.file("f.xlsx") + ": corrupt Excel workbook (cell C5 of 「一覧」 names shared string 1 2 of 9)");
  Sheets no_part = follow_up();
  no_part.first_id = "rId9";
  EXPECT_EQ(test::input_error(workbook(dir, "b.xlsx", no_part)),
            dir.file("b.xlsx") + ": corrupt Excel workbook (sheet 「一覧」 has no part: xl/_rels/workbook.xml.rels names "
                                 "none for rId9)");
  Sheets broken = follow_up();
  broken.second = "<row><c>";
  EXPECT_TRUE(test::starts_with(test::input_error(workbook(dir, "c.xlsx", broken)),
                                dir.file("c.xlsx") + ": corrupt Excel workbook (xl/worksheets/sheet2.xml: "));
  InputOptions small;
  small.max_size = 200;
  EXPECT_NE(test::input_error(workbook(dir, "d.xlsx", follow_up()), small).find("--max-size"), std::string::npos);
  const std::string empty = dir.file("e.xlsx");
  test::write_bytes(empty, test::zip_archive({{"_rels/.rels", test::relationships({{"officeDocument", "xl/workbook.xml"}})},
                                              {"xl/workbook.xml", "<workbook " + kNs + "/>"}}));
  EXPECT_EQ(test::input_error(empty), empty + ": corrupt Excel workbook (xl/workbook.xml lists no sheet)");
}

// A workbook made to swell: a row of two thousand cells naming one string of
// a megabyte (two gigabytes unpacked) is refused as the row grows past
// --max-size, in a few megabytes; a number format longer than Excel allows
// (255 characters) is General.
TEST(Workbook, AWorkbookMadeToSwellIsRefusedAsItGrows) {
  test::TempDir dir;
  Sheets swelling = follow_up();
  std::string long_text;
  for (int i = 0; i < 350000; ++i) long_text += "あ";
  swelling.strings = "<si><t>" + long_text + "</t></si>";
  swelling.first = "<row r=\"1\">";
  for (int i = 0; i < 2000; ++i) swelling.first += "<c t=\"s\"><v>0</v></c>";
  swelling.first += "</row>";
  test::RunOptions limited;
  if (!test::kSanitized) limited.memory_limit = 400ul << 20;  // sanitizers reserve terabytes
  const std::string swollen = workbook(dir, "a.xlsx", swelling);
  const test::RunResult r =
      test::run_program_with(NENDIFF_BINARY, {"parse", swollen, "--max-size", "4000000"}, limited);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(swollen + ": text too large once unpacked"), std::string::npos) << r.err;
  Sheets long_format = follow_up();
  long_format.first = "<row r=\"1\"><c s=\"4\"><v>45383</v></c><c><v>2</v></c></row>";
  const std::string text = read_input(workbook(dir, "b.xlsx", long_format, std::string(300, 'y'))).utf8;
  EXPECT_TRUE(has_line(text, "45383\t2")) << text;
}

}  // namespace
}  // namespace nendiff
