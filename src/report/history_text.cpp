// `nendiff history` for the terminal: the editions, one line per measure with
// its line in each edition and what happened there, the figures that moved,
// and every commitment that was not simply continued.
#include <map>

#include "nendiff/report.hpp"
#include "report/labels.hpp"
#include "report/layout.hpp"
#include "report/printable.hpp"
#include "report/util.hpp"
#include "text/unicode.hpp"

namespace nendiff::detail {
namespace {

std::string year_label(const History& h, size_t edition) {
  return std::to_string(h.years[edition]);
}

// 「L21~」: line and what happened on the way into this edition
// (+ first appearance, = same text, ~ changed, > moved, * ministries changed).
std::string step_cell(const History& h, const Lineage& l, size_t e) {
  const Measure* m = h.measure_in(l, e);
  if (!m) return e == l.last + 1 ? "×" : "·";
  const LineageStep& s = l.steps[e];
  std::string cell = "L" + std::to_string(m->line);
  cell += e == l.first ? "+" : s.same_text ? "=" : "~";
  if (s.moved) cell += ">";
  if (s.tag_changed) cell += "*";
  return cell;
}

std::string padded(std::string s, size_t width) {
  size_t shown = text::to_u32(s).size();
  return shown >= width ? s + " " : s + std::string(width - shown, ' ');
}

// The editions, then the profile they were read with (and the notice when
// none fits).
void write_editions(const History& h, std::ostream& out) {
  out << "history of " << h.editions.size() << " editions:\n";
  std::vector<const Document*> read;
  for (size_t e = 0; e < h.editions.size(); ++e) {
    const Document& d = h.editions[e];
    out << "  " << year_label(h, e) << "  " << printable(d.title) << " (" << printable(d.path) << ", "
        << d.measures.size() << " " << unit_words(unit_kind(d)).units.en << ")\n";
    read.push_back(&d);
  }
  out << words::profile.en << ": " << printable(profile_text(read)) << "\n";
  if (read_generically(read)) out << notice(words::generic_compared) << "\n";
}

void write_lineages(const History& h, std::ostream& out) {
  out << "\n" << unit_words(unit_kind(h.editions.back())).units.en << " (" << h.lineages.size()
      << "; + first edition, = text carried over, ~ changed, > moved, * ministries, × dropped):\n";
  for (const Lineage& l : h.lineages) {
    out << "  ";
    for (size_t e = 0; e < h.editions.size(); ++e)
      out << padded(step_cell(h, l, e), 9);
    if (l.repeated > 0) out << "[same text " << l.repeated + 1 << " editions] ";
    out << printable(excerpt(h.latest(l).text, 36)) << "\n";
  }
}

void write_series(const History& h, std::ostream& out) {
  out << "\nfigures that changed:\n";
  for (const FigureSeries& s : h.series) {
    if (s.changes() == 0) continue;
    out << "  " << printable(s.label) << " [" << (s.unit.empty() ? "-" : printable(s.unit)) << "]:";
    for (const FigurePoint& p : s.points)
      out << " " << year_label(h, p.edition) << " " << printable(p.raw);
    out << "\n";
  }
}

void write_follow_ups(const History& h, std::ostream& out) {
  std::map<std::pair<size_t, FollowThrough>, int> counts;
  for (const FollowUp& f : h.follow_ups) ++counts[{f.edition, f.result}];
  for (size_t e = 0; e + 1 < h.editions.size(); ++e) {
    out << "\ncommitments of " << year_label(h, e) << " in " << year_label(h, e + 1) << ": ";
    for (FollowThrough r : follow_through_results())
      out << (r == FollowThrough::done ? "" : ", ") << counts[{e, r}] << " "
          << follow_through_label(r).en;
    out << "\n";
    for (const FollowUp& f : h.follow_ups) {
      if (f.edition != e || f.result == FollowThrough::continued) continue;
      out << "  " << follow_through_name(f.result) << "  L" << f.line << " "
          << printable(excerpt(f.commitment, 48)) << "\n";
      if (!f.evidence.empty())
        out << "      → L" << f.evidence_line << " " << printable(excerpt(f.evidence, 48)) << "\n";
    }
  }
}

}  // namespace

void write_history_text(const History& h, std::ostream& out) {
  write_editions(h, out);
  write_lineages(h, out);
  write_series(h, out);
  write_follow_ups(h, out);
}

}  // namespace nendiff::detail
