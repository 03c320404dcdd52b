// Internal to the history stage: a sentence read for what it promises, and
// the wording a commitment shares with a later sentence.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "nendiff/model.hpp"
#include "text/bigrams.hpp"
#include "text/clause.hpp"

namespace nendiff::detail {

// A sentence read as clauses (text/clause), each continuative clause given
// the tense of the clause after it unless a year before the edition's anchors
// it in the past (「2023年度に…を実施し、」 in a 2024 edition reports).
struct Reading {
  const Sentence* sentence = nullptr;
  std::u32string text;
  std::vector<text::Clause> clauses;
  bool promises = false;  // a future clause holds text
  std::string forward;    // the future clauses, joined, years masked
  int forward_year = 0;   // the first year named in them
};
Reading read_sentence(const Sentence& s, int edition);

// The clause's text with its years masked, from the years the parser found
// in the sentence.
std::string masked(const Reading& r, const text::Clause& c);

// Wording shared between a commitment and a later sentence: character bigrams
// of letters and digits (years masked), weighted by rarity across the sentences
// of the commitment's edition so that 推進 or 引き続き count for little.
using Bigrams = std::vector<text::Bigram>;  // sorted, unique

// The bigrams of year-masked text, or of a sentence (masked with its years).
Bigrams bigrams_of(std::string_view masked);
Bigrams bigrams_of(const Sentence& s);

class Wording {
 public:
  explicit Wording(const Document& d);
  double weight(text::Bigram g) const;
  // The weighted share of `wanted` found in `text`.
  double share(const Bigrams& wanted, const Bigrams& text) const;

 private:
  text::BigramVocabulary bigrams_;
  int sentences_ = 0;
};

}  // namespace nendiff::detail
