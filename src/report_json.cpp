// `nendiff compare --format json`: the v1 contract of docs/report-json-v1.md.
#include <cmath>
#include <nlohmann/json.hpp>

#include "json_printer.hpp"
#include "report_json.hpp"
#include "report_views.hpp"

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

json side_json(const Document& d, int index) {
  if (index < 0) return nullptr;
  const Measure& m = d.measures[static_cast<size_t>(index)];
  json side = {{"line", m.line},
               {"section", m.section_path},
               {"text", m.text},
               {"ministries", ministries_json(m.tag)},
               {"tag", m.tag ? json(m.tag->raw) : json(nullptr)}};
  if (m.page > 0) side["page"] = m.page;  // PDF inputs: where a reader finds it
  return side;
}

json numbers_json(const std::vector<NumberChange>& numbers) {
  json out = json::array();
  for (const NumberChange& n : numbers)
    out.push_back({{"old", n.old_raw},
                   {"new", n.new_raw},
                   {"old_value", n.old_value},
                   {"new_value", n.new_value},
                   {"unit", n.unit}});
  return out;
}

json commitments_json(const MeasureDiff& d) {
  json added = json::array(), dropped = json::array(), rewritten = json::array();
  for (const Commitment& c : d.commitments_added) added.push_back(c.sentence);
  for (const Commitment& c : d.commitments_dropped) dropped.push_back(c.sentence);
  for (const Rewrite& r : d.rewritten)
    rewritten.push_back({{"old", r.old_sentence}, {"new", r.new_sentence}});
  return {{"added", added}, {"dropped", dropped}, {"rewritten", rewritten}};
}

json measure_diff_json(const Comparison& c, const MeasureDiff& d) {
  json j = {{"status", status_name(d.status)},
            {"moved", d.moved},
            {"similarity", std::round(d.similarity * 1000) / 1000},
            {"old", side_json(c.old_doc, d.old_index)},
            {"new", side_json(c.new_doc, d.new_index)},
            {"numbers", numbers_json(d.numbers)},
            {"commitments", commitments_json(d)}};
  if (d.tag_changed) {
    const Measure& o = c.old_doc.measures[static_cast<size_t>(d.old_index)];
    const Measure& n = c.new_doc.measures[static_cast<size_t>(d.new_index)];
    j["tags"] = {{"old", o.tag ? json(o.tag->raw) : json(nullptr)},
                 {"new", n.tag ? json(n.tag->raw) : json(nullptr)}};
  }
  return j;
}

json section_change_json(const Comparison& c, const SectionChange& s) {
  auto heading = [](const Document& d, int i) {
    return i < 0 ? json(nullptr) : json(d.sections[static_cast<size_t>(i)].heading);
  };
  auto line = [](const Document& d, int i) {
    return i < 0 ? json(nullptr) : json(d.sections[static_cast<size_t>(i)].line);
  };
  return {{"kind", section_change_name(s.kind)},
          {"old", heading(c.old_doc, s.old_index)},
          {"new", heading(c.new_doc, s.new_index)},
          {"old_line", line(c.old_doc, s.old_index)},
          {"new_line", line(c.new_doc, s.new_index)}};
}

}  // namespace

// Members in key order, as nlohmann's sorted objects hold them.
void write_comparison_json(const Comparison& c, std::ostream& out) {
  JsonPrinter p(out);
  p.array_member("measures", c.measures, [&](const MeasureDiff& d) { return measure_diff_json(c, d); });
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
