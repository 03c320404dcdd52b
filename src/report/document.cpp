// `nendiff parse`: a parsed edition as text (an outline) or JSON.

#include "nendiff/report.hpp"
#include "report/json.hpp"
#include "report/printable.hpp"
#include "report/util.hpp"

namespace nendiff {
namespace {

using detail::printable;

void write_outline(const Document& d, std::ostream& out) {
  out << (d.title.empty() ? "(no title)" : printable(d.title)) << "\n";
  out << "  edition year " << (d.edition_year ? std::to_string(d.edition_year) : "unknown")
      << (d.draft ? ", draft" : "") << ", encoding " << d.encoding << "\n";
  if (!d.date_text.empty())
    out << "  date L" << d.date_line << ": " << printable(d.date_text) << (d.date_blank ? " (blank)" : "")
        << "\n";
  out << "  " << d.sections.size() << " sections, " << d.measures.size() << " measures\n\n";
  size_t m = 0;
  for (size_t s = 0; s <= d.sections.size(); ++s) {
    int limit = s < d.sections.size() ? d.sections[s].line : d.line_count + 1;
    for (; m < d.measures.size() && d.measures[m].line < limit; ++m) {
      const Measure& measure = d.measures[m];
      out << detail::indent(measure.section_path.size()) << "L" << measure.line << " ・"
          << printable(detail::excerpt(measure.text, 40));
      if (measure.tag) out << " " << printable(measure.tag->raw);
      out << "\n";
    }
    if (s == d.sections.size()) break;
    const Section& section = d.sections[s];
    out << detail::indent(static_cast<size_t>(section.level - 1)) << "L" << section.line << " "
        << printable(section.heading) << "\n";
  }
}

}  // namespace

void write_document(const Document& d, Format f, std::ostream& out) {
  require_format(View::document, f);
  if (f == Format::json) return detail::write_document_json(d, out);
  write_outline(d, out);
}

}  // namespace nendiff
