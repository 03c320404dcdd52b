// Internal: text features for alignment — bigram vectors and key phrases.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace nendiff::detail {

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

}  // namespace nendiff::detail
