// Finding the gutter of a two-column page. How such pages are typeset decides
// the rule: two columns of about the same width, separated by a gutter of at
// least a character's width that no glyph crosses over most of the text
// block's height, each column mostly full lines (text wraps at the column's
// edge). A 工程表's columns have gaps as well, but its cells are short: few of
// its rows reach across a column, so its rows keep reading across.
#include "read/pdf_columns.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>
#include <tuple>

namespace nendiff::detail {
namespace {

bool crosses(const WordBox& b, double left, double right) { return b.left < right && b.right > left; }

// The height of the boxes crossing [left, right), as a share of the page's text.
double blocked_share(const std::vector<WordBox>& boxes, double left, double right, double height) {
  double blocked = 0;
  for (const WordBox& b : boxes)
    if (crosses(b, left, right)) blocked += b.bottom - b.top;
  return blocked / height;
}

// The widest band in the middle of the text block that glyphs cross over at
// most a fifth of its height, each column keeping at least a third of the
// width; it must be a glyph wide at least. The columns part in its middle (a
// hanging 「-」 or a centred page number may stand in the band).
std::optional<double> find_gutter(const std::vector<WordBox>& boxes, double glyph) {
  double x0 = boxes[0].left, x1 = boxes[0].right, y0 = boxes[0].top, y1 = boxes[0].bottom;
  for (const WordBox& b : boxes) {
    x0 = std::min(x0, b.left), x1 = std::max(x1, b.right);
    y0 = std::min(y0, b.top), y1 = std::max(y1, b.bottom);
  }
  const double width = x1 - x0;
  const double step = std::max(glyph / 4, width / 400);  // a bounded number of steps
  if (!(width > 0 && std::isfinite(width) && y1 > y0 && std::isfinite(y1 - y0))) return std::nullopt;
  std::vector<double> xs, shares;
  const auto steps = static_cast<size_t>(width / 3 / step);
  for (size_t k = 0; k < steps; ++k) {
    const double x = x0 + width / 3 + static_cast<double>(k) * step;
    xs.push_back(x);
    shares.push_back(blocked_share(boxes, x, x + step, y1 - y0));
  }
  size_t best_start = 0, best_length = 0;
  for (size_t i = 0, start = 0; i <= xs.size(); ++i) {
    if (i < xs.size() && shares[i] <= 0.2) continue;
    if (i - start > best_length) best_start = start, best_length = i - start;
    start = i + 1;
  }
  if (static_cast<double>(best_length) * step < glyph) return std::nullopt;
  return xs[best_start] + static_cast<double>(best_length) * step / 2;
}

// The rows of one column, as their horizontal extents.
std::vector<std::pair<double, double>> row_extents(const std::vector<WordBox>& column, double glyph) {
  std::vector<std::pair<double, double>> out;
  for (const std::vector<size_t>& row : printed_rows(column, glyph)) {
    out.push_back({column[row[0]].left, column[row[0]].right});
    for (size_t i : row)
      out.back() = {std::min(out.back().first, column[i].left), std::max(out.back().second, column[i].right)};
  }
  return out;
}

// Text set in a column: most rows, and three at least, reach the edge where
// the column's lines wrap (a title or a hanging mark beside it aside).
bool text_column(const std::vector<WordBox>& column, double glyph, double* width) {
  if (column.empty()) return false;
  std::vector<double> lefts, rights;
  for (const auto& row : row_extents(column, glyph)) lefts.push_back(row.first), rights.push_back(row.second);
  const double edge = percentile(rights, 0.9);
  *width = edge - percentile(lefts, 0.5);
  const auto full = std::count_if(rights.begin(), rights.end(), [&](double r) {
    return r >= edge - glyph;
  });
  return full >= 3 && 2 * static_cast<size_t>(full) >= rights.size();
}

enum class Side { left, right, across };

Side side_of(const WordBox& b, double gutter) {
  if (b.right <= gutter) return Side::left;
  if (b.left >= gutter) return Side::right;
  return Side::across;
}

// Where each box stands in the reading: its printed row, and the stretch of the page it belongs to. Stretches read one
// after another; in each, the left column before the right. A row that crosses
// the gutter (a title, a centred page number) is a stretch of its own, read
// across; so is what a vertical gap of two glyphs or more sets apart (a header,
// a footer, a footnote block).
struct Place {
  int row = 0, stretch = 0;
  bool across = false;
};

std::vector<Place> places(const std::vector<WordBox>& boxes, const std::vector<Side>& sides,
                          double glyph) {
  const std::vector<std::vector<size_t>> rows = printed_rows(boxes, glyph);
  std::vector<Place> out(boxes.size());
  int stretch = 0;
  bool across_before = false;
  double bottom = 0;
  for (size_t r = 0; r < rows.size(); ++r) {
    const bool across = std::any_of(rows[r].begin(), rows[r].end(),
                                    [&](size_t i) { return sides[i] == Side::across; });
    double top = boxes[rows[r][0]].top, row_bottom = boxes[rows[r][0]].bottom;
    for (size_t i : rows[r]) top = std::min(top, boxes[i].top), row_bottom = std::max(row_bottom, boxes[i].bottom);
    if (r > 0 && (across || across_before || top - bottom >= 2 * glyph)) ++stretch;
    bottom = r > 0 && !across && !across_before ? std::max(bottom, row_bottom) : row_bottom;
    across_before = across;
    for (size_t i : rows[r]) out[i] = {static_cast<int>(r), stretch, across};
  }
  return out;
}

}  // namespace

double median_height(const std::vector<WordBox>& boxes) {
  std::vector<double> h;
  for (const WordBox& b : boxes) h.push_back(b.bottom - b.top);
  std::nth_element(h.begin(), h.begin() + static_cast<long>(h.size() / 2), h.end());
  return h[h.size() / 2];
}

// The printed rows: boxes whose middles lie within half a glyph of the row's
// first, as indices, rows from the top (poppler's order within a column is
// not always the printed one).
std::vector<std::vector<size_t>> printed_rows(const std::vector<WordBox>& boxes, double glyph) {
  auto middle = [&](size_t i) { return (boxes[i].top + boxes[i].bottom) / 2; };
  std::vector<size_t> by_middle(boxes.size());
  std::iota(by_middle.begin(), by_middle.end(), 0);
  std::stable_sort(by_middle.begin(), by_middle.end(),
                   [&](size_t a, size_t b) { return middle(a) < middle(b); });
  std::vector<std::vector<size_t>> rows;
  double first = 0;
  for (size_t i : by_middle) {
    if (rows.empty() || middle(i) - first > glyph / 2) rows.emplace_back(), first = middle(i);
    rows.back().push_back(i);
  }
  return rows;
}

bool all_placed(const std::vector<WordBox>& boxes) {
  return std::all_of(boxes.begin(), boxes.end(), [](const WordBox& b) {
    return std::isfinite(b.left) && std::isfinite(b.right) && std::isfinite(b.top) &&
           std::isfinite(b.bottom);
  });
}

double percentile(std::vector<double> v, double q) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[static_cast<size_t>(q * static_cast<double>(v.size() - 1))];
}

