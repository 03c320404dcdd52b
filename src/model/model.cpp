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

std::string joined_cells(const std::vector<std::string>& cells, size_t from) {
  std::string out;
  for (size_t i = from; i < cells.size(); ++i) out.append(i > from ? " | " : "").append(cells[i]);
  return out;
}

std::string TableRow::text() const { return joined_cells(cells); }

std::vector<size_t> Document::section_chain(std::optional<size_t> section) const {
  std::vector<size_t> chain;
  for (; section && *section < sections.size(); section = sections[*section].parent) chain.push_back(*section);
  std::reverse(chain.begin(), chain.end());
  return chain;
}

int Measure::line_at(size_t offset) const {
  // spans are sorted by offset: the last span starting at or before `offset`.
  auto after = std::upper_bound(spans.begin(), spans.end(), offset,
                                [](size_t o, const LineSpan& s) { return o < s.offset; });
  if (after == spans.begin()) return line;
  return std::prev(after)->line;
}

namespace {

// Where `part` starts in `whole`, both views of one text.
size_t offset_in(std::string_view part, std::string_view whole) {
  return part.empty() ? 0 : static_cast<size_t>(part.data() - whole.data());
}

// The stretch [offset, offset + length) of `text`; empty if the text is shorter.
std::string_view stretch(std::string_view text, size_t offset, size_t length) {
  return offset + length <= text.size() ? text.substr(offset, length) : std::string_view();
}

void view_text(YearMention& y, std::string_view sentence) {
  const size_t suffix = y.suffix.size();
  y.raw = stretch(sentence, y.offset, y.length);
  y.suffix = suffix <= y.raw.size() ? y.raw.substr(y.raw.size() - suffix) : std::string_view();
}

void view_text(Figure& f, std::string_view sentence) {
  const size_t unit_at = offset_in(f.unit, f.raw);  // read before `raw` moves
  f.raw = stretch(sentence, f.offset, f.raw.size());
  f.unit = stretch(f.raw, unit_at, f.unit.size());
}

}  // namespace

void Measure::view_own_text() noexcept {
  for (Sentence& s : sentences) {
    s.text = stretch(text, s.offset, s.text.size());
    for (YearMention& y : s.years) view_text(y, s.text);
    for (Figure& f : s.figures) view_text(f, s.text);
  }
}

}  // namespace nendiff
