// `nendiff history`: the format dispatch. Each view of a History lives in its
// own src/report/history_<format>.cpp.
#include "nendiff/report.hpp"
#include "report/views.hpp"

namespace nendiff {
namespace detail {

void write_history_text(const History& h, std::ostream& out);
void write_history_json(const History& h, std::ostream& out);
void write_history_html(const History& h, std::ostream& out);
void write_history_csv(const History& h, std::ostream& out);

}  // namespace detail

void write_history(const History& h, Format f, std::ostream& out) {
  require_format(View::history, f);
  switch (f) {
    case Format::text:
      return detail::write_history_text(h, out);
    case Format::json:
      return detail::write_history_json(h, out);
    case Format::html:
      return detail::write_history_html(h, out);
    case Format::csv:
      return detail::write_history_csv(h, out);
    case Format::pdf:
      return detail::write_history_pdf(h, out);
    default:
      return;  // refused above
  }
}

}  // namespace nendiff
