#include "nendiff/model.hpp"

#include <algorithm>

namespace nendiff {

const char* unit_kind_name(UnitKind k) {
  switch (k) {
    case UnitKind::measure: return "measure";
    case UnitKind::article: return "article";
    case UnitKind::item: return "item";
    case UnitKind::paragraph: return "paragraph";
  }
  return "measure";
}

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

std::string TableRow::text() const {
  std::string out;
  for (const std::string& cell : cells) out += (out.empty() ? "" : " | ") + cell;
  return out;
}

int Measure::line_at(size_t offset) const {
  // spans are sorted by offset: the last span starting at or before `offset`.
  auto after = std::upper_bound(spans.begin(), spans.end(), offset,
                                [](size_t o, const LineSpan& s) { return o < s.offset; });
  if (after == spans.begin()) return line;
  return std::prev(after)->line;
}

void Measure::view_own_text() noexcept {
  for (Sentence& s : sentences)
    s.text = s.offset + s.text.size() <= text.size() ? std::string_view(text).substr(s.offset, s.text.size())
                                                     : std::string_view();
}

}  // namespace nendiff
