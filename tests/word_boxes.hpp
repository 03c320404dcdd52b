// Word boxes placed by hand on a page, as poppler gives them: for the tests
// of the PDF reader's layout rules (pdf_columns_test, pdf_tables_test).
#pragma once

#include <vector>

#include "read/pdf_columns.hpp"

namespace nendiff::detail {

constexpr double kGlyph = 10.5, kPitch = 15.75;

// A page in poppler's order: rows from the top, each row's boxes left to right.
struct PageBoxes {
  std::vector<WordBox> boxes;
  // A box on printed row `row`; its index.
  size_t add(double left, double right, int row) {
    const double top = 80 + kPitch * row;
    boxes.push_back({left, top, right, top + kGlyph});
    return boxes.size() - 1;
  }
  // A line of running text, wrapped at the right edge (or shorter).
  void text(int row, double right = 533) { add(63, right, row); }
};

}  // namespace nendiff::detail
