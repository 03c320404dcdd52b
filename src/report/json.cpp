// `nendiff compare --format json`: the v1 contract of docs/report-json-v1.md.
#include <cmath>
#include <nlohmann/json.hpp>

#include "report/json_printer.hpp"
#include "report/json.hpp"
#include "report/views.hpp"

namespace nendiff::detail {
namespace {

using nlohmann::json;

json edition_json(const Document& d) {
  return {{"path", d.path}, {"year", d.edition_year}, {"title", d.title}, {"encoding", d.encoding}};
}

json summary_json(const Summary& s) {
  return {{"unchanged", s.unchanged},
          {"changed", s.changed},
          {"added", s.added},
          {"dropped", s.dropped},
          {"moved", s.moved},
          {"numbers", s.numbers},
          {"commitments_added", s.commitments_added},
          {"commitments_dropped", s.commitments_dropped},
          {"commitments_rewritten", s.commitments_rewritten},
          {"tag_changes", s.tag_changes},
          {"stale", s.stale}};
}

// The measures are most of the report: written straight out, no json tree.
using Writer = JsonPrinter::Writer;

const std::string* tag_of(const Measure& m) { return m.tag ? &m.tag->raw : nullptr; }

void write_side(Writer& w, const Measure* side) {
  if (!side) return void(w.null());
  const Measure& m = *side;
  w.start_object().key("line").integer(m.line).key("ministries").start_object();
  w.key("lead").strings(m.tag ? m.tag->leads() : std::vector<std::string>{});
  w.key("others").strings(m.tag ? m.tag->others() : std::vector<std::string>{});
  w.end_object();
  if (m.page > 0) w.key("page").integer(m.page);  // PDF inputs: where a reader finds it
  w.key("section").strings(m.section_path).key("tag").string_or_null(tag_of(m));
  w.key("text").string(m.text).end_object();
}

void write_numbers(Writer& w, const std::vector<NumberChange>& numbers) {
  w.start_array();
  for (const NumberChange& n : numbers)
    w.start_object().key("new").string(n.new_raw).key("new_value").number(n.new_value)
        .key("old").string(n.old_raw).key("old_value").number(n.old_value)
        .key("unit").string(n.unit).end_object();
  w.end_array();
}

void write_commitments(Writer& w, const MeasureDiff& d) {
  w.start_object().key("added").start_array();
  for (const Commitment& c : d.commitments_added) w.string(c.sentence);
  w.end_array().key("dropped").start_array();
  for (const Commitment& c : d.commitments_dropped) w.string(c.sentence);
  w.end_array().key("rewritten").start_array();
  for (const Rewrite& r : d.rewritten)
    w.start_object().key("new").string(r.new_sentence).key("old").string(r.old_sentence).end_object();
  w.end_array().end_object();
}

void write_measure_diff(Writer& w, const Comparison& c, const MeasureDiff& d) {
  w.start_object().key("commitments");
  write_commitments(w, d);
  w.key("moved").boolean(d.moved).key("new");
  write_side(w, c.new_measure(d));
  w.key("numbers");
  write_numbers(w, d.numbers);
  w.key("old");
  write_side(w, c.old_measure(d));
  w.key("similarity").number(std::round(d.similarity * 1000) / 1000);
  w.key("status").string(status_name(d.status));
  if (d.tag_changed) {
    const Measure& o = *c.old_measure(d);
    const Measure& n = *c.new_measure(d);
    w.key("tags").start_object().key("new").string_or_null(tag_of(n));
    w.key("old").string_or_null(tag_of(o)).end_object();
  }
  w.end_object();
}

json section_change_json(const Comparison& c, const SectionChange& s) {
  auto heading = [](const Section* s) { return s ? json(s->heading) : json(nullptr); };
  auto line = [](const Section* s) { return s ? json(s->line) : json(nullptr); };
  return {{"kind", section_change_name(s.kind)},
          {"old", heading(c.old_section(s))},
          {"new", heading(c.new_section(s))},
          {"old_line", line(c.old_section(s))},
          {"new_line", line(c.new_section(s))}};
}

}  // namespace

// Members in key order, as nlohmann's sorted objects hold them.
void write_comparison_json(const Comparison& c, std::ostream& out) {
  JsonPrinter p(out);
  p.array_member_written("measures", c.measures,
                         [&](Writer& w, const MeasureDiff& d) { write_measure_diff(w, c, d); });
  p.member("new", edition_json(c.new_doc));
  p.member("old", edition_json(c.old_doc));
  p.array_member("sections", c.sections,
                 [&](const SectionChange& s) { return section_change_json(c, s); });
  p.array_member("stale", c.stale, [&](const StaleFinding& f) {
    json finding = finding_json(f);
    if (int page = c.new_doc.page_of(f.line)) finding["page"] = page;
    return finding;
  });
  p.member("summary", summary_json(c.summary()));
  p.member("version", 1);
  p.finish();
}

}  // namespace nendiff::detail
