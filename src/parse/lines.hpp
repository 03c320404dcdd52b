// Internal: an edition's lines as the parser reads them — each once
// normalized, with what its layout may need: the Markdown heading marks in
// front of it, its indentation.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace nendiff {

struct TextLine {
  int number = 0;           // input line, 1-based (both halves of a split line keep it)
  std::string_view raw;     // as written (Markdown marks included), in the text read
  size_t text_start = 0;    // bytes of `raw` before its text: the Markdown marks
  std::string normalized;   // text::normalize_line(raw)
  std::string spaced;       // text::fold_line(raw) where it differs from `normalized`
  std::u32string text;      // `normalized` as code points: what its form is read from
  int hashes = 0;           // the 「## 」 marks in front of it: a Markdown heading's level
  size_t indent = 0;        // its leading spaces (a tab counts four): nesting in outlines
  bool table_row = false;   // a table's row, its cells separated by tabs (DecodedText::table_rows)
};

// Splits the text into lines and normalizes each. The lines point into
// `utf8`, which must outlive them. A Markdown heading mark
// standing inside a line (「第一編　総則## 第一章　通則」, a converter's run-together
// headings) starts a line of its own. The lines numbered in `table_rows`
// (ascending) are a table's rows, read whole.
std::vector<TextLine> read_lines(std::string_view utf8, const std::vector<int>& table_rows = {});

// The line folded to half width with its spaces kept (text::fold_line), as
// `normalized` is: what numbering forms are matched against.
const std::string& folded_text(const TextLine& line);

}  // namespace nendiff
