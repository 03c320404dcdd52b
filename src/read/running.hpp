// Internal: running lines — what stands at the same place on most pages (the
// title as a running header, 「－ 12 －」, 「12 / 40」) is no part of the text.
// One rule for the PDF reader (a line's place is its height on the page) and
// the text reader (pages cut by form feeds, as pdftotext writes them; a
// line's place is its count from the page's top or bottom).
#pragma once

#include <string_view>
#include <vector>

namespace nendiff::detail {

// A line at a page's top or bottom where a running line may stand.
struct EdgeLine {
  int page = 0;            // 0-based
  size_t index = 0;        // the line's place in its page's list
  bool outermost = false;  // the page's first or last line
  std::string_view text;
  double place = 0;        // lines 3 units or less apart stand at the same place
};

// Whether line `k` of a page of `count` lines is one of its first or last two,
// where a running line may stand, and whether it is the first or the last.
inline bool at_page_edge(size_t k, size_t count) { return k < 2 || k + 2 >= count; }
inline bool outermost_on_page(size_t k, size_t count) { return k == 0 || k + 1 == count; }

// Which edge lines are running lines: those found at the same place on at
// least half of the `pages` (two at least), and page numbers alone that are
// outermost on their page. With `digits_vary`, lines differing only in their
// digits count as the same (「第3章　…　12」): where a place is a height on
// the page, as in a PDF, a body line is seldom at the very same one; where it
// is a count of lines, headings 「(1)…」「(2)…」 often are. n log n in the pages.
std::vector<bool> running_lines(const std::vector<EdgeLine>& edges, size_t pages, bool digits_vary);

}  // namespace nendiff::detail
