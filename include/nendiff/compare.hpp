// Stage 4 — compare: the measures and sections of two editions paired, what
// changed inside each pair, and the stale text of the newer edition: the
// Comparison every report is a view of.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "nendiff/check.hpp"
#include "nendiff/model.hpp"

namespace nendiff {

enum class Status : std::uint8_t { unchanged, changed, added, dropped };
const char* status_name(Status s);

// A piece of a character-level edit script between two sentences. Each side
// reads verbatim from it (quoted_side). `rolled`: a year that moved on with the
// edition (2023 → 2024 a year later), a roll rather than a rewording.
// Its texts are views of the two texts compared (hundreds of thousands of
// edits would otherwise each copy their piece): a Rewrite's view the
// sentences of the Comparison's documents, a TextChange's its own texts. An
// edit is valid as long as the texts it was made from.
struct TextEdit {
  enum Kind { same, inserted, deleted, rolled };
  Kind kind = same;
  std::string_view text;      // rolled: the year as the new edition writes it
  std::string_view old_text;  // rolled: the year as the old edition writes it
};

enum class Side { old_edition, new_edition };
// One edition's text, as written, from an edit script.
std::string quoted_side(ListView<TextEdit> edits, Side side);
// The script with each roll shown as an edit (a deletion and an insertion), for
// readers who want to see every character that differs (--show-rolls). Its
// edits view the same texts as `edits`.
std::vector<TextEdit> rolls_as_edits(ListView<TextEdit> edits);
// The edits a report shows: with each roll as an edit when `show_rolls`.
std::vector<TextEdit> shown_edits(ListView<TextEdit> edits, bool show_rolls);

struct NumberChange {
  std::string old_raw, new_raw;   // 「49社」 → 「53社」
  double old_value = 0, new_value = 0;
  std::string unit;
  int old_line = 0, new_line = 0;
};

// A rewrite and a commitment view the sentences of the Comparison's documents
// (Sentence::text), which hold them as long as the Comparison lives.
struct Rewrite {
  std::string_view old_sentence, new_sentence;
  int old_line = 0, new_line = 0;

  // Old → new, characters: the edits view the two sentences.
  std::vector<TextEdit> edits() const;
  // Keeps `edits`, a script from old_sentence to new_sentence (edit_script's).
  void set_edits(ListView<TextEdit> edits);

 private:
  // Each edit's kind and length in bytes, in order (a roll: its old length
  // in a second word); the texts follow from the sentences, which a script
  // covers end to end. Four bytes an edit, not a TextEdit's forty: a document
  // where every sentence was reworded keeps one script per sentence.
  CompactVector<uint32_t> script_;
};

struct Commitment {
  std::string_view sentence;
  int line = 0;
};

// One per measure of either edition, hundreds of thousands in a large
// comparison: the fields are ordered so that no padding falls between them.
struct MeasureDiff {
  CompactVector<NumberChange> numbers;    // mostly empty: 8 bytes each, none allocated
  CompactVector<Commitment> commitments_added, commitments_dropped;
  CompactVector<Rewrite> rewritten;
  std::optional<uint32_t> old_index, new_index;  // into the documents' measures; none: added,
                                                 // dropped
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
struct TextChangeFields {
  std::string part;                  // "title", "date", "body", "preamble", "footnote", "table"
  std::string old_text, new_text;    // normalized; empty where the edition has none
  int old_line = 0, new_line = 0;    // 0 where unknown or absent
  std::vector<TextEdit> edits;       // old → new, characters: views of old_text and new_text
  std::vector<NumberChange> numbers;  // a table row's or a note's figures that changed, cell by cell
};

// Its edits view its own texts, which it owns (a table row's text is made,
// not found in a document): a copy or a move points them at its own texts,
// since a short text moves with the object that holds it (inside
// std::string), not with a buffer.
struct TextChange : TextChangeFields {
  TextChange() = default;
  TextChange(const TextChange& o) : TextChangeFields(o) { view_own_texts(o.texts()); }
  TextChange(TextChange&& o) noexcept { *this = std::move(o); }
  TextChange& operator=(const TextChange& o);
  TextChange& operator=(TextChange&& o) noexcept;

 private:
  struct Texts {
    std::string_view old_text, new_text;
  };
  Texts texts() const { return {old_text, new_text}; }
  // Points the edits that view `from` at the same stretch of this one's texts.
  void view_own_texts(Texts from) noexcept;
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

// Move-only: its diffs view its documents' text (TextEdit, Rewrite,
// Commitment), which a move keeps where it is and a copy would not.
struct Comparison {
  Comparison() = default;
  Comparison(const Comparison&) = delete;
  Comparison& operator=(const Comparison&) = delete;
  Comparison(Comparison&&) = default;
  Comparison& operator=(Comparison&&) = default;

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
