// `nendiff compare --format md`: for a pull request, a wiki page or an e-mail.
// The summary, then the changes section by section. Differences inside a
// sentence are <del>/<ins> (GitHub renders them; ** and ~~ fail next to
// Japanese punctuation), figures old → new, then the stale findings. The
// profile the editions were read with heads it, with the generic notice when
// no profile fits; a law's editions read 改正前 / 改正後.
#include "report/labels.hpp"
#include "report/layout.hpp"
#include "report/printable.hpp"
#include "report/quoted.hpp"
#include "report/rows.hpp"
#include "report/util.hpp"
#include "report/views.hpp"

namespace nendiff::detail {
namespace {

// Document text as inert Markdown: through printable() (controls escaped, so
// on one line), & < > as entities (no inline HTML of its own), inline Markdown
// punctuation backslashed. Block syntax (#, -, 1.) cannot start a line here:
// every piece of text follows a prefix of ours.
std::string md(std::string_view text) {
  std::string out;
  for (char ch : printable(text)) {
    switch (ch) {
      case '&':
        out += "&amp;";
        continue;
      case '<':
        out += "&lt;";
        continue;
      case '>':
        out += "&gt;";
        continue;
    }
    if (std::string("\\`*_[]|~").find(ch) != std::string::npos) out += '\\';
    out += ch;
  }
  return out;
}

std::string join_path(const std::vector<std::string>& path) {
  return md(section_path_text(path, "(" + ja_en(words::no_section) + ")"));
}

std::string edition(const Document& d) {
  return md(d.title.empty() ? d.path : quoted_title(d)) + " (" + md(d.path) + ")";
}

void write_profile(const Comparison& c, std::ostream& out) {
  out << "- " << ja_en(words::profile) << ": " << md(profile_text(c)) << "\n";
  for (const Label& l : comparison_notices(c)) out << "\n> " << notice(l) << "\n";
}

// The counts, the three kinds of sentence change in one row.
void write_summary(const Comparison& c, std::ostream& out) {
  Summary n = c.summary();
  const UnitKind kind = unit_kind(c);
  const UnitWords& unit = unit_words(kind);
  out << "# 新旧対照表 Comparison\n\n"
      << "- " << ja_en(unit.old_side) << ": " << edition(c.old_doc) << "\n- "
      << ja_en(unit.new_side) << ": " << edition(c.new_doc) << "\n";
  write_profile(c, out);
  out << "\n| " << ja_en(unit.units) << " | " << words::count.ja << " |\n|---|---:|\n";
  for (const SummaryCount& s : summary_counts(kind)) {
    if (s.field == &Summary::commitments_added)
      out << "| " << ja_en(unit.sentence_changes) << " | " << n.commitments_added << " / "
          << n.commitments_dropped << " / " << n.commitments_rewritten << " |\n";
    else if (s.field != &Summary::commitments_dropped && s.field != &Summary::commitments_rewritten)
      out << "| " << ja_en(s.label) << " | " << n.*s.field << " |\n";
  }
}

void write_sections(const Comparison& c, std::ostream& out) {
  if (c.sections.empty()) return;
  const UnitWords& unit = unit_words(unit_kind(c));
  out << "\n## " << ja_en(words::section_changes) << "\n\n";
  for (const SectionChange& s : c.sections) {
    out << "- " << section_change_label(s.kind).en << ":";
    const Section* o = c.old_section(s);
    const Section* n = c.new_section(s);
    if (o) out << " " << unit.old_side.ja << " L" << o->line << " " << md(quoted_heading(*o));
    if (o && n) out << " →";
    if (n) out << " " << unit.new_side.ja << " L" << n->line << " " << md(quoted_heading(*n));
    out << "\n";
  }
}

// Deletions and insertions as HTML's <del> and <ins>; a year that only rolled
// as 2023→2024 (as edits with --show-rolls).
std::string marked(const std::vector<QuotedEdit>& edits) {
  std::string out;
  for (const QuotedEdit& e : edits) {
    if (e.kind == TextEdit::same) out += md(e.text);
    else if (e.kind == TextEdit::deleted) out += "<del>" + md(e.text) + "</del>";
    else if (e.kind == TextEdit::inserted) out += "<ins>" + md(e.text) + "</ins>";
    else out += md(e.old_text) + "→" + md(e.text);
  }
  return out;
}

// Each figure changed, as each edition writes it: an item under the change.
void write_figures(ListView<NumberChange> numbers, const QuotedPair& quoted, std::ostream& out) {
  for (const NumberChange& n : numbers) {
    const QuotedFigure f = quoted.figure(n);
    out << "  - " << ja_en(words::figure) << ": " << md(f.old_raw) << " → **" << md(f.new_raw) << "**\n";
  }
}

// Title, date, deciding body, preamble, footnotes: quoted with their marks.
void write_outside(const Comparison& c, std::ostream& out, const ReportOptions& o) {
  const std::vector<const TextChange*> listed = listed_outside(c, o.only);
  if (listed.empty()) return;
  const UnitWords& unit = unit_words(unit_kind(c));
  out << "\n## " << ja_en(words::outside) << "\n\n";
  for (const TextChange* t : listed) {
    const std::string lines = outside_lines(c, *t, unit.old_side.ja, unit.new_side.ja);
    const QuotedPair quoted(c, *t);
    out << "- " << ja_en(outside_part_label(t->part)) << (lines.empty() ? "" : " " + lines) << ": "
        << marked(quoted.script(*t, o.show_rolls)) << "\n";
    write_figures(t->numbers, quoted, out);
  }
}

void write_details(const Row& r, std::ostream& out, const ReportOptions& o) {
  const MeasureDiff& d = *r.diff;
  const QuotedPair quoted(r);
  if (d.label_changed)
    out << "  - " << ja_en(words::renumbered) << ": " << md(r.old_measure->label.str()) << " → "
        << md(r.new_measure->label.str()) << "\n";
  if (d.moved)
    out << "  - " << ja_en(words::moved) << " from: " << join_path(quoted_path(r.moved_headings))
        << "\n";
  write_figures(d.numbers, quoted, out);
  for (const Commitment& a : d.commitments_added)
    out << "  - " << ja_en(words::added_commitment) << " L" << a.line << ": <ins>"
        << md(quoted.new_unit(a.sentence)) << "</ins>\n";
  for (const Commitment& a : d.commitments_dropped)
    out << "  - " << ja_en(words::dropped_commitment) << " L" << a.line << ": <del>"
        << md(quoted.old_unit(a.sentence)) << "</del>\n";
  for (const Rewrite& w : d.rewritten)
    out << "  - " << ja_en(words::rewritten) << " L" << w.old_line << " → L" << w.new_line << ": "
        << marked(quoted.script(w, o.show_rolls)) << "\n";
  if (d.tag_changed) {
    const std::string none = "(" + std::string(words::none.ja) + ")";
    out << "  - " << ja_en(words::ministries) << ": "
        << md(r.old_measure->tag ? quoted_tag(*r.old_measure) : none) << " → "
        << md(r.new_measure->tag ? quoted_tag(*r.new_measure) : none) << "\n";
  }
  for (const StaleFinding* f : r.stale) {
    const QuotedFinding q = quoted_finding(*f, quoted.new_unit);
    out << "  - ⚠ L" << f->line << " 「" << md(q.phrase) << "」 " << md(q.message_ja) << "\n";
  }
}

void write_measure(const Row& r, const UnitWords& unit, std::ostream& out, const ReportOptions& o) {
  const MeasureDiff& d = *r.diff;
  out << "- **" << ja_en(status_label(d.status)) << "**"
      << (d.moved ? " (" + ja_en(words::moved) + ")" : "") << " " << unit.old_side.ja << " "
      << line_ref(r.old_measure, false) << " → " << unit.new_side.ja << " "
      << line_ref(r.new_measure, false) << ": ";
  const Measure& m = r.shown();
  if (!m.label.empty()) out << md(m.label.str()) << " ";
  const std::string text = quoted_text(m);
  if (d.status == Status::added)
    out << "<ins>" << md(text) << "</ins>";
  else if (d.status == Status::dropped)
    out << "<del>" << md(text) << "</del>";
  else
    out << md(excerpt(text, 40));
  out << "\n";
  write_details(r, out, o);
}

void write_changes(const Comparison& c, std::ostream& out, const ReportOptions& o) {
  const UnitWords& unit = unit_words(unit_kind(c));
  out << "\n## 変更点 Changes\n";
  std::string current = "\x01";
  for_each_measure_row(c, [&](const Row& r) {
    if (!r.differs() || !o.only.lists(*r.diff)) return;
    std::string path = join_path(quoted_path(r));
    if (path != current) out << "\n### " << path << "\n\n";
    current = path;
    write_measure(r, unit, out, o);
  });
}

void write_stale(const Comparison& c, std::ostream& out) {
  if (c.stale.empty()) return;
  out << "\n## " << words::stale.ja << " Stale findings (" << c.stale.size()
      << ")\n\n";
  for (const StaleFinding& f : c.stale) {
    const QuotedFinding q = quoted_finding(c, f);
    out << "- L" << f.line << " 「" << md(q.phrase) << "」 " << md(q.message_ja) << " / " << md(q.message_en) << "\n";
  }
}

}  // namespace

void write_comparison_markdown(const Comparison& c, std::ostream& out, const ReportOptions& o) {
  write_summary(c, out);
  write_sections(c, out);
  write_outside(c, out, o);
  write_changes(c, out, o);
  write_stale(c, out);
}

}  // namespace nendiff::detail
