// `nendiff compare -o x.docx`: the 新旧対照表 as a Word document, read back
// as XML (its parts, the table, the underlined runs) and opened by
// LibreOffice, which proves it is a document Writer accepts.
#include <gtest/gtest.h>

#include <boost/filesystem.hpp>
#include <boost/property_tree/ptree.hpp>
#include <map>

#include "nendiff/parse.hpp"
#include "report_pair.hpp"
#include "report_files.hpp"
#include "test_support.hpp"
#include "text/normalize.hpp"

namespace nendiff {
namespace {

using boost::property_tree::ptree;

std::string member(const std::string& zip, const std::string& name) {
  // unzip reads a name as a pattern: 「[」 stands for itself only as 「[[]」.
  std::string pattern;
  for (char c : name) pattern += c == '[' ? std::string("[[]") : std::string(1, c);
  const test::RunResult r = test::run_program("/usr/bin/unzip", {"-p", zip, pattern});
  EXPECT_EQ(r.exit_code, 0) << zip << ": no " << name;
  return r.out;
}

using test::xml;

struct Run {
  std::string text;
  bool underlined = false;
};
// A table cell: its paragraphs, each its runs.
using Cell = std::vector<std::vector<Run>>;

std::string text_of(const std::vector<Run>& runs, bool only_underlined = false) {
  std::string out;
  for (const Run& r : runs)
    if (r.underlined || !only_underlined) out += r.text;
  return out;
}

Cell cell_of(const ptree& tc) {
  Cell cell;
  for (const auto& [name, p] : tc) {
    if (name != "w:p") continue;
    cell.emplace_back();
    for (const auto& [kind, r] : p) {
      if (kind != "w:r") continue;
      Run run{"", r.get_child_optional("w:rPr.w:u").has_value()};
      for (const auto& [part, t] : r) {
        if (part == "w:t") run.text += t.data();
        if (part == "w:br") run.text += "\n";
      }
      cell.back().push_back(run);
    }
  }
  return cell;
}

// The table of word/document.xml: its rows, each its cells.
struct Table {
  ptree props;  // w:tblPr and w:tblGrid
  std::vector<std::vector<Cell>> rows;
  std::vector<bool> header;  // a row repeated on each page (w:tblHeader)
  std::vector<std::string> grid;
};

Table table_of(const ptree& document) {
  Table t;
  const ptree& tbl = document.get_child("w:document.w:body.w:tbl");
  for (const auto& [name, col] : tbl.get_child("w:tblGrid"))
    if (name == "w:gridCol") t.grid.push_back(col.get<std::string>("<xmlattr>.w:w"));
  for (const auto& [name, tr] : tbl) {
    if (name != "w:tr") continue;
    t.header.push_back(tr.get_child_optional("w:trPr.w:tblHeader").has_value());
    t.rows.emplace_back();
    for (const auto& [kind, tc] : tr)
      if (kind == "w:tc") t.rows.back().push_back(cell_of(tc));
  }
  return t;
}

struct Written : test::WrittenReport {
  const std::string& docx = path;
  Written(const std::string& old_path, const std::string& new_path,
          const std::vector<std::string>& options = {})
      : WrittenReport(old_path, new_path, "taihyo.docx", options) {}
};

const std::string k2023 = test::sample_path("kenko-iryo-senryaku-2023.txt");
const std::string k2024 = test::sample_path("kenko-iryo-senryaku-2024.txt");

TEST(WordReport, ThePackageHasItsPartsAndTheirRelationships) {
  Written w(k2023, k2024);
  const ptree types = xml(member(w.docx, "[Content_Types].xml"));
  std::map<std::string, std::string> overrides;
  for (const auto& [name, o] : types.get_child("Types"))
    if (name == "Override")
      overrides[o.get<std::string>("<xmlattr>.PartName")] = o.get<std::string>("<xmlattr>.ContentType");
  for (const char* part : {"/word/document.xml", "/word/styles.xml", "/word/header1.xml", "/word/footer1.xml"}) {
    ASSERT_TRUE(overrides.count(part)) << part;
    xml(member(w.docx, std::string(part).substr(1)));  // present and well formed
  }
  const std::string rels = member(w.docx, "word/_rels/document.xml.rels");
  for (const char* target : {"styles.xml", "header1.xml", "footer1.xml"})
    EXPECT_NE(rels.find(std::string("Target=\"") + target + "\""), std::string::npos) << target;
  EXPECT_NE(member(w.docx, "_rels/.rels").find("Target=\"word/document.xml\""), std::string::npos);
  EXPECT_NE(member(w.docx, "word/footer1.xml").find(" PAGE "), std::string::npos);
  EXPECT_NE(member(w.docx, "word/styles.xml").find("<w:sz w:val=\"21\"/>"), std::string::npos);
  // A4 landscape by default, A3 when asked.
  const ptree doc = xml(member(w.docx, "word/document.xml"));
  EXPECT_EQ(doc.get<int>("w:document.w:body.w:sectPr.w:pgSz.<xmlattr>.w:w"), 16838);
  EXPECT_EQ(doc.get<std::string>("w:document.w:body.w:sectPr.w:pgSz.<xmlattr>.w:orient"), "landscape");
  Written a3(k2023, k2024, {"--paper", "a3"});
  EXPECT_EQ(xml(member(a3.docx, "word/document.xml"))
                .get<int>("w:document.w:body.w:sectPr.w:pgSz.<xmlattr>.w:h"), 16838);
}

TEST(WordReport, EveryChangedUnitIsThereWithExactlyItsEditsUnderlined) {
  Written w(k2023, k2024);
  const Table t = table_of(xml(member(w.docx, "word/document.xml")));
  ASSERT_EQ(t.grid.size(), 2u);
  ASSERT_TRUE(t.header.front());
  EXPECT_EQ(text_of(t.rows[0][0].front()), "2024年版");
  EXPECT_EQ(text_of(t.rows[0][1].front()), "2023年版");
  std::map<std::string, const std::vector<Cell>*> by_new_text;
  for (const std::vector<Cell>& row : t.rows) {
    ASSERT_TRUE(row.size() == 1 || row.size() == 2);
    if (row.size() == 2) by_new_text[text_of(row[0].front())] = &row;
  }
  const Comparison c = compare(load_edition(k2023), load_edition(k2024));
  int changed = 0, added = 0;
  for (const MeasureDiff& d : c.measures) {  // each unit quoted as its edition wrote it
    if (d.status == Status::added) {
      const std::string text = test::quoted(c.new_doc.measures[*d.new_index]);
      ASSERT_TRUE(by_new_text.count(text)) << text;
      EXPECT_EQ(text_of(by_new_text[text]->at(1).front()), "（新設）");
      EXPECT_EQ(text_of(by_new_text[text]->at(0).front(), true), text);
      ++added;
    }
    if (d.status != Status::changed) continue;
    const std::string text = test::quoted(c.new_doc.measures[*d.new_index]);
    ASSERT_TRUE(by_new_text.count(text)) << text;  // no text lost, none added
    const std::vector<Cell>& row = *by_new_text[text];
    EXPECT_EQ(text_of(row[1].front()), test::quoted(c.old_doc.measures[*d.old_index]));
    for (bool new_side : {true, false}) {
      std::string pieces;
      for (const Rewrite& r : d.rewritten)
        for (const TextEdit& e : r.edits())
          if (e.kind == (new_side ? TextEdit::inserted : TextEdit::deleted)) pieces += e.text;
      for (const Commitment& m : new_side ? d.commitments_added : d.commitments_dropped)
        pieces += m.sentence;
      // Underlined as written: as many characters, read as the comparison reads them.
      const std::string underlined = text_of(row[new_side ? 0 : 1].front(), true);
      EXPECT_EQ(text::compare_key(text::normalize_line(underlined)).size(),
                text::compare_key(pieces).size())
          << underlined << " / " << pieces;
    }
    ++changed;
  }
  EXPECT_EQ(changed, c.summary().changed);
  EXPECT_EQ(added, c.summary().added);
  EXPECT_GT(changed, 5);
}

TEST(WordReport, UnchangedRunsAreElidedAndFullShowsThemAndOldLeftSwaps) {
  Written diff_only(k2023, k2024), full(k2023, k2024, {"--full", "--old-left"});
  auto elisions = [](const Table& t) {
    int n = 0;
    for (const auto& row : t.rows) n += row.size() == 1 && text_of(row[0].front()) == "（略）";
    return n;
  };
  const Table d = table_of(xml(member(diff_only.docx, "word/document.xml")));
  const Table f = table_of(xml(member(full.docx, "word/document.xml")));
  EXPECT_GT(elisions(d), 0);
  EXPECT_EQ(elisions(f), 0);
  EXPECT_GT(f.rows.size(), d.rows.size());
  EXPECT_EQ(text_of(f.rows[0][0].front()), "2023年版");
  const std::string body = member(full.docx, "word/document.xml");
  EXPECT_NE(body.find("<w:gridSpan w:val=\"2\"/>"), std::string::npos);  // headings across
}

TEST(WordReport, HostileTextStaysText) {
  test::TempDir dir;
  const std::string old_path = dir.file("old.txt"), new_path = dir.file("new.txt");
  std::string giant(200000, 'x');
  for (size_t i = 0; i < giant.size(); i += 97) giant[i] = '<';
  test::write_bytes(old_path, test::kOld);
  test::write_bytes(new_path, test::kNew + "\n・制御\x01\x1b[2J\x7f文字 & <w:t>" + giant + "を実施する。【◎経】\n");
  const std::string docx = dir.file("hostile.docx");
  const test::RunResult r = test::run_nendiff({"compare", old_path, new_path, "-o", docx});
  ASSERT_EQ(r.exit_code, 1) << r.err;
  const std::string body = member(docx, "word/document.xml");
  const Table t = table_of(xml(body));  // well formed
  std::string all;
  for (const auto& row : t.rows)
    for (const Cell& cell : row)
      for (const auto& p : cell) all += text_of(p);
  EXPECT_NE(all.find(test::kHostile), std::string::npos);
  EXPECT_NE(all.find(giant), std::string::npos);
  EXPECT_NE(all.find("制御\\x01\\x1b[2J\\x7f文字 & <w:t>"), std::string::npos);  // as the text view shows it
  EXPECT_EQ(body.find('\x01'), std::string::npos);
}

// LibreOffice opens it (no repair dialog headless: it converts or fails).
TEST(WordReport, LibreOfficeOpensItAndPrintsTheTable) {
  Written w(k2023, k2024);
  test::RunOptions o;
  o.timeout_seconds = 240;
  const test::RunResult r = test::run_program_with(
      "/usr/bin/soffice",
      {"-env:UserInstallation=file://" + w.dir.file("profile"), "--headless", "--convert-to", "pdf",
       "--outdir", w.dir.path(), w.docx},
      o);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string pdf = w.dir.file("taihyo.pdf");
  const test::RunResult info = test::run_program("/usr/bin/pdfinfo", {pdf});
  const size_t pages = info.out.find("Pages:");
  ASSERT_NE(pages, std::string::npos) << info.err;
  EXPECT_GT(std::stoi(info.out.substr(pages + 6)), 1);
  std::string text = test::run_program("/usr/bin/pdftotext", {pdf, "-"}).out;
  text.erase(std::remove_if(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\n'; }),
             text.end());
  for (const char* expected : {"新旧対照表", "（傍線部分は変更部分）", "2024年版", "2023年版", "（略）", "－1－",
                               "健康経営優良法人2024"})
    EXPECT_NE(text.find(expected), std::string::npos) << expected;
}

}  // namespace
}  // namespace nendiff

namespace nendiff {
namespace {

TEST(WordReport, FolderBatchesWriteWordAndPdfBesideEachOther) {
  test::TempDir dir;
  const std::string old_dir = dir.file("old"), new_dir = dir.file("new"), out = dir.file("out");
  for (const std::string& d : {old_dir, new_dir}) boost::filesystem::create_directories(d);
  test::write_bytes(old_dir + "/plan.txt", test::read_bytes(k2023));
  test::write_bytes(new_dir + "/plan.txt", test::read_bytes(k2024));
  const test::RunResult r = test::run_nendiff(
      {"compare", old_dir, new_dir, "--format", "docx,pdf", "-o", out, "--paper", "a4-portrait", "-q"});
  ASSERT_EQ(r.exit_code, 1) << r.err;
  const ptree doc = xml(member(out + "/plan.docx", "word/document.xml"));
  EXPECT_EQ(doc.get<int>("w:document.w:body.w:sectPr.w:pgSz.<xmlattr>.w:w"), 11906);  // portrait
  EXPECT_EQ(test::read_bytes(out + "/plan.pdf").substr(0, 5), "%PDF-");
}

}  // namespace
}  // namespace nendiff
