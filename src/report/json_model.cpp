// The model as JSON: shared by `nendiff parse --format json` and the compare report.
#include "report/json.hpp"

#include "report/json_printer.hpp"

namespace nendiff::detail {
namespace {

using nlohmann::json;

json year_json(const YearMention& y) {
  return {{"year", y.year}, {"raw", y.raw},       {"suffix", y.suffix},
          {"era", y.era},   {"dated", y.dated},   {"fiscal", y.fiscal}};
}

json figure_json(const Figure& f) {
  json j = {{"value", f.value}, {"unit", f.unit}, {"raw", f.raw}, {"approximate", f.approximate}};
  if (f.range_end) j["range_end"] = *f.range_end;
  return j;
}

json sentence_json(const Sentence& s) {
  json years = json::array(), figures = json::array();
  for (const YearMention& y : s.years) years.push_back(year_json(y));
  for (const Figure& f : s.figures) figures.push_back(figure_json(f));
  return {{"line", s.line}, {"text", s.text}, {"years", years}, {"figures", figures}};
}

json footnote_json(const Footnote& f) {
  return {{"marker", f.marker}, {"text", f.text}, {"line", f.line}};
}

json tag_json(const std::optional<MinistryTag>& tag) {
  if (!tag) return nullptr;
  json annotations = json::object();
  for (const Ministry& m : tag->ministries)
    if (!m.annotation.empty()) annotations[m.name] = m.annotation;
  return {{"raw", tag->raw}, {"line", tag->line}, {"annotations", annotations}};
}

json measure_json(const Measure& m) {
  json sentences = json::array(), footnotes = json::array();
  for (const Sentence& s : m.sentences) sentences.push_back(sentence_json(s));
  for (const Footnote& f : m.footnotes) footnotes.push_back(footnote_json(f));
  return {{"line", m.line},
          {"end_line", m.end_line},
          {"section", m.section_path},
          {"original", m.original},
          {"text", m.text},
          {"tag", tag_json(m.tag)},
          {"tag_shared", m.tag_shared},
          {"ministries", ministries_json(m.tag)},
          {"sentences", sentences},
          {"footnotes", footnotes}};
}

json section_json(const Section& s) {
  return {{"level", s.level}, {"heading", s.heading}, {"label", s.label},
          {"title", s.title}, {"line", s.line},
          {"parent", s.parent ? static_cast<long long>(*s.parent) : -1}};  // -1: top level
}

}  // namespace

json ministries_json(const std::optional<MinistryTag>& tag) {
  if (!tag) return {{"lead", json::array()}, {"others", json::array()}};
  return {{"lead", tag->leads()}, {"others", tag->others()}};
}

// Members in sorted key order (JsonPrinter), measures one at a time.
void write_document_json(const Document& d, std::ostream& out) {
  JsonPrinter p(out);
  p.member("body", d.body);
  p.member("date", {{"text", d.date_text}, {"line", d.date_line}, {"blank", d.date_blank}});
  p.member("draft", d.draft);
  p.member("encoding", d.encoding);
  p.array_member("footnotes", d.footnotes, footnote_json);
  p.array_member("measures", d.measures, measure_json);
  p.member("path", d.path);
  p.member("preamble", d.preamble);
  p.array_member("sections", d.sections, section_json);
  p.member("title", d.title);
  p.member("year", d.edition_year);
  p.finish();
}

json finding_json(const StaleFinding& f) {
  return {{"line", f.line},         {"text", f.text},
          {"sentence", f.sentence}, {"reason", f.reason},
          {"severity", severity_name(f.severity)}, {"section", f.section_path},
          {"message", f.message_en}, {"message_ja", f.message_ja}};
}

}  // namespace nendiff::detail
