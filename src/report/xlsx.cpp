// `nendiff compare --format xlsx`: the CSV table as an Excel workbook, with a
// summary sheet first. libxlsxwriter only writes to a file name, so the
// workbook goes through a temporary file and its bytes to `out`. Built as the
// module nendiff-xlsx.so (module.hpp): libxlsxwriter loads only for workbooks.
#include <xlsxwriter.h>

#include <boost/filesystem.hpp>
#include <algorithm>
#include <map>
#include <sstream>

#include "nendiff/error.hpp"
#include "report/labels.hpp"
#include "report/layout.hpp"
#include "report/rows.hpp"
#include "report/temp_dir.hpp"
#include "report/views.hpp"
#include "report/xlsx_parts.hpp"
#include "util/module.hpp"

namespace fs = boost::filesystem;

namespace nendiff::detail {
namespace {

// A fixed creation date keeps the output byte-for-byte reproducible
// (libxlsxwriter stamps the current time otherwise): 2000-01-01T00:00:00Z.
constexpr time_t kCreated = 946684800;

lxw_format* status_format(lxw_workbook* wb, lxw_color_t fill) {
  lxw_format* f = workbook_add_format(wb);
  format_set_bg_color(f, fill);
  format_set_bold(f);
  format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
  return f;
}

Formats make_formats(lxw_workbook* wb) {
  Formats f;
  f.header = workbook_add_format(wb);
  format_set_bold(f.header);
  format_set_bg_color(f.header, 0xD9E1F2);
  format_set_text_wrap(f.header);
  format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
  f.text = workbook_add_format(wb);
  format_set_text_wrap(f.text);
  format_set_align(f.text, LXW_ALIGN_VERTICAL_TOP);
  f.title = workbook_add_format(wb);
  format_set_bold(f.title);
  format_set_font_size(f.title, 14);
  f.deleted = workbook_add_format(wb);
  format_set_font_color(f.deleted, 0xC00000);
  format_set_font_strikeout(f.deleted);
  f.inserted = workbook_add_format(wb);
  format_set_font_color(f.inserted, 0x006100);
  format_set_underline(f.inserted, LXW_UNDERLINE_SINGLE);
  // By the status cell's text, in either language.
  const std::pair<Status, lxw_color_t> fills[] = {{Status::changed, 0xFFE699}, {Status::added, 0xC6EFCE},
                                                  {Status::dropped, 0xFFC7CE}, {Status::unchanged, 0xEDEDED}};
  for (const auto& [status, fill] : fills) {
    lxw_format* format = status_format(wb, fill);
    f.status[std::string(status_label(status).en)] = format;
    f.status[std::string(status_label(status).ja)] = format;
  }
  return f;
}

bool all_digits(const std::string& s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos;
}

void write_cell(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const std::string& cell,
                lxw_format* format) {
  if (all_digits(cell) && cell.size() < 10)
    worksheet_write_number(ws, row, col, std::stod(cell), format);
  else if (!cell.empty())
    worksheet_write_string(ws, row, col, cell.c_str(), format);
}

// Column widths in characters, by column name; long texts get wide columns.
double width_of(const std::string& column) {
  if (column == "old_text" || column == "new_text") return 60;
  if (column.rfind("commitments", 0) == 0 || column == "section" || column == "stale") return 36;
  if (column == "figures") return 20;
  if (column.rfind("ministries", 0) == 0 || column.find("label") != std::string::npos) return 16;
  return 10;
}

// The table CSV has too, its rewritten sentences as rich text.
void write_measures(lxw_workbook* wb, const Formats& f, const Comparison& c, const MeasureTable& t,
                    bool show_rolls) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, "対照表 Measures");
  std::vector<std::pair<std::string, double>> columns;
  for (size_t i = 0; i < t.columns.size(); ++i) columns.push_back({t.columns[i], width_of(t.keys[i])});
  start_sheet(ws, f, columns, static_cast<lxw_row_t>(t.rows.size()));
  const auto rewrites = static_cast<size_t>(
      std::find(t.keys.begin(), t.keys.end(), "commitments_rewritten") - t.keys.begin());
  for (size_t r = 0; r < t.rows.size(); ++r) {
    const std::vector<std::string>& row = t.rows[r];
    const auto at = static_cast<lxw_row_t>(r + 1);
    for (size_t col = 0; col < row.size(); ++col) {
      if (col == rewrites && t.diffs[r] &&
          write_rewrites(ws, at, static_cast<lxw_col_t>(col), f, QuotedPair(c, *t.diffs[r]),
                         *t.diffs[r], show_rolls))
        continue;
      auto coloured = f.status.find(row[col]);
      lxw_format* format = col == 0 && coloured != f.status.end() ? coloured->second : f.text;
      write_cell(ws, at, static_cast<lxw_col_t>(col), row[col], format);
    }
  }
}

