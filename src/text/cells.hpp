// Internal: the cells of a table's row written as text — parted by tabs (a
// spreadsheet saved as text, the PDF and Word readers' rows) or a Markdown
// pipe row 「| 施策 | 担当 |」 — one rule for the text reader, which finds the
// rows, and the parser, which reads their cells.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace nendiff::text {

// A Markdown pipe row: it starts and ends with 「|」 (spaces aside).
bool is_pipe_row(std::string_view line);

// The row's cells as written, tabs or pipes taken off (spaces kept; empty
// cells kept); a line with a tab is parted at its tabs. A Markdown delimiter cell (「---」「:--:」) is kept as written too.
std::vector<std::string_view> cells_of(std::string_view line);

// A cell as written without the spaces around it (「　」 too): what a report
// quotes of it, the cells of a row joined by 「 | 」.
std::string_view cell_text(std::string_view cell);

// The number of a cell that only numbers its row, as a list's 「No.」 column
// does: 「3」「3.」「(3)」「③」「No.3」「3-2」 (the number before the branch);
// none for any other cell, or past 999 (a year is content).
std::optional<int> row_number(std::string_view normalized_cell);

// A Markdown table's delimiter row 「|---|:--:|」: no content of its own.
bool is_delimiter_row(std::string_view line);

}  // namespace nendiff::text
