// A table's rows are compared as the text outside the units is, row by row:
// the rows of every table in order, set against each other with dtl over their
// year-masked texts (so that a row found again, or one whose years only
// rolled, is no change). Between two rows found again, the rows left over are
// paired in order — a cell rewritten, a figure changed — and the rest are rows
// added or dropped. A table that moved is no change; one that changed is never
// silent.
#include "compare/tables.hpp"

#include <dtl/dtl.hpp>

#include <algorithm>

#include "compare/edits.hpp"
#include "text/year_mask.hpp"

namespace nendiff {
namespace {

struct Row {
  std::string text;
  int line = 0;
  text::YearMasked masked;
};

std::vector<Row> rows_of(const Document& d) {
  std::vector<Row> rows;
  for (const Table& t : d.tables)
    for (const TableRow& r : t.rows) {
      std::string text = r.text();
      rows.push_back({text, r.line, text::mask_years(text)});
    }
  return rows;
}

class RowDiffer {
 public:
  RowDiffer(const Document& o, const Document& n, int gap)
      : old_(rows_of(o)), new_(rows_of(n)), gap_(gap) {}

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

  // Rows [ob, oe) of the old edition and [nb, ne) of the new: paired in order.
  void settle(size_t ob, size_t oe, size_t nb, size_t ne) {
    for (; ob < oe || nb < ne; ++ob, ++nb)
      change(ob < oe ? &old_[ob] : nullptr, nb < ne ? &new_[nb] : nullptr);
  }

  void pair(size_t o, size_t n) {
    if (!text::same_but_years(old_[o].masked, new_[n].masked, gap_)) change(&old_[o], &new_[n]);
  }

  void change(const Row* o, const Row* n) {
    const std::string& a = o ? o->text : kNone;
    const std::string& b = n ? n->text : kNone;
    out_.push_back({"table", a, b, o ? o->line : 0, n ? n->line : 0, edit_script(a, b, gap_)});
  }

  inline static const std::string kNone;
  std::vector<Row> old_, new_;
  int gap_;
  std::vector<TextChange> out_;
};

}  // namespace

std::vector<TextChange> table_changes(const Document& o, const Document& n, int gap) {
  return RowDiffer(o, n, gap).run();
}

}  // namespace nendiff
