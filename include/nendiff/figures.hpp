// Years and figures in a normalized sentence (part of the parse stage).
#pragma once

#include <string_view>
#include <vector>

#include "nendiff/model.hpp"

namespace nendiff {

// Every year mention: 「2023年度」「2023年4月」「2020年3月27日」「令和6年度」
// 「平成30年」「2023度」 (malformed, suffix "度"). Era years are converted.
std::vector<YearMention> find_years(std::string_view normalized);

// Every figure that is not a year or part of a date: 「3,400」「約3,400社」「8割」
// 「2.5億円」「1万人」「68医療機関」「27業種53社」 (two figures), 「93%」, ranges
// 「3〜5件」. Numbers inside names and versions (「第6回」 is kept as 回,
// 「6.0版」 as 版) keep their unit so a reader sees what they count.
std::vector<Figure> find_figures(std::string_view normalized);

// Converts an era year: (令和, 6) → 2024, (平成, 30) → 2018; 0 if unknown era.
int era_to_western(std::string_view era, int era_year);

}  // namespace nendiff
