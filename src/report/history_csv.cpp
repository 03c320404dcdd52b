// `nendiff history --format csv`: one row per measure followed, for a
// spreadsheet: its line and status in each edition, how long its text has
// stood unchanged, and what became of its commitments. UTF-8 with a BOM,
// CRLF records, RFC 4180 quoting, formula-like cells defused (as compare's CSV).
#include <map>

#include "nendiff/report.hpp"
#include "report/labels.hpp"
#include "report/util.hpp"

namespace nendiff::detail {
namespace {


std::string step_status(const Lineage& l, size_t e) {
  const LineageStep& s = l.steps[e];
  if (!s.measure) return e == l.last + 1 ? "dropped" : "";
  std::string status = e == l.first ? "added" : s.same_text ? "same_text" : "changed";
  if (s.moved) status += "+moved";
  if (s.tag_changed) status += "+tag";
  return status;
}

std::vector<std::string> lineage_row(const History& h, size_t id,
                                     const std::map<FollowThrough, int>& results) {
  const Lineage& l = h.lineages[id];
  const Measure& latest = h.latest(l);
  std::vector<std::string> row = {std::to_string(id),
                                  std::to_string(h.years[l.first]),
                                  std::to_string(h.years[l.last]),
                                  std::to_string(l.repeated > 0 ? l.repeated + 1 : 0),
                                  section_path_text(latest.section_path),
                                  latest.text.str()};
  for (size_t e = 0; e < h.editions.size(); ++e) {
    const Measure* m = h.measure_in(l, e);
    row.push_back(m ? std::to_string(m->line) : "");
    row.push_back(step_status(l, e));
  }
  for (FollowThrough f : follow_through_results()) {
    auto it = results.find(f);
    row.push_back(std::to_string(it == results.end() ? 0 : it->second));
  }
  return row;
}

}  // namespace

void write_history_csv(const History& h, std::ostream& out) {
  std::vector<std::string> columns = lineage_columns();
  for (int year : h.years) {
    columns.push_back("line_" + std::to_string(year));
    columns.push_back("status_" + std::to_string(year));
  }
  for (FollowThrough f : follow_through_results())
    columns.push_back(std::string("commitments_") + follow_through_name(f));
  std::vector<std::map<FollowThrough, int>> results(h.lineages.size());
  for (const FollowUp& f : h.follow_ups) ++results[f.lineage][f.result];
  out << "\xEF\xBB\xBF";
  write_csv_record(columns, out);
  for (size_t i = 0; i < h.lineages.size(); ++i) write_csv_record(lineage_row(h, i, results[i]), out);
}

}  // namespace nendiff::detail
