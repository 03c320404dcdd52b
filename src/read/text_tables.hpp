// Internal: tables in plain text. A spreadsheet saved as text (a follow-up's
// 工程表 kept in Excel, saved as TSV) or a table copied out of Word holds a row
// a line, its cells parted by tabs; the PDF and Word readers know their
// tables, and so must the text reader, or the cells of a row run together
// into one paragraph (「推進する厚生労働省導入率80%」).
#pragma once

#include "nendiff/read.hpp"

namespace nendiff::detail {

// Marks as table rows (text.table_rows) the lines that hold two cells or more
// parted by tabs, or that are a Markdown table's rows 「| 施策 | 担当 |」 (its
// delimiter row 「|---|---|」 too), where two such lines or more follow each
// other. A tab that only indents a line parts no cells.
void find_text_tables(DecodedText& text);

}  // namespace nendiff::detail
