// The model as JSON: shared by `nendiff parse --format json`, the compare and
// check reports and the batch index. Members in sorted key order.
#include <cmath>
#include <map>

#include "report/json.hpp"

namespace nendiff::detail {
namespace {

void write_year(JsonWriter& w, const YearMention& y) {
  w.start_object().key("dated").boolean(y.dated).key("era").boolean(y.era);
  w.key("fiscal").boolean(y.fiscal).key("raw").string(y.raw).key("suffix").string(y.suffix);
  w.key("year").integer(y.year).end_object();
}

void write_figure(JsonWriter& w, const Figure& f) {
  w.start_object().key("approximate").boolean(f.approximate);
  if (f.ranged) w.key("range_end").number(f.range_end);
  w.key("raw").string(f.raw).key("unit").string(f.unit).key("value").number(f.value);
  w.end_object();
}

void write_sentence(JsonWriter& w, const Sentence& s) {
  w.start_object().key("figures").array(s.figures, write_figure);
  w.key("line").integer(s.line).key("text").string(s.text);
  w.key("years").array(s.years, write_year).end_object();
}

void write_footnote(JsonWriter& w, const Footnote& f) {
  w.start_object().key("line").integer(f.line).key("marker").string(f.marker);
  w.key("text").string(f.text).end_object();
}

void write_tag(JsonWriter& w, const SharedValue<MinistryTag>& tag, int line) {
  if (!tag) return void(w.null());
  std::map<std::string, std::string> annotations;  // by name, in order
  for (const Ministry& m : tag->ministries)
    if (!m.annotation.empty()) annotations[m.name] = m.annotation;
  w.start_object().key("annotations").start_object();
  for (const auto& [name, annotation] : annotations) w.key(name).string(annotation);
  w.end_object().key("line").integer(line).key("raw").string(tag->raw).end_object();
}

void write_measure(JsonWriter& w, const Measure& m) {
  w.start_object().key("end_line").integer(m.end_line);
  w.key("footnotes").array(m.footnotes.items(), write_footnote).key("kind").string(unit_kind_name(m.kind));
  if (!m.label.empty()) w.key("label").string(m.label.str());
  w.key("line").integer(m.line).key("ministries");
  write_ministries(w, m.tag);
  w.key("original").string(m.original).key("section").strings(m.section_path);
  w.key("sentences").array(m.sentences, write_sentence).key("tag");
  write_tag(w, m.tag, m.tag_line);
  w.key("tag_shared").boolean(m.tag_shared).key("text").string(m.text).end_object();
}

void write_table_row(JsonWriter& w, const TableRow& r) {
  w.start_object().key("cells").strings(r.cells).key("line").integer(r.line).end_object();
}

void write_table(JsonWriter& w, const Table& t) {
  w.start_object().key("line").integer(t.line).key("rows").array(t.rows, write_table_row);
  w.key("section").integer(t.section ? static_cast<long long>(*t.section) : -1);  // -1: none
  w.end_object();
}

void write_section(JsonWriter& w, const Section& s) {
  w.start_object().key("heading").string(s.heading).key("label").string(s.label);
  w.key("level").integer(s.level).key("line").integer(s.line);
  w.key("parent").integer(s.parent ? static_cast<long long>(*s.parent) : -1);  // -1: top level
  w.key("title").string(s.title).end_object();
}

}  // namespace

void write_ministries(JsonWriter& w, const SharedValue<MinistryTag>& tag) {
  w.start_object().key("lead").strings(tag ? tag->leads() : std::vector<std::string>{});
  w.key("others").strings(tag ? tag->others() : std::vector<std::string>{}).end_object();
}

void write_finding(JsonWriter& w, const StaleFinding& f, std::optional<long long> measure,
                   int page) {
  w.start_object().key("line").integer(f.line);
  if (measure) w.key("measure").integer(*measure);
  w.key("message").string(f.message_en).key("message_ja").string(f.message_ja);
  if (page > 0) w.key("page").integer(page);
  w.key("reason").string(f.reason).key("section").strings(f.section_path);
  w.key("sentence").string(f.sentence).key("severity").string(severity_name(f.severity));
  w.key("text").string(f.text).end_object();
}

void write_summary(JsonWriter& w, const Summary& s) {
  w.start_object().key("added").integer(s.added).key("changed").integer(s.changed);
  w.key("commitments_added").integer(s.commitments_added);
  w.key("commitments_dropped").integer(s.commitments_dropped);
  w.key("commitments_rewritten").integer(s.commitments_rewritten);
  w.key("dropped").integer(s.dropped).key("moved").integer(s.moved);
  w.key("numbers").integer(s.numbers).key("outside").integer(s.outside);
  w.key("stale").integer(s.stale);
  w.key("tag_changes").integer(s.tag_changes).key("unchanged").integer(s.unchanged);
  w.end_object();
}

double rounded(double x) { return std::round(x * 1000) / 1000; }

void write_profile(JsonWriter& w, const Layout& l) {
  w.start_object().key("coverage").number(rounded(l.coverage));
  w.key("description").string(l.description).key("generic").boolean(l.generic);
  w.key("largest_unit").number(rounded(l.largest_unit)).key("name").string(l.profile);
  w.key("rolls_years").boolean(l.rolls_years).end_object();
}

void write_document_json(const Document& d, std::ostream& out) {
  JsonWriter w(out);
  w.start_object().key("body").string(d.body).key("date").start_object();
  w.key("blank").boolean(d.date_blank).key("line").integer(d.date_line);
  w.key("text").string(d.date_text).end_object();
  w.key("draft").boolean(d.draft).key("encoding").string(d.encoding);
  w.key("footnotes").array(d.footnotes, write_footnote);
  w.key("measures").array(d.measures, write_measure);
  w.key("path").string(d.path).key("preamble").string(d.preamble).key("profile");
  write_profile(w, d.layout);
  w.key("sections").array(d.sections, write_section);
  if (!d.tables.empty()) w.key("tables").array(d.tables, write_table);  // PDF, Word: tables read
  w.key("title").string(d.title).key("year").integer(d.edition_year).end_object();
  w.finish();
}

}  // namespace nendiff::detail
