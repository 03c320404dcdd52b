// A cell's number as its number format shows it (cell_values.hpp): the codes
// of ECMA-376 §18.8.31, as far as documents use them — grouping, decimals,
// percentages, text around the number, dates in the Western and the Japanese
// calendar, times.
#include "read/cell_values.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <vector>

#include "text/utf8.hpp"
#include "util/ascii.hpp"
#include "text/years.hpp"

namespace nendiff::detail {
namespace {

// --- The code, in sections and tokens ---------------------------------------

// 「#,##0;[Red]-#,##0」: the sections for positive numbers, negative ones,
// zero, text, parted by 「;」 outside quotes, escapes and brackets.
std::vector<std::string_view> sections_of(std::string_view code) {
  std::vector<std::string_view> out;
  size_t start = 0;
  bool quoted = false;
  int bracket = 0;
  for (size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c == '\\') ++i;
    else if (c == '[') ++bracket;
    else if (c == ']' && bracket > 0) --bracket;
    else if (c == ';' && bracket == 0) out.push_back(code.substr(start, i - start)), start = i + 1;
  }
  out.push_back(code.substr(start));
  return out;
}

struct Token {
  enum Kind { literal, number, date } kind;
  std::string text;  // a literal's text; a number's placeholders; a date code, lowercased
};

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view section) : s_(section) {}

  std::vector<Token> tokens() {
    while (i_ < s_.size()) next();
    return std::move(out_);
  }

 private:
  void next() {
    const char c = s_[i_], l = ascii_lower(c);
    if (c == '"') return quoted();
    if (c == '\\') return ++i_, literal(character());
    if (c == '[') return bracket();
    if (c == '_') return ++i_, character(), literal(" ");  // the width of a character: a space
    if (c == '*') return ++i_, void(character());         // fill to the column's width: nothing
    if (c == '@') return void(++i_);
    if (l == 'e' && (peek(1) == '+' || peek(1) == '-')) return i_ += 2, add(Token::number, "E");
    if (ascii_lower(s_.substr(i_, 5)) == "am/pm") return i_ += 5, add(Token::date, "am/pm");
    if (ascii_lower(s_.substr(i_, 3)) == "a/p") return i_ += 3, add(Token::date, "a/p");
    if (is_placeholder(c)) return ++i_, add(Token::number, std::string(1, c));
    if (std::string_view("ymdhsgea").find(l) != std::string_view::npos) return run(l);
    literal(character());
  }

  static bool is_placeholder(char c) { return std::string_view("0#?.,%/").find(c) != std::string_view::npos; }
  char peek(size_t k) const { return i_ + k < s_.size() ? s_[i_ + k] : '\0'; }

  void quoted() {
    const size_t end = std::min(s_.find('"', i_ + 1), s_.size());
    literal(std::string(s_.substr(i_ + 1, end - i_ - 1)));
    i_ = std::min(end + 1, s_.size());
  }

  // [Red], [$-411], [DBNum1], [>=100] say nothing of the text; [h] [mm] [ss]
  // are elapsed hours, minutes, seconds.
  void bracket() {
    const size_t end = std::min(s_.find(']', i_), s_.size());
    const std::string inside = ascii_lower(s_.substr(i_ + 1, end - i_ - 1));
    const bool elapsed = !inside.empty() && inside.find_first_not_of(inside[0]) == std::string::npos &&
                         std::string_view("hms").find(inside[0]) != std::string_view::npos;
    if (elapsed) add(Token::date, inside);
    i_ = std::min(end + 1, s_.size());
  }

  // 「yyyy」, 「mm」, 「ggg」: a run of one date letter; 「aaa」 the weekday, else
  // 「a」 is text.
  void run(char letter) {
    size_t end = i_;
    while (end < s_.size() && ascii_lower(s_[end]) == letter) ++end;
    const std::string code(end - i_, letter);
    i_ = end;
    if (letter == 'a' && code.size() < 3) return literal(std::string(code));
    add(Token::date, code);
  }

  std::string character() {
    if (i_ >= s_.size()) return {};
    const size_t start = i_;
    text::next_char(s_, i_);
    return std::string(s_.substr(start, i_ - start));
  }

  void literal(std::string text) { add(Token::literal, std::move(text)); }
  void add(Token::Kind kind, std::string text) {
    if (!out_.empty() && out_.back().kind == kind && kind != Token::date) out_.back().text += text;
    else out_.push_back({kind, std::move(text)});
  }

  std::string_view s_;
  size_t i_ = 0;
  std::vector<Token> out_;
};

