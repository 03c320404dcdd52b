// Internal: text features for alignment — year-masked text, bigram vectors
// and key phrases.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
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
YearMasked mask_years(std::string_view normalized, const std::vector<YearMention>& years);
// A measure's text, masked sentence by sentence from the years the parser found.
YearMasked mask_years(const Measure& m);

// True when two masked texts are the same once years are allowed to stay or to
// move by `gap` (each year independently: dated facts keep theirs).
bool same_but_years(const YearMasked& old_text, const YearMasked& new_text, int gap);



using Bigram = std::uint64_t;
// Sorted (bigram, weight) pairs: a sparse vector.
using SparseVector = std::vector<std::pair<Bigram, double>>;

// Character bigrams of `text` with their counts, sorted by bigram.
SparseVector bigram_counts(std::u32string_view text);

// Dice coefficient of two multisets of bigrams (counts as weights).
double dice(const SparseVector& a, const SparseVector& b);
// Cosine of two weighted vectors.
double cosine(const SparseVector& a, const SparseVector& b);
double norm(const SparseVector& v);

// Phrases that name what a measure is about: 「」-quoted names, Latin acronyms
// and names (AMED, DASHforSaMD), long katakana terms, organisation names. Takes
// year-masked text (mask_years) so 「健康経営銘柄2023」 and 「…2024」 agree.
std::vector<std::string> key_phrases(std::string_view masked);

}  // namespace nendiff::text