void write_rows(lxw_worksheet* ws, lxw_row_t& row, const Formats& f, const Comparison& c) {
  const Summary n = c.summary();
  for (const SummaryCount& s : summary_counts(unit_kind(c))) {
    worksheet_write_string(ws, row, 0, en_ja(s.label).c_str(), f.text);
    worksheet_write_number(ws, row++, 1, n.*s.field, nullptr);
  }
}

// Measures per status under each top-level section, in document order.
void write_sections(lxw_worksheet* ws, lxw_row_t& row, const Formats& f, const Comparison& c) {
  const Label columns[] = {status_label(Status::changed), status_label(Status::added),
                           status_label(Status::dropped), words::moved,
                           status_label(Status::unchanged)};
  worksheet_write_string(ws, row, 0, en_ja(words::section).c_str(), f.header);
  for (lxw_col_t i = 0; i < 5; ++i)
    worksheet_write_string(ws, row, i + 1, std::string(columns[i].en).c_str(), f.header);
  ++row;
  for (const auto& [section, n] : top_section_counts(measure_rows(c))) {
    worksheet_write_string(ws, row, 0, section.c_str(), f.text);
    lxw_col_t col = 1;
    for (int count : {n.changed, n.added, n.dropped, n.moved, n.unchanged})
      worksheet_write_number(ws, row, col++, count, nullptr);
    ++row;
  }
}

// The editions, the profile they were read with (and the notice when none
// fits), the counts, the counts per section.
void write_summary(lxw_workbook* wb, const Formats& f, const Comparison& c) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, "概要 Summary");
  worksheet_set_column(ws, 0, 0, 48, nullptr);
  worksheet_set_column(ws, 1, 6, 12, nullptr);
  worksheet_write_string(ws, 0, 0, "新旧対照表 Comparison", f.title);
  const UnitWords& unit = unit_words(unit_kind(c));
  auto edition = [](const Label& side, const Document& d) {
    return ja_en(side) + ": " + d.title + " (" + d.path + ")";
  };
  worksheet_write_string(ws, 1, 0, edition(unit.old_side, c.old_doc).c_str(), nullptr);
  worksheet_write_string(ws, 2, 0, edition(unit.new_side, c.new_doc).c_str(), nullptr);
  const std::string profile = ja_en(words::profile) + ": " + profile_text(c);
  worksheet_write_string(ws, 3, 0, profile.c_str(), nullptr);
  lxw_row_t row = 4;
  for (const Label& l : comparison_notices(c)) worksheet_write_string(ws, row++, 0, notice(l).c_str(), f.header);
  row++;
  worksheet_write_string(ws, row, 0, ja_en(unit.units).c_str(), f.header);
  worksheet_write_string(ws, row++, 1, ja_en(words::count).c_str(), f.header);
  write_rows(ws, row, f, c);
  row++;
  write_sections(ws, row, f, c);
}

void build_workbook(const Comparison& c, const ReportOptions& o, const std::string& path) {
  lxw_workbook* wb = workbook_new(path.c_str());
  if (!wb) throw Error("cannot create the workbook " + path);
  lxw_doc_properties props = {};
  props.title = const_cast<char*>("新旧対照表 Comparison");
  props.created = kCreated;
  workbook_set_properties(wb, &props);
  Formats f = make_formats(wb);
  write_summary(wb, f, c);
  write_measures(wb, f, c, measure_table(c, o), o.show_rolls);
  write_stale_sheet(wb, f, c);
  write_figures_sheet(wb, f, c, o.only);
  lxw_error e = workbook_close(wb);
  if (e != LXW_NO_ERROR) throw Error("cannot write the workbook: " + std::string(lxw_strerror(e)));
}

// The workbook's bytes to `out` (detail::write_comparison_xlsx in the library).
void write_workbook(const Comparison& c, const ReportOptions& o, std::ostream& out) {
  in_temp_dir([&](const fs::path& dir) {
    build_workbook(c, o, (dir / "report.xlsx").string());
    copy_file_to(dir / "report.xlsx", out);
  });
}

}  // namespace
}  // namespace nendiff::detail

NENDIFF_MODULE_ENTRY const nendiff::detail::ModuleHeader* nendiff_xlsx_module() {
  using namespace nendiff::detail;
  static const XlsxModule table{{kModuleAbi}, &Caught<&write_workbook>::call};
  return &table.header;
}
