// PDFs laid out as some editions are printed (issue 17, item 2): two columns
// to a page, footnotes at a page's foot, a 工程表 between measures. Each test
// PDF is made by script from the sample editions and compares as their text.
#include <gtest/gtest.h>

#include "pdf_support.hpp"
#include "text/normalize.hpp"
#include "test_support.hpp"

namespace nendiff::test {
namespace {

const std::string kOld = "kenko-iryo-senryaku-2023", kNew = "kenko-iryo-senryaku-2024";

// The sample pair printed by Chromium in two columns (CSS column-count): the
// left column read before the right, page by page, as the text pair.
TEST(SameAsTextSamples, PdfsInTwoColumns) {
  TempDir dir;
  std::vector<std::string> pdfs;
  for (const std::string& name : {kOld, kNew}) {
    pdfs.push_back(dir.file(name + ".pdf"));
    if (!print_pdf("--chromium", sample_path(name + ".txt"), pdfs.back(), "--columns 2"))
      GTEST_SKIP() << "Chromium is not installed (scripts/install-deps installs it)";
    expect_same_edition(load_edition(pdfs.back()), load_edition(sample_path(name + ".txt")));
  }
  expect_same_comparison(compare_files(pdfs[0], pdfs[1]),
                         compare_files(sample_path(kOld + ".txt"), sample_path(kNew + ".txt")));
}

// Every measure cites the page it is printed on: three measures a page fill
// most of both columns, the last starting in the right column.
TEST(Pdf, TwoColumnPagesAreCitedWhereTheyArePrinted) {
  TempDir dir;
  std::string text = "健康・医療戦略の実行状況と今後の取組方針2025\n\n1. 新産業創出\n\n";
  const std::string sentence = "地域の企業や自治体、保険者等が連携して健康経営の普及を進める取組を支援する。";
  for (int page = 1; page <= 2; ++page) {
    for (int measure = 1; measure <= 3; ++measure) {
      text += "・第" + std::to_string(page) + "頁の施策" + std::to_string(measure) + "。";
      for (int i = 0; i < 8; ++i) text += sentence;
      text += "【◎経】\n";
    }
    text += "\f\n";
  }
  const std::string in = dir.file("two.txt"), pdf = dir.file("two.pdf");
  write_bytes(in, text);
  if (!print_pdf("--chromium", in, pdf, "--columns 2"))
    GTEST_SKIP() << "Chromium is not installed (scripts/install-deps installs it)";
  const Document d = load_edition(pdf);
  expect_same_edition(d, load_edition(in));
  ASSERT_EQ(d.measures.size(), 6u);
  std::vector<int> pages;
  for (const Measure& m : d.measures) pages.push_back(m.page);
  EXPECT_EQ(pages, (std::vector<int>{1, 1, 1, 2, 2, 2}));
}

// The sample's footnote as a Word PDF sets it: at the foot of the page that
// prints its marker, smaller, below a short rule, while the page ends inside a
// sentence that goes on over the page (scripts/make-fixtures --footnotes foot;
// a form feed inside a line ends the page after it). In the text the note
// stands where pdftotext left it, between the halves of another sentence:
// the halves are joined and the page made to start at the marker's measure.
// The note ends without 。, as notes naming a source do: one read in the
// middle of the text would take in what follows it.
std::string with_footnote_at_foot(const std::string& text) {
  std::vector<std::string> lines = text::split_lines(text);
  auto find = [&](size_t from, auto&& is) {
    for (size_t i = from; i < lines.size(); ++i)
      if (is(lines[i])) return i;
    ADD_FAILURE() << "the sample changed: no such line";
    return lines.size() - 1;
  };
  const size_t note_at = find(0, [](const std::string& l) { return starts_with(l, "¹ "); });
  std::string note = lines[note_at];
  if (note.size() > 3 && note.compare(note.size() - 3, 3, "。") == 0) note.resize(note.size() - 3);
  size_t before = note_at - 1;
  while (lines[before].empty()) --before;
  const size_t after = find(note_at + 1, [](const std::string& l) { return !l.empty(); });
  lines[before] += lines[after];  // the halves pdftotext split
  lines.erase(lines.begin() + static_cast<long>(before) + 1, lines.begin() + static_cast<long>(after) + 1);
  const size_t marked = find(0, [](const std::string& l) { return l.find("¹【") != std::string::npos; });
  const size_t running = find(marked + 1, [](const std::string& l) {
    return l.find("・") != std::string::npos && l.size() > 450;
  });
  const size_t cut = lines[running].find("、", 180) + std::string("、").size();
  lines[running].insert(cut, "\f");  // the page ends inside this sentence
  std::string out;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i == marked) out += "\f\n";  // the marker's measure starts a page
    out += lines[i] + "\n";
    if (i == running) out += "\n" + note + "\n\n";
  }
  return out;
}

TEST(SameAsTextSamples, PdfsWithFootnotesAtThePageFoot) {
  TempDir dir;
  std::vector<std::string> pdfs;
  for (const std::string& name : {kOld, kNew}) {
    pdfs.push_back(render(dir, name, with_footnote_at_foot(read_bytes(sample_path(name + ".txt"))),
                          "--pdf", "--footnotes foot"));
    const Document pdf = load_edition(pdfs.back());
    expect_same_edition(pdf, load_edition(sample_path(name + ".txt")));
    // The note is cited on the page printing its marker, where the measure
    // whose sentence runs over the page starts.
    ASSERT_EQ(pdf.footnotes.size(), 1u);
    size_t marked = 0;
    while (marked + 1 < pdf.measures.size() &&
           pdf.measures[marked].original.find("¹") == std::string::npos)
      ++marked;
    ASSERT_LT(marked + 1, pdf.measures.size());
    const Measure &noted = pdf.measures[marked], &running = pdf.measures[marked + 1];
    EXPECT_EQ(pdf.page_of(pdf.footnotes[0].line), noted.page);
    EXPECT_EQ(running.page, noted.page);
    EXPECT_EQ(pdf.page_of(running.line_at(running.text.size() - 1)), noted.page + 1);
  }
  expect_same_comparison(compare_files(pdfs[0], pdfs[1]),
                         compare_files(sample_path(kOld + ".txt"), sample_path(kNew + ".txt")));
}

}  // namespace
}  // namespace nendiff::test
