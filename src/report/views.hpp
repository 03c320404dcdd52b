// Internal: one function per report format; report.cpp dispatches to them.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "nendiff/report.hpp"
#include "util/module.hpp"

namespace nendiff::detail {

void write_comparison_text(const Comparison& c, std::ostream& out, const ReportOptions& o);
// Every unit, or those `only` lists (the summary counts all).
void write_comparison_json(const Comparison& c, std::ostream& out, const UnitFilter& only = {});
// 新旧対照表: one self-contained HTML page (new edition left unless o.old_left).
void write_comparison_html(const Comparison& c, std::ostream& out, const ReportOptions& o);
void write_comparison_markdown(const Comparison& c, std::ostream& out, const ReportOptions& o);
// UTF-8 with BOM, RFC 4180, one row per measure.
void write_comparison_csv(const Comparison& c, std::ostream& out, const ReportOptions& o);
// The workbook's bytes (libxlsxwriter writes through a temporary file).
void write_comparison_xlsx(const Comparison& c, std::ostream& out, const ReportOptions& o);
// The 新旧対照表 in the official form (taihyo.hpp): a Word document, a PDF.
void write_comparison_docx(const Comparison& c, std::ostream& out, const ReportOptions& o);
void write_comparison_pdf(const Comparison& c, std::ostream& out, const ReportOptions& o);
// `nendiff history -o x.pdf`: the lineage table on A4 landscape (nendiff-pdfout.so).
void write_history_pdf(const History& h, std::ostream& out);

// The table CSV and XLSX share: column names, then one row of cells per measure.
struct MeasureTable {
  std::vector<std::string> keys;     // the columns' English names (measure_columns)
  std::vector<std::string> columns;  // their headers in the report's language
  std::vector<std::vector<std::string>> rows;
  std::vector<const MeasureDiff*> diffs;  // each row's unit; nullptr for a change outside the units
};
// Statuses, yes/no and headers in the report's language (automatic resolved).
MeasureTable measure_table(const Comparison& c, const ReportOptions& o = {});

// The module that writes workbooks (util/module.hpp), and its table.
struct XlsxModule {
  ModuleHeader header;
  void (*write_comparison_xlsx)(const Comparison& c, const ReportOptions& o, std::ostream& out,
                                ModuleFailure& failure);
};
extern const ModuleSpec kXlsxModule;

// A module that writes one format of a comparison: Word (nendiff-docxout.so,
// libzip) and PDF (nendiff-pdfout.so, Pango and Cairo).
struct WriterModule {
  ModuleHeader header;
  void (*write_comparison)(const Comparison& c, const ReportOptions& o, std::ostream& out,
                           ModuleFailure& failure);
  // The lineage table of a history; nullptr in a module that does not write one (Word).
  void (*write_history)(const History& h, const ReportOptions& o, std::ostream& out,
                        ModuleFailure& failure);
};
extern const ModuleSpec kDocxWriterModule, kPdfWriterModule;

}  // namespace nendiff::detail
