// Internal: the second half of the compare stage, what changed inside one
// aligned pair of measures.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "nendiff/compare.hpp"
#include "nendiff/model.hpp"

namespace nendiff {

// The sentences added, dropped and rewritten and the figures changed between
// two measures, into `out` (their years may differ by `gap`).
void diff_measures(const Measure& o, const Measure& n, int gap, MeasureDiff& out);

// The same figure, however written (text::same_quantity): 「1,234件」 → 「1234件」
// is a rewrite, not a figure changed.
bool same_figure(const Figure& a, const Figure& b);
// `o` → `n`, the figure found on those lines.
NumberChange number_change(const Figure& o, const Figure& n, int old_line, int new_line);

// The same ministries lead and take part, in whatever order or form.
bool same_ministries(const SharedValue<MinistryTag>& a, const SharedValue<MinistryTag>& b);

}  // namespace nendiff
