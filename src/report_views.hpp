// Internal: one function per report format; report.cpp dispatches to them.
#pragma once

#include <ostream>

#include "nendiff/report.hpp"

namespace nendiff::detail {

void write_comparison_text(const Comparison& c, std::ostream& out, const ReportOptions& o);
void write_comparison_json(const Comparison& c, std::ostream& out);

}  // namespace nendiff::detail
