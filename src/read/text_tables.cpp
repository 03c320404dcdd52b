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

}  // namespace

void find_text_tables(DecodedText& text) {
  const std::string_view utf8 = text.utf8;
  if (utf8.find('\t') == std::string_view::npos && utf8.find('|') == std::string_view::npos) return;
  std::vector<int> run;  // rows found so far, not yet two
  int number = 0;
  for (size_t begin = 0; begin < utf8.size();) {
    size_t end = utf8.find('\n', begin);
    if (end == std::string_view::npos) end = utf8.size();
    ++number;
    const std::string_view line = utf8.substr(begin, end - begin);
    begin = end + 1;
    if (is_row(line)) {
      run.push_back(number);
      continue;
    }
    if (run.size() >= 2) text.table_rows.insert(text.table_rows.end(), run.begin(), run.end());
    run.clear();
  }
  if (run.size() >= 2) text.table_rows.insert(text.table_rows.end(), run.begin(), run.end());
}

}  // namespace nendiff::detail
