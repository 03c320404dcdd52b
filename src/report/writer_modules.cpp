// The Excel, Word and PDF writers are modules (util/module.hpp): these
// forwarders keep write_comparison_xlsx() & co. what report.cpp calls.
#include "report/views.hpp"

namespace nendiff::detail {

const ModuleSpec kXlsxModule{"nendiff-xlsx.so", "nendiff_xlsx_module", "writing Excel (.xlsx)"};

// The output file is the caller's: the report is named by what it is.
void write_comparison_xlsx(const Comparison& c, std::ostream& out, const ReportOptions& o) {
  const XlsxModule& module = module_table<XlsxModule>(kXlsxModule, "xlsx report");
  call_module([&](ModuleFailure& f) { module.write_comparison_xlsx(c, o, out, f); });
}

const ModuleSpec kDocxWriterModule{"nendiff-docxout.so", "nendiff_docxout_module",
                                   "writing Word (.docx)"};
const ModuleSpec kPdfWriterModule{"nendiff-pdfout.so", "nendiff_pdfout_module", "writing PDF"};

// module_table() keeps one table per type: each writer gets its own.
template <int>
struct WriterOf : WriterModule {};

void write_comparison_docx(const Comparison& c, std::ostream& out, const ReportOptions& o) {
  const WriterModule& module = module_table<WriterOf<0>>(kDocxWriterModule, "docx report");
  call_module([&](ModuleFailure& f) { module.write_comparison(c, o, out, f); });
}

void write_comparison_pdf(const Comparison& c, std::ostream& out, const ReportOptions& o) {
  const WriterModule& module = module_table<WriterOf<1>>(kPdfWriterModule, "pdf report");
  call_module([&](ModuleFailure& f) { module.write_comparison(c, o, out, f); });
}

void write_history_pdf(const History& h, std::ostream& out) {
  const WriterModule& module = module_table<WriterOf<1>>(kPdfWriterModule, "pdf report");
  call_module([&](ModuleFailure& f) { module.write_history(h, ReportOptions{}, out, f); });
}

}  // namespace nendiff::detail
