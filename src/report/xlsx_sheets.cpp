// The workbook's sheets of findings and figures, and rewritten sentences as
// rich text: what a reviewer filters and sorts in Excel (issue 16, item 5).
#include <string>
#include <vector>

#include "report/labels.hpp"
#include "report/quoted.hpp"
#include "report/util.hpp"
#include "report/xlsx_parts.hpp"

namespace nendiff::detail {
namespace {

void write_text(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const std::string& s, const Formats& f) {
  if (!s.empty()) worksheet_write_string(ws, row, col, s.c_str(), f.text);
}

void write_line(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, int line) {
  if (line > 0) worksheet_write_number(ws, row, col, line, nullptr);
}

// Rich-text runs: consecutive pieces of one format merged, none empty
// (libxlsxwriter refuses an empty fragment).
class Runs {
 public:
  void add(lxw_format* format, std::string_view text) {
    if (text.empty()) return;
    if (!runs_.empty() && runs_.back().first == format) runs_.back().second += text;
    else runs_.push_back({format, std::string(text)});
  }
  bool write(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, lxw_format* cell) {
    if (runs_.empty()) return false;
    std::vector<lxw_rich_string_tuple> tuples(runs_.size());
    std::vector<lxw_rich_string_tuple*> pointers;
    for (size_t i = 0; i < runs_.size(); ++i) {
      tuples[i] = {runs_[i].first, const_cast<char*>(runs_[i].second.c_str())};
      pointers.push_back(&tuples[i]);
    }
    pointers.push_back(nullptr);
    // A single run is not rich text to libxlsxwriter: write it as a string.
    if (runs_.size() == 1) return worksheet_write_string(ws, row, col, runs_[0].second.c_str(), cell) == LXW_NO_ERROR;
    return worksheet_write_rich_string(ws, row, col, pointers.data(), cell) == LXW_NO_ERROR;
  }

 private:
  std::vector<std::pair<lxw_format*, std::string>> runs_;
};

}  // namespace

void start_sheet(lxw_worksheet* ws, const Formats& f,
                 const std::vector<std::pair<std::string, double>>& columns, lxw_row_t rows) {
  for (size_t i = 0; i < columns.size(); ++i) {
    const auto col = static_cast<lxw_col_t>(i);
    worksheet_set_column(ws, col, col, columns[i].second, f.text);
    worksheet_write_string(ws, 0, col, columns[i].first.c_str(), f.header);
  }
  worksheet_freeze_panes(ws, 1, 0);
  worksheet_autofilter(ws, 0, 0, rows, static_cast<lxw_col_t>(columns.size() - 1));
  worksheet_set_landscape(ws);
  worksheet_set_paper(ws, 9);  // A4
  worksheet_repeat_rows(ws, 0, 0);
}

void write_stale_sheet(lxw_workbook* wb, const Formats& f, const Comparison& c) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, "時点更新漏れ Stale");
  start_sheet(ws, f,
              {{"line", 8}, {"section", 36}, {"reason", 18}, {"text", 18}, {"sentence", 60},
               {"message_ja", 48}, {"message_en", 48}},
              static_cast<lxw_row_t>(c.stale.size()));
  lxw_row_t row = 1;
  for (const StaleFinding& s : c.stale) {
    const Measure* m = s.measure ? &c.new_doc.measures[*s.measure] : nullptr;
    write_line(ws, row, 0, s.line);
    write_text(ws, row, 1, m ? section_path_text(quoted_path(c.new_doc, *m)) : ja_en(words::front_matter), f);
    write_text(ws, row, 2, s.reason, f);
    const Quoted unit(m);
    const QuotedFinding q = quoted_finding(s, unit);
    write_text(ws, row, 3, q.phrase, f);
    write_text(ws, row, 4, unit.phrase(s.sentence), f);
    write_text(ws, row, 5, q.message_ja, f);
    write_text(ws, row++, 6, q.message_en, f);
  }
}

// A row a figure: those of the changes outside the units (a table's rows, the
// notes) first, as the measures' table lists them.
void write_figures_sheet(lxw_workbook* wb, const Formats& f, const Comparison& c, const UnitFilter& only) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, "数値の変更 Figures");
  const std::vector<const TextChange*> outside = listed_outside(c, only);
  size_t count = 0;
  for (const TextChange* t : outside) count += t->numbers.size();
  for (const MeasureDiff& d : c.measures) count += only.lists(d) ? d.numbers.size() : 0;
  start_sheet(ws, f,
              {{"section", 36}, {"old_line", 9}, {"new_line", 9}, {"old", 16}, {"new", 16},
               {"old_value", 14}, {"new_value", 14}, {"unit", 10}},
              static_cast<lxw_row_t>(count));
  lxw_row_t row = 1;
  auto write = [&](const std::string& section, ListView<NumberChange> numbers, const QuotedPair& quoted) {
    for (const NumberChange& n : numbers) {
      const QuotedFigure figure = quoted.figure(n);
      write_text(ws, row, 0, section, f);
      write_line(ws, row, 1, n.old_line);
      write_line(ws, row, 2, n.new_line);
      write_text(ws, row, 3, figure.old_raw, f);
      write_text(ws, row, 4, figure.new_raw, f);
      worksheet_write_number(ws, row, 5, n.old_value, nullptr);
      worksheet_write_number(ws, row, 6, n.new_value, nullptr);
      write_text(ws, row++, 7, n.unit, f);
    }
  };
  for (const TextChange* t : outside)
    write(ja_en(words::outside) + " › " + ja_en(outside_part_label(t->part)), t->numbers, QuotedPair(c, *t));
  for (const MeasureDiff& d : c.measures) {
    if (!only.lists(d) || d.numbers.empty()) continue;
    write(section_path_text(quoted_path(d.new_index ? c.new_doc : c.old_doc, c.shown(d))), d.numbers,
          QuotedPair(c, d));
  }
}

bool write_rewrites(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const Formats& f,
                    const QuotedPair& quoted, const MeasureDiff& d, bool show_rolls) {
  Runs runs;
  for (size_t i = 0; i < d.rewritten.size(); ++i) {
    if (i > 0) runs.add(nullptr, "\n");
    for (const QuotedEdit& e : quoted.script(d.rewritten[i], show_rolls)) {
      if (e.kind == TextEdit::deleted) runs.add(f.deleted, e.text);
      else if (e.kind == TextEdit::inserted) runs.add(f.inserted, e.text);
      else if (e.kind == TextEdit::rolled)
        runs.add(nullptr, std::string(e.old_text) + "→" + std::string(e.text));
      else runs.add(nullptr, e.text);
    }
  }
  return runs.write(ws, row, col, f.text);
}

}  // namespace nendiff::detail
