// Internal: the figures of a normalized sentence — numbers with what they
// count. Years are not figures (text/years.hpp).
#pragma once

#include <string_view>
#include <vector>

#include "nendiff/model.hpp"
#include "text/years.hpp"

namespace nendiff::text {

// Every figure that is not a year or part of a date: 「3,400」「約3,400社」「8割」
// 「2.5億円」「1万人」「68医療機関」「27業種53社」 (two figures), 「93%」, ranges
// 「3〜5件」. Numbers inside names and versions (「第6回」 is kept as 回,
// 「6.0版」 as 版) keep their unit so a reader sees what they count.
// value is the plain number with 百/千/万/億/兆 applied. unit is the counter
// as written after the number and its multiplier: 「1万人」 → 10000 人; only a
// currency keeps the multiplier, since 億円 is how amounts are read (「2.5億円」
// → 250000000 億円). A number before の has no unit (「15のファンド」 → ""):
// の is a particle, what follows is a noun phrase, not a counter. raw covers
// 約/およそ/概ね and 第 before, 程度/ほど/前後 after (「約3,400社」「第6回」);
// 計 stays outside (it is a word, not a reading of the number).
std::vector<Figure> find_figures(std::string_view normalized);
// The same, with the text's years already found (find_years(normalized)).
std::vector<Figure> find_figures(std::string_view normalized,
                                 ListView<YearMention> years);

// find_years(normalized), then find_figures(normalized, years), on one
// decoding of the text (split_sentences runs this on every sentence).
void find_years_and_figures(std::string_view normalized, CompactVector<YearMention>& years,
                            CompactVector<Figure>& figures);

// Two writings of one quantity: 「1,234件」 and 「1234件」, 「1万人」 and
// 「10,000人」, 「2.5億円」 and 「25,000万円」. Whether it is approximate (約)
// or an ordinal (第6回, not 6回) is part of what it says; the writing is not.
bool same_quantity(const Figure& a, const Figure& b);

}  // namespace nendiff::text
