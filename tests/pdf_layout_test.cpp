// PDFs laid out as some editions are printed (issue 17, item 2): two columns
// to a page, footnotes at a page's foot, a 工程表 between measures. Each test
// PDF is made by script from the sample editions and compares as their text.
#include <gtest/gtest.h>

#include "pdf_support.hpp"
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

}  // namespace
}  // namespace nendiff::test
