// Internal: the text a format's reader writes (Word, a law's XML, a web page)
// for the parser, paragraph by paragraph: the lines that are a table's rows
// marked (DecodedText::table_rows), and the text refused once it outgrows
// --max-size, as the file would be.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "nendiff/read.hpp"

namespace nendiff::detail {

class TextWriter {
 public:
  TextWriter(const std::string& path, std::uintmax_t max_size) : path_(path), max_size_(max_size) {}

  // `paragraph` after `separator` (none before the first); a blank one is
  // left out (false). `row`: a table's row.
  bool add(std::string_view paragraph, bool row = false, std::string_view separator = "\n\n");
  // A table's row: its cells parted by tabs, a tab or line break inside a cell
  // a space, empty cells left out.
  void add_row(const std::vector<std::string>& cells, std::string_view separator = "\n\n");
  // The text written, its lines that are rows, named as `format` reads it.
  DecodedText take(const std::string& format);

 private:
  const std::string& path_;
  const std::uintmax_t max_size_;
  std::string text_;
  int line_ = 1;  // the line the text so far ends on
  std::vector<int> table_rows_;
};

// `cells` as one row's line (TextWriter::add_row).
std::string row_of(const std::vector<std::string>& cells);

}  // namespace nendiff::detail
