// Internal: the measure half of stage 4 (align.cpp keeps the sections).
#pragma once

#include <cstdint>
#include <vector>

#include "compare/align.hpp"
#include "nendiff/model.hpp"

namespace nendiff::detail {

// A candidate pair of measures or sections with its score; sorts best first,
// then in document order, so that equal scores pair deterministically.
// Indices of 32 bits: a document of measures enough for more would not fit in
// memory, and the candidates of a large alignment are many.
struct Scored {
  Scored(double s, size_t o, size_t n)
      : score(s), old_index(static_cast<uint32_t>(o)), new_index(static_cast<uint32_t>(n)) {}
  double score = 0;
  uint32_t old_index = 0, new_index = 0;
  bool operator<(const Scored& o) const {
    if (score != o.score) return score > o.score;
    if (old_index != o.old_index) return old_index < o.old_index;
    return new_index < o.new_index;
  }
};

// Pairs the measures of two editions: texts equal but for rolled years first,
// then the rest by a global greedy assignment over scored candidates.
// `section_map` gives each old section's partner. Every measure of both
// editions appears once in the result.
MeasurePairs align_measures(const Document& old_doc, const Document& new_doc,
                            const SectionMap& section_map, int gap);

}  // namespace nendiff::detail
