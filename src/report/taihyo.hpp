// Internal: the 新旧対照表 in the form ministries circulate, for the writers
// that lay out pages themselves (Word: docx.cpp, PDF: pdf.cpp). A title, the
// underline note, then a two-column table — the new edition and the old, each
// headed by its edition (「2024年版」, a law's 改正後 / 改正前), swapped with
// old_left — whose rows are section headings across both columns, units with
// their changed characters marked (marked.hpp), and 「（略）」 for each run of
// units left out; a short summary at the end. Text is printable() already.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "nendiff/report.hpp"
#include "report/marked.hpp"

namespace nendiff::detail {

struct TaihyoHead {
  std::string title;                    // 「健康・医療戦略 新旧対照表」
  std::string note;                     // （傍線部分は変更部分）
  std::string left_label, right_label;  // the columns' heads, in page order
};
TaihyoHead taihyo_head(const Comparison& c, const ReportOptions& o);

// A cell: its paragraphs (the unit's text, its ministry tag, a note).
using TaihyoCell = std::vector<MarkedText>;

struct TaihyoRow {
  enum Kind { heading_row, unit_row, elided_row } kind = unit_row;
  int level = 0;        // heading_row: the section's level (1 the top)
  std::string text;  // heading_row: its text, and how it changed; elided_row: 「（略）」
  TaihyoCell left, right;  // unit_row: the cells in page order
};

// The rows in order, one at a time (the table never sits in memory whole): by
// default the units that differ (or those o.only lists), o.full every unit.
void for_each_taihyo_row(const Comparison& c, const ReportOptions& o,
                         const std::function<void(const TaihyoRow&)>& row);

// The block after the table: a heading, then its lines — the counts by status,
// the figures changed, each stale finding.
struct TaihyoSummary {
  std::string heading;
  std::vector<std::string> counts;
  std::string stale_heading;
  std::vector<std::string> stale;
};
TaihyoSummary taihyo_summary(const Comparison& c);

// The paper's size in points (1/72 in), width first: landscape but a4_portrait.
struct PaperSize {
  double width = 0, height = 0;
};
PaperSize paper_size(Paper p);

}  // namespace nendiff::detail
