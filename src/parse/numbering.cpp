#include "parse/numbering.hpp"

#include "nendiff/error.hpp"
#include "text/numerals.hpp"
#include "text/unicode.hpp"

namespace nendiff {
namespace {

constexpr std::u32string_view kKana =
    U"アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";
constexpr std::u32string_view kRoman = U"IVXLCivxlc";

using text::one_of;

// Brackets a title must keep balanced, openers and closers at the same index.
constexpr std::u32string_view kOpeners = U"(「『【[〔<《";
constexpr std::u32string_view kClosers = U")」』】]〕>》";

bool balanced(std::u32string_view title) {
  std::u32string open;
  for (char32_t c : title) {
    if (size_t k = kOpeners.find(c); k != std::u32string_view::npos) open.push_back(kClosers[k]);
    if (one_of(kClosers, c)) {
      if (open.empty() || open.back() != c) return false;
      open.pop_back();
    }
  }
  return open.empty();
}

}  // namespace

NumberingTemplate NumberingTemplate::parse(std::string_view spec) {
  NumberingTemplate t;
  t.spec_ = std::string(spec);
  const std::u32string s = text::to_u32(spec);
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == U' ') {
      if (t.tokens_.empty() || t.tokens_.back().kind != Kind::space) t.tokens_.push_back({Kind::space});
      continue;
    }
    if (s[i] != U'{') {
      t.tokens_.push_back({Kind::literal, s[i]});
      continue;
    }
    const size_t close = s.find(U'}', i);
    if (close == std::u32string::npos) throw Error("'" + t.spec_ + "': '{' without '}'");
    const std::u32string name = s.substr(i + 1, close - i - 1);
    i = close;
    if (name == U"_") {
      t.tokens_.push_back({Kind::brk});
      continue;
    }
    if (name == U"t" || name == U"t?") {
      if (t.title_token_ != kNone) throw Error("'" + t.spec_ + "': more than one {t}");
      t.title_token_ = t.tokens_.size();
      t.tokens_.push_back({Kind::title, 0, name == U"t?"});
      continue;
    }
    static const std::pair<std::u32string_view, Kind> kNumbers[] = {
        {U"n", Kind::arabic}, {U"k", Kind::kanji}, {U"p", Kind::provision}, {U"c", Kind::circled},
        {U"r", Kind::roman},  {U"a", Kind::kana},  {U"l", Kind::latin},
        {U"s", Kind::superscript}, {U"b", Kind::branch}};
    const Kind* kind = nullptr;
    for (const auto& [n, k] : kNumbers)
      if (name == n) kind = &k;
    if (!kind)
      throw Error("'" + t.spec_ + "': unknown {" + text::to_utf8(name) +
                  "} (use {n} {k} {p} {b} {c} {r} {a} {l} {s} {t} {t?} {_})");
    t.tokens_.push_back({*kind});
  }
  if (t.title_token_ == kNone) throw Error("'" + t.spec_ + "': no {t} or {t?} (where the title or text goes)");
  return t;
}

// End of the number of `kind` starting at i (i when there is none).
size_t NumberingTemplate::number_end(Kind kind, std::u32string_view s, size_t i) {
  size_t e = i;
  switch (kind) {
    case Kind::arabic:
      while (e < s.size() && e - i < 4 && s[e] >= U'0' && s[e] <= U'9') ++e;
      return e - i > 3 ? i : e;  // 「2024.」 is a year, not a heading number
    case Kind::kanji:
      text::kanji_number(s, i, e);
      return e;
    case Kind::provision:  // 三百二十五 or 325: a law's, or a regulation's written across
      text::provision_number(s, i, e);
      return e;
    case Kind::branch:  // 「の二の三」「の2」 after 条 or 章: a law's inserted numbers
      return text::past_branch_numbers(s, i);
    case Kind::circled:
      return e < s.size() && s[e] >= 0x2460 && s[e] <= 0x2473 ? e + 1 : e;
    case Kind::roman:
      while (e < s.size() && e - i < 6 && one_of(kRoman, s[e])) ++e;
      return e;
    case Kind::kana:
      return e < s.size() && one_of(kKana, s[e]) ? e + 1 : e;
    case Kind::superscript:
      while (e < s.size() && text::is_superscript_digit(s[e])) ++e;
      return e;
    case Kind::latin:
      return e < s.size() && ((s[e] >= U'a' && s[e] <= U'z') || (s[e] >= U'A' && s[e] <= U'Z'))
                 ? e + 1
                 : e;
    default:
      return e;
  }
}

// 「1.5倍」「2,676」: a point or comma after a number, with a digit after it, is
// part of the number, so 「{n}.」 does not match there.
bool NumberingTemplate::is_decimal_point(size_t k, std::u32string_view line, size_t next) const {
  const char32_t c = tokens_[k].literal;
  return (c == U'.' || c == U',') && k > 0 && tokens_[k - 1].kind == Kind::arabic &&
         next < line.size() && line[next] >= U'0' && line[next] <= U'9';
}

// The tokens after {t} must end the line; `title_end` is where they start.
bool NumberingTemplate::match_suffix(std::u32string_view line, size_t begin,
                                     size_t& title_end) const {
  size_t e = line.size();
  for (size_t k = tokens_.size(); k-- > title_token_ + 1;) {
    const Token& token = tokens_[k];
    if (token.kind == Kind::space || token.kind == Kind::brk) {
      while (e > begin && line[e - 1] == U' ') --e;
      continue;
    }
    if (token.kind != Kind::literal || e == begin || line[e - 1] != token.literal) return false;
    --e;
  }
  title_end = e;
  return true;
}

std::optional<NumberingTemplate::Match> NumberingTemplate::match(std::u32string_view line) const {
  size_t i = 0, letters = 0;
  for (size_t k = 0; k < title_token_; ++k) {
    const Token& token = tokens_[k];
    if (token.kind == Kind::literal) {
      if (i >= line.size() || line[i] != token.literal) return std::nullopt;
      ++i, ++letters;
      if (is_decimal_point(k, line, i)) return std::nullopt;
      continue;
    }
    if (token.kind == Kind::space || token.kind == Kind::brk) {
      const size_t start = i;
      while (i < line.size() && line[i] == U' ') ++i;
      if (token.kind == Kind::brk && i == start && i < line.size()) return std::nullopt;
      continue;
    }
    const size_t e = number_end(token.kind, line, i);
    if (e == i && token.kind != Kind::branch) return std::nullopt;
    letters += e - i;
    i = e;
  }
  size_t label_end = i;
  while (label_end > 0 && line[label_end - 1] == U' ') --label_end;
  size_t title_end = line.size();
  if (closed() && !match_suffix(line, i, title_end)) return std::nullopt;
  const std::u32string_view title = line.substr(i, title_end - i);
  if (title.empty() && !tokens_[title_token_].optional) return std::nullopt;
  if (closed() && !balanced(title)) return std::nullopt;
  return Match{closed() ? std::u32string_view() : line.substr(0, label_end), title, letters};
}

bool NumberingTemplate::numbered() const {
  for (const Token& t : tokens_)
    if (t.kind != Kind::literal && t.kind != Kind::space && t.kind != Kind::brk &&
        t.kind != Kind::title && t.kind != Kind::branch)
      return true;
  return false;
}

bool NumberingTemplate::may_start(char32_t c) const {
  const Token& first = tokens_[0];
  switch (first.kind) {
    case Kind::literal: return c == first.literal;
    case Kind::title: case Kind::space: case Kind::brk: case Kind::branch: return true;
    default: return number_end(first.kind, std::u32string_view(&c, 1), 0) == 1;
  }
}

}  // namespace nendiff
