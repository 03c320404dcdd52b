// Figure series: a figure is known across editions by the few words before it
// (digits masked, so 「2023年3月に」 and 「2024年3月に」 agree) and its unit.
#include <unicode/uchar.h>

#include <map>

#include "history/steps.hpp"
#include "text/unicode.hpp"
#include "text/years.hpp"

#include <cctype>

namespace nendiff::detail {
namespace {

using text::one_of;
using text::to_u32;
using text::to_utf8;

constexpr size_t kFigureContext = 6;  // characters before the figure
constexpr size_t kLabelReach = 24, kLabelLength = 14, kLabelMin = 4;

std::u32string words_before(std::string_view text, size_t offset, size_t chars) {
  std::u32string before = to_u32(std::string_view(text).substr(0, offset));
  return before.substr(before.size() > chars ? before.size() - chars : 0);
}

std::string figure_key(const Sentence& s, const Figure& f) {
  std::u32string key;
  for (char32_t c : words_before(s.text, f.offset, kFigureContext + 8)) {
    if (c == U' ') continue;
    bool digit = u_isdigit(static_cast<UChar32>(c)) ||
                 ((c == U',' || c == U'.') && !key.empty() && key.back() == U'#');
    if (!digit)
      key.push_back(c);
    else if (key.empty() || key.back() != U'#')
      key.push_back(U'#');  // 92 and 100 alike
  }
  if (key.size() > kFigureContext) key = key.substr(key.size() - kFigureContext);
  return to_utf8(key) + "|" + std::string(f.unit);
}

// Particles and links that open or close a phrase without naming anything:
// 「として大規模法人部門で」 counts 大規模法人部門.
const std::u32string_view kOpening[] = {U"として", U"時点で", U"末時点", U"末現在", U"時点", U"現在", U"では",
                                        U"には", U"、", U"で", U"に", U"は", U"が", U"を", U"の", U"と", U"末"};
const std::u32string_view kClosing[] = {U"において", U"に対して", U"では", U"には", U"、", U"で", U"に", U"は",
                                        U"が", U"を", U"の", U"と", U"約", U"の計"};

std::u32string trimmed(std::u32string w) {
  for (bool again = true; again && !w.empty();) {
    again = false;
    for (std::u32string_view p : kOpening)
      if (text::starts_with(w, p) && w.size() > p.size()) w.erase(0, p.size()), again = true;
    for (std::u32string_view p : kClosing)
      if (text::ends_with(w, p) && w.size() > p.size()) w.erase(w.size() - p.size()), again = true;
  }
  return w;
}

// A date says when, not what: 「2025年3月に」 is no caption.
std::u32string without_dates(const std::u32string& words) {
  const std::string utf8 = to_utf8(words);
  std::string out;
  size_t at = 0;
  for (const YearMention& y : text::find_years(utf8)) {
    if (y.offset < at) continue;
    out += utf8.substr(at, y.offset - at);
    at = y.offset + y.length;
    // the month and day that follow (3月, 1日) go with it
    while (at < utf8.size() && (std::isdigit(static_cast<unsigned char>(utf8[at])) ||
                                utf8.compare(at, 3, "月") == 0 || utf8.compare(at, 3, "日") == 0))
      at += std::isdigit(static_cast<unsigned char>(utf8[at])) ? 1 : 3;
  }
  return to_u32(out + utf8.substr(at));
}

// What a reader needs to know what the figure counts: the words before it,
// from the start of their phrase (after the last 、「」() that leaves enough),
// without dates or the particles around them; the unit follows in the caption.
std::string figure_label(const Sentence& s, const Figure& f) {
  std::u32string words = words_before(s.text, f.offset, kLabelReach);
  size_t cut = words.size();
  while (cut > 0 && (words.size() - cut < kLabelMin || !one_of(U"、。「」()", words[cut - 1])))
    --cut;
  if (cut > 0)
    words = words.substr(cut);
  else if (words.size() > kLabelLength)
    words = words.substr(words.size() - kLabelLength);
  std::u32string phrase = trimmed(without_dates(words));
  if (phrase.size() >= kLabelMin / 2) return to_utf8(phrase);
  // Nothing but a date and a particle before it: the sentence's first name.
  const std::u32string sentence = to_u32(s.text);
  const size_t open = sentence.find(U'「'), close = sentence.find(U'」', open);
  if (open != std::u32string::npos && close != std::u32string::npos)
    phrase = trimmed(without_dates(sentence.substr(open + 1, close - open - 1)));
  return to_utf8(phrase.size() >= kLabelMin / 2 ? phrase : words);
}

struct KeyedFigure {
  std::string key;  // context, unit and occurrence
  const Sentence* sentence;
  const Figure* figure;
};

std::vector<KeyedFigure> keyed_figures(const Measure& m) {
  std::vector<KeyedFigure> out;
  std::map<std::string, int> seen;
  for (const Sentence& s : m.sentences)
    for (const Figure& f : s.figures) {
      std::string key = figure_key(s, f);
      key += "#" + std::to_string(seen[key]++);
      out.push_back({key, &s, &f});
    }
  return out;
}

void follow_figures(History& h, size_t l, std::vector<FigureSeries>& all) {
  const Lineage& lineage = h.lineages[l];
  std::map<std::string, size_t> open;  // key → series continued from the edition before
  for (size_t e = lineage.first; e <= lineage.last; ++e) {
    const Measure& m = h.editions[e].measures[*lineage.steps[e].measure];
    std::map<std::string, size_t> next;
    for (const KeyedFigure& k : keyed_figures(m)) {
      auto it = open.find(k.key);
      size_t s = it != open.end() ? it->second : all.size();
      if (s == all.size()) all.push_back({l, "", std::string(k.figure->unit), {}});
      all[s].label = figure_label(*k.sentence, *k.figure);
      all[s].points.push_back(
          {e, k.figure->value, std::string(k.figure->raw), m.line_at(k.sentence->offset + k.figure->offset)});
      next[k.key] = s;
    }
    open = std::move(next);
  }
}

}  // namespace

void collect_series(History& h) {
  for (size_t l = 0; l < h.lineages.size(); ++l) {
    std::vector<FigureSeries> all;
    follow_figures(h, l, all);
    for (FigureSeries& s : all)
      if (s.points.size() >= 2) h.series.push_back(std::move(s));
  }
}

}  // namespace nendiff::detail
