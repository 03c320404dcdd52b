// `nendiff compare --format json`: the v1 contract of docs/report-json-v1.md.
// Members in sorted key order, the measures one at a time.
#include "report/json.hpp"
#include "report/rows.hpp"
#include "report/views.hpp"

namespace nendiff::detail {
namespace {

void write_edition(JsonWriter& w, const Document& d) {
  w.start_object().key("encoding").string(d.encoding).key("path").string(d.path).key("profile");
  write_profile(w, d.layout);
  w.key("title").string(d.title).key("year").integer(d.edition_year).end_object();
}

const std::string* tag_of(const Measure& m) { return m.tag ? &m.tag->raw : nullptr; }

void write_side(JsonWriter& w, const Measure* side) {
  if (!side) return void(w.null());
  const Measure& m = *side;
  w.start_object().key("kind").string(unit_kind_name(m.kind));
  if (!m.label.empty()) w.key("label").string(m.label.str());
  w.key("line").integer(m.line).key("ministries");
  write_ministries(w, m.tag);
  if (m.page > 0) w.key("page").integer(m.page);  // PDF inputs: where a reader finds it
  w.key("section").strings(m.section_path).key("tag").string_or_null(tag_of(m));
  w.key("text").string(m.text).end_object();
}

void write_number(JsonWriter& w, const NumberChange& n) {
  w.start_object().key("new").string(n.new_raw).key("new_value").number(n.new_value);
  w.key("old").string(n.old_raw).key("old_value").number(n.old_value);
  w.key("unit").string(n.unit).end_object();
}

void write_commitments(JsonWriter& w, const MeasureDiff& d) {
  auto sentence = [](JsonWriter& w, const Commitment& c) { w.string(c.sentence); };
  w.start_object().key("added").array(d.commitments_added, sentence);
  w.key("dropped").array(d.commitments_dropped, sentence);
  w.key("rewritten").array(d.rewritten, [](JsonWriter& w, const Rewrite& r) {
    w.start_object().key("new").string(r.new_sentence).key("old").string(r.old_sentence);
    w.end_object();
  });
  w.end_object();
}

void write_measure_diff(JsonWriter& w, const Comparison& c, const MeasureDiff& d) {
  w.start_object().key("commitments");
  write_commitments(w, d);
  if (d.label_changed) w.key("label_changed").boolean(true);
  w.key("moved").boolean(d.moved).key("new");
  write_side(w, c.new_measure(d));
  w.key("numbers").array(d.numbers, write_number).key("old");
  write_side(w, c.old_measure(d));
  w.key("similarity").number(rounded(d.similarity));
  w.key("status").string(status_name(d.status));
  if (d.tag_changed) {
    w.key("tags").start_object().key("new").string_or_null(tag_of(*c.new_measure(d)));
    w.key("old").string_or_null(tag_of(*c.old_measure(d))).end_object();
  }
  w.end_object();
}

void write_section_change(JsonWriter& w, const Comparison& c, const SectionChange& s) {
  const Section* o = c.old_section(s);
  const Section* n = c.new_section(s);
  auto line = [&w](const Section* s) { return s ? void(w.integer(s->line)) : void(w.null()); };
  w.start_object().key("kind").string(section_change_name(s.kind));
  w.key("new").string_or_null(n ? &n->heading : nullptr).key("new_line");
  line(n);
  w.key("old").string_or_null(o ? &o->heading : nullptr).key("old_line");
  line(o);
  w.end_object();
}

// A text outside the units; null for a text or a line an edition does not have.
void write_outside(JsonWriter& w, const TextChange& t) {
  auto text = [](const std::string& s) { return s.empty() ? nullptr : &s; };
  auto line = [&w](int n) { n > 0 ? void(w.integer(n)) : void(w.null()); };
  w.start_object().key("new").string_or_null(text(t.new_text)).key("new_line");
  line(t.new_line);
  w.key("numbers").array(t.numbers, write_number).key("old").string_or_null(text(t.old_text)).key("old_line");
  line(t.old_line);
  w.key("part").string(t.part).end_object();
}

}  // namespace

void write_comparison_json(const Comparison& c, std::ostream& out, const UnitFilter& only) {
  std::vector<const MeasureDiff*> listed;
  for (const MeasureDiff& d : c.measures)
    if (only.lists(d)) listed.push_back(&d);
  JsonWriter w(out);
  w.start_object().key("cautions").array(c.cautions(), [](JsonWriter& w, Caution k) {
    w.string(caution_name(k));
  });
  w.key("measures").array_in_parallel(listed, [&](JsonWriter& w, const MeasureDiff* d) {
    write_measure_diff(w, c, *d);
  });
  w.key("new");
  write_edition(w, c.new_doc);
  w.key("old");
  write_edition(w, c.old_doc);
  w.key("outside")
      .array(listed_outside(c, only), [](JsonWriter& w, const TextChange* t) { write_outside(w, *t); })
      .key("profile");
  write_profile(w, c.new_doc.layout);
  w.key("sections").array(c.sections, [&](JsonWriter& w, const SectionChange& s) {
    write_section_change(w, c, s);
  });
  w.key("stale").array(c.stale, [&](JsonWriter& w, const StaleFinding& f) {
    write_finding(w, f, std::nullopt, c.new_doc.page_of(f.line));
  });
  w.key("summary");
  write_summary(w, c.summary());
  w.key("version").integer(1).end_object();
  w.finish();
}

}  // namespace nendiff::detail
