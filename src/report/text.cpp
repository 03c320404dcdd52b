// `nendiff compare` for the terminal: counts first, then the changes by
// section, with line numbers on both sides and the rewritten sentences marked
// up like `git diff --word-diff` ([-deleted-]{+inserted+}, or in colour).
#include <sstream>

#include "report/util.hpp"
#include "report/views.hpp"

namespace nendiff::detail {
namespace {

struct Style {
  bool color;
  std::string paint(const std::string& text, const char* code) const {
    return color ? std::string("\x1b[") + code + "m" + text + "\x1b[0m" : text;
  }
  std::string deleted(const std::string& t) const {
    return color ? paint(t, "31;9") : "[-" + t + "-]";
  }
  std::string inserted(const std::string& t) const {
    return color ? paint(t, "32;4") : "{+" + t + "+}";
  }
};

// 「L21」, or 「p.3 L21」 for a PDF, where the page is what a reader can find.
std::string line_ref(const Measure* m) {
  if (!m) return "—";
  return (m->page > 0 ? "p." + std::to_string(m->page) + " " : "") + "L" + std::to_string(m->line);
}

void write_summary(const Comparison& c, std::ostream& out, const Style& s) {
  Summary n = c.summary();
  out << s.paint(c.old_doc.title, "1") << " (" << c.old_doc.path << ")\n  → "
      << s.paint(c.new_doc.title, "1") << " (" << c.new_doc.path << ")\n";
  out << "measures: " << n.unchanged << " unchanged, " << n.changed << " changed, " << n.added
      << " added, " << n.dropped << " dropped, " << n.moved << " moved\n";
  out << "details:  " << n.numbers << " figures changed, commitments +" << n.commitments_added
      << " −" << n.commitments_dropped << " ~" << n.commitments_rewritten << ", "
      << n.tag_changes << " ministry tag changes, " << n.stale << " stale findings\n";
}

void write_sections(const Comparison& c, std::ostream& out) {
  if (c.sections.empty()) return;
  out << "\nsections:\n";
  for (const SectionChange& s : c.sections) {
    out << "  " << section_change_name(s.kind) << ": ";
    const Section* o = c.old_section(s);
    const Section* n = c.new_section(s);
    if (o) out << "L" << o->line << " " << o->heading;
    if (o && n) out << " → ";
    if (n) out << "L" << n->line << " " << n->heading;
    out << "\n";
  }
}

std::string marked_edits(const Rewrite& r, const Style& s) {
  std::string out;
  for (const TextEdit& e : r.edits)
    out += e.kind == TextEdit::same ? e.text : e.kind == TextEdit::deleted ? s.deleted(e.text)
                                                                           : s.inserted(e.text);
  return out;
}

void write_details(const Comparison& c, const MeasureDiff& d, std::ostream& out, const Style& s) {
  for (const NumberChange& n : d.numbers)
    out << "      figure  L" << n.old_line << " → L" << n.new_line << ": " << s.deleted(n.old_raw)
        << " → " << s.inserted(n.new_raw) << "\n";
  for (const Commitment& a : d.commitments_added)
    out << "      + L" << a.line << " " << s.inserted(a.sentence) << "\n";
  for (const Commitment& a : d.commitments_dropped)
    out << "      − L" << a.line << " " << s.deleted(a.sentence) << "\n";
  for (const Rewrite& r : d.rewritten)
    out << "      ~ L" << r.old_line << " → L" << r.new_line << " " << marked_edits(r, s) << "\n";
  if (d.tag_changed) {
    const Measure& o = *c.old_measure(d);
    const Measure& n = *c.new_measure(d);
    out << "      ministries: " << (o.tag ? o.tag->raw : "(none)") << " → "
        << (n.tag ? n.tag->raw : "(none)") << "\n";
  }
}

void write_measure(const Comparison& c, const MeasureDiff& d, std::ostream& out, const Style& s) {
  const Measure& m = c.shown(d);
  const char* colour = d.status == Status::added ? "32" : d.status == Status::dropped ? "31" : "33";
  out << "  " << s.paint(status_name(d.status), colour) << (d.moved ? " (moved)" : "") << "  "
      << line_ref(c.old_measure(d)) << " → " << line_ref(c.new_measure(d)) << "  "
      << excerpt(m.text, 40) << "\n";
  if (d.moved) {
    const Measure& o = *c.old_measure(d);
    out << "      was under: " << section_path_text(o.section_path, "(no section)") << "\n";
  }
  write_details(c, d, out, s);
}

void write_changes(const Comparison& c, std::ostream& out, const Style& s) {
  std::string current;
  for (const MeasureDiff& d : c.measures) {
    if (d.status == Status::unchanged && !d.moved) continue;
    std::string path = section_path_text(c.shown(d).section_path, "(no section)");
    if (path != current) out << "\n" << s.paint("■ " + path, "1;36") << "\n";
    current = path;
    write_measure(c, d, out, s);
  }
}

void write_stale(const Comparison& c, std::ostream& out, const Style& s) {
  if (c.stale.empty()) return;
  out << "\nstale text in the new edition (" << c.stale.size() << "):\n";
  for (const StaleFinding& f : c.stale)
    out << "  " << c.new_doc.path << ":"
        << (c.new_doc.page_of(f.line) ? "p." + std::to_string(c.new_doc.page_of(f.line)) + ":" : "")
        << f.line << ": " << s.paint(f.reason, "35") << " "
        << s.paint(f.text, "1") << " — " << f.message_ja << " / " << f.message_en << "\n";
}

}  // namespace

void write_comparison_text(const Comparison& c, std::ostream& out, const ReportOptions& o) {
  Style s{o.color};
  write_summary(c, out, s);
  write_sections(c, out);
  write_changes(c, out, s);
  write_stale(c, out, s);
}

}  // namespace nendiff::detail
