#include "text/similarity.hpp"

#include <algorithm>
#include <cmath>

#include "text/brackets.hpp"
#include "text/normalize.hpp"
#include "text/script.hpp"
#include "text/unicode.hpp"
#include "text/years.hpp"

namespace nendiff::text {
namespace {

bool is_latin_word(char32_t c) {
  return (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9') ||
         c == U'-' || c == U'&' || c == U'.';
}
bool has_upper(std::u32string_view s) {
  return std::any_of(s.begin(), s.end(), [](char32_t c) { return c >= U'A' && c <= U'Z'; });
}

// Organisation names end in one of these (機構, 協議会 …); the kanji/katakana
// run before the suffix names the body.
constexpr std::u32string_view kBodySuffixes[] = {U"機構", U"協議会", U"本部", U"会議", U"研究所",
                                                U"センター", U"学会", U"委員会", U"機関"};

void add_quoted(std::u32string_view s, std::vector<std::u32string>& out) {
  if (s.find(U'「') == std::u32string_view::npos) return;
  const std::vector<std::optional<size_t>> close = matching_brackets(s);
  for (size_t open = s.find(U'「'); open != std::u32string_view::npos;
       open = s.find(U'「', open + 1))
    if (close[open] && *close[open] - open > 2)
      out.emplace_back(s.substr(open + 1, *close[open] - open - 1));
}

void add_runs(std::u32string_view s, std::vector<std::u32string>& out) {
  for (size_t i = 0; i < s.size();) {
    size_t j = i;
    if (is_latin_word(s[i])) {
      while (j < s.size() && (is_latin_word(s[j]) || (s[j] == U' ' && j + 1 < s.size() &&
                                                      is_latin_word(s[j + 1]))))
        ++j;
      std::u32string_view run = s.substr(i, j - i);
      if (run.size() >= 2 && has_upper(run)) out.emplace_back(run);
    } else if (is_katakana(s[i])) {
      while (j < s.size() && (is_katakana(s[j]) || s[j] == U'・')) ++j;
      if (j - i >= 4) out.emplace_back(s.substr(i, j - i));
    }
    i = std::max(j, i + 1);
  }
}

// The first characters of kBodySuffixes: most positions stop here.
bool may_start_body_suffix(char32_t c) {
  switch (c) {
    case U'機': case U'協': case U'本': case U'会': case U'研': case U'セ': case U'学': case U'委':
      return true;
    default:
      return false;
  }
}

// One pass over the text, trying the suffixes only where one could start.
void add_bodies(std::u32string_view s, std::vector<std::u32string>& out) {
  for (size_t at = 0; at < s.size(); ++at) {
    if (!may_start_body_suffix(s[at])) continue;
    for (std::u32string_view suffix : kBodySuffixes) {
      if (s[at] != suffix[0] || s.substr(at, suffix.size()) != suffix) continue;
      size_t start = at;
      while (start > 0 && at - start < 12 && (is_han(s[start - 1]) || is_katakana(s[start - 1])))
        --start;
      if (at - start >= 2) out.emplace_back(s.substr(start, at + suffix.size() - start));
    }
  }
}

}  // namespace

SparseVector bigram_counts(std::u32string_view text) {
  std::vector<Bigram> all;
  for (size_t i = 0; i + 1 < text.size(); ++i)
    all.push_back((static_cast<Bigram>(text[i]) << 32) | text[i + 1]);
  std::sort(all.begin(), all.end());
  SparseVector v;
  for (Bigram g : all) {
    if (!v.empty() && v.back().first == g) v.back().second += 1;
    else v.push_back({g, 1});
  }
  return v;
}

double dice(const SparseVector& a, const SparseVector& b) {
  double common = 0, total = 0;
  for (const auto& [_, w] : a) total += w;
  for (const auto& [_, w] : b) total += w;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i].first < b[j].first) ++i;
    else if (b[j].first < a[i].first) ++j;
    else common += std::min(a[i++].second, b[j++].second);
  }
  return total == 0 ? 1.0 : 2 * common / total;
}

double norm(const SparseVector& v) {
  double sum = 0;
  for (const auto& [_, w] : v) sum += w * w;
  return std::sqrt(sum);
}

double cosine(const SparseVector& a, const SparseVector& b) {
  double dot = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i].first < b[j].first) ++i;
    else if (b[j].first < a[i].first) ++j;
    else dot += a[i++].second * b[j++].second;
  }
  double n = norm(a) * norm(b);
  return n == 0 ? 0 : dot / n;
}

std::vector<std::string> key_phrases(std::string_view masked) {
  std::u32string s = to_u32(masked);
  std::vector<std::u32string> found;
  add_quoted(s, found);
  add_runs(s, found);
  add_bodies(s, found);
  std::vector<std::string> phrases;
  for (const std::u32string& p : found) phrases.push_back(to_utf8(p));
  std::sort(phrases.begin(), phrases.end());
  phrases.erase(std::unique(phrases.begin(), phrases.end()), phrases.end());
  return phrases;
}

namespace {

// Appends `text` without its spaces, a run at a time.
void append_without_spaces(std::string& out, std::string_view text) {
  for (size_t at = 0; at < text.size();) {
    size_t space = text.find(' ', at);
    if (space == std::string_view::npos) space = text.size();
    out.append(text.data() + at, space - at);
    at = space + 1;
  }
}

// Appends the masked form of one sentence (see mask_years) to `masked`.
void append_masked(YearMasked& masked, std::string_view normalized,
                   const std::vector<YearMention>& years) {
  size_t at = 0;
  for (const YearMention& y : years) {
    if (y.offset < at) continue;
    append_without_spaces(masked.text, normalized.substr(at, y.offset - at));
    // One placeholder per year, whatever its form (令和6年度 ≡ 2024年度); the
    // suffix stays so that 年度 and 年 still differ.
    masked.text += "\x01";
    if (y.raw.size() >= y.suffix.size() &&
        y.raw.compare(y.raw.size() - y.suffix.size(), y.suffix.size(), y.suffix) == 0)
      masked.text += y.suffix;
    masked.years.push_back(y.year);
    at = y.offset + y.length;
  }
  append_without_spaces(masked.text, normalized.substr(std::min(at, normalized.size())));
}

}  // namespace

YearMasked mask_years(std::string_view normalized, const std::vector<YearMention>& years) {
  YearMasked masked;
  masked.text.reserve(normalized.size());
  append_masked(masked, normalized, years);
  return masked;
}

YearMasked mask_years(std::string_view normalized) {
  return mask_years(normalized, find_years(normalized));
}

YearMasked mask_years(const Measure& m) {
  YearMasked masked;
  masked.text.reserve(m.text.size());
  for (const Sentence& s : m.sentences) append_masked(masked, s.text, s.years);
  return masked;
}

bool same_but_years(const YearMasked& old_text, const YearMasked& new_text, int gap) {
  if (old_text.text != new_text.text || old_text.years.size() != new_text.years.size())
    return false;
  for (size_t i = 0; i < old_text.years.size(); ++i) {
    int o = old_text.years[i], n = new_text.years[i];
    if (n != o && n != o + gap) return false;
  }
  return true;
}

}  // namespace nendiff::text
