#include "text/year_mask.hpp"

#include <algorithm>

#include "text/years.hpp"

namespace nendiff::text {
namespace {

// Appends `text` without its spaces, a run at a time.
void append_without_spaces(std::string& out, std::string_view text) {
  for (size_t at = 0; at < text.size();) {
    size_t space = text.find(' ', at);
    if (space == std::string_view::npos) space = text.size();
    out.append(text.data() + at, space - at);
    at = space + 1;
  }
}

// Appends the masked form of one sentence (see mask_years) from byte `begin`
// on to `masked`; years that start before `begin` or run past the end of
// `normalized` are left out.
void append_masked(YearMasked& masked, std::string_view normalized,
                   ListView<YearMention> years, size_t begin = 0) {
  size_t at = begin;
  for (const YearMention& y : years) {
    if (y.offset < at) continue;
    if (y.offset + y.length > normalized.size()) break;
    append_without_spaces(masked.text, normalized.substr(at, y.offset - at));
    // One placeholder per year, whatever its form (令和6年度 ≡ 2024年度); the
    // suffix stays so that 年度 and 年 still differ.
    masked.text += "\x01";
    if (y.raw.size() >= y.suffix.size() &&
        y.raw.compare(y.raw.size() - y.suffix.size(), y.suffix.size(), y.suffix) == 0)
      masked.text += y.suffix;
    masked.years.push_back(y.year);
    at = y.offset + y.length;
  }
  append_without_spaces(masked.text, normalized.substr(std::min(at, normalized.size())));
}

}  // namespace

YearMasked mask_years(std::string_view normalized, ListView<YearMention> years) {
  YearMasked masked;
  masked.text.reserve(normalized.size());
  append_masked(masked, normalized, years);
  return masked;
}

YearMasked mask_years(std::string_view normalized, ListView<YearMention> years,
                      size_t begin, size_t end) {
  YearMasked masked;
  append_masked(masked, normalized.substr(0, end), years, begin);
  return masked;
}

YearMasked mask_years(std::string_view normalized) {
  return mask_years(normalized, find_years(normalized));
}

YearMasked mask_years(const Measure& m) {
  YearMasked masked;
  masked.text.reserve(m.text.size());
  for (const Sentence& s : m.sentences) append_masked(masked, s.text, s.years);
  return masked;
}

bool same_sentences(const Measure& a, const Measure& b) {
  if (std::string_view(a.text) != std::string_view(b.text) || a.sentences.size() != b.sentences.size())
    return false;
  auto same_year = [](const YearMention& x, const YearMention& y) {
    return x.offset == y.offset && x.length == y.length && x.year == y.year && x.suffix == y.suffix;
  };
  for (size_t i = 0; i < a.sentences.size(); ++i) {
    const Sentence &x = a.sentences[i], &y = b.sentences[i];
    if (x.text != y.text || !std::equal(x.years.begin(), x.years.end(), y.years.begin(), y.years.end(), same_year))
      return false;
  }
  return true;
}

bool same_but_years(const YearMasked& old_text, const YearMasked& new_text, int gap) {
  if (old_text.text != new_text.text || old_text.years.size() != new_text.years.size())
    return false;
  for (size_t i = 0; i < old_text.years.size(); ++i) {
    int o = old_text.years[i], n = new_text.years[i];
    if (n != o && n != o + gap) return false;
  }
  return true;
}

}  // namespace nendiff::text
