// The Excel workbook, through the command line as users write it, and the
// format an output file's extension implies.
#include <gtest/gtest.h>

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "profile_pairs.hpp"
#include "report_files.hpp"
#include "report_pair.hpp"
#include "test_support.hpp"

namespace nendiff {
namespace {

using boost::property_tree::ptree;
using test::kNew;
using test::kOld;
using test::small_pair;

std::string unzip(const std::string& zip, const std::string& member) {
  std::string command = "unzip -p '" + zip + "' '" + member + "' 2>/dev/null";
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) throw std::runtime_error("cannot run unzip");
  std::string out;
  char buffer[4096];
  for (size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
  if (pclose(pipe) != 0) throw std::runtime_error(zip + ": no member " + member);
  return out;
}

using test::xml;

// A piece of a shared string: plain, or a rich-text run with its marks.
struct TextRun {
  std::string text;
  bool struck = false, underlined = false;
};

std::vector<std::vector<TextRun>> shared_runs(const std::string& zip) {
  std::vector<std::vector<TextRun>> out;
  ptree tree = xml(unzip(zip, "xl/sharedStrings.xml"));
  for (const auto& [name, si] : tree.get_child("sst")) {
    if (name != "si") continue;
    out.emplace_back();
    for (const auto& [part, node] : si) {
      if (part == "t") out.back().push_back({node.data()});
      if (part == "r")
        out.back().push_back({node.get<std::string>("t"), node.get_child_optional("rPr.strike").has_value(),
                              node.get_child_optional("rPr.u").has_value()});
    }
  }
  return out;
}

std::vector<std::string> shared_strings(const std::string& zip) {
  std::vector<std::string> out;
  for (const std::vector<TextRun>& runs : shared_runs(zip)) {
    out.emplace_back();
    for (const TextRun& r : runs) out.back() += r.text;
  }
  return out;
}

// The cells of a sheet as text, row by row (shared strings resolved).
std::vector<std::vector<std::string>> sheet_rows(const std::string& zip, const std::string& sheet) {
  std::vector<std::string> strings = shared_strings(zip);
  std::vector<std::vector<std::string>> rows;
  ptree tree = xml(unzip(zip, sheet));
  for (const auto& [name, row] : tree.get_child("worksheet.sheetData")) {
    if (name != "row") continue;
    rows.emplace_back();
    for (const auto& [cname, cell] : row) {
      if (cname != "c") continue;
      std::string value = cell.get<std::string>("v", "");
      bool shared = cell.get<std::string>("<xmlattr>.t", "") == "s";
      rows.back().push_back(shared ? strings.at(std::stoul(value)) : value);
    }
  }
  return rows;
}

struct Editions {
  test::TempDir dir;
  std::string old_path = dir.file("old.txt"), new_path = dir.file("new.txt");
  Editions(const std::string& old_text = kOld, const std::string& new_text = kNew) {
    test::write_bytes(old_path, old_text);
    test::write_bytes(new_path, new_text);
  }
};

// The workbook of two editions: its summary sheet's rows and its table's.
struct Workbook {
  std::vector<std::vector<std::string>> summary, table;
};

Workbook workbook_of(const std::string& old_text, const std::string& new_text) {
  Editions e(old_text, new_text);
  std::string book = e.dir.file("report.xlsx");
  test::RunResult r = test::run_nendiff({"compare", e.old_path, e.new_path, "-o", book, "--lang", "en"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  return {sheet_rows(book, "xl/worksheets/sheet1.xml"), sheet_rows(book, "xl/worksheets/sheet2.xml")};
}

bool has_row(const std::vector<std::vector<std::string>>& rows,
             const std::vector<std::string>& row) {
  return std::find(rows.begin(), rows.end(), row) != rows.end();
}

TEST(ReportXlsx, AValidWorkbookWithSummaryAndOneRowPerMeasure) {
  Editions e;
  std::string book = e.dir.file("report.xlsx");
  test::RunResult r = test::run_nendiff({"compare", e.old_path, e.new_path, "-o", book, "--lang", "en"});
  ASSERT_EQ(r.exit_code, 1) << r.err;
  ptree workbook = xml(unzip(book, "xl/workbook.xml"));
  std::vector<std::string> sheets;
  for (const auto& [name, sheet] : workbook.get_child("workbook.sheets"))
    sheets.push_back(sheet.get<std::string>("<xmlattr>.name"));
  EXPECT_EQ(sheets, (std::vector<std::string>{"概要 Summary", "対照表 Measures", "時点更新漏れ Stale",
                                             "数値の変更 Figures"}));
  Comparison c = small_pair();
  std::vector<std::vector<std::string>> rows = sheet_rows(book, "xl/worksheets/sheet2.xml");
  ASSERT_EQ(rows.size(), c.measures.size() + 1);
  EXPECT_EQ(rows[0][0], "status");
  for (size_t i = 1; i < rows.size(); ++i)
    EXPECT_EQ(rows[i][0], status_name(c.measures[i - 1].status));
  std::string measures = unzip(book, "xl/worksheets/sheet2.xml");
  EXPECT_NE(measures.find("<autoFilter ref=\"A1:P" + std::to_string(rows.size()) + "\""),
            std::string::npos);
  EXPECT_NE(measures.find("ySplit=\"1\""), std::string::npos);  // frozen header
  std::vector<std::vector<std::string>> summary = sheet_rows(book, "xl/worksheets/sheet1.xml");
  bool counted = false;
  for (const auto& row : summary)
    counted |= row.size() == 2 && row[0] == "changed 変更" &&
               row[1] == std::to_string(c.summary().changed);
  EXPECT_TRUE(counted);
}

// The summary sheet names the profile and, when none fits, says so in both
// languages; units are counted by their kind.
TEST(ReportXlsx, TheSummaryNamesTheProfile) {
  const Comparison law = test::law_pair();
  Workbook w = workbook_of(test::kLawOld, test::kLawNew);
  ASSERT_GE(w.summary.size(), 6u);
  EXPECT_EQ(w.summary[3], std::vector<std::string>{"レイアウト profile: law (" +
                                                   law.new_doc.layout.description + ")"});
  EXPECT_EQ(w.summary[1][0].rfind("改正前 before: ", 0), 0u);
  EXPECT_TRUE(has_row(w.summary, {"条 articles", "件数 count"}));
  EXPECT_TRUE(has_row(w.summary, {"sentences rewritten 文の修正", "1"}));
  EXPECT_TRUE(has_row(w.summary, {"outside the units 前付け・注", "1"}));
  const std::string notice =
      "注意 note: 既知のレイアウトに当てはまらないため、段落単位で比較しました / "
      "No known layout fits these texts: compared paragraph by paragraph.";
  for (const auto& row : w.summary) EXPECT_NE(row.front(), notice);
  Workbook plain = workbook_of(test::kPlainOld, test::kPlainNew);
  EXPECT_EQ(plain.summary[4], std::vector<std::string>{notice});
  EXPECT_TRUE(has_row(plain.summary, {"段落 paragraphs", "件数 count"}));
}

// The changes outside the units head the table; articles keep their numbers.
TEST(ReportXlsx, TheTableHasTheChangesOutsideTheUnitsAndTheArticlesNumbers) {
  const Comparison c = test::law_pair();
  Workbook w = workbook_of(test::kLawOld, test::kLawNew);
  ASSERT_EQ(w.table.size(), c.outside.size() + c.measures.size() + 1);
  const std::vector<std::string>& outside = w.table[1];
  ASSERT_GE(outside.size(), 5u);
  EXPECT_EQ(outside[2], "outside the units › preamble");  // --lang en
  EXPECT_EQ(c.outside[0].old_text, "(平成十七年法律第八十六号)");
  EXPECT_EQ(outside[3], "（平成十七年法律第八十六号）");  // no line: the cells close up; as written
  EXPECT_EQ(outside[4], "（平成十七年法律第八十六号・令和二年改正）");
  EXPECT_EQ(w.table[0][14], "old_label");
  bool renumbered = false;
  for (const auto& row : w.table)
    renumbered |= row.size() >= 2 && row[row.size() - 2] == "第三条" && row.back() == "第四条";
  EXPECT_TRUE(renumbered);
}

TEST(ReportXlsx, StatusCellsColouredByStatus) {
  Editions e;
  std::string book = e.dir.file("report.xlsx");
  ASSERT_EQ(test::run_nendiff({"compare", e.old_path, e.new_path, "-o", book}).exit_code, 1);
  std::map<std::string, std::string> style_of;  // status → the style index of its cell
  std::vector<std::string> strings = shared_strings(book);
  ptree tree = xml(unzip(book, "xl/worksheets/sheet2.xml"));
  for (const auto& [name, row] : tree.get_child("worksheet.sheetData")) {
    if (name != "row" || row.get<int>("<xmlattr>.r") == 1) continue;
    const ptree& first = row.get_child("c");
    std::string status = strings.at(first.get<size_t>("v"));
    std::string style = first.get<std::string>("<xmlattr>.s", "0");
    EXPECT_TRUE(style_of.emplace(status, style).first->second == style) << status;
  }
  std::set<std::string> styles;
  for (const auto& [status, style] : style_of) styles.insert(style);
  EXPECT_EQ(styles.size(), style_of.size());
  EXPECT_GE(style_of.size(), 4u);
}

TEST(ReportXlsx, ReproducibleAndNeverToStdout) {
  Editions e;
  std::string a = e.dir.file("a.xlsx"), b = e.dir.file("b.xlsx");
  ASSERT_EQ(test::run_nendiff({"compare", e.old_path, e.new_path, "-o", a}).exit_code, 1);
  ASSERT_EQ(test::run_nendiff({"compare", e.old_path, e.new_path, "-f", "xlsx", "-o", b}).exit_code,
            1);
  EXPECT_EQ(test::read_bytes(a), test::read_bytes(b));
  EXPECT_NE(unzip(a, "docProps/core.xml").find("2000-01-01T00:00:00Z"), std::string::npos);
  test::RunResult r = test::run_nendiff({"compare", e.old_path, e.new_path, "--format", "xlsx"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(r.out.empty());
  EXPECT_NE(r.err.find("-o"), std::string::npos) << r.err;
}

TEST(ReportCli, FormatFromTheOutputsExtension) {
  Editions e;
  struct Case {
    const char* file;
    const char* starts;
  };
  for (Case k : {Case{"r.html", "<!DOCTYPE html>"}, Case{"r.md", "# 新旧対照表"},
                 Case{"r.csv", "\xEF\xBB\xBF状態,"}, Case{"r.xlsx", "PK\x03\x04"}}) {
    std::string out = e.dir.file(k.file);
    test::RunResult r = test::run_nendiff({"compare", e.old_path, e.new_path, "-o", out});
    ASSERT_EQ(r.exit_code, 1) << k.file << r.err;
    EXPECT_EQ(test::read_bytes(out).rfind(k.starts, 0), 0u) << k.file;
  }
  test::RunResult left =
      test::run_nendiff({"compare", e.old_path, e.new_path, "-f", "html", "--old-left"});
  ASSERT_EQ(left.exit_code, 1) << left.err;
  EXPECT_LT(left.out.find("<th colspan=\"2\">旧 Old"), left.out.find("<th colspan=\"2\">新 New"));
}

// Issue 16, item 5: a sheet of stale findings (front matter included) and
// one of figure changes, as the JSON report lists them; rewritten sentences
// as rich text, the old words struck through and the new ones underlined.
TEST(ReportXlsx, FindingsAndFiguresHaveSheetsAndRewritesAreRichText) {
  test::TempDir dir;
  const std::string book = dir.file("r.xlsx");
  const std::string a = test::sample_path("kenko-iryo-senryaku-2023.txt");
  const std::string b = test::sample_path("kenko-iryo-senryaku-2024.txt");
  ASSERT_EQ(test::run_nendiff({"compare", a, b, "-o", book}).exit_code, 1);
  const auto report = nlohmann::json::parse(test::run_nendiff({"compare", a, b, "-f", "json"}).out);
  const auto stale = sheet_rows(book, "xl/worksheets/sheet3.xml");
  ASSERT_EQ(stale.size(), report["stale"].size() + 1);
  EXPECT_EQ(stale[0][0], "line");
  for (size_t i = 0; i < report["stale"].size(); ++i) {
    EXPECT_EQ(stale[i + 1][0], std::to_string(report["stale"][i]["line"].get<int>()));
    // The phrase as the edition writes it (「2023 年度」): as read but for its spaces.
    std::string phrase = stale[i + 1][3], read = report["stale"][i]["text"];
    for (std::string* t : {&phrase, &read}) t->erase(std::remove(t->begin(), t->end(), ' '), t->end());
    EXPECT_EQ(phrase, read);
  }
  size_t figures = 0;
  for (const auto& m : report["measures"]) figures += m["numbers"].size();
  const auto rows = sheet_rows(book, "xl/worksheets/sheet4.xml");
  ASSERT_EQ(rows.size(), figures + 1);
  EXPECT_TRUE(std::any_of(rows.begin(), rows.end(), [](const std::vector<std::string>& r) {
    // each edition's figure as it writes it
    return r.size() == 8 && r[3] == "49 社" && r[4] == "53社" && r[5] == "49" && r[6] == "53" && r[7] == "社";
  }));
  // 「2023→2024年度以降も[-、第4期制度の施行に向けて、-]{+引き続き+}…」
  bool found = false;
  for (const std::vector<TextRun>& runs : shared_runs(book)) {
    for (const TextRun& r : runs) EXPECT_EQ(r.text.find("{+"), std::string::npos) << r.text;
    if (runs.empty() || runs[0].text.rfind("2023→2024年度以降も", 0) != 0) continue;
    found = true;
    ASSERT_GE(runs.size(), 3u);
    EXPECT_TRUE(runs[1].struck && !runs[1].underlined);
    EXPECT_EQ(runs[1].text, "、第4期制度の施行に向けて、");
    EXPECT_TRUE(runs[2].underlined && !runs[2].struck);
    EXPECT_EQ(runs[2].text, "引き続き");
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace nendiff
