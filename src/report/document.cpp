// `nendiff parse`: a parsed edition as text (an outline) or JSON, headed by
// the profile it was read with and the share of its text in units.

#include "nendiff/report.hpp"
#include "report/json.hpp"
#include "report/labels.hpp"
#include "report/layout.hpp"
#include "report/printable.hpp"
#include "report/quoted.hpp"
#include "report/util.hpp"

namespace nendiff {
namespace {

using detail::printable;

// The profile and how much of the text it placed; the notice when none fits,
// a warning when one unit holds most of the text.
void write_profile(const Document& d, std::ostream& out) {
  out << "  " << detail::words::profile.en << " " << printable(detail::profile_text(d.layout))
      << ", " << detail::percent(d.layout.coverage) << " " << detail::words::in_units.en << "\n";
  if (d.layout.generic) out << "  " << detail::notice(detail::words::generic_read) << "\n";
  if (detail::one_unit_dominates(d))
    out << "  " << detail::notice(detail::words::largest_unit) << " ("
        << detail::percent(d.layout.largest_unit) << ")\n";
}

void write_outline(const Document& d, std::ostream& out) {
  out << (d.title.empty() ? "(no title)" : printable(detail::quoted_title(d))) << "\n";
  out << "  edition year " << (d.edition_year ? std::to_string(d.edition_year) : "unknown")
      << (d.draft ? ", draft" : "") << ", encoding " << d.encoding << "\n";
  if (!d.date_text.empty())
    out << "  date L" << d.date_line << ": " << printable(detail::quoted_front(d, d.date_text)(0, d.date_text))
        << (d.date_blank ? " (blank)" : "")
        << "\n";
  write_profile(d, out);
  out << "  " << d.sections.size() << " sections, " << d.measures.size() << " "
      << detail::unit_words(detail::unit_kind(d)).units.en << "\n\n";
  size_t m = 0;
  for (size_t s = 0; s <= d.sections.size(); ++s) {
    int limit = s < d.sections.size() ? d.sections[s].line : d.line_count + 1;
    for (; m < d.measures.size() && d.measures[m].line < limit; ++m) {
      const Measure& measure = d.measures[m];
      out << detail::indent(measure.section_path.size()) << "L" << measure.line << " "
          << printable(measure.label.empty() ? "・" : measure.label.str() + " ")
          << printable(detail::excerpt(detail::quoted_text(measure), 40));
      if (measure.tag) out << " " << printable(detail::quoted_tag(measure));
      out << "\n";
    }
    if (s == d.sections.size()) break;
    const Section& section = d.sections[s];
    out << detail::indent(static_cast<size_t>(section.level - 1)) << "L" << section.line << " "
        << printable(detail::quoted_heading(section)) << "\n";
  }
}

}  // namespace

void write_document(const Document& d, Format f, std::ostream& out) {
  require_format(View::document, f);
  if (f == Format::json) return detail::write_document_json(d, out);
  write_outline(d, out);
}

}  // namespace nendiff
