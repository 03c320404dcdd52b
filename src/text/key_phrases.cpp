#include "text/key_phrases.hpp"

#include <algorithm>
#include <optional>

#include "text/brackets.hpp"
#include "text/script.hpp"
#include "text/unicode.hpp"

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
  for_each_matched_pair(s, [&](size_t open, size_t close) {
    if (s[open] == U'「' && close - open > 2) out.emplace_back(s.substr(open + 1, close - open - 1));
  });
}

// Latin acronyms and names; with `terms`, long katakana terms too.
void add_runs(std::u32string_view s, bool terms, std::vector<std::u32string>& out) {
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
      if (terms && j - i >= 4) out.emplace_back(s.substr(i, j - i));
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

std::vector<std::string> find_phrases(std::string_view masked, bool terms) {
  std::u32string s = to_u32(masked);
  std::vector<std::u32string> found;
  add_quoted(s, found);
  add_runs(s, terms, found);
  add_bodies(s, found);
  std::vector<std::string> phrases;
  for (const std::u32string& p : found) phrases.push_back(to_utf8(p));
  std::sort(phrases.begin(), phrases.end());
  phrases.erase(std::unique(phrases.begin(), phrases.end()), phrases.end());
  return phrases;
}

}  // namespace

std::vector<std::string> key_phrases(std::string_view masked) { return find_phrases(masked, true); }

std::vector<std::string> names(std::string_view masked) { return find_phrases(masked, false); }

}  // namespace nendiff::text
