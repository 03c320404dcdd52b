// `nendiff compare` for the terminal: counts first, then the changes by
// section, with line numbers on both sides and the rewritten sentences marked
// up like `git diff --word-diff` ([-deleted-]{+inserted+}, or in colour).
// The profile the editions were read with heads it; the units are named as
// their kind is (measures, articles, items, paragraphs).
#include "report/labels.hpp"
#include "report/layout.hpp"
#include "report/printable.hpp"
#include "report/quoted.hpp"
#include "report/rows.hpp"
#include "report/style.hpp"
#include "report/util.hpp"
#include "report/views.hpp"
#include "report/wrap.hpp"

#include <optional>
#include <sstream>

namespace nendiff::detail {
namespace {

std::string no_section(const Style& s) { return "(" + s.say(words::no_section) + ")"; }

// 「、」 between items in Japanese, 「, 」 in English.
std::string comma(const Style& s) { return s.language == Language::ja ? "、" : ", "; }

// The profile, and the notices (no profile fits, files reversed …) in both languages.
void write_profile(const Comparison& c, std::ostream& out, const Style& s) {
  out << s.say(words::profile) << ": " << printable(profile_text(c)) << "\n";
  for (const Label& l : comparison_notices(c)) out << notice(l) << "\n";
}

void write_summary(const Comparison& c, std::ostream& out, const Style& s) {
  Summary n = c.summary();
  const UnitWords& unit = unit_words(unit_kind(c));
  out << edition_name(c.old_doc, s) << "\n  → " << edition_name(c.new_doc, s) << "\n";
  write_profile(c, out, s);
  // 「37 unchanged」 in English, 「変更なし 37」 in Japanese.
  auto count = [&](int n, const Label& l) {
    return s.language == Language::ja ? s.say(l) + " " + std::to_string(n) : std::to_string(n) + " " + s.say(l);
  };
  out << s.say(unit.units) << ": " << count(n.unchanged, status_label(Status::unchanged)) << comma(s)
      << count(n.changed, status_label(Status::changed)) << comma(s)
      << count(n.added, status_label(Status::added)) << comma(s)
      << count(n.dropped, status_label(Status::dropped)) << comma(s) << count(n.moved, words::moved)
      << "\n";
  out << s.say(words::details) << ":  " << count(n.numbers, words::figures_changed) << comma(s)
      << s.say(unit.sentences) << " +" << n.commitments_added << " −" << n.commitments_dropped << " ~"
      << n.commitments_rewritten << comma(s) << count(n.tag_changes, words::tag_changes) << comma(s)
      << count(n.stale, words::stale_count) << "\n";
}

void write_sections(const Comparison& c, std::ostream& out, const Style& style) {
  if (c.sections.empty()) return;
  out << "\n" << style.say(words::sections) << ":\n";
  for (const SectionChange& s : c.sections) {
    out << "  " << style.say(section_change_label(s.kind)) << ": ";
    const Section* o = c.old_section(s);
    const Section* n = c.new_section(s);
    if (o) out << "L" << o->line << " " << printable(quoted_heading(*o));
    if (o && n) out << " → ";
    if (n) out << "L" << n->line << " " << printable(quoted_heading(*n));
    out << "\n";
  }
}

// Each figure changed, as each edition writes it, on its lines.
void write_figures(ListView<NumberChange> numbers, const QuotedPair& quoted, std::ostream& out, const Style& s) {
  for (const NumberChange& n : numbers) {
    const QuotedFigure f = quoted.figure(n);
    out << "      " << s.say(words::figure) << "  L" << n.old_line << " → L" << n.new_line << ": "
        << s.deleted(printable(f.old_raw)) << " → " << s.inserted(printable(f.new_raw)) << "\n";
  }
}

// Title, date, deciding body, preamble, footnotes: quoted with their marks.
void write_outside(const Comparison& c, std::ostream& out, const Style& s, const UnitFilter& only) {
  const std::vector<const TextChange*> listed = listed_outside(c, only);
  if (listed.empty()) return;
  out << "\n" << s.say(words::outside) << ":\n";
  for (const TextChange* t : listed) {
    const std::string lines = outside_lines(c, *t);
    const QuotedPair quoted(c, *t);
    out << "  " << s.say(outside_part_label(t->part)) << "  " << (lines.empty() ? "" : lines + "  ")
        << marked_edits(quoted.script(*t, s.show_rolls), s) << "\n";
    write_figures(t->numbers, quoted, out, s);
  }
}

void write_details(const Row& r, std::ostream& out, const Style& s) {
  const MeasureDiff& d = *r.diff;
  const QuotedPair quoted(r);
  if (d.label_changed)
    out << "      " << s.say(words::renumbered) << ": " << printable(r.old_measure->label.str()) << " → "
        << printable(r.new_measure->label.str()) << "\n";
  write_figures(d.numbers, quoted, out, s);
  for (const Commitment& a : d.commitments_added)
    out << "      + L" << a.line << " " << s.inserted(printable(quoted.new_unit(a.sentence))) << "\n";
  for (const Commitment& a : d.commitments_dropped)
    out << "      − L" << a.line << " " << s.deleted(printable(quoted.old_unit(a.sentence))) << "\n";
  for (const Rewrite& w : d.rewritten)
    out << "      ~ L" << w.old_line << " → L" << w.new_line << " "
        << marked_edits(quoted.script(w, s.show_rolls), s) << "\n";
  if (d.tag_changed) {
    const std::string none = "(" + s.say(words::none) + ")";
    out << "      " << s.say(words::ministries) << ": "
        << printable(r.old_measure->tag ? quoted_tag(*r.old_measure) : none) << " → "
        << printable(r.new_measure->tag ? quoted_tag(*r.new_measure) : none) << "\n";
  }
}

void write_measure(const Row& r, std::ostream& out, const Style& s) {
  const MeasureDiff& d = *r.diff;
  const char* colour = d.status == Status::added ? "32" : d.status == Status::dropped ? "31" : "33";
  out << "  " << s.paint(s.say(status_label(d.status)), colour)
      << (d.moved ? " (" + s.say(words::moved) + ")" : "") << "  "
      << line_ref(r.old_measure) << " → " << line_ref(r.new_measure) << "  "
      << printable(labelled(r.shown(), excerpt(quoted_text(r.shown()), 40))) << "\n";
  if (d.moved)
    out << "      " << s.say(words::was_under) << ": "
        << printable(section_path_text(quoted_path(r.moved_headings), no_section(s))) << "\n";
  write_details(r, out, s);
}

// A block's heading: its section path, the part it shares with the block
// before given as 「…」 (a reader has just seen it).
std::string block_heading(const std::vector<std::string>& path, const std::vector<std::string>& before,
                          const Style& s) {
  size_t shared = 0;
  while (shared + 1 < path.size() && shared < before.size() && path[shared] == before[shared]) ++shared;
  if (shared == 0) return printable(section_path_text(path, no_section(s)));
  std::vector<std::string> rest = {"…"};
  rest.insert(rest.end(), path.begin() + static_cast<std::ptrdiff_t>(shared), path.end());
  return printable(section_path_text(rest));
}

void write_changes(const Comparison& c, std::ostream& out, const Style& s, const UnitFilter& only) {
  std::optional<std::vector<std::string>> current;
  for_each_measure_row(c, [&](const Row& r) {
    if (!r.differs() || !only.lists(*r.diff)) return;
    std::vector<std::string> path = quoted_path(r);
    if (!current || path != *current) {
      const std::string heading = block_heading(path, current.value_or(std::vector<std::string>()), s);
      out << "\n" << s.paint("■ " + heading, "1;36") << "\n";
    }
    current = std::move(path);
    write_measure(r, out, s);
  });
}

void write_stale(const Comparison& c, std::ostream& out, const Style& s) {
  if (c.stale.empty()) return;
  out << "\n" << s.say(words::stale_in_new) << " (" << c.stale.size() << "):\n";
  for (const StaleFinding& f : c.stale) {
    const int page = c.new_doc.page_of(f.line);
    const QuotedFinding q = quoted_finding(c, f);
    out << "  " << printable(c.new_doc.path) << ":" << (page ? "p." + std::to_string(page) + ":" : "")
        << f.line << ": " << s.paint(f.reason, "35") << " " << s.paint(printable(q.phrase), "1") << " — "
        << printable(q.message(s.language)) << "\n";
  }
}

void write_text(const Comparison& c, std::ostream& out, const ReportOptions& o) {
  Style s{o.color, o.show_rolls, language_of(c, o.language)};
  write_summary(c, out, s);
  write_sections(c, out, s);
  write_outside(c, out, s, o.only);
  write_changes(c, out, s, o.only);
  write_stale(c, out, s);
}

}  // namespace

void write_comparison_text(const Comparison& c, std::ostream& out, const ReportOptions& o) {
  if (o.width <= 0) return write_text(c, out, o);
  std::ostringstream text;  // a terminal's report: small enough to hold whole
  write_text(c, text, o);
  out << wrap_lines(text.str(), o.width);
}

}  // namespace nendiff::detail
