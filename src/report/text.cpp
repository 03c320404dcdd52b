// `nendiff compare` for the terminal: counts first, then the changes by
// section, with line numbers on both sides and the rewritten sentences marked
// up like `git diff --word-diff` ([-deleted-]{+inserted+}, or in colour).
// The profile the editions were read with heads it; the units are named as
// their kind is (measures, articles, items, paragraphs).
#include "report/labels.hpp"
#include "report/layout.hpp"
#include "report/printable.hpp"
#include "report/rows.hpp"
#include "report/style.hpp"
#include "report/util.hpp"
#include "report/views.hpp"

namespace nendiff::detail {
namespace {

std::string no_section() { return "(" + std::string(words::no_section.en) + ")"; }

// The profile, and the notice in both languages when no profile fits.
void write_profile(const Comparison& c, std::ostream& out) {
  out << words::profile.en << ": " << printable(profile_text(c)) << "\n";
  for (const Label& l : comparison_notices(c)) out << notice(l) << "\n";
}

void write_summary(const Comparison& c, std::ostream& out, const Style& s) {
  Summary n = c.summary();
  const UnitWords& unit = unit_words(unit_kind(c));
  out << s.paint(printable(c.old_doc.title), "1") << " (" << printable(c.old_doc.path) << ")\n  → "
      << s.paint(printable(c.new_doc.title), "1") << " (" << printable(c.new_doc.path) << ")\n";
  write_profile(c, out);
  auto count = [](int n, const Label& l) { return std::to_string(n) + " " + std::string(l.en); };
  out << unit.units.en << ": " << count(n.unchanged, status_label(Status::unchanged)) << ", "
      << count(n.changed, status_label(Status::changed)) << ", "
      << count(n.added, status_label(Status::added)) << ", "
      << count(n.dropped, status_label(Status::dropped)) << ", " << count(n.moved, words::moved)
      << "\n";
  out << "details:  " << n.numbers << " figures changed, " << unit.sentences.en << " +"
      << n.commitments_added << " −" << n.commitments_dropped << " ~" << n.commitments_rewritten
      << ", " << n.tag_changes << " ministry tag changes, " << n.stale << " stale findings\n";
}

void write_sections(const Comparison& c, std::ostream& out) {
  if (c.sections.empty()) return;
  out << "\nsections:\n";
  for (const SectionChange& s : c.sections) {
    out << "  " << section_change_label(s.kind).en << ": ";
    const Section* o = c.old_section(s);
    const Section* n = c.new_section(s);
    if (o) out << "L" << o->line << " " << printable(o->heading);
    if (o && n) out << " → ";
    if (n) out << "L" << n->line << " " << printable(n->heading);
    out << "\n";
  }
}

// Title, date, deciding body, preamble, footnotes: quoted with their marks.
void write_outside(const Comparison& c, std::ostream& out, const Style& s, const UnitFilter& only) {
  const std::vector<const TextChange*> listed = listed_outside(c, only);
  if (listed.empty()) return;
  out << "\n" << words::outside.en << ":\n";
  for (const TextChange* t : listed) {
    const std::string lines = outside_lines(c, *t);
    out << "  " << outside_part_label(t->part).en << "  " << (lines.empty() ? "" : lines + "  ")
        << marked_edits(t->edits, s) << "\n";
  }
}

void write_details(const Row& r, std::ostream& out, const Style& s) {
  const MeasureDiff& d = *r.diff;
  if (d.label_changed)
    out << "      " << words::renumbered.en << ": " << printable(r.old_measure->label) << " → "
        << printable(r.new_measure->label) << "\n";
  for (const NumberChange& n : d.numbers)
    out << "      " << words::figure.en << "  L" << n.old_line << " → L" << n.new_line << ": "
        << s.deleted(printable(n.old_raw)) << " → " << s.inserted(printable(n.new_raw)) << "\n";
  for (const Commitment& a : d.commitments_added)
    out << "      + L" << a.line << " " << s.inserted(printable(a.sentence)) << "\n";
  for (const Commitment& a : d.commitments_dropped)
    out << "      − L" << a.line << " " << s.deleted(printable(a.sentence)) << "\n";
  for (const Rewrite& w : d.rewritten)
    out << "      ~ L" << w.old_line << " → L" << w.new_line << " " << marked_edits(w.edits, s) << "\n";
  if (d.tag_changed) {
    const std::string none = "(" + std::string(words::none.en) + ")";
    out << "      " << words::ministries.en << ": "
        << printable(r.old_measure->tag ? r.old_measure->tag->raw : none) << " → "
        << printable(r.new_measure->tag ? r.new_measure->tag->raw : none) << "\n";
  }
}

void write_measure(const Row& r, std::ostream& out, const Style& s) {
  const MeasureDiff& d = *r.diff;
  const char* colour = d.status == Status::added ? "32" : d.status == Status::dropped ? "31" : "33";
  out << "  " << s.paint(std::string(status_label(d.status).en), colour)
      << (d.moved ? " (" + std::string(words::moved.en) + ")" : "") << "  "
      << line_ref(r.old_measure) << " → " << line_ref(r.new_measure) << "  "
      << printable(labelled(r.shown(), excerpt(r.shown().text, 40))) << "\n";
  if (d.moved)
    out << "      was under: "
        << printable(section_path_text(r.old_measure->section_path, no_section())) << "\n";
  write_details(r, out, s);
}

void write_changes(const Comparison& c, std::ostream& out, const Style& s, const UnitFilter& only) {
  std::string current;
  for (const Row& r : measure_rows(c)) {
    if (!r.differs() || !only.lists(*r.diff)) continue;
    std::string path = printable(section_path_text(r.shown().section_path, no_section()));
    if (path != current) out << "\n" << s.paint("■ " + path, "1;36") << "\n";
    current = path;
    write_measure(r, out, s);
  }
}

void write_stale(const Comparison& c, std::ostream& out, const Style& s) {
  if (c.stale.empty()) return;
  out << "\nstale text in the new edition (" << c.stale.size() << "):\n";
  for (const StaleFinding& f : c.stale) {
    const int page = c.new_doc.page_of(f.line);
    out << "  " << printable(c.new_doc.path) << ":" << (page ? "p." + std::to_string(page) + ":" : "")
        << f.line << ": " << s.paint(f.reason, "35") << " " << s.paint(printable(f.text), "1")
        << " — " << printable(f.message_ja) << " / " << printable(f.message_en) << "\n";
  }
}

}  // namespace

void write_comparison_text(const Comparison& c, std::ostream& out, const ReportOptions& o) {
  Style s{o.color, o.show_rolls};
  write_summary(c, out, s);
  write_sections(c, out);
  write_outside(c, out, s, o.only);
  write_changes(c, out, s, o.only);
  write_stale(c, out, s);
}

}  // namespace nendiff::detail
