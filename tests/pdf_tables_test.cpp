// The table rule on word boxes placed by hand: a 工程表's rows of short cells
// in columns are a table; running text, a list whose markers a tab sets
// apart and a contents page with its page numbers are not.
#include <gtest/gtest.h>

#include <chrono>
#include <cmath>

#include "read/pdf_tables.hpp"
#include "word_boxes.hpp"

namespace nendiff::detail {
namespace {

TEST(PdfTables, ScheduleBetweenParagraphsIsATable) {
  PageBoxes page;
  for (int row = 0; row < 4; ++row) page.text(row, row == 3 ? 300 : 533);
  std::vector<TableRowBoxes> want;
  for (int row = 4; row < 7; ++row) {
    const size_t a = page.add(63, 63 + 20 + 10 * row, row);
    const size_t b = page.add(213, 213 + 40, row);
    const size_t b2 = page.add(213 + 42, 213 + 60, row);  // 「2025」「年度」: one cell
    const size_t c = page.add(363, 363 + 70, row);
    want.push_back({{a}, {b, b2}, {c}});
  }
  page.add(63, 120, 7);  // the heading after it, at the table's left edge
  for (int row = 8; row < 12; ++row) page.text(row);
  const std::vector<PageTable> tables = find_tables(page.boxes);
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(tables[0].rows, want);
}

// A cell wrapped over two lines: the second line stands in the cell's column
// and belongs to the row's table, as does a row with its first cell empty.
TEST(PdfTables, WrappedCellsAndEmptyCellsStayInTheTable) {
  PageBoxes page;
  page.add(63, 100, 0), page.add(213, 260, 0), page.add(363, 420, 0);
  page.add(63, 140, 1), page.add(213, 340, 1), page.add(363, 440, 1);
  page.add(213, 280, 2);                       // the wrapped rest of the middle cell
  page.add(213, 300, 3), page.add(363, 400, 3);  // no first cell
  page.text(4);
  const std::vector<PageTable> tables = find_tables(page.boxes);
  ASSERT_EQ(tables.size(), 1u);
  ASSERT_EQ(tables[0].rows.size(), 4u);
  EXPECT_EQ(tables[0].rows[2], (TableRowBoxes{{6}}));
  EXPECT_EQ(tables[0].rows[3].size(), 2u);
}

TEST(PdfTables, RunningTextHasNoTable) {
  PageBoxes page;
  for (int row = 0; row < 30; ++row) {
    page.add(63, 200, row), page.add(203, row % 5 == 4 ? 350 : 533, row);  // a word space apart
  }
  EXPECT_TRUE(find_tables(page.boxes).empty());
}

// Bullets set apart from their text by a tab (Word's list without a hanging
// indent): the markers' column holds one glyph a row, no column of a table.
TEST(PdfTables, ATabbedListIsNoTable) {
  PageBoxes page;
  for (int row = 0; row < 6; ++row) page.add(63, 63 + kGlyph, row), page.add(105, 300 + 20 * row, row);
  EXPECT_TRUE(find_tables(page.boxes).empty());
}

// A page of 50,000 such list lines is read in linear time: each row is
// looked at as a table's start once, not once for every row above it.
TEST(PdfTables, ManyRowsInLineWithoutATableTakeLinearTime) {
  PageBoxes page;
  for (int row = 0; row < 50000; ++row) page.add(63, 63 + kGlyph, row), page.add(105, 300, row);
  const auto start = std::chrono::steady_clock::now();
  EXPECT_TRUE(find_tables(page.boxes).empty());
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 2);
}

// A contents page: titles, and their page numbers at the right margin.
TEST(PdfTables, ContentsWithPageNumbersIsNoTable) {
  PageBoxes page;
  for (int row = 0; row < 8; ++row) page.add(63, 200 + 10 * row, row), page.add(520, 527, row);
  EXPECT_TRUE(find_tables(page.boxes).empty());
}

// A lone pair of cells is no table; two rows are, unless a box stands at no
// place (a damaged file): then the page is read as poppler orders it.
TEST(PdfTables, OneRowOrBoxesAtNoPlaceAreNoTable) {
  PageBoxes one;
  one.text(0), one.add(63, 100, 1), one.add(400, 533, 1), one.text(2);
  EXPECT_TRUE(find_tables(one.boxes).empty());
  PageBoxes two;
  for (int row = 0; row < 2; ++row) two.add(63, 100, row), two.add(400, 533, row);
  EXPECT_EQ(find_tables(two.boxes).size(), 1u);
  two.boxes[0].left = std::nan("");
  EXPECT_TRUE(find_tables(two.boxes).empty());
  EXPECT_TRUE(find_tables({}).empty());
}

}  // namespace
}  // namespace nendiff::detail
