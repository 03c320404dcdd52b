// `nendiff history --format json`: every lineage with its line and status in
// each edition, the figure series, and every commitment's follow-through.
// Editions are named by their year throughout. Members in sorted key order;
// lineages, series and follow-ups one at a time, as a history over many
// editions runs long.
#include <cmath>
#include <map>
#include <numeric>

#include "nendiff/report.hpp"
#include "report/json.hpp"

namespace nendiff::detail {
namespace {

long long number_of(size_t n) { return static_cast<long long>(n); }

// Before its first edition a measure is "absent"; in the edition after its
// last it is "dropped".
void write_step(JsonWriter& w, const History& h, const Lineage& l, size_t e) {
  w.start_object().key("line");
  const Measure* m = h.measure_in(l, e);
  if (!m) {
    w.null().key("status").string(e == l.last + 1 ? "dropped" : "absent");
  } else {
    const LineageStep& s = l.steps[e];
    w.integer(m->line).key("moved").boolean(s.moved);
    w.key("same_text").boolean(e != l.first && s.same_text);
    w.key("status").string(e == l.first ? "added" : status_name(s.status));
    w.key("tag_changed").boolean(s.tag_changed);
  }
  w.key("year").integer(h.years[e]).end_object();
}

void write_lineage(JsonWriter& w, const History& h, size_t id) {
  const Lineage& l = h.lineages[id];
  std::vector<int> changed, moved, carried;
  for (size_t e = l.first + 1; e <= l.last; ++e) {
    const LineageStep& s = l.steps[e];
    (s.same_text ? carried : changed).push_back(h.years[e]);
    if (s.moved) moved.push_back(h.years[e]);
  }
  auto year = [](JsonWriter& w, int y) { w.integer(y); };
  w.start_object().key("carried_over_in").array(carried, year);
  w.key("changed_in").array(changed, year).key("first").integer(h.years[l.first]);
  w.key("id").integer(number_of(id)).key("last").integer(h.years[l.last]);
  w.key("moved_in").array(moved, year).key("repeated").integer(l.repeated);
  w.key("section").strings(h.latest(l).section_path).key("steps").start_array();
  for (size_t e = 0; e < h.editions.size(); ++e) write_step(w, h, l, e);
  w.end_array().key("text").string(h.latest(l).text).end_object();
}

void write_series(JsonWriter& w, const History& h, const FigureSeries& s) {
  w.start_object().key("changes").integer(s.changes()).key("label").string(s.label);
  w.key("lineage").integer(number_of(s.lineage));
  w.key("points").array(s.points, [&h](JsonWriter& w, const FigurePoint& p) {
    w.start_object().key("line").integer(p.line).key("raw").string(p.raw);
    w.key("value").number(p.value).key("year").integer(h.years[p.edition]).end_object();
  });
  w.key("unit").string(s.unit).end_object();
}

void write_follow_up(JsonWriter& w, const History& h, const FollowUp& f) {
  w.start_object().key("commitment").string(f.commitment);
  w.key("evidence").string_or_null(f.evidence.empty() ? nullptr : &f.evidence);
  w.key("evidence_line");
  f.evidence_line ? w.integer(f.evidence_line) : w.null();
  w.key("evidence_lineage");
  f.evidence_lineage ? w.integer(number_of(*f.evidence_lineage)) : w.null();
  w.key("from").integer(h.years[f.edition]).key("line").integer(f.line);
  w.key("lineage").integer(number_of(f.lineage));
  w.key("result").string(follow_through_name(f.result));
  w.key("score").number(std::round(f.score * 1000) / 1000).key("stale").boolean(f.stale);
  w.key("to").integer(h.years[f.edition + 1]).key("year");
  f.year ? w.integer(f.year) : w.null();
  w.end_object();
}

void write_summary(JsonWriter& w, const History& h) {
  int everywhere = 0, repeated = 0;
  for (const Lineage& l : h.lineages) {
    everywhere += l.first == 0 && l.last + 1 == h.editions.size();
    repeated += l.repeated > 0;
  }
  std::map<FollowThrough, int> results;
  for (const FollowUp& f : h.follow_ups) ++results[f.result];
  int changing = 0;
  for (const FigureSeries& s : h.series) changing += s.changes() > 0;
  w.start_object().key("carried_over").integer(repeated);
  w.key("commitments").integer(number_of(h.follow_ups.size()));
  w.key("continued").integer(results[FollowThrough::continued]);
  w.key("done").integer(results[FollowThrough::done]);
  w.key("dropped").integer(results[FollowThrough::dropped]);
  w.key("in_every_edition").integer(everywhere);
  w.key("lineages").integer(number_of(h.lineages.size()));
  w.key("rolled_over").integer(results[FollowThrough::rolled_over]);
  w.key("series").integer(number_of(h.series.size())).key("series_changing").integer(changing);
  w.end_object();
}

}  // namespace

void write_history_json(const History& h, std::ostream& out) {
  std::vector<size_t> editions(h.editions.size()), lineages(h.lineages.size());
  std::iota(editions.begin(), editions.end(), 0);
  std::iota(lineages.begin(), lineages.end(), 0);
  JsonWriter w(out);
  w.start_object().key("editions").array(editions, [&h](JsonWriter& w, size_t e) {
    const Document& d = h.editions[e];
    w.start_object().key("encoding").string(d.encoding);
    w.key("measures").integer(number_of(d.measures.size())).key("path").string(d.path);
    w.key("profile");
    write_profile(w, d.layout);
    w.key("title").string(d.title).key("year").integer(h.years[e]).end_object();
  });
  w.key("follow_through").array(h.follow_ups, [&h](JsonWriter& w, const FollowUp& f) {
    write_follow_up(w, h, f);
  });
  w.key("kind").string("history");
  w.key("lineages").array(lineages, [&h](JsonWriter& w, size_t i) { write_lineage(w, h, i); });
  w.key("series").array(h.series, [&h](JsonWriter& w, const FigureSeries& s) {
    write_series(w, h, s);
  });
  w.key("summary");
  write_summary(w, h);
  w.key("version").integer(1).end_object();
  w.finish();
}

}  // namespace nendiff::detail
