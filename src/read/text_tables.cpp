#include "read/text_tables.hpp"

#include <algorithm>
#include <string_view>

#include "text/cells.hpp"
#include "text/normalize.hpp"

namespace nendiff::detail {
namespace {

// More columns than any page holds: no table's row, and a row of a million
// cells would cost a string each.
constexpr size_t kMaxCells = 256;

// A row holds two cells or more: a tab that only indents a line parts none.
bool is_row(std::string_view line) {
  const bool tabbed = line.find('\t') != std::string_view::npos;
  if (!tabbed && !text::is_pipe_row(line)) return false;
  if (static_cast<size_t>(std::count(line.begin(), line.end(), tabbed ? '\t' : '|')) > kMaxCells)
    return false;
  if (text::is_delimiter_row(line)) return true;
  size_t cells = 0;
  for (std::string_view cell : text::cells_of(line)) cells += !text::normalize_line(cell).empty();
  return cells >= 2;
}

// A row of one cell and empty ones after it (「１．新産業の創出⇥⇥」: a group's
// title in a spreadsheet saved as text), which is a row among rows. Tabs
// before the text only indent it.
bool is_title_row(std::string_view line) {
  const size_t tab = line.find('\t');
  if (tab == std::string_view::npos || text::normalize_line(line.substr(0, tab)).empty()) return false;
  return static_cast<size_t>(std::count(line.begin(), line.end(), '\t')) <= kMaxCells;
}

}  // namespace

void find_text_tables(DecodedText& text) {
  if (text.utf8.find('\t') == std::string::npos && text.utf8.find('|') == std::string::npos) return;
  // Lines as the parser numbers them (LF, CRLF or CR), so that a row's number is its line's.
  const std::vector<std::string_view> lines = text::split_line_views(text.utf8);
  std::vector<int> run;  // rows found so far, not yet two
  for (size_t i = 0; i <= lines.size(); ++i) {
    if (i < lines.size() && (is_row(lines[i]) || (!run.empty() && is_title_row(lines[i])))) {
      run.push_back(static_cast<int>(i + 1));
      continue;
    }
    if (run.size() >= 2) text.table_rows.insert(text.table_rows.end(), run.begin(), run.end());
    run.clear();
  }
}

}  // namespace nendiff::detail
