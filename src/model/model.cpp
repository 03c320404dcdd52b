#include "nendiff/model.hpp"

#include <algorithm>

namespace nendiff {

std::vector<std::string> MinistryTag::leads() const {
  std::vector<std::string> names;
  for (const Ministry& m : ministries)
    if (m.lead) names.push_back(m.name);
  return names;
}

std::vector<std::string> MinistryTag::others() const {
  std::vector<std::string> names;
  for (const Ministry& m : ministries)
    if (!m.lead) names.push_back(m.name);
  return names;
}

int Measure::line_at(size_t offset) const {
  // spans are sorted by offset: the last span starting at or before `offset`.
  auto after = std::upper_bound(spans.begin(), spans.end(), offset,
                                [](size_t o, const LineSpan& s) { return o < s.offset; });
  if (after == spans.begin()) return line;
  return std::prev(after)->line;
}

}  // namespace nendiff
