// Internal: the first half of the compare stage, pairing the measures and
// sections of two editions.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "nendiff/compare.hpp"
#include "nendiff/model.hpp"

namespace nendiff {

// The measures of two editions paired, each pair as the diff it becomes: its
// indices and similarity (0 … 1, after year roll and normalization) set, the
// rest made by diffing. A document of a million units has a million pairs:
// they are listed once, not as pairs and then as diffs.
struct MeasurePairs {
  std::vector<MeasureDiff> pairs;  // every measure of both editions once
  std::vector<bool> same_text;     // of each pair: texts equal but for their years
};

// Each old section's partner in the new edition, if it has one.
using SectionMap = std::vector<std::optional<size_t>>;

struct Alignment {
  int year_gap = 1;                       // new edition year − old edition year
  std::vector<MeasureDiff> measures;      // every measure of both editions once (MeasurePairs)
  std::vector<bool> same_text;            // of each: texts equal but for their years
  std::vector<SectionChange> sections;    // every section of both editions once
};

// The years between editions: from their edition years, else 1.
int edition_gap(const Document& old_doc, const Document& new_doc);

Alignment align(const Document& old_doc, const Document& new_doc);

}  // namespace nendiff
