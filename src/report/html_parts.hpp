// Internal: the pieces of the 新旧対照表 (html.cpp lays them out on the page).
// Every piece of document text goes through html_escape; ids are built from
// line numbers only.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "nendiff/report.hpp"
#include "report/labels.hpp"
#include "report/quoted.hpp"
#include "report/rows.hpp"

namespace nendiff::detail::html {

// ---- html_rows.cpp: the table's rows ----------------------------------------------

// One side of an edit script: what stayed plus what was inserted (the new
// side, <ins>) or deleted (the old side, <del>); the side's text starts at
// byte `offset` of what `quoted` quotes (a unit's sentence; outside the units
// nothing).
std::string edits_html(ListView<TextEdit> edits, bool new_side, const Quoted& quoted,
                       size_t offset = 0);
// The new side's cells and the old side's, in the order the page shows them.
std::string pair_cells(const std::string& new_cells, const std::string& old_cells, bool old_left);
// A measure's row: status badges, then each side's line and its text with the
// differences marked.
std::string measure_row(const Row& r, bool old_left);
// Where a moved measure used to stand: the old text, linking to its new place.
std::string ghost_row(const Row& r, bool old_left);
// A change outside the units (a title, a footnote): its part, then each
// side's line and text with the differences marked.
std::string outside_row(const Comparison& c, const TextChange& t, bool old_left);

// ---- html_contents.cpp: section headings and the table of contents ----------------

struct TocEntry {
  Heading heading;
  int differences = 0;  // rows under it that differ
};

// Writes the table body (rows under heading rows) to `out`, or only counts when
// `out` is null, and gives the table of contents. The page shows the contents
// above the table, so it runs twice: the body never sits in memory whole.
std::vector<TocEntry> write_body(const Comparison& c, const std::vector<Row>& rows, bool old_left,
                                 std::ostream* out);
std::string toc_html(const std::vector<TocEntry>& toc);

// ---- html_summary.cpp: what stands above the table ---------------------------------

std::string cards_html(const Comparison& c);
// A stacked bar per top-level section: changed, added, dropped, unchanged.
std::string chart_svg(const std::vector<Row>& rows);
// Units per ministry named in their tags; empty when no unit has a tag.
std::string ministries_html(const std::vector<Row>& rows, const Label& units);
std::string section_changes_html(const Comparison& c);
std::string stale_html(const Comparison& c);
// The filter buttons, and the toggle that shows rolled years as edits.
std::string filters_html(const Comparison& c, const std::vector<Row>& rows, const ReportOptions& o);

}  // namespace nendiff::detail::html
