// `nendiff compare -o x.pdf`: the 新旧対照表 typeset with Pango and Cairo,
// read back with poppler's tools: every page has the column heads and its
// number, the changed units' text is there and selectable, fonts embedded.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "nendiff/parse.hpp"
#include "report_pair.hpp"
#include "report_files.hpp"
#include "test_support.hpp"

namespace nendiff {
namespace {

const std::string k2023 = test::sample_path("kenko-iryo-senryaku-2023.txt");
const std::string k2024 = test::sample_path("kenko-iryo-senryaku-2024.txt");

std::string squeezed(std::string text) {
  text.erase(std::remove_if(text.begin(), text.end(),
                            [](char c) { return c == ' ' || c == '\n' || c == '\f'; }),
             text.end());
  return text;
}

int page_count(const std::string& pdf) {
  const test::RunResult info = test::run_program("/usr/bin/pdfinfo", {pdf});
  const size_t at = info.out.find("Pages:");
  return at == std::string::npos ? 0 : std::stoi(info.out.substr(at + 6));
}

std::string page_text(const std::string& pdf, int page) {
  const std::string n = std::to_string(page);
  return test::run_program("/usr/bin/pdftotext", {"-f", n, "-l", n, pdf, "-"}).out;
}

struct Written : test::WrittenReport {
  const std::string& pdf = path;
  Written(const std::string& old_path, const std::string& new_path,
          const std::vector<std::string>& options = {})
      : WrittenReport(old_path, new_path, "taihyo.pdf", options) {}
};

TEST(PdfReport, EveryPageHasTheColumnHeadsAndItsNumber) {
  Written w(k2023, k2024);
  const int pages = page_count(w.pdf);
  ASSERT_GT(pages, 2);
  int summary = 0;  // the page where the summary starts: the table ends there
  for (int p = 1; p <= pages; ++p) {
    const std::string text = squeezed(page_text(w.pdf, p));
    SCOPED_TRACE("page " + std::to_string(p));
    EXPECT_NE(text.find("－" + std::to_string(p) + "－"), std::string::npos) << text.substr(0, 300);
    EXPECT_NE(text.find("新旧対照表"), std::string::npos);  // the running head
    if (!summary)
      for (const char* head : {"2024年版", "2023年版"}) EXPECT_NE(text.find(head), std::string::npos) << head;
    if (!summary && text.find("概要変更") != std::string::npos) summary = p;
  }
  EXPECT_GT(summary, 2);
  EXPECT_NE(squeezed(page_text(w.pdf, 1)).find("（傍線部分は変更部分）"), std::string::npos);
}

// The text of one column of every page (A4 landscape), in reading order,
// without the running head and the page number.
std::string column_text(const std::string& pdf, bool left) {
  const std::vector<std::string> crop = {"-x", left ? "40" : "423", "-y", "30", "-W", "378",
                                         "-H", "525"};
  std::vector<std::string> args = crop;
  args.insert(args.end(), {pdf, "-"});
  std::string text = squeezed(test::run_program("/usr/bin/pdftotext", args).out);
  for (const std::string& head : {"2024年版", "2023年版"})
    for (size_t at; (at = text.find(head)) != std::string::npos;) text.erase(at, head.size());
  return text;
}

TEST(PdfReport, TheChangedUnitsTextIsThereAndTheFontsAreEmbedded) {
  Written w(k2023, k2024);
  const std::string new_column = column_text(w.pdf, true), old_column = column_text(w.pdf, false);
  const Comparison c = compare(load_edition(k2023), load_edition(k2024));
  int checked = 0;
  for (const MeasureDiff& d : c.measures) {
    if (d.status == Status::unchanged) continue;
    if (d.new_index) {
      const std::string text = test::quoted(c.new_doc.measures[*d.new_index]);  // as written
      EXPECT_NE(new_column.find(squeezed(text)), std::string::npos) << text;
      ++checked;
    }
    if (d.old_index) {
      const std::string text = test::quoted(c.old_doc.measures[*d.old_index]);
      EXPECT_NE(old_column.find(squeezed(text)), std::string::npos) << text;
      ++checked;
    }
  }
  EXPECT_GT(checked, 10);
  const test::RunResult fonts = test::run_program("/usr/bin/pdffonts", {w.pdf});
  ASSERT_EQ(fonts.exit_code, 0);
  EXPECT_NE(fonts.out.find("IPAexMincho"), std::string::npos) << fonts.out;
  size_t lines = 0;
  for (size_t at = fonts.out.find('\n', fonts.out.find("----")); at != std::string::npos;
       at = fonts.out.find('\n', at + 1)) {
    const std::string line = fonts.out.substr(at + 1, fonts.out.find('\n', at + 1) - at - 1);
    if (line.empty()) continue;
    EXPECT_NE(line.find(" yes yes "), std::string::npos) << "not embedded: " << line;
    ++lines;
  }
  EXPECT_GT(lines, 0u);
}

TEST(PdfReport, ARowTallerThanAPageGoesOnAndHostileTextStaysText) {
  test::TempDir dir;
  const std::string old_path = dir.file("old.txt"), new_path = dir.file("new.txt");
  std::string giant;
  for (int i = 0; giant.size() < 200000; ++i) giant += "第" + std::to_string(i) + "項&<";
  test::write_bytes(old_path, test::kOld);
  test::write_bytes(new_path, test::kNew + "\n・制御\x01\x1b[2J文字 " + giant + "を実施する。【◎経】\n");
  const std::string pdf = dir.file("hostile.pdf");
  const test::RunResult r = test::run_nendiff({"compare", old_path, new_path, "-o", pdf, "--paper", "a4-portrait"});
  ASSERT_EQ(r.exit_code, 1) << r.err;
  const int pages = page_count(pdf);
  EXPECT_GT(pages, 20);
  std::string all = squeezed(test::run_program("/usr/bin/pdftotext", {pdf, "-"}).out);
  // The old column's （新設） stands beside the new text's first lines.
  for (size_t at; (at = all.find("（新設）")) != std::string::npos;) all.erase(at, 12);
  EXPECT_NE(all.find(squeezed(test::kHostile)), std::string::npos);
  for (const std::string& piece : {std::string("第0項&<第1項&<"), std::string("制御\\x01\\x1b[2J文字")})
    EXPECT_NE(all.find(piece), std::string::npos) << piece;
  // Pages in the middle of the giant row still carry the column heads.
  EXPECT_NE(squeezed(page_text(pdf, pages / 2)).find("2024年版"), std::string::npos);
}

// A heading row never ends a page: it goes over with the row it heads. Forty
// sections of one changed unit each, of different lengths, make pages break
// at every kind of place.
TEST(PdfReport, AHeadingNeverEndsAPageAlone) {
  test::TempDir dir;
  std::string old_text = "計画の実施状況2023\n\n1. 総論\n\n", new_text = "計画の実施状況2024\n\n1. 総論\n\n";
  for (int k = 1; k <= 40; ++k) {
    std::string body;
    for (int s = 0; s < 3 + k % 7; ++s) body += "地域の関係者と連携し、事業" + std::to_string(k) + "の取組を進める。";
    old_text += "(見出し" + std::to_string(k) + ")\n\n・" + body + "件数は" + std::to_string(k) + "件であった。【◎厚】\n\n";
    new_text += "(見出し" + std::to_string(k) + ")\n\n・" + body + "件数は" + std::to_string(k + 1) + "件であった。【◎厚】\n\n";
  }
  test::write_bytes(dir.file("old.txt"), old_text);
  test::write_bytes(dir.file("new.txt"), new_text);
  const std::string pdf = dir.file("t.pdf");
  ASSERT_EQ(test::run_nendiff({"compare", dir.file("old.txt"), dir.file("new.txt"), "-o", pdf}).exit_code, 1);
  const int pages = page_count(pdf);
  ASSERT_GT(pages, 3);
  int headings = 0;
  for (int p = 1; p < pages; ++p) {
    // The page's lines down to its number; the last body line must not be a heading.
    std::vector<std::string> lines;
    std::istringstream in(test::run_program("/usr/bin/pdftotext", {"-layout", "-f", std::to_string(p), "-l",
                                                                    std::to_string(p), pdf, "-"}).out);
    for (std::string line; std::getline(in, line);)
      if (line.find_first_not_of(" \f") != std::string::npos && line.find("－") == std::string::npos)
        lines.push_back(line);
    ASSERT_FALSE(lines.empty());
    for (const std::string& l : lines) headings += l.find("(見出し") != std::string::npos;
    EXPECT_EQ(lines.back().find("(見出し"), std::string::npos) << "page " << p << " ends with " << lines.back();
  }
  EXPECT_GT(headings, 20);
}

// Printed in black and white the changes are still there: rendered in grey
// (pdftoppm -gray, 150 dpi), the first pages of the table carry underlines —
// horizontal strokes longer than any glyph (50 px) yet shorter than a cell's
// border — that a colour-only mark would not leave.
int underline_strokes(const std::string& pgm) {
  std::istringstream in(pgm);
  std::string magic;
  int width = 0, height = 0, maxval = 0;
  in >> magic >> width >> height >> maxval;
  in.get();
  EXPECT_EQ(magic, "P5");
  const std::string pixels = pgm.substr(static_cast<size_t>(in.tellg()));
  if (pixels.size() != static_cast<size_t>(width) * height) return 0;
  int strokes = 0;
  for (int y = 0; y < height; ++y)
    for (int x = 0, run = 0; x <= width; ++x) {
      if (x < width && static_cast<unsigned char>(pixels[static_cast<size_t>(y) * width + x]) < 200) {
        ++run;
        continue;
      }
      strokes += run >= 50 && run < 600;
      run = 0;
    }
  return strokes;
}

TEST(PdfReport, AMonochromeRenderingKeepsTheUnderlines) {
  Written w(k2023, k2024);
  test::TempDir dir;
  int strokes = 0;
  for (const char* page : {"2", "3", "4"}) {
    const std::string prefix = dir.file(std::string("page") + page);
    ASSERT_EQ(test::run_program("/usr/bin/pdftoppm", {"-gray", "-r", "150", "-f", page, "-l", page,
                                                      "-singlefile", w.pdf, prefix})
                  .exit_code, 0);
    strokes += underline_strokes(test::read_bytes(prefix + ".pgm"));
  }
  EXPECT_GE(strokes, 15);
}

// `nendiff history -o x.pdf`: the lineage table, the editions' heads on every
// page, every measure by its number, the ones whose years were not updated
// marked (as many as the JSON's rolled-over and stale commitments name).
TEST(PdfReport, TheHistoryIsALineageTable) {
  std::vector<std::string> editions;
  for (int y = 2022; y <= 2025; ++y) editions.push_back(test::sample_path("kenko-iryo-senryaku-" + std::to_string(y) + ".txt"));
  test::TempDir dir;
  const std::string pdf = dir.file("history.pdf");
  std::vector<std::string> args = {"history"};
  args.insert(args.end(), editions.begin(), editions.end());
  std::vector<std::string> json_args = args;
  args.insert(args.end(), {"-o", pdf});
  json_args.insert(json_args.end(), {"-f", "json"});
  ASSERT_EQ(test::run_nendiff(args).exit_code, 1);
  const auto report = nlohmann::json::parse(test::run_nendiff(json_args).out);
  const int pages = page_count(pdf);
  ASSERT_GT(pages, 1);
  for (int p = 1; p <= pages; ++p) {
    const std::string text = squeezed(page_text(pdf, p));
    for (const char* head : {"2022年版", "2025年版"}) EXPECT_NE(text.find(head), std::string::npos) << p;
    EXPECT_NE(text.find("－" + std::to_string(p) + "－"), std::string::npos);
  }
  std::set<size_t> unrolled;
  for (const auto& f : report["follow_through"])
    if (f["result"] == "rolled_over" || f["stale"] == true) unrolled.insert(f["lineage"].get<size_t>());
  const std::string all = squeezed(test::run_program("/usr/bin/pdftotext", {pdf, "-"}).out);
  EXPECT_EQ(test::count(all, "⚠年未更新"), unrolled.size() + 1);  // and once in the legend
  EXPECT_NE(all.find("健康経営銘柄"), std::string::npos);
  EXPECT_EQ(report["lineages"].size(), 71u);
  std::vector<std::string> to_stdout = json_args;
  to_stdout.back() = "pdf";
  const test::RunResult refused = test::run_nendiff(to_stdout);
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_EQ(refused.err, "nendiff: pdf is a binary document: write it to a file with -o FILE.pdf\n");
}

}  // namespace
}  // namespace nendiff
