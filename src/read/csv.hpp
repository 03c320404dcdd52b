// Internal: a CSV file (a spreadsheet saved as CSV: a 工程表, a list of
// measures with their ministries and targets) is a table by its name. Its
// records are read by RFC 4180 — cells parted by commas, a cell in double
// quotes may hold commas, quotes 「""」 and line breaks — not by guessing at
// commas, which prose holds too (「，」 is many a ministry's 読点).
#pragma once

#include "nendiff/read.hpp"

namespace nendiff::detail {

// Rewrites text.utf8 a record a line, its cells parted by tabs as a table's
// rows are, and marks every record with text in it as a row. A record whose
// quoted cell ran over lines stands on its first line, its other lines left
// blank: every record keeps the number of the line it starts on. A tab or a
// line break inside a cell is a space.
void read_csv(DecodedText& text);

}  // namespace nendiff::detail
