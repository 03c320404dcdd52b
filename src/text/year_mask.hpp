// Internal: text with its years masked, so that texts differing only in their
// years (rolled or not, 令和 or 西暦) compare equal.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "nendiff/model.hpp"

namespace nendiff::text {

// The comparison form of normalized text: spaces removed and every year
// replaced by a placeholder, so that texts differing only in their years (rolled
// or not, 令和 or 西暦) compare equal; the years are returned in order.
struct YearMasked {
  std::string text;
  std::vector<int> years;
};
YearMasked mask_years(std::string_view normalized);
// The same with the years already found in `normalized` (Sentence::years).
YearMasked mask_years(std::string_view normalized, ListView<YearMention> years);
// The stretch [begin, end) of `normalized` (a clause of a sentence), masked
// with those of its `years` that lie within the stretch.
YearMasked mask_years(std::string_view normalized, ListView<YearMention> years,
                      size_t begin, size_t end);
// A measure's text, masked sentence by sentence from the years the parser found.
YearMasked mask_years(const Measure& m);

// True when two measures' sentences read alike, years and all: their masked
// texts are then equal too, and need not be built to say so.
bool same_sentences(const Measure& a, const Measure& b);

// True when two masked texts are the same once years are allowed to stay or to
// move by `gap` (each year independently: dated facts keep theirs).
bool same_but_years(const YearMasked& old_text, const YearMasked& new_text, int gap);

}  // namespace nendiff::text
