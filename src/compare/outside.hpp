// Internal: the text outside the units of two editions, compared.
#pragma once

#include <vector>

#include "nendiff/compare.hpp"

namespace nendiff {

// What differs between the editions' titles, decision dates, deciding bodies,
// preambles, footnotes and table rows (years may roll by `gap`, as in the units).
std::vector<TextChange> outside_changes(const Document& o, const Document& n, int gap);

}  // namespace nendiff
