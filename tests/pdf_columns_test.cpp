// The two-column rule on word boxes placed by hand: text columns read left
// then right, a 工程表's columns and a page of one column keep their rows.
#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

#include "read/pdf_columns.hpp"
#include "word_boxes.hpp"

namespace nendiff::detail {
namespace {

std::vector<size_t> unchanged(size_t n) {
  std::vector<size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  return order;
}

// Two columns of wrapped lines, each paragraph's last line short, with a
// header in the right half above and a page number centred below.
TEST(PdfColumns, TextColumnsReadLeftThenRight) {
  PageBoxes page;
  page.boxes.push_back({309, 15, 539, 24});  // running header
  std::vector<size_t> left, right;
  for (int row = 0; row < 30; ++row) {
    left.push_back(page.boxes.size());
    page.add(63, row % 6 == 5 ? 150 : 288, row);
    right.push_back(page.boxes.size());
    page.add(319, row % 7 == 6 ? 400 : 533, row);
  }
  page.boxes.push_back({283, 817, 312, 826});  // 「－ 3 －」
  std::vector<size_t> want{0};
  want.insert(want.end(), left.begin(), left.end());
  want.insert(want.end(), right.begin(), right.end());
  want.push_back(page.boxes.size() - 1);
  const ReadingOrder order = reading_order(page.boxes);
  EXPECT_EQ(order.boxes, want);
  EXPECT_GT(order.gutter, 288);
  EXPECT_LT(order.gutter, 319);
}

// A title across both columns is read before them.
TEST(PdfColumns, ALineAcrossTheGutterIsReadWhereItStands) {
  PageBoxes page;
  page.add(63, 533, 0);  // the title, across
  for (int row = 1; row < 20; ++row) page.add(63, 288, row), page.add(319, 533, row);
  const std::vector<size_t> order = reading_order(page.boxes).boxes;
  ASSERT_EQ(order.size(), page.boxes.size());
  EXPECT_EQ(order[0], 0u);
  EXPECT_EQ(order[1], 1u);   // the left column's first line
  EXPECT_EQ(order[19], 37u); // its last
  EXPECT_EQ(order[20], 2u);  // then the right column's first
}

// A 工程表 of three columns: short cells, a row read across as before.
TEST(PdfColumns, ScheduleTableKeepsItsRows) {
  PageBoxes page;
  for (int row = 0; row < 20; ++row) {
    page.add(63, 63 + 40 + 10 * (row % 4), row);
    page.add(230, 230 + 50 + 12 * (row % 3), row);
    page.add(400, 400 + 60 + 15 * (row % 5), row);
  }
  const ReadingOrder order = reading_order(page.boxes);
  EXPECT_EQ(order.boxes, unchanged(page.boxes.size()));
  EXPECT_EQ(order.gutter, 0);
}

// Two columns of a table: labels on the left, long wrapped cells on the
// right. The left is no column of text: rows stay together.
TEST(PdfColumns, LabelsBesideLongCellsAreATable) {
  PageBoxes page;
  for (int row = 0; row < 20; ++row) {
    if (row % 3 == 0) page.add(63, 63 + 30 + 15 * (row % 4), row);
    page.add(200, row % 3 == 2 ? 350 : 533, row);
  }
  EXPECT_EQ(reading_order(page.boxes).boxes, unchanged(page.boxes.size()));
}

// One column of text with a two-column table inside: the text crosses any
// gap the table leaves.
TEST(PdfColumns, OneColumnWithATableInsideIsOneColumn) {
  PageBoxes page;
  for (int row = 0; row < 12; ++row) page.add(63, 533, row);
  for (int row = 12; row < 18; ++row) page.add(63, 200, row), page.add(330, 533, row);
  for (int row = 18; row < 30; ++row) page.add(63, 533, row);
  EXPECT_EQ(reading_order(page.boxes).boxes, unchanged(page.boxes.size()));
}

// Boxes at no place (a damaged file) leave poppler's order.
TEST(PdfColumns, BoxesAtNoPlaceKeepTheirOrder) {
  PageBoxes page;
  for (int row = 0; row < 20; ++row) page.add(63, 288, row), page.add(319, 533, row);
  page.boxes[3].top = std::nan("");
  EXPECT_EQ(reading_order(page.boxes).boxes, unchanged(page.boxes.size()));
}

}  // namespace
}  // namespace nendiff::detail
