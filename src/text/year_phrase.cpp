#include "text/year_phrase.hpp"

#include <unicode/uchar.h>

#include "text/unicode.hpp"

namespace nendiff::text {
namespace {

struct Qualifier {
  std::u32string_view word;
  PhraseKind kind;
};

// Longest first where one word starts another.
const Qualifier kQualifiers[] = {
    {U"末時点", PhraseKind::as_of},    {U"末現在", PhraseKind::as_of},
    {U"時点", PhraseKind::as_of},      {U"現在", PhraseKind::as_of},
    {U"以降", PhraseKind::onward},     {U"以後", PhraseKind::onward},
    {U"から", PhraseKind::onward},     {U"より", PhraseKind::onward},
    {U"までの間", PhraseKind::until},  {U"までに", PhraseKind::until},
    {U"まで", PhraseKind::until},      {U"を目途に", PhraseKind::target},
    {U"を目処に", PhraseKind::target}, {U"を目標に", PhraseKind::target},
    {U"目途", PhraseKind::target},     {U"上旬", PhraseKind::point},
    {U"中旬", PhraseKind::point},      {U"下旬", PhraseKind::point},
    {U"中", PhraseKind::point},        {U"末", PhraseKind::point},
    {U"当初", PhraseKind::point},      {U"上半期", PhraseKind::point},
    {U"下半期", PhraseKind::point},    {U"前半", PhraseKind::point},
    {U"後半", PhraseKind::point},      {U"初頭", PhraseKind::point},
    {U"春", PhraseKind::point},        {U"夏", PhraseKind::point},
    {U"秋", PhraseKind::point},        {U"冬", PhraseKind::point},
};

// Particles after the phrase; `topic` ones scope over the clause, the others
// attach to the next predicate.
struct Particle {
  std::u32string_view word;
  bool topic;
};
const Particle kParticles[] = {
    {U"においても", true}, {U"においては", true}, {U"において", true},
    {U"についても", true}, {U"については", true}, {U"について", true},
    {U"にかけて", false},  {U"には", true},       {U"にも", true},
    {U"では", true},       {U"に", false},        {U"は", true},
    {U"も", true},         {U"で", false},
};

// 「2023年4月」「2023年4月1日」: month and day written after the year.
size_t skip_date(std::u32string_view t, size_t i) {
  for (int part = 0; part < 2; ++part) {
    size_t j = i;
    while (j < t.size() && u_isdigit(static_cast<UChar32>(t[j]))) ++j;
    if (j == i || j >= t.size() || (t[j] != U'月' && t[j] != U'日')) break;
    i = j + 1;
  }
  return i;
}

bool is_stronger(PhraseKind a, PhraseKind b) { return static_cast<int>(a) > static_cast<int>(b); }

// Reads the qualifiers at p.end (以降, 末時点 …), the strongest deciding the
// kind. `qualified`: the year's suffix already qualifies it (年度末, 年秋).
bool read_qualifiers(std::u32string_view t, YearPhrase& p, bool qualified) {
  for (bool more = true; more;) {
    more = false;
    for (const Qualifier& q : kQualifiers) {
      if (!starts_at(t, p.end, q.word)) continue;
      if (!qualified || is_stronger(q.kind, p.kind)) p.kind = q.kind;
      qualified = more = true;
      p.end += q.word.size();
      break;
    }
  }
  return qualified;
}

// Reads the particle at p.after, if any.
const Particle* read_particle(std::u32string_view t, YearPhrase& p) {
  for (const Particle& a : kParticles) {
    if (!starts_at(t, p.after, a.word)) continue;
    p.after += a.word.size();
    return &a;
  }
  return nullptr;
}

}  // namespace

std::vector<size_t> year_positions(std::string_view text, ListView<YearMention> years) {
  std::vector<size_t> out;
  out.reserve(years.size());
  size_t index = 0, counted = 0;
  for (const YearMention& y : years) {
    if (y.offset < counted) index = counted = 0;  // out of order: count from the start
    index += code_points(text.substr(counted, y.offset - counted));
    counted = y.offset;
    out.push_back(index);
  }
  return out;
}

YearPhrase read_year_phrase(std::u32string_view t, size_t begin, const YearMention& y) {
  YearPhrase p;
  p.year = &y;
  p.begin = begin;
  p.end = skip_date(t, begin + to_u32(y.raw).size());
  bool suffixed = !(y.suffix == "年度" || y.suffix == "年" || y.suffix == "度" || y.suffix.empty());
  if (suffixed) p.kind = PhraseKind::point;
  bool qualified = read_qualifiers(t, p, suffixed);
  p.after = p.end;
  const Particle* particle = read_particle(t, p);
  bool comma = p.after < t.size() && t[p.after] == U'、';
  if (!qualified && !particle) {
    // 「2023年度、」 is adverbial; 「2023年度の」「2023年度健康経営度調査」 name a thing.
    p.kind = comma ? PhraseKind::point : PhraseKind::attributive;
    return p;
  }
  if (!qualified) p.kind = PhraseKind::point;
  bool genitive = !particle && p.after < t.size() && t[p.after] == U'の';
  p.close = !(particle && particle->topic) && !comma && !genitive;
  return p;
}

void chain_ranges(std::vector<YearPhrase>& phrases, std::u32string_view t) {
  for (size_t i = phrases.size(); i-- > 1;) {
    YearPhrase& a = phrases[i - 1];
    size_t gap = a.after;
    if (gap < t.size() && t[gap] == U'、') ++gap;
    if (gap == phrases[i].begin) a.close = phrases[i].close;
  }
}

}  // namespace nendiff::text
