// A table's rows are compared as the text outside the units is, row by row:
// the rows of every table in order, set against each other with dtl over their
// year-masked texts (so that a row found again, or one whose years only
// rolled, is no change). The footnotes are compared the same way, by their
// texts: one added renumbers those after it (「※3」 becomes 「※4」), which
// changes none of them. Between two rows found again, the rows left over are
// paired by their first cell, the row's name (「電子申請の推進」: its progress
// rewritten, a ministry added), then in order where two rows still look alike;
// the rest are rows added or dropped — never one row's name set against
// another's. A table that moved is no change; one that changed is never silent.
// A list's 「No.」 column (1, 2, 3 … down the table) numbers its rows: a row
// added renumbers those after it, which changes none of them, as with notes.
#include "compare/tables.hpp"

#include <dtl/dtl.hpp>

#include <algorithm>
#include <deque>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "compare/diff.hpp"
#include "compare/edits.hpp"
#include "text/cells.hpp"
#include "text/bigrams.hpp"
#include "text/figures.hpp"
#include "text/year_mask.hpp"

namespace nendiff {
namespace {

struct Row {
  std::string text;  // as shown
  int line = 0;
  text::YearMasked masked;  // what is compared: a footnote's text without its marker
  std::string name;  // the first cell, year-masked: what the row is about
  std::vector<std::string> cells;  // what it says, a cell each (a note: its text)
};

// Two rows left over between the same rows found again are one row rewritten
// when they share this much of their wording.
constexpr double kMinRowLikeness = 0.4;

// Whether the table's first column numbers its rows: two rows or more
// numbered so, the numbers counting up (branches 「3-1」「3-2」 share theirs).
bool numbers_its_rows(const Table& t) {
  int numbered = 0, last = 0;
  for (const TableRow& r : t.rows) {
    const std::optional<int> n = r.cells.size() > 1 ? text::row_number(r.cells.front()) : std::nullopt;
    if (!n) continue;
    if (*n < last) return false;
    last = *n, ++numbered;
  }
  return numbered >= 2;
}

// The first cell of what a row says: past the number a numbering column
// gives it.
size_t first_said(const TableRow& r, bool numbered) {
  return numbered && r.cells.size() > 1 && text::row_number(r.cells.front()) ? 1 : 0;
}

std::vector<Row> rows_of(const Document& d) {
  std::vector<Row> rows;
  for (const Table& t : d.tables) {
    const bool numbered = numbers_its_rows(t);
    for (const TableRow& r : t.rows) {
      const size_t first = first_said(r, numbered);
      std::vector<std::string> cells(r.cells.begin() + static_cast<std::ptrdiff_t>(first), r.cells.end());
      std::string name = cells.size() > 1 ? text::mask_years(cells.front()).text : "";
      rows.push_back({r.text(), r.line, text::mask_years(joined_cells(cells)), std::move(name), std::move(cells)});
    }
  }
  return rows;
}

std::vector<Row> footnotes_of(const Document& d) {
  std::vector<Row> rows;
  for (const Footnote& f : d.footnotes)
    rows.push_back({f.marker + " " + f.text, f.line, text::mask_years(f.text), "", {f.text}});
  return rows;
}

class RowDiffer {
 public:
  RowDiffer(const char* part, std::vector<Row> old_rows, std::vector<Row> new_rows, int gap)
      : part_(part), old_(std::move(old_rows)), new_(std::move(new_rows)), gap_(gap) {}

  std::vector<TextChange> run() {
    // Real tables have tens of rows; thousands are compared in order, without dtl's
    // O((N+M)·D) search.
    if (old_.size() + new_.size() > kMaxDiffedRows) return settle(0, old_.size(), 0, new_.size()), out_;
    std::vector<std::string> a, b;
    for (const Row& r : old_) a.push_back(r.masked.text);
    for (const Row& r : new_) b.push_back(r.masked.text);
    dtl::Diff<std::string, std::vector<std::string>> diff(a, b);
    diff.compose();
    size_t o = 0, n = 0, o_run = 0, n_run = 0;  // the run of rows not found again
    for (const auto& step : diff.getSes().getSequence()) {
      if (step.second.type == dtl::SES_DELETE) ++o;
      else if (step.second.type == dtl::SES_ADD) ++n;
      else settle(o_run, o, n_run, n), pair(o++, n++), o_run = o, n_run = n;
    }
    settle(o_run, o, n_run, n);
    return out_;
  }

