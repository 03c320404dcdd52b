// Internal: the rows of a Comparison as every tabular view shows them, derived
// once (rows.cpp): their order, each row's measures, the headings it stands
// under, its stale findings, and the counts per top-level section. Text,
// Markdown, CSV, XLSX and HTML read these instead of working them out again.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "nendiff/compare.hpp"
#include "nendiff/report.hpp"

namespace nendiff::detail {

// 「L21」, or 「p.3 L21」 for a PDF, where the page is what a reader can find.
std::string line_ref(int line, int page);
// A measure's: 「—」 for none; `with_page` false gives 「L21」 whatever the input.
std::string line_ref(const Measure* m, bool with_page = true);
// A line of `d` (its page where it has pages): 「—」 for line 0, none.
std::string line_ref(const Document& d, int line);

// A heading a row stands under: a section of the new edition, or of the old
// one for a row only the old edition has (a dropped measure, a ghost).
struct Heading {
  const Section* section = nullptr;
  bool old_edition = false;
  const SectionChange* change = nullptr;  // how a new edition's section changed, if it did
  std::string id() const;                 // 「s12」, 「os12」 for the old edition: by line
};

struct Row {
  const MeasureDiff* diff = nullptr;
  const Measure* old_measure = nullptr;  // none: added
  const Measure* new_measure = nullptr;  // none: dropped
  const Measure* shown_measure = nullptr;  // Comparison::shown; for a ghost the old one
  // Where a moved measure stood in the old edition: its old text, linking to
  // its new place. The measure's own row stands where it is now.
  bool ghost = false;
  std::vector<Heading> headings;          // from level 1 down, of the shown measure
  // A moved measure's headings in the other edition: the old measure's for
  // its row, the new one's for its ghost (where it came from, where it went).
  std::vector<Heading> moved_headings;
  std::vector<const StaleFinding*> stale;  // in the new measure, in the Comparison's order

  // The measure the row shows: the new one, else (dropped, ghost) the old one.
  const Measure& shown() const { return *shown_measure; }
  // Changed, added, dropped or moved: what a list of the changes shows.
  bool differs() const { return diff->status != Status::unchanged || diff->moved; }
};

// One row per measure diff, in the Comparison's order (the new edition's, each
// dropped measure after its old predecessor).
std::vector<Row> measure_rows(const Comparison& c);
// The same rows, made and handed to `each` one at a time: a report that reads
// each row once holds no list of them (a row a measure: 200,000 measures are
// 20 MB of rows).
void for_each_measure_row(const Comparison& c, const std::function<void(const Row&)>& each);
// The 新旧対照表's order: those rows, and a ghost for each moved measure after
// whatever stands for its old predecessor.
std::vector<Row> table_rows(const Comparison& c);

// Where a change outside the units stands: 「L3 → L3」, each line after its
// side's word when given (「旧 L3 → 新 L3」); empty when neither line is known
// (a preamble, a deciding body).
std::string outside_lines(const Comparison& c, const TextChange& t, std::string_view old_word = "",
                          std::string_view new_word = "");
// A change outside the units as a table row reads it: added where the old
// edition has no such text, dropped where the new one has none, else changed.
Status outside_status(const TextChange& t);
// The changes outside the units that `only` lists (by their status).
std::vector<const TextChange*> listed_outside(const Comparison& c, const UnitFilter& only);

// Measures by status, moved, and with their ministries changed.
struct Counts {
  int changed = 0, added = 0, dropped = 0, unchanged = 0, moved = 0, tags = 0;
  int total() const { return changed + added + dropped + unchanged; }
  void add(const MeasureDiff& d);
};

// The counts under each top-level section of the shown measures, in order of
// first appearance; measures before any heading under 「(見出しなし)」.
std::vector<std::pair<std::string, Counts>> top_section_counts(const std::vector<Row>& rows);

}  // namespace nendiff::detail
