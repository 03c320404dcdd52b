// Internal: what the history views (HTML page, PDF table) show of a lineage
// in one edition, decided once for both.
#pragma once

#include <string>
#include <vector>

#include "nendiff/history.hpp"

namespace nendiff::detail {

struct StepView {
  enum Kind { absent, dropped_here, first, same_text, changed } kind = absent;
  const Measure* measure = nullptr;  // the lineage's measure in this edition, if any
  bool moved = false, tag_changed = false;
};
StepView step_view(const History& h, const Lineage& l, size_t edition);

// Lineages whose commitment was rolled over with its year not updated: the
// views make them stand out.
std::vector<bool> unrolled_lineages(const History& h);

// Readers count from 1: lineage 0 is 「施策 #1」.
std::string lineage_number(size_t lineage);

}  // namespace nendiff::detail
