// Internal: character bigrams — the one way texts are cut into bigrams, the
// measures on bigram vectors, and document frequencies for weighting them.
#pragma once

#include "text/utf8.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace nendiff::text {

using Bigram = std::uint64_t;

inline Bigram make_bigram(char32_t a, char32_t b) { return (static_cast<Bigram>(a) << 32) | b; }

// Calls f(a, b) for every two adjacent code points of UTF-8 `text` (decoded
// on the way: no code point string is made).
template <typename F>
void for_each_pair(std::string_view text, F f) {
  const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
  UChar32 previous = -1;
  for (size_t i = 0; i < text.size();) {
    const UChar32 c = next_code_point(s, i, text.size());
    if (previous >= 0) f(static_cast<char32_t>(previous), static_cast<char32_t>(c));
    previous = c;
  }
}

// Which pairs make bigrams: every pair, or only pairs of two letters or
// digits (no punctuation, spaces or year placeholders).
enum class Pairs { all, letters_and_digits };
bool is_letter_or_digit(char32_t c);

// Sorted (bigram, weight) pairs: a sparse vector.
using SparseVector = std::vector<std::pair<Bigram, double>>;

// Character bigrams of UTF-8 `text` with their counts, sorted by bigram.
SparseVector bigram_counts(std::string_view text);
// The distinct bigrams of UTF-8 `text`, sorted.
std::vector<Bigram> distinct_bigrams(std::string_view text, Pairs pairs);

// Dice coefficient of two multisets of bigrams (counts as weights).
double dice(const SparseVector& a, const SparseVector& b);
// The same for the bigrams of two UTF-8 texts: dice(bigram_counts(a),
// bigram_counts(b)), in time that follows what the texts do not share.
double dice(std::string_view a, std::string_view b);

// Bigrams numbered as first seen, with the number of documents (measures,
// sentences) each occurs in: numbers, so that a caller keeps its per-bigram
// data in vectors rather than in hash maps.
class BigramVocabulary {
 public:
  using Id = std::uint32_t;
  struct Term {
    Id id;
    std::uint32_t count;  // in the document
  };

  // The bigrams of one document by id, each with its count (sorted by id when
  // `sorted`), each counted `weight` times towards its document frequency.
  std::vector<Term> add_document(std::string_view text, int weight, bool sorted,
                                 Pairs pairs = Pairs::all);

  size_t size() const { return keys_.size(); }
  Bigram key(Id id) const { return keys_[id]; }
  int df(Id id) const { return df_[id]; }
  // The document frequency of any bigram: 0 for one never seen.
  int df_of(Bigram g) const;

 private:
  Id id_of(Bigram g);
  // The slot of `g` in ids_: where it is, or the empty slot where it would go.
  size_t slot_of(Bigram g) const;
  void grow();

  // Open addressing over a power-of-two number of slots, each an id + 1 (0:
  // empty), at most half full: the documents' every pair is looked up here,
  // a node-based map's allocation and pointer chase per new bigram cost the
  // alignment of the sample pair most of its time.
  std::vector<Id> ids_ = std::vector<Id>(1024, 0);
  std::vector<Bigram> keys_;
  std::vector<int> df_;
  std::vector<std::uint32_t> occurrences_;  // in the document being added; zero between documents
};

inline size_t BigramVocabulary::slot_of(Bigram g) const {
  const size_t mask = ids_.size() - 1;
  size_t at = static_cast<size_t>((g * 0x9E3779B97F4A7C15ull) >> 32) & mask;  // Fibonacci hashing
  while (ids_[at] != 0 && keys_[ids_[at] - 1] != g) at = (at + 1) & mask;
  return at;
}

inline BigramVocabulary::Id BigramVocabulary::id_of(Bigram g) {
  size_t at = slot_of(g);
  if (ids_[at] != 0) return ids_[at] - 1;
  if (2 * (keys_.size() + 1) > ids_.size()) {
    grow();
    at = slot_of(g);
  }
  const auto id = static_cast<Id>(keys_.size());
  ids_[at] = id + 1;
  keys_.push_back(g);
  df_.push_back(0);
  occurrences_.push_back(0);
  return id;
}

// Inline with id_of: the loop over a document's pairs is the hot path of
// alignment, and at each call the kind of pairs and the sorting are known.
inline std::vector<BigramVocabulary::Term> BigramVocabulary::add_document(std::string_view text,
                                                                          int weight, bool sorted,
                                                                          Pairs pairs) {
  std::vector<Id> distinct;
  auto count = [&](char32_t a, char32_t b) {
    const Id g = id_of(make_bigram(a, b));
    if (occurrences_[g]++ == 0) distinct.push_back(g);
  };
  // One loop for each kind of pairs, so that every pair is not asked which.
  if (pairs == Pairs::all)
    for_each_pair(text, count);
  else
    for_each_pair(text, [&](char32_t a, char32_t b) {
      if (is_letter_or_digit(a) && is_letter_or_digit(b)) count(a, b);
    });
  if (sorted) std::sort(distinct.begin(), distinct.end());
  std::vector<Term> terms;
  terms.reserve(distinct.size());
  for (Id g : distinct) {
    terms.push_back({g, occurrences_[g]});
    occurrences_[g] = 0;
    df_[g] += weight;
  }
  return terms;
}

// Two inverse document frequencies, for two questions; each is tuned on its
// own labelled cases (tests/align_test.cpp, samples/expected/history.json), so
// neither replaces the other:
// - measure_idf: how telling a bigram is when two measures are compared as
//   IDF-weighted vectors (compare/align_measures): log(N / df) over the N
//   measures of both editions, with a floor of 0.1 so that a bigram of every
//   measure still counts a little in the cosine.
// - sentence_idf: how much a commitment's bigram counts when the next
//   edition's sentences are searched for it (history): over the N sentences
//   of one edition, smoothed (N + 2) / (df + 1), so that a bigram of every
//   sentence of a short edition still weighs something and one never seen
//   weighs most.
inline double measure_idf(double documents, int df) {
  return std::log(documents / (df > 1 ? df : 1)) + 0.1;
}
inline double sentence_idf(int documents, double df) {
  return std::log((documents + 2.0) / (df + 1.0));
}

}  // namespace nendiff::text