bool has(const std::vector<Token>& tokens, Token::Kind kind) {
  for (const Token& t : tokens)
    if (t.kind == kind) return true;
  return false;
}

// --- Numbers ----------------------------------------------------------------

std::string general(double v) {
  char buffer[40];
  if (std::fabs(v) < 1e15 && v == std::floor(v)) std::snprintf(buffer, sizeof buffer, "%.0f", v);
  else std::snprintf(buffer, sizeof buffer, "%.15g", v);
  return buffer;
}

// `v` to `decimals` places, halves away from zero, as Excel rounds (printf
// rounds them to even); read to 15 digits first, as Excel stores 1.005.
double rounded(double v, int decimals) {
  const double scale = std::pow(10.0, decimals);
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%.15g", v * scale);
  return std::round(std::strtod(buffer, nullptr)) / scale;
}

// The commas after the last digit place of `places`: each shows the number
// in thousands (「#,##0,"千円"」, a budget sheet's).
int trailing_commas(std::string_view places) {
  const size_t last = places.find_last_of("0#?");
  if (last == std::string_view::npos) return 0;
  int n = 0;
  for (char c : places.substr(last + 1)) n += c == ',';
  return n;
}

// 「#,##0.0#」: digits grouped, one decimal at least, two at most.
struct NumberShape {
  int min_integer = 0, min_decimals = 0, max_decimals = 0, thousands = 0;
  bool grouped = false, percent = false, unsupported = false;

  explicit NumberShape(std::string_view placeholders) {
    const size_t point = placeholders.find('.');
    const std::string_view whole = placeholders.substr(0, point);
    for (size_t i = 0; i < whole.size(); ++i) {
      if (whole[i] == '0') ++min_integer;
      if (whole[i] == ',' && whole.find_first_of("0#?", i) != std::string_view::npos) grouped = true;
    }
    if (point != std::string_view::npos)
      for (char c : placeholders.substr(point + 1)) {
        min_decimals += c == '0';
        max_decimals += c == '0' || c == '#' || c == '?';
      }
    thousands = trailing_commas(whole);
    if (point != std::string_view::npos) thousands += trailing_commas(placeholders.substr(point + 1));
    max_decimals = std::min(max_decimals, 30);  // Excel's most
    min_decimals = std::min(min_decimals, max_decimals);
    percent = placeholders.find('%') != std::string_view::npos;
    unsupported = placeholders.find_first_of("E/") != std::string_view::npos;
  }

  // Excel keeps 15 significant digits: the decimals past them are zeros.
  std::string show(double v) const {
    if (percent) v *= 100;
    v /= std::pow(1000.0, thousands);
    const int whole_digits = std::fabs(v) >= 1 ? static_cast<int>(std::floor(std::log10(std::fabs(v)))) + 1 : 1;
    const int decimals = std::min(max_decimals, std::max(0, 15 - whole_digits));
    char buffer[400];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, rounded(v, decimals));
    std::string digits = buffer;
    const size_t point = digits.find('.');
    std::string whole = digits.substr(0, point);
    std::string fraction = point == std::string::npos ? "" : digits.substr(point + 1);
    while (static_cast<int>(fraction.size()) > min_decimals && fraction.back() == '0') fraction.pop_back();
    fraction.resize(std::max(fraction.size(), static_cast<size_t>(min_decimals)), '0');
    if (whole == "0" && min_integer == 0) whole.clear();
    while (static_cast<int>(whole.size()) < min_integer) whole.insert(0, "0");
    if (grouped)
      for (int at = static_cast<int>(whole.size()) - 3; at > 0; at -= 3) whole.insert(static_cast<size_t>(at), ",");
    return fraction.empty() ? whole : whole + "." + fraction;
  }
};

std::string show_number(double v, const std::vector<Token>& tokens) {
  std::string out;
  for (const Token& t : tokens) {
    if (t.kind == Token::literal) out += t.text;
    if (t.kind != Token::number) continue;
    const NumberShape shape(t.text);
    if (shape.unsupported) return general(v);
    out += shape.show(v);
    if (shape.percent) out += '%';
  }
  return out;
}

// --- Dates and times ---------------------------------------------------------

struct DateTime {
  int year = 0, month = 0, day = 0, weekday = 0;  // weekday: 0 is Sunday
  int hour = 0, minute = 0, second = 0;
};

