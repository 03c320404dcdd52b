// `nendiff compare --format json`: the v1 contract of docs/report-json-v1.md.
#include <cmath>
#include <nlohmann/json.hpp>

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

// `value` as dump(2) prints it `depth` levels down a larger document. JSON
// strings hold no raw newline, so every newline starts a line to indent.
void write_nested(std::ostream& out, const json& value, int depth) {
  std::string text = value.dump(2);
  const std::string indent(static_cast<size_t>(2 * depth), ' ');
  size_t at = 0;
  for (size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', at)) {
    out.write(text.data() + at, static_cast<std::streamsize>(nl + 1 - at));
    out << indent;
    at = nl + 1;
  }
  out.write(text.data() + at, static_cast<std::streamsize>(text.size() - at));
}

// A top-level array member written one element at a time, so the report never
// exists whole in memory (a 7,500-measure comparison: ~100 MB as a json tree).
template <typename Items, typename ToJson>
void write_array_member(std::ostream& out, const char* key, const Items& items, ToJson to_json) {
  out << "  \"" << key << "\": [";
  bool first = true;
  for (const auto& item : items) {
    out << (first ? "\n    " : ",\n    ");
    write_nested(out, to_json(item), 2);
    first = false;
  }
  out << (first ? "]" : "\n  ]");
}

void write_member(std::ostream& out, const char* key, const json& value) {
  out << "  \"" << key << "\": ";
  write_nested(out, value, 1);
}

}  // namespace

// Members in key order, as nlohmann's sorted objects print them.
void write_comparison_json(const Comparison& c, std::ostream& out) {
  out << "{\n";
  write_array_member(out, "measures", c.measures,
                     [&](const MeasureDiff& d) { return measure_diff_json(c, d); });
  out << ",\n";
  write_member(out, "new", edition_json(c.new_doc));
  out << ",\n";
  write_member(out, "old", edition_json(c.old_doc));
  out << ",\n";
  write_array_member(out, "sections", c.sections,
                     [&](const SectionChange& s) { return section_change_json(c, s); });
  out << ",\n";
  write_array_member(out, "stale", c.stale, [&](const StaleFinding& f) {
    json finding = finding_json(f);
    if (int page = c.new_doc.page_of(f.line)) finding["page"] = page;
    return finding;
  });
  out << ",\n";
  write_member(out, "summary", summary_json(c.summary()));
  out << ",\n  \"version\": 1\n}\n";
}

}  // namespace nendiff::detail
