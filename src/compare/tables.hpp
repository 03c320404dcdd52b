// Internal: the rows of two editions' tables (a 工程表 between measures),
// compared as text outside the units.
#pragma once

#include <vector>

#include "nendiff/compare.hpp"

namespace nendiff {

// The rows that differ, each a TextChange of part "table" (years may roll by
// `gap`): a changed row old → new, an added or dropped row with one side empty.
std::vector<TextChange> table_changes(const Document& o, const Document& n, int gap);

// The footnotes that differ, by their texts (part "footnote"): a footnote
// only renumbered (「※3」 → 「※4」, one added before it) is no change.
std::vector<TextChange> footnote_changes(const Document& o, const Document& n, int gap);

}  // namespace nendiff
