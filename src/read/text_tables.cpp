#include "read/text_tables.hpp"

#include <string_view>

#include "text/normalize.hpp"

namespace nendiff::detail {
namespace {

size_t cells_of(std::string_view line) {
  size_t cells = 0;
  for (size_t start = 0; start <= line.size();) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) tab = line.size();
    cells += !text::normalize_line(line.substr(start, tab - start)).empty();
    start = tab + 1;
  }
  return cells;
}

}  // namespace

void find_text_tables(DecodedText& text) {
  const std::string_view utf8 = text.utf8;
  if (utf8.find('\t') == std::string_view::npos) return;
  std::vector<int> run;  // rows found so far, not yet two
  int number = 0;
  for (size_t begin = 0; begin < utf8.size();) {
    size_t end = utf8.find('\n', begin);
    if (end == std::string_view::npos) end = utf8.size();
    ++number;
    const std::string_view line = utf8.substr(begin, end - begin);
    begin = end + 1;
    if (line.find('\t') != std::string_view::npos && cells_of(line) >= 2) {
      run.push_back(number);
      continue;
    }
    if (run.size() >= 2) text.table_rows.insert(text.table_rows.end(), run.begin(), run.end());
    run.clear();
  }
  if (run.size() >= 2) text.table_rows.insert(text.table_rows.end(), run.begin(), run.end());
}

}  // namespace nendiff::detail