// Days since 1970-01-01 to a Gregorian date (H. Hinnant's civil_from_days).
DateTime civil(long days) {
  DateTime d;
  d.weekday = static_cast<int>(((days % 7) + 11) % 7);  // 1970-01-01 was a Thursday
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const long doe = days - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  d.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  d.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  d.year = static_cast<int>(yoe + era * 400 + (d.month <= 2 ? 1 : 0));
  return d;
}

// A serial day of the 1900 date system (day 1 is 1900-01-01; Lotus's 29
// February 1900, day 60, is counted) or of the 1904 one (day 0 is 1904-01-01).
std::optional<DateTime> date_of(double serial, bool date1904) {
  if (!(serial >= 0 && serial < 2958466)) return std::nullopt;  // up to 9999-12-31
  long days = static_cast<long>(std::floor(serial));
  long seconds = std::lround((serial - static_cast<double>(days)) * 86400);
  if (seconds == 86400) ++days, seconds = 0;
  const long from_1970 = date1904 ? days - 24107 : days - (days < 61 ? 25568 : 25569);
  DateTime d = civil(from_1970);
  d.hour = static_cast<int>(seconds / 3600), d.minute = static_cast<int>(seconds / 60 % 60);
  d.second = static_cast<int>(seconds % 60);
  return d;
}

std::string two_digits(int n) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%02d", n);
  return buffer;
}

std::string padded(int n, size_t width) { return width >= 2 ? two_digits(n) : std::to_string(n); }

// 「mm」 after an hour or before seconds is minutes.
void mark_minutes(std::vector<Token>& tokens) {
  auto code_at = [&](size_t i) { return tokens[i].kind == Token::date ? tokens[i].text[0] : '\0'; };
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (code_at(i) != 'm' || tokens[i].text.size() > 2) continue;
    size_t before = i, after = i + 1;
    while (before > 0 && tokens[before - 1].kind != Token::date) --before;
    while (after < tokens.size() && tokens[after].kind != Token::date) ++after;
    if ((before > 0 && code_at(before - 1) == 'h') || (after < tokens.size() && code_at(after) == 's'))
      tokens[i].text = tokens[i].text.size() == 1 ? "n" : "nn";  // n: minutes
  }
}

std::string era_part(const DateTime& d, const std::string& code) {
  const std::optional<text::EraDate> era = text::era_of(d.year, d.month, d.day);
  if (code[0] == 'e') return padded(era ? era->year : d.year, code.size());
  if (!era) return {};
  if (code.size() == 1) return std::string(era->initial);
  if (code.size() == 2) {
    size_t first = 0;
    text::next_char(era->name, first);
    return std::string(era->name.substr(0, first));
  }
  return std::string(era->name);
}

std::string date_part(const DateTime& d, const std::string& code, bool twelve_hours) {
  static constexpr std::array<const char*, 12> kMonths = {"January", "February", "March",     "April",
                                                          "May",     "June",     "July",      "August",
                                                          "September", "October", "November", "December"};
  static constexpr std::array<const char*, 7> kDays = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                       "Thursday", "Friday", "Saturday"};
  static constexpr std::array<const char*, 7> kYoubi = {"日", "月", "火", "水", "木", "金", "土"};
  const size_t n = code.size();
  if (code == "am/pm") return d.hour < 12 ? "AM" : "PM";
  if (code == "a/p") return d.hour < 12 ? "A" : "P";
  switch (code[0]) {
    case 'y': return n <= 2 ? two_digits(d.year % 100) : std::to_string(d.year);
    case 'm':  // 「m」「mm」 the number, 「mmm」 Apr, 「mmmm」 April, 「mmmmm」 A
      if (n <= 2) return padded(d.month, n);
      return std::string(kMonths[d.month - 1]).substr(0, n == 3 ? 3 : n == 5 ? 1 : 20);
    case 'n': return padded(d.minute, n);
    case 'd': return n <= 2 ? padded(d.day, n) : std::string(kDays[d.weekday]).substr(0, n == 3 ? 3 : 20);
    case 'a': return std::string(kYoubi[d.weekday]) + (n >= 4 ? "曜日" : "");
    case 'h': return padded(twelve_hours ? (d.hour % 12 == 0 ? 12 : d.hour % 12) : d.hour, n);
    case 's': return padded(d.second, n);
    case 'g': case 'e': return era_part(d, code);
  }
  return {};
}

