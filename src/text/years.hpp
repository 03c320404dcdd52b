// Internal: the years a normalized text names, Western or era, in digits or
// in kanji numerals.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include <unicode/uniset.h>

#include "nendiff/model.hpp"

namespace nendiff::text {

// Every year mention: 「2023年度」「2023年4月」「2020年3月27日」「令和6年度」
// 「平成30年」「2023度」 (malformed, suffix "度"). Era years are converted.
// raw is the year and its suffix only (「2023年4月」 → raw 2023年, dated), so
// raw always ends with suffix; the month and day stay in the text. Suffixes:
// 年度, 年度末/中/内/初…, 年, 年末/秋…, 度, or "" for a 19xx/20xx number glued
// to a name (「健康経営銘柄2024」) or a dotted date 「2022.03.31」 (dated).
// A 4-digit number with a thousands comma or before a counter (「2466件」) is
// a figure, not a year.
std::vector<YearMention> find_years(std::string_view normalized);

// The year a file's name gives the edition it holds (「施策一覧_2024.csv」,
// 「R6_フォローアップ.xlsx」, 「令和6年度.pdf」): the last year mention, else the
// last token of its Latin letters and digits that is a 19xx or 20xx year or
// an era's initial and year (R6, H30); 0 if none. For an edition whose text
// says no year (a list with no title).
int year_of_file_name(std::string_view file_name);

// Converts an era year: (令和, 6) → 2024, (平成, 30) → 2018; 0 if unknown era.
int era_to_western(std::string_view era, int era_year);

// The era a day of the Gregorian calendar falls in: 2019-05-01 is 令和1 (R),
// 2019-04-30 平成31; none before 明治.
struct EraDate {
  std::string_view name, initial;
  int year = 0;
};
std::optional<EraDate> era_of(int year, int month, int day);

// For the figure reader (text/figures.cpp), which skips years and dates.
struct Decoded;
std::vector<YearMention> years_in(const Decoded& t);
// End of 「4月」「4月1日」 at i, or i: a month 1-12, then optionally a day.
size_t month_day_end(const Decoded& t, size_t i);
// The kanji numerals years are written with, and 元: what may make a year
// without a digit.
const icu::UnicodeSet& kanji_year_set();

}  // namespace nendiff::text