 private:
  static constexpr size_t kMaxDiffedRows = 4000;

  // Rows [ob, oe) of the old edition and [nb, ne) of the new, none found
  // again: paired by name, then in order where alike; reported in the new
  // edition's order, a dropped row where it stood.
  void settle(size_t ob, size_t oe, size_t nb, size_t ne) {
    std::vector<std::optional<size_t>> partner(ne - nb);  // of each new row: its old row
    std::vector<bool> taken(oe - ob, false);
    std::unordered_map<std::string_view, std::deque<size_t>> old_by_name;  // in order
    for (size_t o = ob; o < oe; ++o)
      if (!old_[o].name.empty()) old_by_name[old_[o].name].push_back(o);
    for (size_t n = nb; n < ne; ++n) {
      auto it = old_by_name.find(new_[n].name);
      if (it == old_by_name.end() || it->second.empty()) continue;
      partner[n - nb] = it->second.front(), taken[it->second.front() - ob] = true;
      it->second.pop_front();
    }
    pair_alike(ob, oe, nb, ne, partner, taken);
    size_t o = ob;
    for (size_t n = nb; n < ne; ++n) {
      for (; o < oe && (!partner[n - nb] || o < *partner[n - nb]); ++o)
        if (!taken[o - ob]) change(&old_[o], nullptr);
      if (partner[n - nb]) pair(*partner[n - nb], n);
      else change(nullptr, &new_[n]);
    }
    for (; o < oe; ++o)
      if (!taken[o - ob]) change(&old_[o], nullptr);
  }

  // The rows no name paired, between two rows so paired: in order, as long as
  // they look alike (a row rewritten whole keeps little but its place).
  void pair_alike(size_t ob, size_t oe, size_t nb, size_t ne,
                  std::vector<std::optional<size_t>>& partner, std::vector<bool>& taken) const {
    size_t o = ob;
    for (size_t n = nb; n < ne; ++n) {
      if (partner[n - nb]) {
        o = std::max(o, *partner[n - nb] + 1);
        continue;
      }
      while (o < oe && taken[o - ob]) ++o;
      if (o == oe || (!new_[n].name.empty() && !old_[o].name.empty())) continue;  // names differ
      if (text::dice(std::string_view(old_[o].text), std::string_view(new_[n].text)) <
          kMinRowLikeness)
        continue;
      partner[n - nb] = o, taken[o - ob] = true;
    }
  }

  void pair(size_t o, size_t n) {
    if (!text::same_but_years(old_[o].masked, new_[n].masked, gap_)) change(&old_[o], &new_[n]);
  }

  void change(const Row* o, const Row* n) {
    const std::string& a = o ? o->text : kNone;
    const std::string& b = n ? n->text : kNone;
    out_.push_back(text_change(part_, a, b, o ? o->line : 0, n ? n->line : 0, gap_));
    if (o && n) out_.back().numbers = figures_changed(*o, *n);
  }

  // A column's figures are one quantity's: where two rows have as many cells,
  // and a cell as many figures in both, they pair in order.
  static std::vector<NumberChange> figures_changed(const Row& o, const Row& n) {
    std::vector<NumberChange> out;
    if (o.cells.size() != n.cells.size()) return out;
    for (size_t i = 0; i < o.cells.size(); ++i) {
      const std::vector<Figure> a = text::find_figures(o.cells[i]), b = text::find_figures(n.cells[i]);
      if (a.size() != b.size()) continue;
      for (size_t k = 0; k < a.size(); ++k)
        if (!same_figure(a[k], b[k])) out.push_back(number_change(a[k], b[k], o.line, n.line));
    }
    return out;
  }

  inline static const std::string kNone;
  const char* part_;
  std::vector<Row> old_, new_;
  int gap_;
  std::vector<TextChange> out_;
};

}  // namespace

std::vector<TextChange> table_changes(const Document& o, const Document& n, int gap) {
  return RowDiffer("table", rows_of(o), rows_of(n), gap).run();
}

std::vector<TextChange> footnote_changes(const Document& o, const Document& n, int gap) {
  return RowDiffer("footnote", footnotes_of(o), footnotes_of(n), gap).run();
}

}  // namespace nendiff
