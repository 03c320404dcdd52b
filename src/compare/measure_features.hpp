// Internal to align_measures: what an unpaired measure is scored by — its
// bigrams and key phrases, weighted by inverse document frequency over every
// measure of both editions — and the similarities of two such profiles.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/bigrams.hpp"

namespace nendiff::detail {

// A run of terms a Profiles keeps in one of its arenas: a profile's lists
// cost two words each, not a vector and a heap block of their own.
template <class T>
class TermSpan {
 public:
  TermSpan() = default;
  TermSpan(const T* first, size_t count) : first_(first), count_(static_cast<uint32_t>(count)) {}
  size_t size() const { return count_; }
  bool empty() const { return count_ == 0; }
  const T& operator[](size_t i) const { return first_[i]; }
  const T* begin() const { return first_; }
  const T* end() const { return first_ + count_; }

 private:
  const T* first_ = nullptr;
  uint32_t count_ = 0;
};

// Append-only storage whose elements never move: the runs a TermSpan points
// into stay valid while more are added. Blocks, not one growing vector, so
// that no copy of the whole is ever made.
template <class T>
class Arena {
 public:
  TermSpan<T> keep(const std::vector<T>& run) { return keep(run.data(), run.size()); }
  TermSpan<T> keep(const T* first, size_t count) {
    if (count == 0) return {};
    if (blocks_.empty() || used_ + count > blocks_.back().size()) {
      blocks_.emplace_back(std::max(count, kBlock));
      used_ = 0;
    }
    T* at = blocks_.back().data() + used_;
    std::copy(first, first + count, at);
    used_ += count;
    return {at, count};
  }

 private:
  static constexpr size_t kBlock = 1 << 14;
  std::deque<std::vector<T>> blocks_;
  size_t used_ = 0;
};

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
  // The phrases' texts, kept once in blocks: a map of strings spends a heap
  // block a phrase (a document of 200,000 look-alike measures has one each).
  Arena<char> phrase_texts_;
  std::unordered_map<std::string_view, TermId> phrase_ids_;
  std::vector<int> phrase_df_;
};

// A profile's bigrams, sorted by id, each with its count, packed in 32-bit
// words: an id alone when it occurs once (most do), else the id with its top
// bit set and the count in the next word — half the room of (id, count) pairs,
// for as many profiles as there are changed measures.
class PackedTerms {
 public:
  using Term = Vocabulary::Term;
  static constexpr uint32_t kCounted = 0x80000000u;

  class iterator {
   public:
    explicit iterator(const uint32_t* at) : at_(at) {}
    Term operator*() const { return *at_ & kCounted ? Term{*at_ & ~kCounted, at_[1]} : Term{*at_, 1}; }
    iterator& operator++() {
      at_ += *at_ & kCounted ? 2 : 1;
      return *this;
    }
    bool operator==(const iterator& o) const { return at_ == o.at_; }
    bool operator!=(const iterator& o) const { return at_ != o.at_; }

   private:
    const uint32_t* at_;
  };

  PackedTerms(const uint32_t* words, size_t count) : words_(words), count_(count) {}
  iterator begin() const { return iterator(words_); }
  iterator end() const { return iterator(words_ + count_); }
  size_t words() const { return count_; }  // at least as many as the terms

  // `terms` packed onto the end of `words`.
  static void pack(const std::vector<Term>& terms, std::vector<uint32_t>& words);

 private:
  const uint32_t* words_;
  size_t count_;
};

// Scoring features of a measure that the identical-text pass left unpaired.
// Its place in the document (position) is its index's: not kept.
struct Profile {
  const uint32_t* bigram_words = nullptr;      // PackedTerms
  const Vocabulary::TermId* phrase_ids = nullptr;  // the phrases by id, then the names
  uint32_t bigram_word_count = 0, phrase_count = 0, name_count = 0;
  std::optional<uint32_t> section;             // the measure's (Measure::section)
  uint32_t bigram_total = 0;                   // bigrams counted with repeats
  size_t leads = 0;                            // hash of the sorted lead ministries' names
  double weighted_norm = 0;

