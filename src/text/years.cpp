// Years come first: a figure is any other number (text/figures.cpp skips the
// spans find_years reports and the month/day of dates).
#include "text/years.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <string>
#include <tuple>

#include "text/char_span.hpp"
#include "text/counters.hpp"
#include "text/decoded.hpp"
#include "text/normalize.hpp"
#include "text/script.hpp"
#include "text/unicode.hpp"

namespace nendiff::text {
namespace {

struct Era {
  std::string_view name;
  std::u32string_view name32;
  int base;                    // western year of the era's year 0
  int first_month, first_day;  // its first day, in year base + 1
  std::string_view initial;    // its Latin initial (R, H, S, T, M)
};

// Newest first. 明治 from the day Excel and the Japanese calendar count it.
constexpr Era kEras[] = {{"令和", U"令和", 2018, 5, 1, "R"}, {"平成", U"平成", 1988, 1, 8, "H"},
                         {"昭和", U"昭和", 1925, 12, 25, "S"}, {"大正", U"大正", 1911, 7, 30, "T"},
                         {"明治", U"明治", 1867, 9, 8, "M"}};

// What may follow a year's digits; 年度末 before 年度 before 年.
constexpr Words kYearSuffixes = {
    U"年度", U"年度末", U"年度中", U"年度内", U"年度初", U"年度当初", U"年度上期",
    U"年度下期", U"年度上半期", U"年度下半期", U"年度前半", U"年度後半", U"年",
    U"年末", U"年中", U"年内", U"年初", U"年頭", U"年央", U"年春", U"年夏", U"年秋",
    U"年冬", U"年前半", U"年後半", U"年上半期", U"年下半期"};

// 中/内/初/央 also start ordinary words (2024年中小企業…, 2024年内閣府…): they
// belong to the year only when no kanji follows.
bool suffix_fits(const Decoded& t, size_t i, std::u32string_view s) {
  char32_t last = s.back();
  bool word_start = last == U'中' || last == U'内' || last == U'初' || last == U'央';
  return !word_start || !is_han(t.at(i + s.size()));
}

size_t year_suffix(const Decoded& t, size_t i) {
  size_t best = 0;
  for (std::u32string_view s : kYearSuffixes)
    if (s.size() > best && t.has(i, s) && suffix_fits(t, i, s)) best = s.size();
  return best;
}

// End of 「.03.31」「/3/31」「-03-31」 after a year's digits, or i.
size_t dotted_date_end(const Decoded& t, size_t i) {
  UChar32 sep = t.at(i);
  if (!is_point(sep) && sep != u'/' && sep != u'-') return i;
  size_t m = digit_run(t, i + 1);
  if (m == i + 1 || m - i - 1 > 2 || t.at(m) != sep) return i;
  size_t d = digit_run(t, m + 1);
  if (d == m + 1 || d - m - 1 > 2) return i;
  int month = digits_value(t, i + 1, m), day = digits_value(t, m + 1, d);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? d : i;
}

// A 4-digit year glued to a name with no unit: 「健康経営銘柄2024」,
// 「2023新規上場ガイドブック」. Not when it is a count, a decimal or qualified.
bool glued_year(const Decoded& t, size_t b, size_t e) {
  UChar32 prev = b > 0 ? t.at(b - 1) : 0;
  if (prev == u'約' || prev == u'第' || prev == u'計') return false;
  UChar32 next = t.at(e);
  if ((is_comma(next) || is_point(next)) && t.is_digit(e + 1)) return false;
  return !counter_follows(t, e);
}

YearMention make_year(const Decoded& t, size_t b, size_t suffix_b, size_t e, int year) {
  YearMention y;
  y.year = year;
  y.raw = t.view(b, e);
  y.suffix = t.view(suffix_b, e);
  y.fiscal = y.suffix.rfind("年度", 0) == 0 || y.suffix == "度";
  y.dated = y.suffix == "年" && month_day_end(t, e) > e;
  y.offset = static_cast<uint32_t>(t.bytes[b]);
  y.length = static_cast<uint32_t>(t.bytes[e] - t.bytes[b]);
  return y;
}

bool is_era_initial(UChar32 c) {
  for (const Era& era : kEras)
    if (static_cast<UChar32>(era.name32[0]) == c) return true;
  return false;
}

// kanji_year_set(), a character at a time: asked of every character of a
// text without digits (UnicodeSet::contains searches its ranges each time).
bool in_kanji_year_set(UChar32 c) {
  static const CharSpan span(kanji_year_set(), USET_SPAN_CONTAINED);
  return span.goes_on(c);
}

// A kanji numeral's value, from ICU's Numeric_Value: 〇 0, 一 … 九, 十 10;
// -1 for anything else, Arabic digits and 元 too.
int kanji_digit(UChar32 c) {
  if (c < 0x3000 || c == U'元' || !in_kanji_year_set(c)) return -1;
  return static_cast<int>(u_getNumericValue(c));
}

// An era year in kanji at i, 1-99: 「六」「十」「十二」「二十」「三十一」.
// Returns its value and sets *end, or 0.
int kanji_era_year(const Decoded& t, size_t i, size_t* end) {
  int tens = 0, ones = 0;
  size_t j = i;
  if (int d = kanji_digit(t.at(j)); d >= 1 && d <= 9) ones = d, ++j;
  if (kanji_digit(t.at(j)) == 10) {
    tens = ones ? ones : 1;
    ones = 0;
    ++j;
    if (int d = kanji_digit(t.at(j)); d >= 1 && d <= 9) ones = d, ++j;
  }
  *end = j;
  return tens * 10 + ones;
}

// 「令和6年度」「平成30年」「令和元年」, in kanji 「令和六年度」「平成三十年」
// (formal documents), at i; returns the end, or i.
size_t read_era_year(const Decoded& t, size_t i, std::vector<YearMention>& out) {
  if (t.at(i) < 0x3000) return i;  // every era name starts with a kanji
  for (const Era& era : kEras) {
    if (!t.has(i, era.name32)) continue;
    size_t d = i + era.name32.size(), e = d;
    int year = 0;
    if (t.at(d) == u'元') {
      e = d + 1, year = 1;
    } else if (t.is_digit(d)) {
      e = digit_run(t, d);
      if (e - d > 2) return i;
      year = digits_value(t, d, e);
    } else {
      year = kanji_era_year(t, d, &e);
    }
    if (e == d || year == 0) return i;
    size_t n = year_suffix(t, e);
    if (n == 0) return i;
    out.push_back(make_year(t, i, e, e + n, era.base + year));
    out.back().era = true;
    return e + n;
  }
  return i;
}

// 「二〇二四年度」: a western year in four kanji digits (vertical writing's
// form), with a year suffix; returns the end, or b.
size_t read_kanji_year(const Decoded& t, size_t b, std::vector<YearMention>& out) {
  int year = 0;
  for (size_t k = b; k < b + 4; ++k) {
    const int d = kanji_digit(t.at(k));
    if (d < 0 || d > 9) return b;
    year = year * 10 + d;
  }
  if (year < 1900 || year > 2099 || kanji_digit(t.at(b + 4)) >= 0) return b;
  const size_t n = year_suffix(t, b + 4);
  if (n == 0) return b;
  out.push_back(make_year(t, b, b + 4, b + 4 + n, year));
  return b + 4 + n;
}

// A western year whose digits start at b: 「2023年度」「2023度」「2022.03.31」
// 「…2024」. Returns the end of the mention, or b.
size_t read_western_year(const Decoded& t, size_t b, std::vector<YearMention>& out) {
  size_t e = digit_run(t, b);
  int year = digits_value(t, b, std::min(e, b + 4));
  if (e - b != 4 || year < 1900 || year > 2099) return b;
  size_t end = e;
  if (size_t n = year_suffix(t, e)) {
    end = e + n;
  } else if (t.at(e) == u'度') {
    end = e + 1;  // 「2023度末」: 年 dropped by mistake
  } else if (dotted_date_end(t, e) == e && !glued_year(t, b, e)) {
    return b;
  }
  out.push_back(make_year(t, b, e, end, year));
  if (dotted_date_end(t, e) > e) out.back().dated = true;
  return end;
}

// Years need digits, but for 元 and the kanji numerals (「令和元年」「令和六年」
// 「二〇二四年」): a text with none of them names none.
bool may_name_years(const Decoded& t) {
  auto end = t.cps.begin() + static_cast<std::ptrdiff_t>(t.count);
  return t.has_digit || std::find_if(t.cps.begin(), end, in_kanji_year_set) != end;
}

// Where a kanji-numeral western year may start: 一九… or 二〇….
bool kanji_year_initial(UChar32 c) { return c == U'一' || c == U'二'; }

}  // namespace

// A literal set: a property pattern ([:Numeric_Type=Numeric:]) costs most of
// a millisecond to build, at every start.
const icu::UnicodeSet& kanji_year_set() {
  static const icu::UnicodeSet& set = make_frozen_set(u"[元〇一二三四五六七八九十]");
  return set;
}

size_t month_day_end(const Decoded& t, size_t i) {
  size_t m = digit_run(t, i);
  if (m == i || m - i > 2 || t.at(m) != u'月') return i;
  int month = digits_value(t, i, m);
  if (month < 1 || month > 12) return i;
  size_t d = digit_run(t, m + 1);
  if (d > m + 1 && d - m - 1 <= 2 && t.at(d) == u'日') return d + 1;
  return m + 1;
}

std::vector<YearMention> years_in(const Decoded& t) {
  std::vector<YearMention> years;
  if (!may_name_years(t)) return years;
  for (size_t i = 0; i < t.size();) {
    if (!t.is_digit(i) && !is_era_initial(t.at(i)) && !kanji_year_initial(t.at(i))) {
      ++i;  // most characters: quickly past
      continue;
    }
    size_t e = read_era_year(t, i, years);
    if (e == i && kanji_year_initial(t.at(i))) e = read_kanji_year(t, i, years);
    if (e == i && starts_number(t, i)) e = std::max(read_western_year(t, i, years),
                                                    digit_run(t, i));
    i = e > i ? e : i + 1;
  }
  return years;
}

std::vector<YearMention> find_years(std::string_view normalized) {
  return with_decoded(normalized, years_in);
}

std::optional<EraDate> era_of(int year, int month, int day) {
  for (const Era& e : kEras) {
    const int first = e.base + 1;
    if (std::tie(year, month, day) >= std::tie(first, e.first_month, e.first_day))
      return EraDate{e.name, e.initial, year - e.base};
  }
  return std::nullopt;
}

int era_to_western(std::string_view era, int era_year) {
  if (era_year < 1) return 0;
  for (const Era& e : kEras)
    if (e.name == era) return e.base + era_year;
  return 0;
}

namespace {

// 「2024」 or 「R6」「h30」 as a token of a file's name; 0 if neither.
int token_year(std::string_view token) {
  const bool digits = !token.empty() && std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (digits && token.size() == 4 && (token.substr(0, 2) == "19" || token.substr(0, 2) == "20"))
    return std::stoi(std::string(token));
  if (token.size() < 2 || token.size() > 3) return 0;
  const std::string_view number = token.substr(1);
  if (!std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; })) return 0;
  for (const Era& e : kEras)
    if ((token[0] == e.initial[0] || token[0] == e.initial[0] + ('a' - 'A')) && e.name != "明治")
      return e.base + std::stoi(std::string(number));
  return 0;
}

}  // namespace

int year_of_file_name(std::string_view file_name) {
  const std::string name = normalize_line(file_name);
  int year = 0;
  for (const YearMention& y : find_years(name)) year = y.year;
  if (year > 0) return year;
  auto alnum = [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  for (size_t i = 0; i < name.size();) {
    size_t j = i;
    while (j < name.size() && alnum(name[j])) ++j;
    if (j == i) {
      ++i;
      continue;
    }
    if (const int y = token_year(std::string_view(name).substr(i, j - i))) year = y;
    i = j;
  }
  return year;
}

}  // namespace nendiff::text
