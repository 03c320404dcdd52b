// Internal to the PDF module: the printed lines the reader rebuilds from
// poppler's word boxes, page by page, and the running lines (headers, page
// numbers) it drops from them (read/pdf_running.cpp).
#pragma once

#include <string>
#include <vector>

namespace nendiff::detail {

// One printed line: word boxes on the same baseline, left to right.
struct PdfLine {
  int page = 0;  // 1-based
  double left = 0, right = 0, top = 0, bottom = 0;
  std::string text;
  bool space_after = false;  // poppler saw a gap after the last word
  double lead = 0;           // width of the piece a line cannot be broken before
  double edge = 0;           // where its column's lines wrap; 0: the page's text width
  bool table_row = false;    // a table's row, its cells apart by tabs (read/pdf_tables.hpp)
  double height() const { return bottom - top; }
};

using Page = std::vector<PdfLine>;

// Removes the lines that repeat at the same place on at least half of the
// pages (two at least), and lone page numbers at a page's top or bottom.
void drop_running_lines(std::vector<Page>& pages);

}  // namespace nendiff::detail
