// Internal to the history stage: the steps follow_history (history.cpp) runs
// after comparing consecutive editions, one file each.
#pragma once

#include <vector>

#include "nendiff/history.hpp"

namespace nendiff::detail {

// Per edition, the lineage of each of its measures.
using LineageMap = std::vector<std::vector<size_t>>;

// lineage.cpp: the pairwise comparisons chained into lineages, in the latest
// edition's reading order, each knowing how many editions repeat its text.
LineageMap follow_lineages(History& h);

// series.cpp: the figures of each lineage followed across its editions.
void collect_series(History& h);

// follow_through.cpp: each commitment judged against the next edition.
void follow_commitments(History& h, const LineageMap& of);

}  // namespace nendiff::detail
