// Internal: the first half of the compare stage, pairing the measures and
// sections of two editions.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "nendiff/compare.hpp"
#include "nendiff/model.hpp"

namespace nendiff {

struct MeasurePair {
  std::optional<size_t> old_index;  // into old Document::measures; none: added
  std::optional<size_t> new_index;  // into new Document::measures; none: dropped
  double similarity = 0;    // 0 … 1, text similarity after year roll and normalization
  bool same_text = false;   // texts equal but for their years (see same_but_years)
};


// Each old section's partner in the new edition, if it has one.
using SectionMap = std::vector<std::optional<size_t>>;

struct Alignment {
  int year_gap = 1;                       // new edition year − old edition year
  std::vector<MeasurePair> measures;      // every measure of both editions once
  std::vector<SectionChange> sections;    // every section of both editions once
};

// The years between editions: from their edition years, else 1.
int edition_gap(const Document& old_doc, const Document& new_doc);

Alignment align(const Document& old_doc, const Document& new_doc);

}  // namespace nendiff
