// Reading PDF editions, and the promise every reader keeps: an edition read from
// its PDF or Word file compares exactly as its text does. The fixtures are the
// samples rendered by scripts/make-fixtures (a published-looking PDF: wrapped
// paragraphs, running header, page numbers) at build time, or here at run time.
#include <gtest/gtest.h>

#include <algorithm>
#include <boost/filesystem.hpp>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <sys/wait.h>

#include "nendiff/compare.hpp"
#include "nendiff/error.hpp"
#include "nendiff/parse.hpp"
#include "text/normalize.hpp"
#include "pdf_support.hpp"
#include "test_support.hpp"

namespace {

using nendiff::Comparison;
using nendiff::text::compare_key;
using nendiff::Document;
using nendiff::load_edition;
using nendiff::read_input;
using nendiff::test::counts_of;
using nendiff::test::findings_of;
using nendiff::test::fixture;
using nendiff::test::input_error;
using nendiff::test::read_bytes;
using nendiff::test::sample_path;
using nendiff::test::starts_with;
using nendiff::test::TempDir;
using nendiff::test::write_bytes;
using nendiff::test::compare_files;
using nendiff::test::expect_same_comparison;
using nendiff::test::expect_same_edition;
using nendiff::test::print_pdf;
using nendiff::test::render;

const std::string kSample = "kenko-iryo-senryaku-2024";

// --- The PDF reader ------------------------------------------------------------

TEST(Pdf, ReadsTheSampleLikeItsText) {
  const Document pdf = load_edition(fixture(kSample + ".pdf"));
  EXPECT_EQ(pdf.encoding, "PDF");
  expect_same_edition(pdf, load_edition(sample_path(kSample + ".txt")));
}

TEST(Pdf, RunningHeaderAndPageNumbersAreDropped) {
  const nendiff::DecodedText text = read_input(fixture(kSample + ".pdf"));
  const std::vector<std::string> lines = nendiff::text::split_lines(text.utf8);
  const int pages = *std::max_element(text.line_pages.begin(), text.line_pages.end());
  ASSERT_GT(pages, 2);
  // The header repeats the title on every page: the title itself stays, once.
  const std::string title = load_edition(sample_path(kSample + ".txt")).title;
  EXPECT_EQ(std::count_if(lines.begin(), lines.end(),
                          [&](const std::string& l) { return nendiff::text::normalize_line(l) == title; }),
            1);
  for (int n = 1; n <= pages; ++n)
    EXPECT_EQ(std::count(lines.begin(), lines.end(), "- " + std::to_string(n) + " -"), 0) << n;
}

TEST(Pdf, EveryLineMeasureAndSentenceKnowsItsPage) {
  const Document pdf = load_edition(fixture(kSample + ".pdf"));
  ASSERT_EQ(pdf.line_pages.size(), static_cast<size_t>(pdf.line_count));
  EXPECT_EQ(pdf.line_pages.front(), 1);
  EXPECT_TRUE(std::is_sorted(pdf.line_pages.begin(), pdf.line_pages.end()));
  int spanning = 0;
  for (const nendiff::Measure& m : pdf.measures) {
    EXPECT_EQ(m.page, pdf.page_of(m.line));
    EXPECT_GE(m.page, 1);
    spanning += pdf.page_of(m.sentences.front().line) != pdf.page_of(m.sentences.back().line);
  }
  // Paragraphs broken by a page end are joined, their sentences cite both pages.
  EXPECT_GT(spanning, 0);
  const Document text = load_edition(sample_path(kSample + ".txt"));
  EXPECT_TRUE(text.line_pages.empty());
  EXPECT_EQ(text.measures.front().page, 0);
}

TEST(Pdf, PageNumberShapesAndHeaderlessPages) {
  TempDir dir;
  const std::string text =
      "健康・医療戦略の実行状況と今後の取組方針2025\n\n1. 新産業創出\n\n"
      "・健康経営を推進する。【◎経】\n\f\n・2025年度も支援を行う。【厚】\n\f\n"
      "・引き続き検討する。【◎厚】\n";
  const std::string pdf = render(dir, "three", text, "--pdf", "--header '' --footer '{n}/{total}'");
  const Document d = load_edition(pdf);
  ASSERT_EQ(d.measures.size(), 3u);
  for (int i = 0; i < 3; ++i) EXPECT_EQ(d.measures[static_cast<size_t>(i)].page, i + 1);
  EXPECT_EQ(read_input(pdf).utf8.find("/3"), std::string::npos);
  // One page: nothing repeats, a page number alone at the foot still goes.
  const std::string single = render(dir, "one", "タイトル2025\n\n・一つだけの施策を行う。【厚】\n", "--pdf");
  const std::string lines = read_input(single).utf8;
  EXPECT_EQ(lines.find("- 1 -"), std::string::npos) << lines;
  EXPECT_NE(lines.find("・一つだけの施策を行う。【厚】"), std::string::npos) << lines;
}

// Where a wrap falls inside a number the pieces join as they were written;
// between Latin words the space a wrap took is given back. (A Latin word cut
// by a wrap at any character gets a space too: nothing in the text layer tells
// that cut from a wrap between words, and comparison ignores spaces.)
TEST(Pdf, WrapsJoinNumbersWithoutASpaceAndWordsWithOne) {
  TempDir dir;
  // Full lines around it, so that the reader sees where the column ends; at
  // these widths (IPAGothic) the year falls across a wrap: 「20」「20年度」, 「202」「0年度」.
  std::string filler;
  for (int i = 0; i < 6; ++i) filler += "地域・職域連携推進協議会の設置を推進し、保険者と事業主の連携を強化した。";
  const std::string text = "タイトル2025\n\n・" + filler + "Sleep Innovation Platform のガイドラインを"
                           "2020年度に策定し、12,345件の相談を受けた。" + filler + "【厚】\n";
  for (const std::string options : {"--width 120", "--width 180 --wrap char", "--width 210 --wrap char"}) {
    const std::string pdf = render(dir, "wrapped", text, "--pdf", "--header '' " + options);
    const std::string read = read_input(pdf).utf8;
    if (options.find("char") == std::string::npos)
      EXPECT_NE(read.find("Sleep Innovation Platform"), std::string::npos) << options << "\n" << read;
    EXPECT_NE(read.find("2020年度"), std::string::npos) << options << "\n" << read;
    EXPECT_NE(read.find("12,345件"), std::string::npos) << options << "\n" << read;
  }
}

TEST(Pdf, EncryptedPdfNeedsItsPassword) {
  const std::string path = fixture("encrypted.pdf");
  EXPECT_TRUE(starts_with(input_error(path), path + ": encrypted PDF: it needs a password"))
      << input_error(path);
}

// The sample editions in samples/, oldest first (their names without .txt).
std::vector<std::string> sample_names() {
  std::vector<std::string> names;
  for (const auto& e : boost::filesystem::directory_iterator(NENDIFF_SAMPLES_DIR)) {
    const std::string name = e.path().stem().string();
    if (starts_with(name, "kenko-iryo-senryaku-") && e.path().extension() == ".txt")
      names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

TEST(Pdf, OwnerPasswordAloneDoesNotStopReading) {
  // make-fixtures encrypts the first sample edition.
  expect_same_edition(load_edition(fixture("owner-locked.pdf")),
                      load_edition(sample_path(sample_names().front() + ".txt")));
}

TEST(Pdf, ImageOnlyPdfNeedsOcr) {
  const std::string path = fixture("image-only.pdf");
  EXPECT_EQ(input_error(path),
            path + ": PDF without a text layer (scanned or image-only): OCR is needed to read it");
}

TEST(Pdf, CorruptPdfIsRefused) {
  TempDir dir;
  const std::string garbage = dir.file("garbage.pdf");
  write_bytes(garbage, "%PDF-1.7\n1 0 obj << /Type /Catalog >>\nno xref, no trailer\n");
  EXPECT_TRUE(starts_with(input_error(garbage), garbage + ": corrupt PDF, cannot be opened"))
      << input_error(garbage);
  const std::string bytes = read_bytes(fixture(kSample + ".pdf"));
  const std::string truncated = dir.file("truncated.pdf");
  write_bytes(truncated, bytes.substr(0, bytes.size() / 3));
  EXPECT_TRUE(starts_with(input_error(truncated), truncated + ": corrupt PDF"))
      << input_error(truncated);
}

TEST(Pdf, CliNamesTheUnreadableFileAndExitsTwo) {
  const std::string image = fixture("image-only.pdf");
  const auto r = nendiff::test::run_nendiff({"compare", image, fixture(kSample + ".pdf")});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(image + ": PDF without a text layer"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("OCR"), std::string::npos);
}

// --- Every format compares as its text -----------------------------------------

// An older edition made from the sample by the edits editions see from year to
// year: years rolled back, a figure changed, a measure missing, a sentence fewer.
std::string older_edition(std::string text) {
  auto replace_all = [&](const std::string& from, const std::string& to) {
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
      text.replace(at, from.size(), to);
  };
  replace_all("2024", "2023");
  const size_t figure = text.find("53社");
  EXPECT_NE(figure, std::string::npos);
  text.replace(figure, std::string("53社").size(), "49社");
  std::vector<std::string> lines = nendiff::text::split_lines(text);
  int bullets = 0;
  std::string out;
  for (std::string& line : lines) {
    const bool bullet = starts_with(line, "・");
    if (bullet && ++bullets == 5) continue;  // not yet in the older edition
    if (bullet && bullets == 9) {  // its first sentence is new in the later edition
      const size_t end = line.find("。");
      EXPECT_NE(end, std::string::npos);
      line = "・" + line.substr(end + std::string("。").size());
    }
    out += line + "\n";
  }
  return out;
}

class SameAsText : public ::testing::Test {
 protected:
  void SetUp() override {
    new_text_ = sample_path(kSample + ".txt");
    old_text_ = dir_.file("old.txt");
    write_bytes(old_text_, older_edition(read_bytes(new_text_)));
    text_ = compare_files(old_text_, new_text_);
    const nendiff::Summary s = text_.summary();
    ASSERT_GT(s.changed, 0);
    ASSERT_GT(s.added, 0);
    ASSERT_GT(s.numbers, 0);
  }

  TempDir dir_;
  std::string old_text_, new_text_;
  Comparison text_;
};

TEST_F(SameAsText, PdfEditions) {
  const std::string old_pdf = render(dir_, "old", read_bytes(old_text_), "--pdf");
  expect_same_comparison(compare_files(old_pdf, fixture(kSample + ".pdf")), text_);
}

TEST_F(SameAsText, WordEditions) {
  const std::string old_docx = render(dir_, "old", read_bytes(old_text_), "--docx");
  expect_same_comparison(compare_files(old_docx, fixture(kSample + ".docx")), text_);
}

TEST_F(SameAsText, MixedFormats) {
  const std::string old_pdf = render(dir_, "old", read_bytes(old_text_), "--pdf");
  expect_same_comparison(compare_files(old_pdf, fixture(kSample + ".docx")), text_);
  const std::string old_docx = render(dir_, "old", read_bytes(old_text_), "--docx");
  expect_same_comparison(compare_files(old_docx, new_text_), text_);
}

TEST(SameAsTextSamples, WordSampleReadsLikeItsText) {
  const Document docx = load_edition(fixture(kSample + ".docx"));
  EXPECT_EQ(docx.encoding, "DOCX");
  EXPECT_TRUE(docx.line_pages.empty());
  expect_same_edition(docx, load_edition(sample_path(kSample + ".txt")));
}

// Issue 17, item 1: lines wrapped at any character, in a column narrow enough
// that years and figures break across lines (「20」「23年度」), read as the
// text does: a number joins without a space, a Latin word keeps its space.
TEST(SameAsTextSamples, PdfsWrappedAtAnyCharacter) {
  TempDir dir;
  std::vector<std::string> pdfs;
  for (const char* year : {"2023", "2024"}) {
    const std::string name = "kenko-iryo-senryaku-" + std::string(year);
    pdfs.push_back(render(dir, name, read_bytes(sample_path(name + ".txt")), "--pdf",
                          "--wrap char --width 300"));
    expect_same_edition(load_edition(pdfs.back()), load_edition(sample_path(name + ".txt")));
  }
  expect_same_comparison(compare_files(pdfs[0], pdfs[1]),
                         compare_files(sample_path("kenko-iryo-senryaku-2023.txt"),
                                       sample_path("kenko-iryo-senryaku-2024.txt")));
}

// Issue 17, items 2 and 3: the sample pair printed from HTML by Chromium, its
// header template the title and its footer template a page number (one
// edition 「12 / 40」, the other 「－ 12 －」), justified; and converted from
// Word by LibreOffice, with a 工程表 table. Each compares as the text pair.
TEST(SameAsTextSamples, PdfsPrintedByChromium) {
  TempDir dir;
  const std::string old_pdf = dir.file("old.pdf"), new_pdf = dir.file("new.pdf");
  if (!print_pdf("--chromium", sample_path("kenko-iryo-senryaku-2023.txt"), old_pdf,
                 "--footer '{n} / {total}'"))
    GTEST_SKIP() << "Chromium is not installed (scripts/install-deps installs it)";
  ASSERT_TRUE(print_pdf("--chromium", sample_path("kenko-iryo-senryaku-2024.txt"), new_pdf));
  expect_same_edition(load_edition(new_pdf), load_edition(sample_path(kSample + ".txt")));
  expect_same_comparison(compare_files(old_pdf, new_pdf),
                         compare_files(sample_path("kenko-iryo-senryaku-2023.txt"),
                                       sample_path("kenko-iryo-senryaku-2024.txt")));
}

TEST(SameAsTextSamples, PdfsConvertedFromWordByLibreOffice) {
  TempDir dir;
  std::vector<std::string> pdfs;
  for (const char* year : {"2023", "2024"}) {
    const std::string name = "kenko-iryo-senryaku-" + std::string(year);
    const std::string docx = render(dir, name, read_bytes(sample_path(name + ".txt")), "--docx", "--table");
    pdfs.push_back(dir.file(name + ".pdf"));
    if (!print_pdf("--libreoffice", docx, pdfs.back()))
      GTEST_SKIP() << "LibreOffice is not installed (scripts/install-deps installs it)";
    // The table after the opening lines is the document's, not its preamble's.
    const Document pdf = load_edition(pdfs.back());
    expect_same_edition(pdf, load_edition(sample_path(name + ".txt")));
    EXPECT_EQ(pdf.tables.size(), 1u);
  }
  expect_same_comparison(compare_files(pdfs[0], pdfs[1]),
                         compare_files(sample_path("kenko-iryo-senryaku-2023.txt"),
                                       sample_path("kenko-iryo-senryaku-2024.txt")));
}

// Page breaks put where they are known: every measure cites its own page, in
// the edition and in the report.
TEST(Pdf, ChromiumPagesAreCitedWhereTheyArePrinted) {
  TempDir dir;
  const std::string text =
      "健康・医療戦略の実行状況と今後の取組方針2025\n\n1. 新産業創出\n\n"
      "・健康経営を推進する。【◎経】\n\f\n・2025年度も支援を行う。【厚】\n\f\n"
      "・引き続き検討する。【◎厚】\n";
  const std::string in = dir.file("three.txt"), pdf = dir.file("three.pdf");
  write_bytes(in, text);
  if (!print_pdf("--chromium", in, pdf, "--footer '- {n} -'"))
    GTEST_SKIP() << "Chromium is not installed (scripts/install-deps installs it)";
  const Document d = load_edition(pdf);
  ASSERT_EQ(d.measures.size(), 3u);
  for (int i = 0; i < 3; ++i) EXPECT_EQ(d.measures[static_cast<size_t>(i)].page, i + 1);
  const auto r = nendiff::test::run_nendiff({"compare", in, pdf, "--format", "json"});
  nlohmann::json j = nlohmann::json::parse(r.out);
  std::vector<int> pages;
  for (const auto& m : j["measures"]) pages.push_back(m["new"]["page"].get<int>());
  EXPECT_EQ(pages, (std::vector<int>{1, 2, 3}));
}

// The real editions side by side, in every pairing of formats.
TEST(SameAsTextSamples, ConsecutiveSampleEditions) {
  const std::vector<std::string> names = sample_names();
  ASSERT_GE(names.size(), 2u);
  for (size_t i = 0; i + 1 < names.size(); ++i) {
    SCOPED_TRACE(names[i] + " → " + names[i + 1]);
    const Comparison text =
        compare_files(sample_path(names[i] + ".txt"), sample_path(names[i + 1] + ".txt"));
    for (const char* old_ext : {".pdf", ".docx"})
      for (const char* new_ext : {".pdf", ".docx"}) {
        SCOPED_TRACE(std::string(old_ext) + " → " + new_ext);
        expect_same_comparison(
            compare_files(fixture(names[i] + old_ext), fixture(names[i + 1] + new_ext)), text);
      }
  }
}

}  // namespace

namespace nendiff {
namespace {

// Findings in a PDF cite the page a reader can turn to.
TEST(Pdf, ReportsCitePagesForPdfInputs) {
  test::RunResult r = test::run_nendiff({"compare", fixture("kenko-iryo-senryaku-2023.pdf"),
                                         fixture("kenko-iryo-senryaku-2024.pdf"), "--format", "json"});
  ASSERT_EQ(r.exit_code, 1) << r.err;
  nlohmann::json j = nlohmann::json::parse(r.out);
  int pages_seen = 0;
  for (const auto& m : j["measures"])
    if (!m["new"].is_null()) {
      ASSERT_TRUE(m["new"].contains("page"));
      EXPECT_GE(m["new"]["page"].get<int>(), 1);
      pages_seen = std::max(pages_seen, m["new"]["page"].get<int>());
    }
  EXPECT_GT(pages_seen, 1);
  ASSERT_FALSE(j["stale"].empty());
  for (const auto& f : j["stale"]) EXPECT_GE(f["page"].get<int>(), 1);
  test::RunResult text = test::run_nendiff({"compare", fixture("kenko-iryo-senryaku-2023.pdf"),
                                            fixture("kenko-iryo-senryaku-2024.pdf"), "--no-color"});
  EXPECT_NE(text.out.find(" p."), std::string::npos);
}

}  // namespace
}  // namespace nendiff
