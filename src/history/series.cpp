// Figure series: a figure is known across editions by the few words before it
// (digits masked, so 「2023年3月に」 and 「2024年3月に」 agree) and its unit.
#include <unicode/uchar.h>

#include <map>

#include "history/steps.hpp"
#include "text/unicode.hpp"

namespace nendiff::detail {
namespace {

using text::one_of;
using text::to_u32;
using text::to_utf8;

constexpr size_t kFigureContext = 6;  // characters before the figure
constexpr size_t kLabelReach = 24, kLabelLength = 14, kLabelMin = 4;

std::u32string words_before(const std::string& text, size_t offset, size_t chars) {
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
  return to_utf8(key) + "|" + f.unit;
}

// What a reader needs to know what the figure counts: the words before it,
// from the start of their phrase (after the last 、「」() that leaves enough).
std::string figure_label(const Sentence& s, const Figure& f) {
  std::u32string words = words_before(s.text, f.offset, kLabelReach);
  size_t cut = words.size();
  while (cut > 0 && (words.size() - cut < kLabelMin || !one_of(U"、。「」()", words[cut - 1])))
    --cut;
  if (cut > 0)
    words = words.substr(cut);
  else if (words.size() > kLabelLength)
    words = words.substr(words.size() - kLabelLength);
  return to_utf8(words);
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
      if (s == all.size()) all.push_back({l, "", k.figure->unit, {}});
      all[s].label = figure_label(*k.sentence, *k.figure);
      all[s].points.push_back(
          {e, k.figure->value, k.figure->raw, m.line_at(k.sentence->offset + k.figure->offset)});
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
