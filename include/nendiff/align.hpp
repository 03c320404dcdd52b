// Stage 4 — align: pair the measures (and sections) of two editions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "nendiff/model.hpp"

namespace nendiff {

struct MeasurePair {
  int old_index = -1;       // into old Document::measures, -1: added
  int new_index = -1;       // into new Document::measures, -1: dropped
  double similarity = 0;    // 0 … 1, text similarity after year roll and normalization
  bool same_text = false;   // texts equal but for their years (see same_but_years)
};

// How a section of the old edition reappears in the new one. `relocated`: the
// same heading under another parent (its measures count as moved).
enum class SectionChangeKind {
  same, renamed, renumbered, renumbered_and_renamed, relocated, added, removed,
  releveled  // the same title at another heading level (「(健康経営)」 → 「○健康経営」)
};
const char* section_change_name(SectionChangeKind k);

struct SectionPair {
  int old_index = -1;       // into old Document::sections, -1: added
  int new_index = -1;       // into new Document::sections, -1: removed
  SectionChangeKind kind = SectionChangeKind::same;
};

struct Alignment {
  int year_gap = 1;                       // new edition year − old edition year
  std::vector<MeasurePair> measures;      // every measure of both editions once
  std::vector<SectionPair> sections;      // every section of both editions once
};

// The years between editions: from their edition years, else 1.
int edition_gap(const Document& old_doc, const Document& new_doc);

// The comparison form of normalized text: spaces removed and every year
// replaced by a placeholder, so that texts differing only in their years (rolled
// or not, 令和 or 西暦) compare equal; the years are returned in order.
struct YearMasked {
  std::string text;
  std::vector<int> years;
};
YearMasked mask_years(std::string_view normalized);
// The same with the years already found in `normalized` (Sentence::years).
YearMasked mask_years(std::string_view normalized, const std::vector<YearMention>& years);
// A measure's text, masked sentence by sentence from the years the parser found.
YearMasked mask_years(const Measure& m);

// True when two masked texts are the same once years are allowed to stay or to
// move by `gap` (each year independently: dated facts keep theirs).
bool same_but_years(const YearMasked& old_text, const YearMasked& new_text, int gap);

// Similarity of two texts in [0, 1]: Dice coefficient of their character bigrams.
double text_similarity(std::string_view a, std::string_view b);

Alignment align(const Document& old_doc, const Document& new_doc);

}  // namespace nendiff
