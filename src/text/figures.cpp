// Years and figures in a normalized sentence.
//
// The text is scanned code point by code point (ICU decodes the UTF-8 and
// classifies characters); every position keeps its byte offset so that a
// mention's raw text is exactly normalized.substr(offset, length).
//
// Years come first: a figure is any other number, so find_figures skips the
// spans find_years reports and the month/day of dates.
#include "text/figures.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <iterator>
#include <initializer_list>

#include "text/script.hpp"
#include "text/unicode.hpp"

namespace nendiff::text {
namespace {

using Words = std::initializer_list<std::u32string_view>;

// The input as code points, with the byte offset of each and of the end, and
// the decimal value of each digit (looked up once: every position is asked
// whether it is a digit several times). The buffers are reused from text to
// text, so they may be longer than the text: `count` says how much is in use.
struct Text {
  std::string_view source;
  size_t count = 0;              // code points
  std::vector<UChar32> cps;
  std::vector<size_t> bytes;     // count + 1 in use: the end too
  std::vector<int8_t> digits;    // 0–9 for a decimal digit of any script, else -1
  bool has_digit = false;

  size_t size() const { return count; }
  UChar32 at(size_t i) const { return i < count ? cps[i] : 0; }
  bool is_digit(size_t i) const { return i < count && digits[i] >= 0; }
  int digit_value(size_t i) const { return digits[i]; }
  bool has(size_t i, std::u32string_view word) const {
    for (size_t k = 0; k < word.size(); ++k)
      if (at(i + k) != static_cast<UChar32>(word[k])) return false;
    return !word.empty();
  }
  std::string slice(size_t b, size_t e) const {
    return std::string(source.substr(bytes[b], bytes[e] - bytes[b]));
  }
  // The code point index at byte `byte` (or the next one after it).
  size_t index_of(size_t byte) const {
    auto end = bytes.begin() + static_cast<std::ptrdiff_t>(count + 1);
    return static_cast<size_t>(std::lower_bound(bytes.begin(), end, byte) - bytes.begin());
  }
};

// Decimal digits of every script (ICU's Nd, what u_isdigit tells). ICU's
// span finds them in UTF-8 faster than a lookup for every character could.
const icu::UnicodeSet& digit_set() {
  return character_classes().digits;
}

// End of the stretch from byte i of `s` that holds only digits (or none).
size_t digit_span_end(std::string_view s, size_t i, bool digits) {
  return i + static_cast<size_t>(digit_set().spanUTF8(
                 s.data() + i, static_cast<int32_t>(s.size() - i),
                 digits ? USET_SPAN_CONTAINED : USET_SPAN_NOT_CONTAINED));
}

// Decodes bytes [i, end) of t.source, which are all digits or none.
void decode_stretch(Text& t, size_t i, size_t end, bool digits) {
  while (i < end) {
    const size_t n = t.count++;
    t.bytes[n] = i;
    UChar32 c;
    U8_NEXT_OR_FFFD(t.source.data(), i, end, c);  // ill-formed bytes: one replacement each
    t.cps[n] = c;
    t.digits[n] = digits ? static_cast<int8_t>(u_charDigitValue(c)) : -1;
  }
}

// Decodes `s` into `t`, reusing its buffers: sentences are decoded one after
// another, and fresh buffers for each cost more than the decoding.
const Text& decode(std::string_view s, Text& t) {
  t.source = s;
  if (t.bytes.size() < s.size() + 1) {  // room for a code point a byte, and the end
    t.cps.resize(s.size());
    t.bytes.resize(s.size() + 1);
    t.digits.resize(s.size());
  }
  t.count = 0;
  t.has_digit = false;
  for (size_t i = 0; i < s.size();) {
    const size_t plain = digit_span_end(s, i, false);
    decode_stretch(t, i, plain, false);
    i = digit_span_end(s, plain, true);
    decode_stretch(t, plain, i, true);
    t.has_digit = t.has_digit || i > plain;
  }
  t.bytes[t.count] = s.size();
  return t;
}

// The kanji numerals years are written with (「令和六年」「二〇二四年」), and 元
// (「令和元年」): what may make a year without a digit. A literal set: a
// property pattern ([:Numeric_Type=Numeric:]) costs most of a millisecond to
// build, at every start.
const icu::UnicodeSet& kanji_year_set() {
  static const icu::UnicodeSet& set = make_frozen_set(u"[元〇一二三四五六七八九十]");
  return set;
}

// Years and figures need a digit or one of kanji_year_set: a text with
// neither names none, and need not be decoded.
bool may_name_numbers(std::string_view s) {
  return digit_span_end(s, 0, false) < s.size() ||
         kanji_year_set().spanUTF8(s.data(), static_cast<int32_t>(s.size()),
                                   USET_SPAN_NOT_CONTAINED) < static_cast<int32_t>(s.size());
}

// The decoding buffers of this thread (one set for every caller).
Text& thread_buffers() {
  thread_local Text buffers;
  return buffers;
}

// Runs scan(text) on `s` decoded, in this thread's buffers. A long text (few
// sentences are) gets buffers of its own, so that they do not stay allocated.
template <typename Scan>
auto with_decoded(std::string_view s, Scan scan) {
  constexpr size_t kLongText = 16 * 1024;
  if (s.size() > kLongText) {
    Text own;
    return scan(decode(s, own));
  }
  return scan(decode(s, thread_buffers()));
}

// Length of the longest word of `words` at position i (0 if none).
size_t longest(const Text& t, size_t i, Words words) {
  size_t best = 0;
  for (std::u32string_view w : words)
    if (w.size() > best && t.has(i, w)) best = w.size();
  return best;
}

bool is_comma(UChar32 c) { return c == u',' || c == 0xFF0C; }
bool is_point(UChar32 c) { return c == u'.' || c == 0xFF0E; }
// Range marks: ~ (NFKC of ～), 〜 (survives NFKC), hyphens and en dash.
bool is_range_mark(UChar32 c) {
  return c == u'~' || c == 0x301C || c == 0xFF5E || c == u'-' || c == 0x2010 || c == 0x2013;
}

size_t digit_run(const Text& t, size_t i) {
  while (t.is_digit(i)) ++i;
  return i;
}

int digits_value(const Text& t, size_t b, size_t e) {
  int v = 0;
  for (size_t i = b; i < e; ++i) v = v * 10 + t.digit_value(i);
  return v;
}

// True when position i is inside a number that started earlier (「3,400」's 4,
// 「2022.03.31」's 03): only a number's first digit starts a mention.
bool continues_number(const Text& t, size_t i) {
  if (i == 0) return false;
  UChar32 p = t.at(i - 1);
  return t.is_digit(i - 1) || ((is_comma(p) || is_point(p)) && i >= 2 && t.is_digit(i - 2));
}

bool starts_number(const Text& t, size_t i) {
  return t.is_digit(i) && !continues_number(t, i);
}

// ---------------------------------------------------------------- counters

// Counters and units that say a number counts something (so a 4-digit number
// before them is not a year) — the common ones of government reports.
constexpr Words kCounters = {
    U"社", U"件", U"人", U"名", U"法人", U"団体", U"機関", U"医療機関", U"病院", U"施設",
    U"拠点", U"か所", U"カ所", U"ヶ所", U"ヵ所", U"箇所", U"か国", U"カ国", U"ヶ国",
    U"ヵ国", U"国", U"地域", U"都道府県", U"府県", U"市町村", U"自治体", U"業種", U"分野",
    U"品目", U"製品", U"項目", U"課題", U"回", U"回目", U"版", U"点", U"割", U"倍", U"%",
    U"\uFF05", U"‰", U"年", U"年間", U"か年", U"か月", U"カ月", U"ヶ月", U"ヵ月", U"週",
    U"週間", U"日", U"日間", U"時間", U"分", U"秒", U"歳", U"台", U"本", U"枚", U"冊",
    U"部", U"校", U"例", U"症例", U"事例", U"種", U"種類", U"類", U"世帯", U"床", U"つ",
    U"号", U"期", U"世紀", U"市区町", U"市区町村", U"都市", U"大学", U"事業", U"円", U"万",
    U"億", U"兆", U"千", U"百", U"テーマ", U"ポイント", U"プロジェクト", U"チーム",
};

// Currencies keep the multiplier in their unit: 億円, 万円, 億ドル.
constexpr Words kCurrencies = {U"円", U"ドル", U"米ドル", U"ユーロ", U"ポンド", U"元"};

// Words that follow a counter without being part of it.
constexpr Words kAfterCounter = {U"程度", U"以上", U"以下", U"未満", U"以内", U"前後",
                                 U"超", U"余", U"強", U"弱", U"等", U"増", U"減", U"毎",
                                 U"当たり", U"ずつ"};

bool is_multiplier(UChar32 c) {
  return c == u'百' || c == u'千' || c == u'万' || c == u'億' || c == u'兆';
}

double multiplier_value(UChar32 c) {
  switch (c) {
    case u'百': return 1e2;
    case u'千': return 1e3;
    case u'万': return 1e4;
    case u'億': return 1e8;
    default: return 1e12;  // 兆
  }
}

// End of the counter after a number at i: a known counter, else a katakana
// word, else at most two kanji (「4ブロック」「3地域」): counters are short, and
// a longer kanji run is a noun the number qualifies (「12誘導心電図」). Stops at
// particles, punctuation and words such as 以上 or 程度.
size_t counter_end(const Text& t, size_t i) {
  if (size_t n = longest(t, i, kCounters)) return i + n;
  size_t e = i;
  while (e - i < 8 && is_katakana(t.at(e))) ++e;
  if (e > i) return e;
  while (e - i < 2 && is_han(t.at(e)) && !is_multiplier(t.at(e)) &&
         longest(t, e, kAfterCounter) == 0)
    ++e;
  return e;
}

// ------------------------------------------------------------------- years

struct Era {
  std::string_view name;
  std::u32string_view name32;
  int base;  // western year of the era's year 0
};

constexpr Era kEras[] = {{"令和", U"令和", 2018}, {"平成", U"平成", 1988},
                         {"昭和", U"昭和", 1925}, {"大正", U"大正", 1911},
                         {"明治", U"明治", 1867}};

// What may follow a year's digits; 年度末 before 年度 before 年.
constexpr Words kYearSuffixes = {
    U"年度", U"年度末", U"年度中", U"年度内", U"年度初", U"年度当初", U"年度上期",
    U"年度下期", U"年度上半期", U"年度下半期", U"年度前半", U"年度後半", U"年",
    U"年末", U"年中", U"年内", U"年初", U"年頭", U"年央", U"年春", U"年夏", U"年秋",
    U"年冬", U"年前半", U"年後半", U"年上半期", U"年下半期"};

// 中/内/初/央 also start ordinary words (2024年中小企業…, 2024年内閣府…): they
// belong to the year only when no kanji follows.
bool suffix_fits(const Text& t, size_t i, std::u32string_view s) {
  char32_t last = s.back();
  bool word_start = last == U'中' || last == U'内' || last == U'初' || last == U'央';
  return !word_start || !is_han(t.at(i + s.size()));
}

size_t year_suffix(const Text& t, size_t i) {
  size_t best = 0;
  for (std::u32string_view s : kYearSuffixes)
    if (s.size() > best && t.has(i, s) && suffix_fits(t, i, s)) best = s.size();
  return best;
}

// End of 「4月」「4月1日」 at i, or i: a month 1-12, then optionally a day.
size_t month_day_end(const Text& t, size_t i) {
  size_t m = digit_run(t, i);
  if (m == i || m - i > 2 || t.at(m) != u'月') return i;
  int month = digits_value(t, i, m);
  if (month < 1 || month > 12) return i;
  size_t d = digit_run(t, m + 1);
  if (d > m + 1 && d - m - 1 <= 2 && t.at(d) == u'日') return d + 1;
  return m + 1;
}

// End of 「.03.31」「/3/31」「-03-31」 after a year's digits, or i.
size_t dotted_date_end(const Text& t, size_t i) {
  UChar32 sep = t.at(i);
  if (!is_point(sep) && sep != u'/' && sep != u'-') return i;
  size_t m = digit_run(t, i + 1);
  if (m == i + 1 || m - i - 1 > 2 || t.at(m) != sep) return i;
  size_t d = digit_run(t, m + 1);
  if (d == m + 1 || d - m - 1 > 2) return i;
  int month = digits_value(t, i + 1, m), day = digits_value(t, m + 1, d);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? d : i;
}

// True when a counter stands at i. Most single-kanji counters also start
// ordinary words (日本, 国際, 本部, 部門): they count only when no kanji
// follows, except the few that never start a word after a number.
bool counter_at(const Text& t, size_t i) {
  size_t n = longest(t, i, kCounters);
  if (n != 1 || !is_han(t.at(i)) || !is_han(t.at(i + 1))) return n > 0;
  constexpr std::u32string_view kNeverWordStarts = U"件社人名割倍円万億兆歳";
  return kNeverWordStarts.find(static_cast<char32_t>(t.at(i))) != std::u32string_view::npos;
}

// True when the digits ending at e count something: a counter follows, maybe
// after a range (「2000~3000件」).
bool counter_follows(const Text& t, size_t e) {
  if (counter_at(t, e)) return true;
  if (!is_range_mark(t.at(e)) || !t.is_digit(e + 1)) return false;
  size_t f = digit_run(t, e + 1);
  return counter_at(t, f) && !t.has(f, U"年");
}

// A 4-digit year glued to a name with no unit: 「健康経営銘柄2024」,
// 「2023新規上場ガイドブック」. Not when it is a count, a decimal or qualified.
bool glued_year(const Text& t, size_t b, size_t e) {
  UChar32 prev = b > 0 ? t.at(b - 1) : 0;
  if (prev == u'約' || prev == u'第' || prev == u'計') return false;
  UChar32 next = t.at(e);
  if ((is_comma(next) || is_point(next)) && t.is_digit(e + 1)) return false;
  return !counter_follows(t, e);
}

YearMention make_year(const Text& t, size_t b, size_t suffix_b, size_t e, int year) {
  YearMention y;
  y.year = year;
  y.raw = t.slice(b, e);
  y.suffix = t.slice(suffix_b, e);
  y.fiscal = y.suffix.rfind("年度", 0) == 0 || y.suffix == "度";
  y.dated = y.suffix == "年" && month_day_end(t, e) > e;
  y.offset = t.bytes[b];
  y.length = t.bytes[e] - t.bytes[b];
  return y;
}

bool is_era_initial(UChar32 c) {
  for (const Era& era : kEras)
    if (static_cast<UChar32>(era.name32[0]) == c) return true;
  return false;
}

// A kanji numeral's value, from ICU's Numeric_Value: 〇 0, 一 … 九, 十 10;
// -1 for anything else, Arabic digits and 元 too.
int kanji_digit(UChar32 c) {
  if (c < 0x3000 || c == U'元' || !kanji_year_set().contains(c)) return -1;
  return static_cast<int>(u_getNumericValue(c));
}

// An era year in kanji at i, 1-99: 「六」「十」「十二」「二十」「三十一」.
// Returns its value and sets *end, or 0.
int kanji_era_year(const Text& t, size_t i, size_t* end) {
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
size_t read_era_year(const Text& t, size_t i, std::vector<YearMention>& out) {
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
size_t read_kanji_year(const Text& t, size_t b, std::vector<YearMention>& out) {
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
size_t read_western_year(const Text& t, size_t b, std::vector<YearMention>& out) {
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

// ----------------------------------------------------------------- figures

// A number with its multiplier kanji: 「3,400」「2.5億」「1兆2,000億」.
struct Amount {
  double value = 0;
  double factor = 1;      // of the last multiplier, 1 if none
  size_t end = 0;
  size_t factor_begin = 0;  // where the last multiplier's kanji start (end if none)
};

// 「3,400」「2.5」: the value and end of the plain number at i.
std::pair<double, size_t> read_number(const Text& t, size_t i) {
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
std::pair<double, size_t> read_multiplier(const Text& t, size_t i) {
  double f = 1;
  for (; is_multiplier(t.at(i)); ++i) f *= multiplier_value(t.at(i));
  return {f, i};
}

// A number and its multipliers; 「1兆2,000億」 adds up the smaller parts.
Amount read_amount(const Text& t, size_t i) {
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
size_t read_unit(const Text& t, const Amount& a, std::string& unit) {
  if (size_t n = longest(t, a.end, kCurrencies)) {
    unit = t.slice(a.end > a.factor_begin ? a.end - 1 : a.end, a.end + n);
    return a.end + n;
  }
  size_t e = counter_end(t, a.end);
  unit = t.slice(a.end, e);
  return e;
}

// 「3~5件」「3件~5件」: extends f to a range when another amount with the same
// (or the first one's missing) unit follows a range mark at i.
size_t read_range(const Text& t, size_t i, const Amount& first, Figure& f) {
  if (!is_range_mark(t.at(i)) || !starts_number(t, i + 1)) return i;
  Amount second = read_amount(t, i + 1);
  std::string unit;
  size_t e = read_unit(t, second, unit);
  if ((!f.unit.empty() && unit != f.unit) || second.value <= first.value) return i;
  if (f.unit.empty() && first.factor == 1) f.value *= second.factor;  // 「1~2億円」
  f.unit = unit;
  f.range_end = second.value;
  return e;
}

// Start of the qualifiers before a number: 約, およそ, 概ね (approximate), 第
// (ordinal). Sets f.approximate.
size_t qualifier_begin(const Text& t, size_t i, Figure& f) {
  for (std::u32string_view q : {U"約", U"およそ", U"概ね", U"おおむね"}) {
    if (i >= q.size() && t.has(i - q.size(), q)) {
      f.approximate = true;
      return i - q.size();
    }
  }
  return i > 0 && t.at(i - 1) == u'第' ? i - 1 : i;
}

// The figure whose digits start at i; returns its end.
size_t read_figure(const Text& t, size_t i, Figure& f) {
  size_t b = qualifier_begin(t, i, f);
  Amount a = read_amount(t, i);
  f.value = a.value;
  size_t e = read_range(t, read_unit(t, a, f.unit), a, f);
  if (size_t n = longest(t, e, {U"程度", U"ほど", U"前後"})) {
    f.approximate = true;
    e += n;
  }
  f.raw = t.slice(b, e);
  f.offset = t.bytes[b];
  f.length = t.bytes[e] - t.bytes[b];
  return e;
}

// True when a Latin word ends just before i, maybe with 「-」「.」「. 」 between
// (「COVID-19」「ver.5」「ver. 5」).
bool latin_before(const Text& t, size_t i) {
  if (i > 0 && t.at(i - 1) == u' ') --i;
  if (i > 0 && (t.at(i - 1) == u'-' || is_point(t.at(i - 1)))) --i;
  return i > 0 && is_latin(t.at(i - 1));
}

// Numbers that are not figures: parts of names glued to Latin letters
// (「COVID-19」「Society5.0」「5G」), enumerators 「(1)」 and part numbers
// 「22077-2」 (a hyphen that cannot be a range). Returns the end to skip, or i.
size_t name_number_end(const Text& t, size_t i) {
  auto [value, e] = read_number(t, i);
  bool enumerator = (i > 0 && t.at(i - 1) == u'(' && t.at(e) == u')') ||
                    (i == 0 && is_point(t.at(e)));  // a heading's 「1.」
  if (latin_before(t, i) || is_latin(t.at(e)) || enumerator) return e;
  if (t.at(e) != u'-' || !starts_number(t, e + 1)) return i;
  auto [part, part_end] = read_number(t, e + 1);
  return part <= value ? part_end : i;
}

// End of the year mention covering byte offset `byte`, or 0. `years` are in
// text order, as find_years gives them: a binary search, since a scan per
// number is quadratic on a line of thousands of years.
size_t year_end(const std::vector<YearMention>& years, size_t byte) {
  auto after = std::upper_bound(years.begin(), years.end(), byte,
                                [](size_t b, const YearMention& y) { return b < y.offset; });
  if (after == years.begin()) return 0;
  const YearMention& y = *std::prev(after);
  return byte < y.offset + y.length ? y.offset + y.length : 0;
}

// Years need digits, but for 元 and the kanji numerals (「令和元年」「令和六年」
// 「二〇二四年」): a text with none of them names none.
bool may_name_years(const Text& t) {
  auto end = t.cps.begin() + static_cast<std::ptrdiff_t>(t.count);
  return t.has_digit || std::find_if(t.cps.begin(), end, [](UChar32 c) {
           return kanji_year_set().contains(c);
         }) != end;
}

// Where a kanji-numeral western year may start: 一九… or 二〇….
bool kanji_year_initial(UChar32 c) { return c == U'一' || c == U'二'; }

std::vector<YearMention> years_in(const Text& t) {
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

std::vector<Figure> figures_in(const Text& t, const std::vector<YearMention>& years) {
  std::vector<Figure> figures;
  if (!t.has_digit) return figures;  // every figure starts with a digit
  for (size_t i = 0; i < t.size();) {
    if (!t.is_digit(i) || continues_number(t, i)) { ++i; continue; }
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

std::vector<YearMention> find_years(std::string_view normalized) {
  return with_decoded(normalized, years_in);
}

std::vector<Figure> find_figures(std::string_view normalized) {
  return with_decoded(normalized, [](const Text& t) { return figures_in(t, years_in(t)); });
}

std::vector<Figure> find_figures(std::string_view normalized,
                                 const std::vector<YearMention>& years) {
  return with_decoded(normalized, [&](const Text& t) { return figures_in(t, years); });
}

void find_years_and_figures(std::string_view normalized, std::vector<YearMention>& years,
                            std::vector<Figure>& figures) {
  years.clear();
  figures.clear();
  if (!may_name_numbers(normalized)) return;
  with_decoded(normalized, [&](const Text& t) {
    years = years_in(t);
    figures = figures_in(t, years);
  });
}

int era_to_western(std::string_view era, int era_year) {
  if (era_year < 1) return 0;
  for (const Era& e : kEras)
    if (e.name == era) return e.base + era_year;
  return 0;
}

}  // namespace nendiff::text
