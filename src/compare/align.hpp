// Internal: the first half of the compare stage, pairing the measures and
// sections of two editions.
#pragma once

#include <vector>

#include "nendiff/compare.hpp"
#include "nendiff/model.hpp"

namespace nendiff {

struct MeasurePair {
  int old_index = -1;       // into old Document::measures, -1: added
  int new_index = -1;       // into new Document::measures, -1: dropped
  double similarity = 0;    // 0 … 1, text similarity after year roll and normalization
  bool same_text = false;   // texts equal but for their years (see same_but_years)
};


struct Alignment {
  int year_gap = 1;                       // new edition year − old edition year
  std::vector<MeasurePair> measures;      // every measure of both editions once
  std::vector<SectionChange> sections;    // every section of both editions once
};

// The years between editions: from their edition years, else 1.
int edition_gap(const Document& old_doc, const Document& new_doc);

Alignment align(const Document& old_doc, const Document& new_doc);

// Character-level edit script (dtl over code points).
std::vector<TextEdit> edit_script(const std::string& old_text, const std::string& new_text);

}  // namespace nendiff
