// Two-column pages: the order in which to read a page's word boxes when its
// body is set in two columns (left column, then right), found from the boxes'
// places alone. Kept apart from poppler so that the rule can be tested on
// boxes written by hand (tests/pdf_columns_test.cpp).
#pragma once

#include <cstddef>
#include <vector>

namespace nendiff::detail {

struct WordBox {
  double left = 0, top = 0, right = 0, bottom = 0;
};

// The boxes' indices in reading order: the printed rows from the top, each
// left to right, unless the page has a gutter between two text columns; then
// each stretch of the page between full-width lines or wide vertical gaps
// (title, header, footer, footnotes) reads its left column, then its right. A table's columns are not text columns: its rows
// keep reading across.
struct ReadingOrder {
  std::vector<size_t> boxes;  // indices
  double gutter = 0;          // where the columns part; 0 on a page of one column
};
ReadingOrder reading_order(const std::vector<WordBox>& boxes);

// The value below which a share `q` of `v` lies (0 for none): the page
// measures of the PDF reader and of the column finder alike.
double percentile(std::vector<double> v, double q);

// Every box stands at a place (no NaN: a damaged file): the page's boxes may
// be measured.
bool all_placed(const std::vector<WordBox>& boxes);

// The height of a glyph on the page: the median box's (boxes not empty).
double median_height(const std::vector<WordBox>& boxes);

// The printed rows: boxes whose middles lie within half a glyph of the row's
// first, as indices, rows from the top. Shared by the column and table finders.
std::vector<std::vector<size_t>> printed_rows(const std::vector<WordBox>& boxes, double glyph);

}  // namespace nendiff::detail