std::string show_date(double serial, std::vector<Token> tokens, bool date1904) {
  const std::optional<DateTime> d = date_of(serial, date1904);
  if (!d) return general(serial);
  mark_minutes(tokens);
  bool twelve_hours = false;
  for (const Token& t : tokens) twelve_hours |= t.kind == Token::date && (t.text == "am/pm" || t.text == "a/p");
  std::string out;
  for (const Token& t : tokens) {
    if (t.kind == Token::date) out += date_part(*d, t.text, twelve_hours);
    else if (t.kind == Token::literal) out += t.text;
    else
      for (char c : t.text)  // 「/」 「.」 between a date's parts; no digit places
        if (std::string_view("0#?").find(c) == std::string_view::npos) out += c;
  }
  return out;
}

// 「General」 (「[$-411]General」 in a locale, 「@」 for text), or nothing.
bool is_general(std::string_view section) {
  std::string plain;
  for (size_t i = 0; i < section.size(); ++i) {
    if (section[i] == '[') i = std::min(section.find(']', i), section.size());
    else plain += ascii_lower(section[i]);
  }
  return plain.empty() || plain == "general" || plain == "@";
}

}  // namespace

std::string builtin_number_format(int id) {
  static const std::pair<int, const char*> kFormats[] = {
      {1, "0"}, {2, "0.00"}, {3, "#,##0"}, {4, "#,##0.00"}, {9, "0%"}, {10, "0.00%"}, {11, "0.00E+00"},
      {12, "# ?/?"}, {13, "# ?\?/?\?"}, {14, "yyyy/m/d"}, {15, "d-mmm-yy"}, {16, "d-mmm"}, {17, "mmm-yy"},
      {18, "h:mm AM/PM"}, {19, "h:mm:ss AM/PM"}, {20, "h:mm"}, {21, "h:mm:ss"}, {22, "yyyy/m/d h:mm"},
      {27, "[$-411]ge.m.d"}, {28, "[$-411]ggge\"年\"m\"月\"d\"日\""}, {29, "[$-411]ggge\"年\"m\"月\"d\"日\""},
      {30, "m/d/yy"}, {31, "yyyy\"年\"m\"月\"d\"日\""}, {32, "h\"時\"mm\"分\""},
      {33, "h\"時\"mm\"分\"ss\"秒\""},
      {34, "yyyy\"年\"m\"月\""}, {35, "m\"月\"d\"日\""}, {36, "[$-411]ge.m.d"},
      {37, "#,##0 ;(#,##0)"}, {38, "#,##0 ;[Red](#,##0)"}, {39, "#,##0.00;(#,##0.00)"},
      {40, "#,##0.00;[Red](#,##0.00)"}, {45, "mm:ss"}, {46, "[h]:mm:ss"}, {47, "mmss.0"}, {48, "##0.0E+0"},
      {49, "@"}, {50, "[$-411]ge.m.d"}, {51, "[$-411]ggge\"年\"m\"月\"d\"日\""}, {52, "yyyy\"年\"m\"月\""},
      {53, "m\"月\"d\"日\""}, {54, "[$-411]ggge\"年\"m\"月\"d\"日\""}, {55, "yyyy\"年\"m\"月\""},
      {56, "m\"月\"d\"日\""}, {57, "[$-411]ge.m.d"}, {58, "[$-411]ggge\"年\"m\"月\"d\"日\""}};
  for (const auto& [known, code] : kFormats)
    if (known == id) return code;
  return "General";
}

std::string shown_number(std::string_view value, std::string_view code, bool date1904) {
  double v = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), v);
  if (error != std::errc() || end != value.data() + value.size() || !std::isfinite(v)) return std::string(value);
  const std::vector<std::string_view> sections = sections_of(code);
  const bool negative_section = v < 0 && sections.size() >= 2;
  std::string_view section = sections[0];
  if (negative_section) section = sections[1];
  else if (sections.size() >= 3 && v == 0) section = sections[2];
  if (is_general(section)) return general(v);
  const std::vector<Token> tokens = Tokenizer(section).tokens();
  if (has(tokens, Token::date)) return show_date(v, tokens, date1904);
  if (!has(tokens, Token::number)) return show_number(v, tokens);  // text alone (「-」 for zero)
  const std::string shown = show_number(std::fabs(v), tokens);
  return v < 0 && !negative_section ? "-" + shown : shown;
}

}  // namespace nendiff::detail
