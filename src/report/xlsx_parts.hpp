// Internal to the Excel module (xlsx.cpp, xlsx_sheets.cpp): the cell formats
// the sheets share and the sheets beyond the summary and the measures.
#pragma once

#include <xlsxwriter.h>

#include <map>
#include <string>

#include "nendiff/compare.hpp"
#include "nendiff/report.hpp"
#include "report/quoted.hpp"

namespace nendiff::detail {

struct Formats {
  lxw_format* header;
  lxw_format* text;      // wrapped, top-aligned
  lxw_format* title;
  lxw_format* deleted;   // red, struck through (a rewritten sentence's old words)
  lxw_format* inserted;  // underlined (its new words)
  std::map<std::string, lxw_format*> status;  // status name → coloured cell
};

// A header row of `columns` (ja and en), widths in characters, frozen and filtered.
void start_sheet(lxw_worksheet* ws, const Formats& f,
                 const std::vector<std::pair<std::string, double>>& columns, lxw_row_t rows);

// Every stale finding of the new edition, front matter included.
void write_stale_sheet(lxw_workbook* wb, const Formats& f, const Comparison& c);
// Every figure that changed, with its unit and both values.
void write_figures_sheet(lxw_workbook* wb, const Formats& f, const Comparison& c, const UnitFilter& only);
// A unit's rewritten sentences as rich text, one per line: deleted words red
// and struck through, inserted ones underlined, a rolled year as 2023→2024
// (as edits with show_rolls), quoted from the units. False when it has none
// (the cell stays plain).
bool write_rewrites(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const Formats& f,
                    const QuotedPair& quoted, const MeasureDiff& d, bool show_rolls);

}  // namespace nendiff::detail
