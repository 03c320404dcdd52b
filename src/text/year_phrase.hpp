// Internal: a year with what qualifies it — 「2023年度以降は、」「2023年度末時点で」
// 「2024年3月までに」 — read for how far in time it reaches and how it attaches
// to the predicates after it.
#pragma once

#include <string_view>
#include <vector>

#include "nendiff/model.hpp"

namespace nendiff::text {

// Ordered from weakest to strongest: when qualifiers pile up (「2023年度末から」),
// the strongest decides.
enum class PhraseKind {
  attributive,  // names a thing: 「2023年度の」「2023年度健康経営度調査」
  point,        // a time: 「2023年度に」「2023年度中」「2023年秋」
  onward,       // from then on: 以降, 以後, から, より
  until,        // up to then: まで, までに, までの間
  target,       // a target date: を目途に, を目標に
  as_of,        // a state at that time: 現在, 時点, 末時点
};

struct YearPhrase {
  const YearMention* year = nullptr;
  size_t begin = 0, end = 0;  // the phrase as shown: the year and its qualifiers
  size_t after = 0;           // first index past its particles
  PhraseKind kind = PhraseKind::attributive;
  bool close = false;         // attaches to the very next predicate (no topic, comma or の)
};

// The code-point index in `text` of each of its years (in text order, as the
// parser stores them). Counted on from one year to the next: counting from
// the start each time is quadratic on a sentence of thousands of years.
std::vector<size_t> year_positions(std::string_view text, ListView<YearMention> years);

// The phrase of year `y`, whose raw text starts at index `begin` of `t`.
YearPhrase read_year_phrase(std::u32string_view t, size_t begin, const YearMention& y);

// A range 「2020年度から2022年度まで、」 or list 「2023年12月、2024年4月に」 is one
// phrase as far as attachment goes: the last member decides. `phrases` in
// text order.
void chain_ranges(std::vector<YearPhrase>& phrases, std::u32string_view t);

}  // namespace nendiff::text
