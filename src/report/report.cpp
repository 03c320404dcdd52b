// `nendiff compare`: each format's view of a Comparison.
#include <ostream>

#include "nendiff/error.hpp"
#include "nendiff/report.hpp"
#include "report/views.hpp"

namespace nendiff {

void write_comparison(const Comparison& c, Format f, std::ostream& out,
                      const ReportOptions& options) {
  switch (f) {
    case Format::text: return detail::write_comparison_text(c, out, options);
    case Format::json: return detail::write_comparison_json(c, out, options.only);
    case Format::html: return detail::write_comparison_html(c, out, options);
    case Format::markdown: return detail::write_comparison_markdown(c, out, options);
    case Format::csv: return detail::write_comparison_csv(c, out, options);
    case Format::xlsx: return detail::write_comparison_xlsx(c, out, options);
    case Format::docx: return detail::write_comparison_docx(c, out, options);
    case Format::pdf: return detail::write_comparison_pdf(c, out, options);
  }
  throw Error("unknown report format");
}

}  // namespace nendiff
