// Lineages: the pairwise comparisons of consecutive editions chained. A
// measure's partner in the next edition continues its lineage, an added
// measure starts one, a dropped one ends it.
#include <algorithm>

#include "history/steps.hpp"
#include "text/year_mask.hpp"

namespace nendiff::detail {
namespace {

size_t start_lineage(History& h, size_t edition, size_t measure) {
  Lineage l;
  l.steps.resize(h.editions.size());
  l.steps[edition].measure = measure;
  l.first = l.last = edition;
  h.lineages.push_back(std::move(l));
  return h.lineages.size() - 1;
}

LineageStep step_of(const Comparison& c, const MeasureDiff& d) {
  LineageStep s;
  s.measure = d.new_index;
  s.status = d.status;
  s.moved = d.moved;
  s.tag_changed = d.tag_changed;
  if (d.old_index)
    s.same_text = text::same_but_years(text::mask_years(*c.old_measure(d)),
                                       text::mask_years(*c.new_measure(d)), c.year_gap);
  return s;
}

LineageMap chain_lineages(History& h) {
  LineageMap of(h.editions.size());
  for (size_t k = 0; k < h.editions[0].measures.size(); ++k)
    of[0].push_back(start_lineage(h, 0, k));
  for (size_t i = 0; i + 1 < h.editions.size(); ++i) {
    of[i + 1].assign(h.editions[i + 1].measures.size(), 0);  // every measure is in a diff
    for (const MeasureDiff& d : h.comparisons[i].measures) {
      if (!d.new_index) continue;  // dropped: its lineage ends in edition i
      const size_t l = d.old_index ? of[i][*d.old_index] : start_lineage(h, i + 1, *d.new_index);
      Lineage& lineage = h.lineages[l];
      lineage.steps[i + 1] = step_of(h.comparisons[i], d);
      lineage.last = i + 1;
      of[i + 1][*d.new_index] = l;
    }
  }
  return of;
}

int repeated_editions(const Lineage& l) {
  int n = 0;
  for (size_t e = l.last; e > l.first && l.steps[e].same_text; --e) ++n;
  return n;
}

// The latest edition's order; a lineage that ended earlier goes after the
// lineage of the measure that preceded it in its last edition.
std::vector<size_t> reading_order(const History& h, const LineageMap& of) {
  std::vector<size_t> order;
  std::vector<bool> placed(h.lineages.size(), false);
  for (size_t e = h.editions.size(); e-- > 0;) {
    for (size_t k = 0; k < of[e].size(); ++k) {
      const size_t l = of[e][k];
      if (placed[l]) continue;
      auto at = order.begin();
      for (size_t j = k; j-- > 0;)
        if (placed[of[e][j]]) {
          at = std::find(order.begin(), order.end(), of[e][j]) + 1;
          break;
        }
      order.insert(at, l);
      placed[l] = true;
    }
  }
  return order;
}

void reorder_lineages(History& h, LineageMap& of) {
  const std::vector<size_t> order = reading_order(h, of);
  std::vector<size_t> position(order.size());
  std::vector<Lineage> sorted;
  for (size_t p = 0; p < order.size(); ++p) {
    position[order[p]] = p;
    sorted.push_back(std::move(h.lineages[order[p]]));
  }
  h.lineages = std::move(sorted);
  for (auto& edition : of)
    for (size_t& l : edition) l = position[l];
}

}  // namespace

LineageMap follow_lineages(History& h) {
  LineageMap of = chain_lineages(h);
  reorder_lineages(h, of);
  for (Lineage& l : h.lineages) l.repeated = repeated_editions(l);
  return of;
}

}  // namespace nendiff::detail
