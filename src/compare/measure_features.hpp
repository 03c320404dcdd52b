// Internal to align_measures: what an unpaired measure is scored by — its
// bigrams and key phrases, weighted by inverse document frequency over every
// measure of both editions — and the similarities of two such profiles.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/bigrams.hpp"

namespace nendiff::detail {

// Bigrams and key phrases numbered as first seen, with the number of measures
// (of both editions) each occurs in.
class Vocabulary {
 public:
  using TermId = text::BigramVocabulary::Id;
  using Term = text::BigramVocabulary::Term;

  // The bigrams of year-masked text by id, each with its count (sorted by id
  // when asked), counted `weight` times towards the document frequencies.
  std::vector<Term> count_bigrams(std::string_view text, int weight, bool sorted) {
    return bigrams_.add_document(text, weight, sorted);
  }
  // The key phrases of year-masked text by id, sorted, counted `weight` times.
  std::vector<TermId> count_phrases(std::string_view text, int weight);
  // The ids of the names among the key phrases of `text` (counted already by
  // count_phrases), sorted.
  std::vector<TermId> name_ids(std::string_view text) const;
  // text::measure_idf over `measures` measures in all.
  void finish(size_t measures);

  text::Bigram key(TermId g) const { return bigrams_.key(g); }
  int df(TermId g) const { return bigrams_.df(g); }

  std::vector<double> bigram_idf, phrase_idf;
  double distinctive_idf = 0;  // a phrase at least this rare names one measure or two

 private:
  text::BigramVocabulary bigrams_;
  std::unordered_map<std::string, TermId> phrase_ids_;
  std::vector<int> phrase_df_;
};

// Scoring features of a measure that the identical-text pass left unpaired.
struct Profile {
  std::vector<Vocabulary::Term> bigrams;     // by id, with counts
  std::vector<Vocabulary::TermId> phrases;   // by id
  std::vector<Vocabulary::TermId> names;     // the phrases that are names (text::names), by id
  std::vector<Vocabulary::TermId> signature; // the rarest bigrams: what the index holds
  size_t leads = 0;                          // hash of the sorted lead ministries' names
  double bigram_total = 0, weighted_norm = 0;
  double position = 0;                       // 0 … 1 through the document
  std::optional<size_t> section;
};

// The profiles of one edition's measures, kept only for the measures the
// identical-text pass left unpaired: memory follows the changed measures, not
// the length of the document.
class Profiles {
 public:
  explicit Profiles(size_t measures) : slot_(measures, kNone) {}
  size_t size() const { return slot_.size(); }  // the edition's measures
  bool scored(size_t measure) const { return slot_[measure] != kNone; }
  const Profile& operator[](size_t measure) const { return kept_[slot_[measure]]; }
  void keep(size_t measure, Profile p) {
    slot_[measure] = static_cast<uint32_t>(kept_.size());
    kept_.push_back(std::move(p));
  }
  std::vector<Profile>& kept() { return kept_; }

 private:
  static constexpr uint32_t kNone = UINT32_MAX;
  std::vector<uint32_t> slot_;
  std::vector<Profile> kept_;
};

// Cosine of the IDF-weighted bigram vectors.
double cosine(const Profile& a, const Profile& b, const std::vector<double>& idf);

// Dice coefficient of the two bigram multisets.
double dice(const Profile& a, const Profile& b);

// Key phrases in common: the IDF-weighted Dice of the two phrase sets,
// whether a distinctive phrase is among them, and whether the two name
// different things (each has distinctive names, none shared).
struct PhraseMatch {
  double dice = 0;
  bool distinctive = false;
  bool conflict = false;
};
PhraseMatch phrase_match(const Profile& a, const Profile& b, const Vocabulary& v);

}  // namespace nendiff::detail
