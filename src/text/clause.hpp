// Internal: the clauses of a Japanese sentence and the tense of each — the
// one reading of predicates that the stale check (check/) and follow-through
// (history/) share, so that they cannot disagree about whether a clause is a
// plan.
//
// A sentence of these documents is a chain of clauses joined at 、: a
// continuative clause (「…を実施し、」「…するとともに、」) takes its tense from the
// clause after it; the last clause takes it from the sentence ending
// (「…した。」 past, 「…している。」 under way, 「…する。」「…予定である。」 a plan).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace nendiff::text {

enum class Tense {
  none,     // no tense of its own: a noun ending (「…を実施。」), or none found
  past,     // …した, …済み, …したところである
  ongoing,  // …している, …しており
  present,  // …である, …がある
  future,   // …する, …していく, …予定である, …を目指している
  inherit,  // a continuative clause (…し、…とともに、): the tense of the next clause
};

// A predicate found inside a sentence: a past (…した, …済み) or ongoing
// (…している, …しており) verb form at position i, and whether it modifies the
// noun after it (a relative clause: 「2023年度に策定した指針」). A た-form of a
// postpositional verb (「…に向けた支援」) is no predicate.
struct Predicate {
  Tense tense;
  bool attributive;
};
std::optional<Predicate> predicate_at(std::u32string_view t, size_t i);

// Two kinds of breaks at a 、, one reading for both (the general rule):
//
// - A clause ends where a verb of its own action continues into the next
//   one — a 連用形 right after its kanji stem (「…を実施し、」「…を行い、」), a
//   connective after a verb form (「…するとともに、」「…したほか、」) or the
//   continuative of an ending (「…しており、」「…であり、」) — and there only.
//   Such a clause has a tense, or inherits it.
// - A predicate ends at any verb form before a 、: the clause ends above, and
//   also a passive or causative (「…され、」), a kana-written verb (「…まとめ、」)
//   or a て-form (「…と連携して、」), which run on into the predicate of
//   their clause.
//
// A year's reach (check/) stops at either; a promise (history/) is cut at
// clause ends only. So in 「…モニタが2023年に現地で上市され、…今後、別の
// 政府関係機関が支援を行う予定である。」 (L124 of the 2024 edition, labelled
// in tests/check_labels.inc; L119 of 2022 with 2021) 2023 governs 上市され,
// which holds no plan, while the sentence is one promise that names 2023.
// (Each engine's old rule fails the other's cases: the check cut at clause
// ends only flags L124; history cut at every predicate end loses the year of
// that promise.)
//
// Neither breaks after a particle (「2023年度は、」), a postposition
// (「…に基づき、」「…について、」, the verbs of one table), 引き続き, or a
// connective after a noun (「企業とともに、」).

// Does a clause end at the 、 at index `comma` of `t`, and with what tense
// (inherit for a continuative clause)?
std::optional<Tense> clause_end(std::u32string_view t, size_t comma);
// True when a predicate ends at the 、 at `comma`.
bool predicate_ends_before(std::u32string_view t, size_t comma);

// The tense of the sentence's last predicate (its 。 and spaces aside).
Tense sentence_tense(std::u32string_view t);

// A clause: code points [begin, end) of the sentence, end past its 、 or at
// the sentence's end.
struct Clause {
  size_t begin = 0, end = 0;
  Tense tense = Tense::none;
};

// The clauses of a sentence, split at the 、 outside brackets that end one.
// A continuative clause keeps Tense::inherit, for the caller to resolve (a
// clause anchored in a past year reports rather than inherits).
std::vector<Clause> split_clauses(std::u32string_view t);

// True when the sentence states the outlook of a measure: a plan (its ending
// future) set in a time frame ahead — 「今後」「引き続き」「2024年度以降も」. The follow-ups close most measures with one
// (「引き続き2024年度以降も、…を推進する。」): however reworded from one edition
// to the next, it plays the same part (compare/diff.cpp).
bool states_outlook(std::u32string_view t);

}  // namespace nendiff::text
