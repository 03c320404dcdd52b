// The Excel writer is a module (util/module.hpp): this forwarder keeps
// write_comparison_xlsx() what report.cpp calls.
#include "report/views.hpp"

namespace nendiff::detail {

const ModuleSpec kXlsxModule{"nendiff-xlsx.so", "nendiff_xlsx_module", "writing Excel (.xlsx)"};

// The output file is the caller's: the report is named by what it is.
void write_comparison_xlsx(const Comparison& c, std::ostream& out, const ReportOptions& o) {
  module_table<XlsxModule>(kXlsxModule, "xlsx report").write_comparison_xlsx(c, o, out);
}

}  // namespace nendiff::detail
