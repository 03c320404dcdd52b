// PDFs laid out as some editions are printed (issue 17, item 2): two columns
// to a page, footnotes at a page's foot, a 工程表 between measures (in the Word
// file and the PDF made of it). Each test PDF is made by script from the sample
// editions and compares as their text.
#include <gtest/gtest.h>

#include <iostream>
#include <nlohmann/json.hpp>

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

// The changes outside the units, by part and text (spacing aside).
std::vector<std::string> outside_of(const Comparison& c) {
  std::vector<std::string> out;
  for (const TextChange& t : c.outside)
    out.push_back(t.part + ":" + text::compare_key(t.old_text) + ">" + text::compare_key(t.new_text));
  return out;
}

// An edition with the 工程表 of scripts/make-fixtures --table-in-body before
// its heading 「(2)…」 reads as its text does: the measure before the table
// ends there, the heading after it is a heading, the rows are the table's.
void expect_text_and_table(const Document& got, const std::string& name) {
  const Document text = load_edition(sample_path(name + ".txt"));
  expect_same_edition(got, text);
  ASSERT_EQ(got.tables.size(), 1u);
  const Table& table = got.tables[0];
  ASSERT_EQ(table.rows.size(), 3u);
  EXPECT_EQ(table.rows[1].text(), "健康経営の普及 | 中小企業への展開 | 定着と効果の検証");
  size_t next = 0;  // the first heading after the table
  while (next < got.sections.size() && got.sections[next].line < table.line) ++next;
  ASSERT_LT(next, got.sections.size());
  EXPECT_TRUE(starts_with(got.sections[next].heading, "(2)"));
  EXPECT_EQ(table.section, std::optional<size_t>(next - 1));
}

// Issue 17: the table between measures, in the Word files and in the PDFs
// LibreOffice makes of them; each pair compares as the text pair, the same
// table in both editions no change.
TEST(SameAsTextSamples, ATableBetweenMeasuresInWordAndPdf) {
  TempDir dir;
  std::vector<std::string> docx, pdf;
  for (const std::string& name : {kOld, kNew}) {
    docx.push_back(render(dir, name, read_bytes(sample_path(name + ".txt")), "--docx", "--table-in-body"));
    expect_text_and_table(load_edition(docx.back()), name);
  }
  const Comparison text = compare_files(sample_path(kOld + ".txt"), sample_path(kNew + ".txt"));
  const Comparison word = compare_files(docx[0], docx[1]);
  expect_same_comparison(word, text);
  EXPECT_EQ(outside_of(word), outside_of(text));
  for (size_t i = 0; i < 2; ++i) {
    pdf.push_back(dir.file("converted-" + std::to_string(i) + ".pdf"));
    if (!print_pdf("--libreoffice", docx[i], pdf.back()))
      GTEST_SKIP() << "LibreOffice is not installed (scripts/install-deps installs it)";
    expect_text_and_table(load_edition(pdf.back()), i == 0 ? kOld : kNew);
  }
  const Comparison printed = compare_files(pdf[0], pdf[1]);
  expect_same_comparison(printed, text);
  EXPECT_EQ(outside_of(printed), outside_of(text));
}

// Issue 17: a title set in a text box (scripts/make-fixtures --text-box:
// DrawingML with its VML fallback, as Word writes one) is read once, in its
// place, from the Word file and from the PDF LibreOffice makes of it. The
// Word reader skipped drawings: the heading was lost.
TEST(SameAsTextSamples, ATitleInATextBoxInWordAndPdf) {
  TempDir dir;
  std::vector<std::string> docx;
  for (const std::string& name : {kOld, kNew}) {
    docx.push_back(render(dir, name, read_bytes(sample_path(name + ".txt")), "--docx", "--text-box"));
    expect_same_edition(load_edition(docx.back()), load_edition(sample_path(name + ".txt")));
  }
  const Comparison text = compare_files(sample_path(kOld + ".txt"), sample_path(kNew + ".txt"));
  expect_same_comparison(compare_files(docx[0], docx[1]), text);
  std::vector<std::string> pdf;
  for (size_t i = 0; i < 2; ++i) {
    pdf.push_back(dir.file("boxed-" + std::to_string(i) + ".pdf"));
    if (!print_pdf("--libreoffice", docx[i], pdf.back()))
      GTEST_SKIP() << "LibreOffice is not installed (scripts/install-deps installs it)";
  }
  expect_same_comparison(compare_files(pdf[0], pdf[1]), text);
}

// A figure changed inside a 工程表 and nowhere else: exit 1, and the row
// reported old and new (JSON outside, part "table"), from Word and its PDF.
TEST(Pdf, AFigureChangedInATableIsReported) {
  auto edition = [](const std::string& figure) {
    return "健康・医療戦略の実行状況と今後の取組方針2024\n\n1. 新産業創出\n\n(1) 健康経営\n\n"
           "・健康経営銘柄として53社を選定した。【◎経】\n\n"
           "・地域の中小企業への普及を進める取組を支援する。【◎厚】\n\n"
           "取組\t2025年度\t2026年度以降\n健康経営の普及\t" + figure + "に展開\t定着と効果の検証\n"
           "PHRの利活用\t民間サービスでの実証\t社会実装\n\n"
           "(2) 国際展開の推進\n\n・アジア健康構想を推進する。【◎厚】\n";
  };
  TempDir dir;
  const std::string old_docx = render(dir, "old", edition("500社"), "--docx");
  const std::string new_docx = render(dir, "new", edition("600社"), "--docx");
  std::vector<std::pair<std::string, std::string>> pairs = {{old_docx, new_docx}};
  const std::string old_pdf = dir.file("old.pdf"), new_pdf = dir.file("new.pdf");
  if (print_pdf("--libreoffice", old_docx, old_pdf) && print_pdf("--libreoffice", new_docx, new_pdf))
    pairs.push_back({old_pdf, new_pdf});
  else
    std::cout << "LibreOffice is not installed: the PDF pair is left out\n";
  for (const auto& [old_path, new_path] : pairs) {
    SCOPED_TRACE(new_path);
    const RunResult r = run_nendiff({"compare", old_path, new_path, "--format", "json"});
    EXPECT_EQ(r.exit_code, 1) << r.err;
    const nlohmann::json j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["summary"]["changed"], 0);
    ASSERT_EQ(j["outside"].size(), 1u);
    EXPECT_EQ(j["outside"][0]["part"], "table");
    EXPECT_EQ(j["outside"][0]["old"], "健康経営の普及 | 500社に展開 | 定着と効果の検証");
    EXPECT_EQ(j["outside"][0]["new"], "健康経営の普及 | 600社に展開 | 定着と効果の検証");
  }
}

}  // namespace
}  // namespace nendiff::test
