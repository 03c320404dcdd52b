// Figures in a normalized sentence: every number that is not a year or part
// of a date, with its counter or unit (text/counters), its multipliers and
// qualifiers.
#include "text/figures.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <iterator>

#include "text/char_span.hpp"
#include "text/counters.hpp"
#include "text/decoded.hpp"
#include "text/numerals.hpp"
#include "text/script.hpp"
#include "text/unicode.hpp"

namespace nendiff::text {
namespace {

// Figures and western years need a digit or a kanji numeral (「令和六年」
// 「三百万円」: kanji_year_set, 百 and 千). A text with none names none, and
// need not be decoded.
bool may_name_numbers(std::string_view s) {
  static const CharSpan before_numeral(*[] {
    icu::UnicodeSet* set = character_classes().digits.cloneAsThawed();  // never freed
    set->addAll(kanji_year_set()).add(U'百').add(U'千').freeze();
    return set;
  }(), USET_SPAN_NOT_CONTAINED);
  return before_numeral(s) < s.size();
}

// A number with its multiplier kanji: 「3,400」「2.5億」「1兆2,000億」.
struct Amount {
  double value = 0;
  double factor = 1;      // of the last multiplier, 1 if none
  size_t end = 0;
  size_t factor_begin = 0;  // where the last multiplier's kanji start (end if none)
};

// 「3,400」「2.5」: the value and end of the plain number at i.
std::pair<double, size_t> read_number(const Decoded& t, size_t i) {
  double mantissa = 0, scale = 1;
  size_t e = i;
  for (; t.is_digit(e); ++e) mantissa = mantissa * 10 + t.digit_value(e);
  // Thousands groups: a comma and exactly three digits.
  while (is_comma(t.at(e)) && digit_run(t, e + 1) == e + 4) {
    for (size_t k = e + 1; k < e + 4; ++k) mantissa = mantissa * 10 + t.digit_value(k);
    e += 4;
  }
  if (is_point(t.at(e)) && t.is_digit(e + 1))
    for (++e; t.is_digit(e); ++e) {
      mantissa = mantissa * 10 + t.digit_value(e);
      scale *= 10;
    }
  return {mantissa / scale, e};
}

// Multiplier kanji at i (千万 is 1e7): their product and end.
std::pair<double, size_t> read_multiplier(const Decoded& t, size_t i) {
  double f = 1;
  for (; is_multiplier(t.at(i)); ++i) f *= multiplier_value(t.at(i));
  return {f, i};
}

// A number and its multipliers; 「1兆2,000億」 adds up the smaller parts.
Amount read_amount(const Decoded& t, size_t i) {
  Amount a;
  for (bool first = true;; first = false) {
    auto [number, number_end] = read_number(t, i);
    auto [factor, end] = read_multiplier(t, number_end);
    if (!first && (factor == 1 || factor >= a.factor)) break;
    a.value += number * factor;
    a.factor = factor;
    a.factor_begin = number_end;
    a.end = end;
    if (factor == 1 || !starts_number(t, end)) break;
    i = end;
  }
  return a;
}

// The unit after an amount: currencies keep their last multiplier kanji (億円;
// 「1億5千万円」 → 万円), other counters do not (「1万人」 → 人). Returns the
// unit's end.
size_t read_unit(const Decoded& t, const Amount& a, std::string_view& unit) {
  if (size_t n = currency_at(t, a.end)) {
    unit = t.view(a.end > a.factor_begin ? a.end - 1 : a.end, a.end + n);
    return a.end + n;
  }
  size_t e = counter_end(t, a.end);
  unit = t.view(a.end, e);
  return e;
}

// 「3~5件」「3件~5件」: extends f to a range when another amount with the same
// (or the first one's missing) unit follows a range mark at i.
size_t read_range(const Decoded& t, size_t i, const Amount& first, Figure& f) {
  if (!is_range_mark(t.at(i)) || !starts_number(t, i + 1)) return i;
  Amount second = read_amount(t, i + 1);
  std::string_view unit;
  size_t e = read_unit(t, second, unit);
  if ((!f.unit.empty() && unit != f.unit) || second.value <= first.value) return i;
  if (f.unit.empty() && first.factor == 1) f.value *= second.factor;  // 「1~2億円」
  f.unit = unit;
  f.range_end = second.value;
  f.ranged = true;
  return e;
}

// Start of the qualifiers before a number: 約, およそ, 概ね (approximate), 第
// (ordinal). Sets f.approximate.
size_t qualifier_begin(const Decoded& t, size_t i, Figure& f) {
  for (std::u32string_view q : {U"約", U"およそ", U"概ね", U"おおむね"}) {
    if (i >= q.size() && t.has(i - q.size(), q)) {
      f.approximate = true;
      return i - q.size();
    }
  }
  return i > 0 && t.at(i - 1) == u'第' ? i - 1 : i;
}

// 「3分の1」「三分の二」: a fraction, written denominator first. Given the
// denominator's end and value, sets the value to the fraction's and returns
// the numerator's end, or `end` when no fraction is written there.
// numerator(k) reads the number at k: {value, end}, end == k if none.
template <typename Read>
size_t fraction_end(const Decoded& t, size_t end, double& value, Read numerator) {
  if (value == 0 || !t.has(end, U"分の")) return end;
  const auto [over, over_end] = numerator(end + 2);
  if (over_end == end + 2) return end;
  value = over / value;
  return over_end;
}

// A weekday in brackets at i: 「(水)」, as a date 「1/3(水)」 is followed.
bool weekday_at(const Decoded& t, size_t i) {
  constexpr std::u32string_view kDays = U"月火水木金土日";
  return t.at(i) == u'(' && kDays.find(static_cast<char32_t>(t.at(i + 1))) != std::u32string_view::npos &&
         t.at(i + 2) == u')';
}

// 「1/3」「2/3以上」: a fraction written with a slash, numerator first. Only a
// proper one of whole numbers (「4/1」 is a date), and not part of a date
// (「2024/1/3」「1/3/2024」「1/3(水)」). Given the numerator's digits [b, end)
// and value, sets the value to the fraction's and returns the denominator's
// end, or `end`.
size_t slash_fraction_end(const Decoded& t, size_t b, size_t end, double& value) {
  if (t.at(end) != u'/' || !t.is_digit(end + 1)) return end;
  if (b >= 2 && t.at(b - 1) == u'/' && t.is_digit(b - 2)) return end;
  const auto [under, under_end] = read_number(t, end + 1);
  if (t.at(under_end) == u'/' || weekday_at(t, under_end)) return end;
  if (value < 1 || value != std::floor(value) || under != std::floor(under) || under <= value) return end;
  value /= under;
  return under_end;
}

// The figure whose digits start at i; returns its end.
size_t read_figure(const Decoded& t, size_t i, Figure& f) {
  size_t b = qualifier_begin(t, i, f);
  Amount a = read_amount(t, i);
  f.value = a.value;
  size_t e = fraction_end(t, a.end, f.value, [&t](size_t k) {
    return t.is_digit(k) ? read_number(t, k) : std::pair<double, size_t>{0, k};
  });
  if (e == a.end && a.factor == 1) e = slash_fraction_end(t, i, a.end, f.value);
  if (e == a.end) e = read_range(t, read_unit(t, a, f.unit), a, f);
  if (size_t n = longest(t, e, {U"程度", U"ほど", U"前後"})) {
    f.approximate = true;
    e += n;
  }
  f.raw = t.view(b, e);
  f.offset = static_cast<uint32_t>(t.bytes[b]);
  return e;
}

// True when a Latin word ends just before i, maybe with 「-」「.」「. 」 between
// (「COVID-19」「ver.5」「ver. 5」).
bool latin_before(const Decoded& t, size_t i) {
  if (i > 0 && t.at(i - 1) == u' ') --i;
  if (i > 0 && (t.at(i - 1) == u'-' || is_point(t.at(i - 1)))) --i;
  return i > 0 && is_latin(t.at(i - 1));
}

// Numbers that are not figures: parts of names glued to Latin letters
// (「COVID-19」「Society5.0」「5G」), enumerators 「(1)」, identifiers after 番号
// (「施策番号12」: a number a list gives its items, counting nothing) and part
// numbers 「22077-2」 (a hyphen that cannot be a range). Returns the end to
// skip, or i.
size_t name_number_end(const Decoded& t, size_t i) {
  auto [value, e] = read_number(t, i);
  bool enumerator = (i > 0 && t.at(i - 1) == u'(' && t.at(e) == u')') ||
                    (i == 0 && is_point(t.at(e))) ||  // a heading's 「1.」
                    (i >= 2 && t.has(i - 2, U"番号"));
  if (latin_before(t, i) || is_latin(t.at(e)) || enumerator) return e;
  if (t.at(e) != u'-' || !starts_number(t, e + 1)) return i;
  auto [part, part_end] = read_number(t, e + 1);
  return part <= value ? part_end : i;
}

// End of the year mention covering byte offset `byte`, or 0. `years` are in
// text order, as find_years gives them: a binary search, since a scan per
// number is quadratic on a line of thousands of years.
size_t year_end(ListView<YearMention> years, size_t byte) {
  auto after = std::upper_bound(years.begin(), years.end(), byte,
                                [](size_t b, const YearMention& y) { return b < y.offset; });
  if (after == years.begin()) return 0;
  const YearMention& y = *std::prev(after);
  return byte < y.offset + y.length ? y.offset + y.length : 0;
}

// Kanji numerals are figures where a law or a decision writes its amounts,
// periods and quorums so (「三百万円」「五人以上」「六箇月以内」), before the
// counters no word starts with after a numeral. 年 and 日 alone name a date as
// often as a period: they count before 以内, 以上 and the like only.
constexpr Words kKanjiCounters = {
    U"人", U"名", U"件", U"社", U"回", U"倍", U"割", U"歳", U"箇月", U"か月", U"カ月", U"ヶ月",
    U"ヵ月", U"箇所", U"か所", U"カ所", U"ヶ所", U"箇国", U"か国", U"カ国", U"ヶ国", U"箇年",
    U"か年", U"年間", U"日間", U"週間", U"時間", U"パーセント"};
constexpr Words kPeriodBounds = {U"以内", U"以上", U"以下", U"未満", U"を経過", U"を超え"};

// 「年四回」「月二回」「週三回」: a frequency, the one count after 年 月 週 日
// that no date writes.
bool frequency_at(const Decoded& t, size_t i) {
  while (is_kanji_numeral(t.at(i))) ++i;
  return t.at(i) == U'回';
}

// Where a kanji numeral may start a figure: a digit 一…九 or 十 百 千 (not
// 万 of 「万一」), not inside a word (「同一人」「全国一円」) nor an ordinal
// (「第三条」). After a kanji only where the kanji qualifies a count or a
// period (「約」「各」「計」「満十八歳」「前十年間」「その後二年以内」「過去五年間」
// 「直近三箇月」); after 年 月 週 日, which make a date of it, only as a frequency.
bool kanji_figure_start(const Decoded& t, size_t i) {
  const UChar32 c = t.at(i), before = i > 0 ? t.at(i - 1) : 0;
  if (!is_kanji_numeral(c) || c == U'〇' || (is_multiplier(c) && c != U'百' && c != U'千')) return false;
  constexpr std::u32string_view kQualifiers = U"約各計満前後去近", kPerPeriod = U"年月週日";
  if (!is_han(before)) return true;
  if (kPerPeriod.find(static_cast<char32_t>(before)) != std::u32string_view::npos) return frequency_at(t, i);
  return kQualifiers.find(static_cast<char32_t>(before)) != std::u32string_view::npos;
}

// The counter after a kanji amount ending at e: its end, or e if none.
size_t kanji_counter_end(const Decoded& t, size_t e) {
  if (size_t n = longest(t, e, kKanjiCounters)) return e + n;
  const bool period = (t.at(e) == U'年' || t.at(e) == U'日') && longest(t, e + 1, kPeriodBounds);
  return period ? e + 1 : e;
}

// The kanji amount at i, its end and big_at as positions in t.
KanjiAmount kanji_amount_at(const Decoded& t, size_t i) {
  std::u32string run;
  for (size_t k = i; is_kanji_numeral(t.at(k)); ++k) run += static_cast<char32_t>(t.at(k));
  KanjiAmount a = kanji_amount(run, 0);
  a.end += i;
  if (a.big_at != std::u32string_view::npos) a.big_at += i;
  return a;
}

// The unit after a kanji amount: a currency (万円 and 億円 keep their
// multiplier; 三千円 is 円) or a counter. Returns its end, a.end if none.
size_t kanji_unit_end(const Decoded& t, const KanjiAmount& a, std::string_view& unit) {
  // 元 after a kanji numeral is a word (「一元化」), not the yuan.
  if (size_t n = t.at(a.end) == U'元' ? 0 : currency_at(t, a.end)) {
    const bool big_last = a.big_at != std::u32string_view::npos && a.big_at + 1 == a.end;
    unit = t.view(big_last ? a.big_at : a.end, a.end + n);
    return a.end + n;
  }
  const size_t e = kanji_counter_end(t, a.end);
  unit = t.view(a.end, e);
  return e;
}

// 「一人ひとり」「一人一人」「一件一件」: a count said twice means "each one",
// no number. The end of the repetition after the count [i, e), or e if none.
size_t each_one_end(const Decoded& t, size_t i, size_t e) {
  bool twice = e > i;
  for (size_t k = 0; twice && k < e - i; ++k) twice = t.at(e + k) == t.at(i + k);
  if (twice) return e + (e - i);
  return e == i + 2 && t.has(i, U"一人") && t.has(e, U"ひとり") ? e + 3 : e;
}

// The kanji figure starting at i, or the end of the numeral that is none.
size_t read_kanji_figure(const Decoded& t, size_t i, std::vector<Figure>& figures) {
  const KanjiAmount a = kanji_amount_at(t, i);
  Figure f;
  f.value = a.value;
  size_t e = fraction_end(t, a.end, f.value, [&t](size_t k) {
    const KanjiAmount over = kanji_amount_at(t, k);
    return std::pair{over.value, over.end};
  });
  if (e == a.end) e = kanji_unit_end(t, a, f.unit);
  if (a.value == 0 || e == a.end) {
    size_t numeral_end = i + 1;
    while (is_kanji_numeral(t.at(numeral_end))) ++numeral_end;
    return numeral_end;
  }
  if (size_t repeated = each_one_end(t, i, e); repeated > e) return repeated;
  const size_t b = qualifier_begin(t, i, f);
  if (size_t n = longest(t, e, {U"程度", U"ほど", U"前後"})) {
    f.approximate = true;
    e += n;
  }
  f.raw = t.view(b, e);
  f.offset = static_cast<uint32_t>(t.bytes[b]);
  figures.push_back(std::move(f));
  return e;
}

std::vector<Figure> figures_in(const Decoded& t, ListView<YearMention> years) {
  std::vector<Figure> figures;
  for (size_t i = 0; i < t.size();) {
    if (!t.is_digit(i)) {
      if (!kanji_figure_start(t, i)) ++i;
      else if (size_t end = year_end(years, t.bytes[i])) i = t.index_of(end);
      else i = read_kanji_figure(t, i, figures);
      continue;
    }
    if (continues_number(t, i)) { ++i; continue; }
    size_t skip = i;
    if (size_t end = year_end(years, t.bytes[i])) skip = t.index_of(end);
    if (skip == i) skip = month_day_end(t, i);
    if (skip == i) skip = name_number_end(t, i);
    if (skip > i) { i = skip; continue; }
    Figure f;
    i = read_figure(t, i, f);
    figures.push_back(std::move(f));
  }
  return figures;
}

}  // namespace

std::vector<Figure> find_figures(std::string_view normalized) {
  return with_decoded(normalized, [](const Decoded& t) { return figures_in(t, years_in(t)); });
}

std::vector<Figure> find_figures(std::string_view normalized,
                                 ListView<YearMention> years) {
  return with_decoded(normalized, [&](const Decoded& t) { return figures_in(t, years); });
}

void find_years_and_figures(std::string_view normalized, CompactVector<YearMention>& years,
                            CompactVector<Figure>& figures) {
  years.clear();
  figures.clear();
  if (!may_name_numbers(normalized)) return;
  with_decoded(normalized, [&](const Decoded& t) {
    years = years_in(t);
    figures = figures_in(t, years);
  });
}

namespace {

// 「億円」 → 「円」: a currency's multiplier is already in the figure's value.
std::u32string_view counted(const Figure& f, std::u32string& unit) {
  unit = to_u32(f.unit);
  std::u32string_view u = unit;
  while (u.size() > 1 && std::u32string_view(U"十百千万億兆").find(u.front()) != u.npos)
    u.remove_prefix(1);
  return u;
}

bool ordinal(const Figure& f) { return to_u32(f.raw).front() == U'第'; }

}  // namespace

bool same_quantity(const Figure& a, const Figure& b) {
  if (a.value != b.value || a.ranged != b.ranged || a.approximate != b.approximate) return false;
  if (a.ranged && a.range_end != b.range_end) return false;
  if (a.raw.empty() || b.raw.empty() || ordinal(a) != ordinal(b)) return false;
  std::u32string ua, ub;
  return counted(a, ua) == counted(b, ub);
}

}  // namespace nendiff::text