// One column: the printed rows from the top, each read left to right.
// poppler's own order may read the words after a wide space as a block of
// their own, after the rest of the page (「第１分野　政策・方針決定過程…」).
void by_rows(ReadingOrder& order, const std::vector<WordBox>& boxes, double glyph) {
  order.boxes.clear();
  for (std::vector<size_t> row : printed_rows(boxes, glyph)) {
    std::stable_sort(row.begin(), row.end(),
                     [&](size_t a, size_t b) { return boxes[a].left < boxes[b].left; });
    order.boxes.insert(order.boxes.end(), row.begin(), row.end());
  }
}

ReadingOrder reading_order(const std::vector<WordBox>& boxes) {
  ReadingOrder order;
  order.boxes.resize(boxes.size());
  std::iota(order.boxes.begin(), order.boxes.end(), 0);
  // A box at no place (NaN, a damaged file) leaves poppler's order.
  if (boxes.empty() || !all_placed(boxes)) return order;
  const double glyph = median_height(boxes);
  if (!(glyph > 0)) return order;
  by_rows(order, boxes, glyph);
  if (boxes.size() < 8) return order;  // a page of a few words has no columns
  const std::optional<double> gutter = find_gutter(boxes, glyph);
  if (!gutter) return order;
  std::vector<Side> sides;
  std::vector<WordBox> left, right;
  for (const WordBox& b : boxes) {
    sides.push_back(side_of(b, *gutter));
    if (sides.back() == Side::left) left.push_back(b);
    if (sides.back() == Side::right) right.push_back(b);
  }
  double left_width = 0, right_width = 0;
  if (!text_column(left, glyph, &left_width) || !text_column(right, glyph, &right_width) ||
      std::min(left_width, right_width) < 0.7 * std::max(left_width, right_width))
    return order;
  const std::vector<Place> place = places(boxes, sides, glyph);
  auto key = [&](size_t i) {
    const Place& p = place[i];
    return std::make_tuple(p.stretch, !p.across && sides[i] == Side::right, p.row, boxes[i].left);
  };
  std::stable_sort(order.boxes.begin(), order.boxes.end(),
                   [&](size_t a, size_t b) { return key(a) < key(b); });
  order.gutter = *gutter;
  return order;
}

}  // namespace nendiff::detail
