// `nendiff history --format json`: every lineage with its line and status in
// each edition, the figure series, and every commitment's follow-through.
// Editions are named by their year throughout.
#include <cmath>
#include <map>
#include <numeric>
#include <nlohmann/json.hpp>

#include "report/json_printer.hpp"
#include "nendiff/report.hpp"

namespace nendiff::detail {
namespace {

using nlohmann::json;

int year_at(const History& h, size_t edition) { return h.years[edition]; }

// Before its first edition a measure is "absent"; in the edition after its
// last it is "dropped".
json step_json(const History& h, const Lineage& l, size_t e) {
  json j = {{"year", year_at(h, e)}};
  const Measure* m = h.measure_in(l, e);
  if (!m) {
    j["line"] = nullptr;
    j["status"] = e == l.last + 1 ? "dropped" : "absent";
    return j;
  }
  const LineageStep& s = l.steps[e];
  j["line"] = m->line;
  j["status"] = e == l.first ? "added" : status_name(s.status);
  j["moved"] = s.moved;
  j["tag_changed"] = s.tag_changed;
  j["same_text"] = e != l.first && s.same_text;
  return j;
}

json lineage_json(const History& h, size_t id) {
  const Lineage& l = h.lineages[id];
  const Measure& latest = h.latest(l);
  json steps = json::array(), changed = json::array(), moved = json::array(),
       carried = json::array();
  for (size_t e = 0; e < h.editions.size(); ++e) {
    steps.push_back(step_json(h, l, e));
    if (e <= l.first || e > l.last) continue;
    const LineageStep& s = l.steps[e];
    (s.same_text ? carried : changed).push_back(year_at(h, e));
    if (s.moved) moved.push_back(year_at(h, e));
  }
  return {{"id", id},
          {"first", year_at(h, l.first)},
          {"last", year_at(h, l.last)},
          {"changed_in", changed},
          {"moved_in", moved},
          {"carried_over_in", carried},
          {"repeated", l.repeated},
          {"section", latest.section_path},
          {"text", latest.text},
          {"steps", steps}};
}

json series_json(const History& h, const FigureSeries& s) {
  json points = json::array();
  for (const FigurePoint& p : s.points)
    points.push_back(
        {{"year", year_at(h, p.edition)}, {"value", p.value}, {"raw", p.raw}, {"line", p.line}});
  return {{"lineage", s.lineage},
          {"label", s.label},
          {"unit", s.unit},
          {"changes", s.changes()},
          {"points", points}};
}

json follow_up_json(const History& h, const FollowUp& f) {
  return {{"from", year_at(h, f.edition)},
          {"to", year_at(h, f.edition + 1)},
          {"lineage", f.lineage},
          {"line", f.line},
          {"commitment", f.commitment},
          {"year", f.year ? json(f.year) : json(nullptr)},
          {"result", follow_through_name(f.result)},
          {"evidence", f.evidence.empty() ? json(nullptr) : json(f.evidence)},
          {"evidence_line", f.evidence_line ? json(f.evidence_line) : json(nullptr)},
          {"evidence_lineage", f.evidence_lineage ? json(*f.evidence_lineage) : json(nullptr)},
          {"score", std::round(f.score * 1000) / 1000},
          {"stale", f.stale}};
}

json summary_json(const History& h) {
  int everywhere = 0, repeated = 0;
  for (const Lineage& l : h.lineages) {
    everywhere += l.first == 0 && l.last + 1 == h.editions.size();
    repeated += l.repeated > 0;
  }
  std::map<std::string, int> results;
  for (const FollowUp& f : h.follow_ups) ++results[follow_through_name(f.result)];
  int changing = 0;
  for (const FigureSeries& s : h.series) changing += s.changes() > 0;
  return {{"lineages", h.lineages.size()},
          {"in_every_edition", everywhere},
          {"carried_over", repeated},
          {"series", h.series.size()},
          {"series_changing", changing},
          {"commitments", h.follow_ups.size()},
          {"done", results["done"]},
          {"continued", results["continued"]},
          {"rolled_over", results["rolled_over"]},
          {"dropped", results["dropped"]}};
}

}  // namespace

// Members in sorted key order (JsonPrinter): lineages, series and follow-ups
// one at a time, as a history over many editions runs long.
void write_history_json(const History& h, std::ostream& out) {
  std::vector<size_t> editions(h.editions.size()), lineages(h.lineages.size());
  std::iota(editions.begin(), editions.end(), 0);
  std::iota(lineages.begin(), lineages.end(), 0);
  JsonPrinter p(out);
  p.array_member("editions", editions, [&](size_t e) -> json {
    const Document& d = h.editions[e];
    return {{"year", h.years[e]}, {"path", d.path}, {"title", d.title},
            {"encoding", d.encoding}, {"measures", d.measures.size()}};
  });
  p.array_member("follow_through", h.follow_ups, [&](const FollowUp& f) { return follow_up_json(h, f); });
  p.member("kind", "history");
  p.array_member("lineages", lineages, [&](size_t i) { return lineage_json(h, i); });
  p.array_member("series", h.series, [&](const FigureSeries& s) { return series_json(h, s); });
  p.member("summary", summary_json(h));
  p.member("version", 1);
  p.finish();
}

}  // namespace nendiff::detail