  PackedTerms bigrams() const { return {bigram_words, bigram_word_count}; }
  TermSpan<Vocabulary::TermId> phrases() const { return {phrase_ids, phrase_count}; }
  // The phrases that are names (text::names), by id.
  TermSpan<Vocabulary::TermId> names() const { return {phrase_ids + phrase_count, name_count}; }
};

// One profile with its term lists in storage of its own: a new measure's,
// made when it is scored (valid until the next set), or one on its way into
// Profiles.
class ProfileScratch {
 public:
  void set(Profile p, const std::vector<Vocabulary::Term>& bigrams,
           const std::vector<Vocabulary::TermId>& phrases,
           const std::vector<Vocabulary::TermId>& names) {
    words_.clear();
    PackedTerms::pack(bigrams, words_);
    ids_.assign(phrases.begin(), phrases.end());
    ids_.insert(ids_.end(), names.begin(), names.end());
    p.bigram_words = words_.data();
    p.bigram_word_count = static_cast<uint32_t>(words_.size());
    p.phrase_ids = ids_.data();
    p.phrase_count = static_cast<uint32_t>(phrases.size());
    p.name_count = static_cast<uint32_t>(names.size());
    profile_ = p;
  }
  Profile& profile() { return profile_; }
  const std::vector<uint32_t>& words() const { return words_; }
  const std::vector<Vocabulary::TermId>& ids() const { return ids_; }

 private:
  Profile profile_;
  std::vector<uint32_t> words_;
  std::vector<Vocabulary::TermId> ids_;
};

// The profiles of the old edition's measures, kept only for the measures the
// identical-text pass left unpaired: memory follows the changed measures, not
// the length of the document.
class Profiles {
 public:
  explicit Profiles(size_t measures) : slot_(measures, kNone) {}
  size_t size() const { return slot_.size(); }  // the edition's measures
  bool scored(size_t measure) const { return slot_[measure] != kNone; }
  const Profile& operator[](size_t measure) const { return kept_[slot_[measure]]; }
  // Keeps the profile of `measure`, its term lists copied into the arenas.
  void keep(size_t measure, Profile p, const std::vector<Vocabulary::Term>& bigrams,
            const std::vector<Vocabulary::TermId>& phrases,
            const std::vector<Vocabulary::TermId>& names) {
    scratch_.set(p, bigrams, phrases, names);
    Profile& kept = scratch_.profile();
    kept.bigram_words = words_.keep(scratch_.words()).begin();
    kept.phrase_ids = ids_.keep(scratch_.ids()).begin();
    slot_[measure] = static_cast<uint32_t>(kept_.size());
    kept_.push_back(kept);
  }
  std::deque<Profile>& kept() { return kept_; }

 private:
  static constexpr uint32_t kNone = UINT32_MAX;
  std::vector<uint32_t> slot_;
  std::deque<Profile> kept_;  // a deque: growing never copies the profiles kept
  Arena<uint32_t> words_;
  Arena<Vocabulary::TermId> ids_;
  ProfileScratch scratch_;
};

// The old measures under each term id (a bigram's or a phrase's), in
// document order: every list in one array, built in two passes over the
// measures (count, then place) so that nothing is held twice.
class PostingLists {
 public:
  // `each_term(o, f)` calls f(id) for every term of old measure o; ids are
  // below `terms`.
  template <class EachTerm>
  void build(size_t terms, size_t measures, EachTerm each_term) {
    first_.assign(terms + 1, 0);
    for (size_t o = 0; o < measures; ++o) each_term(o, [&](uint32_t id) { ++first_[id + 1]; });
    for (size_t t = 0; t < terms; ++t) first_[t + 1] += first_[t];
    measures_.resize(first_[terms]);
    std::vector<uint32_t> next(first_.begin(), first_.end() - 1);
    for (size_t o = 0; o < measures; ++o)
      each_term(o, [&](uint32_t id) { measures_[next[id]++] = static_cast<uint32_t>(o); });
  }
  TermSpan<uint32_t> operator[](uint32_t id) const {
    if (id + 1 >= first_.size()) return {};
    return {measures_.data() + first_[id], first_[id + 1] - first_[id]};
  }

 private:
  std::vector<uint32_t> first_;     // per id: where its list starts in measures_
  std::vector<uint32_t> measures_;
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
