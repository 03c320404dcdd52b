// `nendiff compare --format csv`: one row per measure, for a spreadsheet.
// UTF-8 with a BOM (Excel in Japan otherwise guesses Shift_JIS), CRLF between
// records and RFC 4180 quoting. The same table feeds the XLSX view: the
// changes outside the units first (title, date, preamble, footnotes), then the
// units.
#include "report/labels.hpp"
#include "report/layout.hpp"
#include "report/quoted.hpp"
#include "report/rows.hpp"
#include "report/style.hpp"
#include "report/util.hpp"
#include "report/views.hpp"

namespace nendiff::detail {
namespace {

std::string join_lines(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& i : items) out += (out.empty() ? "" : "\n") + i;
  return out;
}

std::string figures(ListView<NumberChange> numbers, const QuotedPair& quoted) {
  std::vector<std::string> items;
  for (const NumberChange& n : numbers) {
    const QuotedFigure f = quoted.figure(n);
    items.push_back(f.old_raw + " → " + f.new_raw);
  }
  return join_lines(items);
}

std::string sentences(ListView<Commitment> commitments, const Quoted& unit) {
  std::vector<std::string> items;
  for (const Commitment& c : commitments) items.push_back(unit(c.sentence));
  return join_lines(items);
}

// Rewritten sentences marked like `git diff --word-diff`: [-old-]{+new+}.
std::string rewrites(const MeasureDiff& d, const QuotedPair& quoted, const Style& s) {
  std::vector<std::string> items;
  for (const Rewrite& r : d.rewritten) items.push_back(marked_edits(quoted.script(r, s.show_rolls), s));
  return join_lines(items);
}

std::string stale(const Row& r, const Quoted& unit, Language language) {
  std::vector<std::string> items;
  for (const StaleFinding* f : r.stale) {
    const QuotedFinding q = quoted_finding(*f, unit);
    items.push_back("L" + std::to_string(f->line) + " " + q.phrase + ": " + q.message(language));
  }
  return join_lines(items);
}

// The cells of a row, in the order of measure_columns().
std::vector<std::string> cells_of(const Row& r, const Style& s) {
  const Measure* o = r.old_measure;
  const Measure* n = r.new_measure;
  auto line = [](const Measure* m) { return m ? std::to_string(m->line) : std::string(); };
  auto text = [](const Measure* m) { return m ? quoted_text(*m) : std::string(); };
  const QuotedPair quoted(r);
  auto tag = [](const Measure* m) { return m ? quoted_tag(*m) : std::string(); };
  return {s.say(status_label(r.diff->status)),
          s.say(r.diff->moved ? words::yes : words::no),
          section_path_text(quoted_path(r)),
          line(o),
          line(n),
          text(o),
          text(n),
          figures(r.diff->numbers, quoted),
          sentences(r.diff->commitments_added, quoted.new_unit),
          sentences(r.diff->commitments_dropped, quoted.old_unit),
          rewrites(*r.diff, quoted, s),
          tag(o),
          tag(n),
          stale(r, quoted.new_unit, s.language),
          o ? o->label : "",
          n ? n->label : ""};
}

// An outside change in the same columns: its part as the section, the texts
// as written, its figures that changed (the columns of sentences and
// ministries stay empty).
std::vector<std::string> cells_of(const Comparison& c, const TextChange& t, const Style& s) {
  std::vector<std::string> cells(measure_columns().size());
  auto line = [](int n) { return n > 0 ? std::to_string(n) : std::string(); };
  cells[0] = s.say(status_label(outside_status(t)));
  cells[1] = s.say(words::no);
  cells[2] = s.say(words::outside) + " › " + s.say(outside_part_label(t.part));
  cells[3] = line(t.old_line);
  cells[4] = line(t.new_line);
  const QuotedPair quoted(c, t);
  cells[5] = quoted.old_unit(0, t.old_text);
  cells[6] = quoted.new_unit(0, t.new_text);
  cells[7] = figures(t.numbers, quoted);
  return cells;
}

}  // namespace

MeasureTable measure_table(const Comparison& c, const ReportOptions& o) {
  MeasureTable t;
  const Style s{false, o.show_rolls, language_of(c, o.language)};
  for (const Label& column : measure_columns()) {
    t.keys.push_back(std::string(column.en));
    t.columns.push_back(s.say(column));
  }
  for (const TextChange* change : listed_outside(c, o.only)) {
    t.rows.push_back(cells_of(c, *change, s));
    t.diffs.push_back(nullptr);
  }
  for_each_measure_row(c, [&](const Row& r) {
    if (!o.only.lists(*r.diff)) return;
    t.rows.push_back(cells_of(r, s));
    t.diffs.push_back(r.diff);
  });
  return t;
}

void write_comparison_csv(const Comparison& c, std::ostream& out, const ReportOptions& o) {
  MeasureTable t = measure_table(c, o);
  out << "\xEF\xBB\xBF";
  // No profile fits, or the files look reversed or unrelated: each notice is
  // a record before the header, where a reader opening the file looks first
  // (cell A1), padded to the table's width so that every record has the same
  // number of fields. A program reading the table skips them by their first
  // cell, which no header starts with. Only then: an ordinary comparison's
  // table keeps the header first.
  for (const Label& l : comparison_notices(c)) {
    std::vector<std::string> first(t.columns.size());
    first[0] = notice(l);
    write_csv_record(first, out);
  }
  write_csv_record(t.columns, out);
  for (const std::vector<std::string>& row : t.rows) write_csv_record(row, out);
}

}  // namespace nendiff::detail
