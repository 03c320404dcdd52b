// PDFs made to hurt (issue 15): running lines found by comparing every page's
// edge lines with every other's (20,000 pages: a minute), a page tree that
// loops back on itself (reported as a scan needing OCR), text that unpacks far
// past the file's size. The small inputs are files in tests/regressions/fuzz_pdf/
// (made by make-hostile.py; scripts/fuzz seeds fuzz_pdf with them); the big
// ones are made here.
#include <gtest/gtest.h>

#include <algorithm>
#include <boost/filesystem.hpp>
#include <chrono>

#include "hostile.hpp"
#include "nendiff/error.hpp"
#include "nendiff/read.hpp"
#include "test_support.hpp"

namespace nendiff {
namespace {

namespace fs = boost::filesystem;
using test::input_error;
using test::make_hostile;
using test::TempDir;

std::string pdf(const std::string& name) { return test::regression("fuzz_pdf", name); }

size_t lines_of(const std::string& text) { return static_cast<size_t>(std::count(text.begin(), text.end(), '\n')); }

// 20,000 pages, each with the same running header and its page number, and
// lines that differ only in their last word: a minute, comparing each page's
// edge lines with every other page's. The body lines stay, one by one, and the
// reading takes seconds. poppler's share is linear too since it reads each
// page on the document's own cross-reference table, not on a copy of it
// (read/pdf.cpp; ctest pdf_reading_is_linear_in_pages). AddressSanitizer
// slows poppler's allocations down: sanitized runs read 500 pages.
TEST(Pdf, RunningLinesOfManyPagesAreFoundInLinearTime) {
  TempDir dir;
  const int pages = test::kSanitized ? 500 : 20000 / test::kHostileScale;
  const std::string file = dir.file("pages.pdf");
  make_hostile("pages " + file + " " + std::to_string(pages));
  const auto start = std::chrono::steady_clock::now();
  const DecodedText text = read_input(file);
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 30);
  EXPECT_EQ(test::count(text.utf8, "Annual Follow-up"), 0u);
  EXPECT_EQ(test::count(text.utf8, "- 1 -"), 0u);
  EXPECT_EQ(test::count(text.utf8, "Measure "), 5u * static_cast<size_t>(pages));
  EXPECT_EQ(text.line_pages.size(), lines_of(text.utf8));
  EXPECT_EQ(text.line_pages.back(), pages);
}

// A Pages node that is its own grandchild: poppler finds no page (or not the
// second), which read as "OCR is needed" (or as a shorter edition).
TEST(Pdf, PageTreeLoopIsCorruption) {
  for (const auto& [name, page] : {std::pair{"page-tree-cycle.pdf", 1},
                                   std::pair{"page-tree-cycle-after-a-page.pdf", 2}}) {
    SCOPED_TRACE(name);
    const std::string error = input_error(pdf(name));
    EXPECT_TRUE(test::starts_with(error, pdf(name) + ": corrupt PDF, page " + std::to_string(page) +
                                             " of 2 cannot be read"))
        << error;
    EXPECT_EQ(error.find("OCR"), std::string::npos) << error;
  }
}

// Deflated page contents: 20 pages of 50 lines, 14 KB of PDF, 85 KB of text.
// --max-size bounds the text as it bounds the file.
TEST(Pdf, ExtractedTextCountsAgainstMaxSize) {
  TempDir dir;
  const std::string file = dir.file("dense.pdf");
  make_hostile("pages " + file + " 20 50");
  InputOptions options;
  options.max_size = 20000;
  ASSERT_LT(fs::file_size(file), options.max_size);
  EXPECT_EQ(input_error(file, options),
            file + ": text too large once unpacked (more than 20000 bytes; use --max-size)");
  options.max_size = 100000;
  EXPECT_EQ(test::count(read_input(file, options).utf8, "Measure "), 1000u);
}

// What fuzz_pdf checks, on every input it was ever given here: UTF-8 text
// with a page for each line, or a refusal in one line naming the file.
TEST(Pdf, HostileRegressionsGiveTextOrOneLine) {
  EXPECT_GE(test::replay_regressions("fuzz_pdf", [](const DecodedText& text) {
              EXPECT_TRUE(test::valid_utf8(text.utf8));
              EXPECT_EQ(text.line_pages.size(), lines_of(text.utf8));
            }),
            3);
}

}  // namespace
}  // namespace nendiff
