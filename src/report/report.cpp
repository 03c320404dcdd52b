// Format names, and each report format's view.
#include <boost/filesystem.hpp>
#include <ostream>

#include "nendiff/error.hpp"
#include "nendiff/report.hpp"
#include "report/views.hpp"

namespace fs = boost::filesystem;

namespace nendiff {

Format parse_format(const std::string& name) {
  if (name == "text" || name == "txt") return Format::text;
  if (name == "json") return Format::json;
  if (name == "md" || name == "markdown") return Format::markdown;
  if (name == "csv") return Format::csv;
  if (name == "xlsx") return Format::xlsx;
  if (name == "html" || name == "htm") return Format::html;
  throw Error("unknown format '" + name + "' (text, json, md, csv, xlsx, html)");
}

Format format_for_path(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  if (ext.empty()) return Format::text;
  try {
    return parse_format(ext.substr(1));
  } catch (const Error&) {
    return Format::text;
  }
}

void write_comparison(const Comparison& c, Format f, std::ostream& out,
                      const ReportOptions& options) {
  switch (f) {
    case Format::text: return detail::write_comparison_text(c, out, options);
    case Format::json: return detail::write_comparison_json(c, out);
    case Format::html: return detail::write_comparison_html(c, out, options);
    case Format::markdown: return detail::write_comparison_markdown(c, out);
    case Format::csv: return detail::write_comparison_csv(c, out);
    case Format::xlsx: return detail::write_comparison_xlsx(c, out);
  }
  throw Error("unknown report format");
}

}  // namespace nendiff
