// Stage 4 — compare: the measures and sections of two editions paired, what
// changed inside each pair, and the stale text of the newer edition: the
// Comparison every report is a view of.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "nendiff/check.hpp"
#include "nendiff/model.hpp"

namespace nendiff {

enum class Status : std::uint8_t { unchanged, changed, added, dropped };
const char* status_name(Status s);

// A piece of a character-level edit script between two sentences. Each side
// reads verbatim from it (quoted_side). `rolled`: a year that moved on with the
// edition (2023 → 2024 a year later), a roll rather than a rewording.
struct TextEdit {
  enum Kind { same, inserted, deleted, rolled };
  Kind kind = same;
  std::string text;      // rolled: the year as the new edition writes it
  std::string old_text;  // rolled: the year as the old edition writes it
};

enum class Side { old_edition, new_edition };
// One edition's text, as written, from an edit script.
std::string quoted_side(const std::vector<TextEdit>& edits, Side side);
// The script with each roll shown as an edit (a deletion and an insertion), for
// readers who want to see every character that differs (--show-rolls).
std::vector<TextEdit> rolls_as_edits(const std::vector<TextEdit>& edits);

struct NumberChange {
  std::string old_raw, new_raw;   // 「49社」 → 「53社」
  double old_value = 0, new_value = 0;
  std::string unit;
  int old_line = 0, new_line = 0;
};

struct Rewrite {
  std::string old_sentence, new_sentence;
  int old_line = 0, new_line = 0;
  std::vector<TextEdit> edits;    // old → new, characters
};

struct Commitment {
  std::string sentence;
  int line = 0;
};

// One per measure of either edition, hundreds of thousands in a large
// comparison: the fields are ordered so that no padding falls between them.
struct MeasureDiff {
  std::vector<NumberChange> numbers;
  std::vector<Commitment> commitments_added, commitments_dropped;
  std::vector<Rewrite> rewritten;
  std::optional<size_t> old_index, new_index;  // into the documents' measures; none: added, dropped
  double similarity = 0;
  Status status = Status::unchanged;
  bool moved = false;
  bool tag_changed = false;               // ministries differ in substance
  bool label_changed = false;             // the unit's number changed (an article renumbered)
};

// How a section of the old edition reappears in the new one. `relocated`: the
// same heading under another parent (its measures count as moved).
enum class SectionChangeKind {
  same, renamed, renumbered, renumbered_and_renamed, relocated, added, removed,
  releveled  // the same title at another heading level (「(健康経営)」 → 「○健康経営」)
};
const char* section_change_name(SectionChangeKind k);

// A section of either edition and its counterpart in the other.
struct SectionChange {
  SectionChangeKind kind = SectionChangeKind::same;
  std::optional<size_t> old_index, new_index;  // into the documents' sections; none: added, removed
};

// A difference in the text outside the units, which is compared as well: the
// title, the decision date, the deciding body, the preamble, a footnote, a
// table's row (its cells joined by " | ").
struct TextChange {
  std::string part;                  // "title", "date", "body", "preamble", "footnote", "table"
  std::string old_text, new_text;    // normalized; empty where the edition has none
  int old_line = 0, new_line = 0;    // 0 where unknown or absent
  std::vector<TextEdit> edits;       // old → new, characters
};

struct Summary {
  int unchanged = 0, changed = 0, added = 0, dropped = 0, moved = 0;
  int numbers = 0, commitments_added = 0, commitments_dropped = 0,
      commitments_rewritten = 0, tag_changes = 0, stale = 0;
  int outside = 0;  // changes outside the units (TextChange)
};

// Signs that two files are not an older and a newer edition of one document:
// `reversed`, the old one's edition year comes after the new one's;
// `unrelated`, their titles and profiles differ or almost no unit pairs. A
// comparison is made all the same; the reports and the CLI say so.
enum class Caution { reversed, unrelated };
const char* caution_name(Caution c);

struct Comparison {
  Document old_doc, new_doc;
  int year_gap = 1;
  std::vector<MeasureDiff> measures;      // new edition's order, dropped after their old predecessor
  std::vector<SectionChange> sections;    // only sections that are not `same`
  std::vector<TextChange> outside;        // title, date, body, preamble, footnotes, table rows that differ
  std::vector<StaleFinding> stale;        // findings in the new edition

  Summary summary() const;
  bool has_differences() const;
  std::vector<Caution> cautions() const;

  // The measures a diff pairs; nullptr on a side where it has none.
  const Measure* old_measure(const MeasureDiff& d) const;
  const Measure* new_measure(const MeasureDiff& d) const;
  // The measure a report shows for a diff: the new one, or the dropped old one.
  const Measure& shown(const MeasureDiff& d) const;
  // The sections a section change names; nullptr on a side where it has none.
  const Section* old_section(const SectionChange& s) const;
  const Section* new_section(const SectionChange& s) const;
};

Comparison compare(Document old_doc, Document new_doc);

}  // namespace nendiff
