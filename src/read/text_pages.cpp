#include "read/text_pages.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

#include "read/running.hpp"
#include "text/unicode.hpp"

namespace nendiff::detail {
namespace {

// A printed text line is some 12 points below the one above: lines counted
// from a page's top and from its bottom never stand at the same place.
constexpr double kLineHeight = 12, kFromBottom = 1e6;
// A running header or footer is a short line (a title, 「－ 12 －」). Without
// heights to go by, a longer one at a page's edge is text: measures numbered
// alike (「・第2頁の施策1。…」) at the top of every page are no header.
constexpr size_t kMaxRunningLine = 40;  // code points

struct Line {
  size_t begin = 0, end = 0;  // bytes of its text in utf8, without \n or \r\n
  int page = 1;
  bool blank = true;
};

std::vector<Line> lines_of(std::string_view utf8) {
  std::vector<Line> lines;
  int page = 1;
  for (size_t begin = 0; begin <= utf8.size();) {
    size_t end = utf8.find('\n', begin);
    if (end == std::string_view::npos) end = utf8.size();
    size_t first = begin;  // a form feed before the line's text: it starts the next page
    for (; first < end && utf8[first] == '\f'; ++first) ++page;
    Line line{begin, end, page, true};
    for (size_t i = first; i < end; ++i) {
      if (utf8[i] == '\f') ++page;  // inside the line: it stands where it starts
      else if (utf8[i] != ' ' && utf8[i] != '\r' && utf8[i] != '\t') line.blank = false;
    }
    if (end == utf8.size() && begin == end) break;  // no line after the last \n
    lines.push_back(line);
    begin = end + 1;
  }
  return lines;
}

// Without its form feeds and line end.
std::string_view text_of(std::string_view utf8, const Line& l) {
  std::string_view s = utf8.substr(l.begin, l.end - l.begin);
  while (!s.empty() && (s.front() == '\f' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == '\f' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// The first and last two lines of each page that hold text.
std::vector<EdgeLine> edges_of(std::string_view utf8, const std::vector<Line>& lines, int pages) {
  std::vector<std::vector<size_t>> by_page(static_cast<size_t>(pages));
  for (size_t i = 0; i < lines.size(); ++i)
    if (!lines[i].blank) by_page[static_cast<size_t>(lines[i].page - 1)].push_back(i);
  std::vector<EdgeLine> edges;
  for (size_t p = 0; p < by_page.size(); ++p) {
    const std::vector<size_t>& page = by_page[p];
    const size_t n = page.size();
    for (size_t k = 0; k < n; ++k) {
      const std::string_view text = text_of(utf8, lines[page[k]]);
      if (!at_page_edge(k, n) || text::code_points(text) > kMaxRunningLine) continue;
      const double place = k < 2 ? kLineHeight * static_cast<double>(k)
                                 : kFromBottom + kLineHeight * static_cast<double>(n - 1 - k);
      edges.push_back({static_cast<int>(p), page[k], outermost_on_page(k, n), text, place});
    }
  }
  return edges;
}

}  // namespace

void read_text_pages(DecodedText& text) {
  if (text.utf8.find('\f') == std::string::npos) return;
  const std::vector<Line> lines = lines_of(text.utf8);
  const int pages = lines.empty() ? 1 : lines.back().page;
  const std::vector<EdgeLine> edges = edges_of(text.utf8, lines, pages);
  const std::vector<bool> running = running_lines(edges, static_cast<size_t>(pages), false);
  std::vector<bool> drop(lines.size(), false);
  for (size_t k = 0; k < edges.size(); ++k) drop[edges[k].index] = running[k];
  std::string kept;
  kept.reserve(text.utf8.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) kept += '\n';
    const std::string_view line(text.utf8.data() + lines[i].begin, lines[i].end - lines[i].begin);
    if (!drop[i]) kept += line;
    else kept.append(static_cast<size_t>(std::count(line.begin(), line.end(), '\f')), '\f');
    text.line_pages.push_back(lines[i].page);
  }
  if (!text.utf8.empty() && text.utf8.back() == '\n') kept += '\n';
  text.utf8 = std::move(kept);
}

}  // namespace nendiff::detail
