// A tense judge built on MeCab's parts of speech and conjugations, in place of
// nendiff's hand-kept lists of verb endings (src/check/check.cpp,
// src/history/history.cpp). It keeps nendiff's sentence skeleton — which
// predicate a year phrase governs, which clause hands its tense on — and asks
// the analyser what each predicate is: the past auxiliary た (also だ after an
// 音便), て/で + いる/おる, a verb's 基本形, the nouns 予定・見込み・方針・計画 …
#pragma once

#include <string>
#include <vector>

#include "tense/morph.hpp"

namespace tense {

// none: the phrase governs nothing (a name, a bracketed note); unknown: no
// predicate found in reach.
enum class Tense { none, unknown, past, ongoing, present, future };
const char* tense_name(Tense t);

// A year as nendiff's parser found it: bytes of the sentence, Western year.
struct YearAt {
  size_t begin = 0, end = 0;
  int year = 0;
};

struct YearVerdict {
  Tense tense = Tense::none;
  std::string finding = "-";  // prior_year_future, prior_year_as_of or -
};

class MecabJudge {
 public:
  explicit MecabJudge(const Analyser& analyser) : analyser_(analyser) {}
  // What the year `which` of the sentence's `years` governs in an edition of `edition`.
  YearVerdict year(const std::string& sentence, const std::vector<YearAt>& years, size_t which,
                   int edition) const;
  // The tense of the clause holding byte `at` of the sentence, as history reads it.
  Tense clause(const std::string& sentence, const std::vector<YearAt>& years, size_t at, int edition) const;

 private:
  const Analyser& analyser_;
};

}  // namespace tense
