// Finding tables on a page. How tables are typeset decides the rule: a
// table's cells stand in columns, so its printed rows part at gaps wider than
// any space between words (a glyph's height and more: a justified line
// spreads its slack over every character, a list's marker stands within a
// glyph of its text), and row after row the cells start at the same places.
// Running text has no such gaps. A list whose markers a tab sets apart does,
// but its marker column holds one narrow cell a row: a column of cells that
// narrow (marks, numbers) is no column of a table's own, and a table has two
// that are not. Rows close below that go on in the table's columns (a cell
// wrapped over lines, a row with cells left empty) belong to it, but a line at
// its left edge after its last row of several cells is the text that follows.
#include "read/pdf_tables.hpp"

#include <algorithm>
#include <cmath>

namespace nendiff::detail {
namespace {

constexpr double kCellGap = 1.5;     // glyph heights between two cells, at least
constexpr double kNarrowCell = 1.5;  // glyph heights: a mark's or a number's cell
constexpr double kRowGap = 1.0;      // glyph heights between a table's rows, at most

struct Cell {
  double left = 0, right = 0;
  std::vector<size_t> boxes;
};

struct Row {
  double top = 0, bottom = 0;
  std::vector<Cell> cells;
};

// Each printed row, cut into cells at its wide gaps.
std::vector<Row> rows_of_cells(const std::vector<WordBox>& boxes, double glyph) {
  std::vector<Row> out;
  for (std::vector<size_t>& row : printed_rows(boxes, glyph)) {
    std::sort(row.begin(), row.end(), [&](size_t a, size_t b) { return boxes[a].left < boxes[b].left; });
    Row r{boxes[row[0]].top, boxes[row[0]].bottom, {}};
    for (size_t i : row) {
      const WordBox& b = boxes[i];
      r.top = std::min(r.top, b.top), r.bottom = std::max(r.bottom, b.bottom);
      if (r.cells.empty() || b.left - r.cells.back().right >= kCellGap * glyph)
        r.cells.push_back({b.left, b.right, {}});
      r.cells.back().right = std::max(r.cells.back().right, b.right);
      r.cells.back().boxes.push_back(i);
    }
    out.push_back(std::move(r));
  }
  return out;
}

class TableFinder {
 public:
  TableFinder(std::vector<Row> rows, double glyph) : rows_(std::move(rows)), glyph_(glyph) {}

  std::vector<PageTable> run() {
    std::vector<PageTable> out;
    for (size_t r = 0; r < rows_.size();) {
      const Run run = table_at(r);
      if (run.end == r) {
        r = run.next;
        continue;
      }
      out.emplace_back();
      for (; r < run.end; ++r) {
        out.back().rows.emplace_back();
        for (const Cell& c : rows_[r].cells) out.back().rows.back().push_back(c.boxes);
      }
    }
    return out;
  }

 private:
  // Where the table starting at row `start` ends (`start` when no table
  // starts there), and the row to look at next: rows of several cells found in
  // line without making a table make none from a later start either, and are
  // not looked at again (a page of thousands of them is read in linear time).
  struct Run {
    size_t end, next;
  };

  Run table_at(size_t start) {
    if (rows_[start].cells.size() < 2) return {start, start + 1};
    columns_.clear();
    add_columns(rows_[start]);
    size_t last_full = start, full = 1, end = start + 1;
    for (; end < rows_.size() && rows_[end].top - rows_[end - 1].bottom < kRowGap * glyph_; ++end) {
      const size_t aligned = at_columns(rows_[end]);
      if (rows_[end].cells.size() >= 2 && aligned >= 2) add_columns(rows_[end]), last_full = end, ++full;
      else if (aligned < rows_[end].cells.size()) break;  // out of the table's columns
    }
    if (full < 2 || own_columns(start, last_full + 1) < 2) return {start, last_full + 1};
    const double left_edge = *std::min_element(columns_.begin(), columns_.end());
    size_t last = last_full + 1;
    while (last < end && !near(rows_[last].cells.front().left, left_edge)) ++last;
    return {last, last};
  }

  bool near(double a, double b) const { return std::abs(a - b) < glyph_ / 2; }

  // The column cell `c` starts in; columns_.size() for none.
  size_t column_of(const Cell& c) const {
    size_t k = 0;
    while (k < columns_.size() && !near(c.left, columns_[k])) ++k;
    return k;
  }

  size_t at_columns(const Row& row) const {
    return static_cast<size_t>(std::count_if(row.cells.begin(), row.cells.end(), [&](const Cell& c) {
      return column_of(c) < columns_.size();
    }));
  }

  void add_columns(const Row& row) {
    for (const Cell& c : row.cells)
      if (column_of(c) == columns_.size()) columns_.push_back(c.left);
  }

  // The columns of rows [begin, end) holding a cell wider than a mark or a number.
  size_t own_columns(size_t begin, size_t end) const {
    std::vector<bool> wide(columns_.size(), false);
    for (size_t r = begin; r < end; ++r)
      for (const Cell& c : rows_[r].cells)
        if (const size_t k = column_of(c); k < columns_.size() && c.right - c.left > kNarrowCell * glyph_)
          wide[k] = true;
    return static_cast<size_t>(std::count(wide.begin(), wide.end(), true));
  }

  std::vector<Row> rows_;
  double glyph_;
  std::vector<double> columns_;  // where the cells of the table being read start
};

}  // namespace

std::vector<PageTable> find_tables(const std::vector<WordBox>& boxes) {
  if (boxes.empty() || !all_placed(boxes)) return {};
  const double glyph = median_height(boxes);
  if (!(glyph > 0)) return {};
  return TableFinder(rows_of_cells(boxes, glyph), glyph).run();
}

}  // namespace nendiff::detail
