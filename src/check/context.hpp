// Internal to the check stage: what the checks of one edition share, and the
// pieces check.cpp calls in sentences.cpp and messages.cpp.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "nendiff/check.hpp"

namespace nendiff::detail {

// The prior edition's sentences, by a hash of their compare keys (a set of the
// keys themselves would copy the whole prior text once more).
class PriorSentences {
 public:
  explicit PriorSentences(const Document& prior);
  // True when a prior sentence reads the same as `normalized`, spaces aside.
  bool contains(std::string_view normalized) const;

 private:
  using Entry = std::pair<std::uint64_t, const Sentence*>;
  std::vector<Entry> by_hash_;
};

struct Context {
  const Document& doc;
  int year;                                   // the edition year, 0 when unknown
  const PriorSentences* prior_sentences;
  std::vector<StaleFinding> findings;
  int prior_year = 0;                         // the prior edition's year, 0 when unknown
  const Document* prior = nullptr;            // the prior edition, when one is given
};

// sentences.cpp: the findings about the years of one sentence of a measure.
void check_sentence(Context& c, size_t measure, const Sentence& s);

// references.cpp: a law's references to articles the edition does not have
// and, given the prior edition, to paragraphs it had and this one has not.
void check_references(Context& c);

// 「2023度」: 年 left out.
bool is_malformed(const YearMention& y);

// messages.cpp: message_ja and message_en of a finding about year `y` in an
// edition of `year`, by the finding's reason.
void set_messages(StaleFinding& f, const YearMention& y, int year);

}  // namespace nendiff::detail
