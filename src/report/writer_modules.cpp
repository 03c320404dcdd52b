// The Excel, Word and PDF writers are modules (util/module.hpp): these
// forwarders keep write_comparison_xlsx() & co. what report.cpp calls.
#include "report/views.hpp"

namespace nendiff::detail {

const ModuleSpec kXlsxModule{"nendiff-xlsx.so", "nendiff_xlsx_module", "writing Excel (.xlsx)"};

// The output file is the caller's: the report is named by what it is.
void write_comparison_xlsx(const Comparison& c, std::ostream& out, const ReportOptions& o) {
  module_table<XlsxModule>(kXlsxModule, "xlsx report").write_comparison_xlsx(c, o, out);
}

const ModuleSpec kDocxWriterModule{"nendiff-docxout.so", "nendiff_docxout_module",
                                   "writing Word (.docx)"};
const ModuleSpec kPdfWriterModule{"nendiff-pdfout.so", "nendiff_pdfout_module", "writing PDF"};

// module_table() keeps one table per type: each writer gets its own.
template <int>
struct WriterOf : WriterModule {};

void write_comparison_docx(const Comparison& c, std::ostream& out, const ReportOptions& o) {
  module_table<WriterOf<0>>(kDocxWriterModule, "docx report").write_comparison(c, o, out);
}

void write_comparison_pdf(const Comparison& c, std::ostream& out, const ReportOptions& o) {
  module_table<WriterOf<1>>(kPdfWriterModule, "pdf report").write_comparison(c, o, out);
}

void write_history_pdf(const History& h, std::ostream& out) {
  module_table<WriterOf<1>>(kPdfWriterModule, "pdf report").write_history(h, ReportOptions{}, out);
}

}  // namespace nendiff::detail
