// `nendiff compare --format csv`: one row per measure, for a spreadsheet.
// UTF-8 with a BOM (Excel in Japan otherwise guesses Shift_JIS), CRLF between
// records and RFC 4180 quoting. The same table feeds the XLSX view.
#include "report/util.hpp"
#include "report/views.hpp"

namespace nendiff::detail {
namespace {

std::string join_lines(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& i : items) out += (out.empty() ? "" : "\n") + i;
  return out;
}

std::string figures(const MeasureDiff& d) {
  std::vector<std::string> items;
  for (const NumberChange& n : d.numbers) items.push_back(n.old_raw + " → " + n.new_raw);
  return join_lines(items);
}

std::string sentences(const std::vector<Commitment>& commitments) {
  std::vector<std::string> items;
  for (const Commitment& c : commitments) items.push_back(c.sentence);
  return join_lines(items);
}

// A rewritten sentence marked like `git diff --word-diff`: [-old-]{+new+}.
std::string rewrites(const MeasureDiff& d) {
  std::vector<std::string> items;
  for (const Rewrite& r : d.rewritten) {
    std::string marked;
    for (const TextEdit& e : r.edits)
      marked += e.kind == TextEdit::same      ? e.text
                : e.kind == TextEdit::deleted ? "[-" + e.text + "-]"
                                              : "{+" + e.text + "+}";
    items.push_back(marked);
  }
  return join_lines(items);
}

std::string stale_for(const Comparison& c, const std::optional<size_t>& new_index) {
  std::vector<std::string> items;
  for (const StaleFinding& f : c.stale)
    if (new_index && f.measure == new_index)
      items.push_back("L" + std::to_string(f.line) + " " + f.text + ": " + f.message_ja);
  return join_lines(items);
}

std::vector<std::string> row_of(const Comparison& c, const MeasureDiff& d) {
  const Measure* o = c.old_measure(d);
  const Measure* n = c.new_measure(d);
  auto line = [](const Measure* m) { return m ? std::to_string(m->line) : std::string(); };
  auto text = [](const Measure* m) { return m ? m->text : std::string(); };
  auto tag = [](const Measure* m) { return m && m->tag ? m->tag->raw : std::string(); };
  return {status_name(d.status),
          d.moved ? "yes" : "no",
          section_path_text((n ? n : o)->section_path),
          line(o),
          line(n),
          text(o),
          text(n),
          figures(d),
          sentences(d.commitments_added),
          sentences(d.commitments_dropped),
          rewrites(d),
          tag(o),
          tag(n),
          stale_for(c, d.new_index)};
}


}  // namespace

MeasureTable measure_table(const Comparison& c) {
  MeasureTable t;
  t.columns = {"status",
               "moved",
               "section",
               "old_line",
               "new_line",
               "old_text",
               "new_text",
               "figures",
               "commitments_added",
               "commitments_dropped",
               "commitments_rewritten",
               "ministries_old",
               "ministries_new",
               "stale"};
  for (const MeasureDiff& d : c.measures) t.rows.push_back(row_of(c, d));
  return t;
}

void write_comparison_csv(const Comparison& c, std::ostream& out) {
  MeasureTable t = measure_table(c);
  out << "\xEF\xBB\xBF";
  write_csv_record(t.columns, out);
  for (const std::vector<std::string>& row : t.rows) write_csv_record(row, out);
}

}  // namespace nendiff::detail
