// The text a format's reader writes (text_writer.hpp).
#include "read/text_writer.hpp"

#include <algorithm>

#include "read/support.hpp"
#include "text/normalize.hpp"

namespace nendiff::detail {

bool TextWriter::add(std::string_view paragraph, bool row, std::string_view separator) {
  if (text::normalize_line(paragraph).empty()) return false;
  if (text_.empty()) separator = "";
  if (text_.size() + separator.size() + paragraph.size() > max_size_) refuse(path_, unpacked_too_large(max_size_));
  line_ += static_cast<int>(std::count(separator.begin(), separator.end(), '\n'));
  if (row) table_rows_.push_back(line_);
  line_ += static_cast<int>(std::count(paragraph.begin(), paragraph.end(), '\n'));
  text_.append(separator).append(paragraph);
  return true;
}

void TextWriter::add_row(const std::vector<std::string>& cells, std::string_view separator) {
  add(row_of(cells), true, separator);
}

DecodedText TextWriter::take(const std::string& format) {
  DecodedText out;
  out.utf8 = std::move(text_) + "\n";
  out.table_rows = std::move(table_rows_);
  out.encoding = format;
  return out;
}

std::string row_of(const std::vector<std::string>& cells) {
  std::string row;
  for (std::string cell : cells) {
    if (text::normalize_line(cell).empty()) continue;
    std::replace_if(cell.begin(), cell.end(), [](char c) { return c == '\t' || c == '\n'; }, ' ');
    row += (row.empty() ? "" : "\t") + cell;
  }
  return row;
}

}  // namespace nendiff::detail
