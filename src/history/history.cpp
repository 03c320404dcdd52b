// Following measures across editions. The pairwise comparisons of consecutive
// editions are chained: a measure's partner in the next edition continues its
// lineage, an added measure starts one, a dropped one ends it.
//
// Follow-through reads each sentence as clauses, because one sentence often
// reports and promises at once: 「2023年度に…を実施し、2024年度以降も…を推進
// する。」 A clause's tense comes from its own ending (…した past, …しており
// under way, …する / …予定 future); a continuative clause (…し、…とともに、)
// takes the tense of the clause after it, unless it is anchored in a year
// before the edition's (「2023年度に…実施し、」 in a 2024 edition is a report).
// The future clauses of an edition are its commitments; in the next edition the
// sentence sharing most of a commitment's wording (weighted by how rare each
// character bigram is) is its evidence, and the tense of the evidence clause
// decides between done and still promised.
#include "nendiff/history.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "text/bigrams.hpp"
#include "text/year_mask.hpp"
#include "text/year_phrase.hpp"
#include "nendiff/error.hpp"
#include "text/brackets.hpp"
#include "text/clause.hpp"
#include "text/years.hpp"
#include "text/script.hpp"
#include "text/unicode.hpp"

namespace nendiff {
namespace {

using text::ends_at;
using text::is_han;
using text::is_hiragana;
using text::one_of;
using text::to_u32;
using text::to_utf8;

// ---------------------------------------------------------------------------
// Editions in order.

std::string name_of(const Document& d) { return d.path.empty() ? d.title : d.path; }

void order_editions(std::vector<Document>& editions) {
  if (editions.size() < 2) throw Error("a history needs at least two editions");
  for (const Document& d : editions)
    if (d.edition_year == 0)
      throw Error(name_of(d) +
                  ": no edition year in its title or decision date, "
                  "so it cannot be placed in the history");
  std::stable_sort(editions.begin(), editions.end(),
                   [](const Document& a, const Document& b) { return a.edition_year < b.edition_year; });
  for (size_t i = 0; i + 1 < editions.size(); ++i)
    if (editions[i].edition_year == editions[i + 1].edition_year)
      throw Error(name_of(editions[i]) + " and " + name_of(editions[i + 1]) + ": two editions of " +
                  std::to_string(editions[i].edition_year));
}

// ---------------------------------------------------------------------------
// Lineages.

// Per edition, the lineage of each of its measures.
using LineageMap = std::vector<std::vector<size_t>>;

size_t start_lineage(History& h, size_t edition, size_t measure) {
  Lineage l;
  l.steps.resize(h.editions.size());
  l.steps[edition].measure = measure;
  l.first = l.last = edition;
  h.lineages.push_back(std::move(l));
  return h.lineages.size() - 1;
}

LineageStep step_of(const Comparison& c, const MeasureDiff& d) {
  LineageStep s;
  s.measure = d.new_index;
  s.status = d.status;
  s.moved = d.moved;
  s.tag_changed = d.tag_changed;
  if (d.old_index)
    s.same_text = text::same_but_years(text::mask_years(*c.old_measure(d)),
                                       text::mask_years(*c.new_measure(d)), c.year_gap);
  return s;
}

LineageMap chain_lineages(History& h) {
  LineageMap of(h.editions.size());
  for (size_t k = 0; k < h.editions[0].measures.size(); ++k)
    of[0].push_back(start_lineage(h, 0, k));
  for (size_t i = 0; i + 1 < h.editions.size(); ++i) {
    of[i + 1].assign(h.editions[i + 1].measures.size(), 0);  // every measure is in a diff
    for (const MeasureDiff& d : h.comparisons[i].measures) {
      if (!d.new_index) continue;  // dropped: its lineage ends in edition i
      const size_t l = d.old_index ? of[i][*d.old_index] : start_lineage(h, i + 1, *d.new_index);
      Lineage& lineage = h.lineages[l];
      lineage.steps[i + 1] = step_of(h.comparisons[i], d);
      lineage.last = i + 1;
      of[i + 1][*d.new_index] = l;
    }
  }
  return of;
}

int repeated_editions(const Lineage& l) {
  int n = 0;
  for (size_t e = l.last; e > l.first && l.steps[e].same_text; --e) ++n;
  return n;
}

// The latest edition's order; a lineage that ended earlier goes after the
// lineage of the measure that preceded it in its last edition.
std::vector<size_t> reading_order(const History& h, const LineageMap& of) {
  std::vector<size_t> order;
  std::vector<bool> placed(h.lineages.size(), false);
  for (size_t e = h.editions.size(); e-- > 0;) {
    for (size_t k = 0; k < of[e].size(); ++k) {
      const size_t l = of[e][k];
      if (placed[l]) continue;
      auto at = order.begin();
      for (size_t j = k; j-- > 0;)
        if (placed[of[e][j]]) {
          at = std::find(order.begin(), order.end(), of[e][j]) + 1;
          break;
        }
      order.insert(at, l);
      placed[l] = true;
    }
  }
  return order;
}

void reorder_lineages(History& h, LineageMap& of) {
  const std::vector<size_t> order = reading_order(h, of);
  std::vector<size_t> position(order.size());
  std::vector<Lineage> sorted;
  for (size_t p = 0; p < order.size(); ++p) {
    position[order[p]] = p;
    sorted.push_back(std::move(h.lineages[order[p]]));
  }
  h.lineages = std::move(sorted);
  for (auto& edition : of)
    for (size_t& l : edition) l = position[l];
}

// ---------------------------------------------------------------------------
// Figure series: a figure is known across editions by the few words before it
// (digits masked, so 「2023年3月に」 and 「2024年3月に」 agree) and its unit.

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

void collect_series(History& h) {
  for (size_t l = 0; l < h.lineages.size(); ++l) {
    std::vector<FigureSeries> all;
    follow_figures(h, l, all);
    for (FigureSeries& s : all)
      if (s.points.size() >= 2) h.series.push_back(std::move(s));
  }
}

// ---------------------------------------------------------------------------
// Clauses and their tense (text/clause).

using text::Clause;
using text::Tense;

using YearAt = std::pair<size_t, const YearMention*>;  // code-point position, year

// A year phrase before the edition's year that is not a start (以降, から)
// anchors a continuative clause in the past: 「2023年度に…を実施し、」, while
// 「2023年度以降も…を推進し、」 or 「2024年度から開始される…」 do not.
bool anchored_in_past(std::u32string_view t, const Clause& c, const std::vector<YearAt>& years,
                      int edition) {
  for (const auto& [at, y] : years)
    if (at >= c.begin && at < c.end && y->year < edition &&
        text::read_year_phrase(t, at, *y).kind != text::PhraseKind::onward)
      return true;
  return false;
}

// Code-point positions of the sentence's years, outside brackets.
std::vector<YearAt> year_positions(const Sentence& s, const std::vector<bool>& inside) {
  std::vector<YearAt> out;
  for (const YearMention& y : s.years) {
    size_t at = to_u32(std::string_view(s.text).substr(0, y.offset)).size();
    if (at < inside.size() && !inside[at]) out.push_back({at, &y});
  }
  return out;
}

// ---------------------------------------------------------------------------
// A sentence read for what it promises.

struct Reading {
  const Sentence* sentence = nullptr;
  std::u32string text;
  std::vector<Clause> clauses;
  bool promises = false;  // a future clause holds text
  std::string forward;    // the future clauses, joined, years masked
  int forward_year = 0;   // the first year named in them
};

// The clause's text with its years masked, from the years the parser found
// in the sentence.
std::string masked(const Reading& r, const Clause& c) {
  const std::u32string_view t = r.text;
  const size_t begin = text::utf8_length(t.substr(0, c.begin));
  const size_t end = begin + text::utf8_length(t.substr(c.begin, c.end - c.begin));
  return text::mask_years(r.sentence->text, r.sentence->years, begin, end).text;
}

Reading read_sentence(const Sentence& s, int edition) {
  Reading r;
  r.sentence = &s;
  r.text = to_u32(s.text);
  r.clauses = text::split_clauses(r.text);
  std::vector<YearAt> years = year_positions(s, text::inside_brackets(r.text));
  for (size_t i = r.clauses.size(); i-- > 0;) {
    Clause& c = r.clauses[i];
    if (c.tense != Tense::inherit) continue;
    c.tense = anchored_in_past(r.text, c, years, edition) ? Tense::past : r.clauses[i + 1].tense;
  }
  int dated_year = 0;
  for (const Clause& c : r.clauses) {
    if (c.tense != Tense::future) continue;
    r.promises = r.promises || c.end > c.begin;
    r.forward += masked(r, c);
    for (const auto& [at, y] : years) {
      if (at < c.begin || at >= c.end) continue;
      int& slot = y->dated ? dated_year : r.forward_year;  // a full date is mostly a fact
      if (!slot) slot = y->year;
    }
  }
  if (!r.forward_year) r.forward_year = dated_year;
  return r;
}

// ---------------------------------------------------------------------------
// Wording shared between a commitment and a later sentence: character bigrams
// of letters and digits (years masked), weighted by rarity across the sentences
// of the commitment's edition so that 推進 or 引き続き count for little.

using Bigrams = std::vector<text::Bigram>;  // sorted, unique

// `masked`: year-masked text.
Bigrams bigrams_of(std::string_view masked) {
  return text::distinct_bigrams(masked, text::Pairs::letters_and_digits);
}
Bigrams bigrams_of(const Sentence& s) { return bigrams_of(text::mask_years(s.text, s.years).text); }

class Wording {
 public:
  explicit Wording(const Document& d) {
    for (const Measure& m : d.measures)
      for (const Sentence& s : m.sentences) {
        ++sentences_;
        bigrams_.add_document(text::mask_years(s.text, s.years).text, 1, false,
                              text::Pairs::letters_and_digits);
      }
  }

  double weight(text::Bigram g) const { return text::sentence_idf(sentences_, bigrams_.df_of(g)); }

  // The weighted share of `wanted` found in `text`.
  double share(const Bigrams& wanted, const Bigrams& text) const {
    double total = 0, found = 0;
    for (text::Bigram g : wanted) {
      total += weight(g);
      if (std::binary_search(text.begin(), text.end(), g)) found += weight(g);
    }
    return total > 0 ? found / total : 0;
  }

 private:
  text::BigramVocabulary bigrams_;
  int sentences_ = 0;
};

// ---------------------------------------------------------------------------
// Follow-through between editions n and n + 1.

constexpr double kMinShare = 0.5;           // in the measure's own continuation
constexpr double kMinShareElsewhere = 0.7;  // in another measure (merged, split off)

struct Evidence {
  const Sentence* sentence = nullptr;
  std::optional<size_t> measure;  // in the next edition
  double score = 0;
};

class FollowThroughJudge {
 public:
  FollowThroughJudge(const History& h, const LineageMap& of, size_t n)
      : h_(h),
        of_(of),
        n_(n),
        next_(h.editions[n + 1]),
        year_(next_.edition_year),
        wording_(h.editions[n]) {}

  void judge(const Measure& m, size_t lineage, std::vector<FollowUp>& out) const {
    for (const Sentence& s : m.sentences) {
      Reading r = read_sentence(s, h_.editions[n_].edition_year);
      if (!r.promises) continue;
      out.push_back(follow_up(r, lineage, m.line_at(s.offset)));
    }
  }

 private:
  FollowUp follow_up(const Reading& r, size_t lineage, int line) const {
    FollowUp f;
    f.edition = n_;
    f.lineage = lineage;
    f.commitment = r.sentence->text;
    f.line = line;
    f.year = r.forward_year;
    Bigrams wanted = bigrams_of(r.forward);
    const std::optional<size_t> partner = h_.lineages[lineage].steps[n_ + 1].measure;
    Evidence e = partner ? best_in(wanted, *partner) : Evidence{};
    f.score = e.score;
    if (e.score < kMinShare) e = rewritten_as(*r.sentence, lineage, partner, wanted);
    if (!e.sentence) e = best_elsewhere(wanted, partner);
    if (!e.sentence) return f;  // dropped
    decide(f, r, wanted, e);
    return f;
  }

  Evidence best_in(const Bigrams& wanted, size_t measure) const {
    Evidence best;
    best.measure = measure;
    for (const Sentence& s : next_.measures[measure].sentences) {
      double score = wording_.share(wanted, bigrams_of(s));
      if (score > best.score) best.score = score, best.sentence = &s;
    }
    return best;
  }

  // The sentence the comparison paired this one with as a rewrite, however
  // much the wording changed (「…検討を進める」 → 「…見直しを行っている」).
  Evidence rewritten_as(const Sentence& s, size_t lineage, std::optional<size_t> partner,
                        const Bigrams& wanted) const {
    const std::optional<size_t> old = h_.lineages[lineage].steps[n_].measure;
    for (const MeasureDiff& d : h_.comparisons[n_].measures) {
      if (!partner || d.old_index != old || d.new_index != partner) continue;
      for (const Rewrite& r : d.rewritten) {
        if (r.old_sentence != s.text) continue;
        for (const Sentence& t : next_.measures[*partner].sentences)
          if (t.text == r.new_sentence)
            return {&t, partner, wording_.share(wanted, bigrams_of(t))};
      }
    }
    return {};
  }

  // Text that moved into another measure (a merge, a split) is text that is
  // new there: an added measure, or a sentence the comparison lists as added.
  // Another measure's own carried-over sentence is its own commitment.
  Evidence best_elsewhere(const Bigrams& wanted, std::optional<size_t> partner) const {
    Evidence best;
    for (const MeasureDiff& d : h_.comparisons[n_].measures) {
      if (!d.new_index || d.new_index == partner) continue;
      for (const Sentence& s : next_.measures[*d.new_index].sentences) {
        if (d.status != Status::added && !is_added(d, s)) continue;
        double score = wording_.share(wanted, bigrams_of(s));
        if (score > best.score) best = {&s, d.new_index, score};
      }
    }
    return best.score >= kMinShareElsewhere ? best : Evidence{};
  }

  static bool is_added(const MeasureDiff& d, const Sentence& s) {
    return std::any_of(d.commitments_added.begin(), d.commitments_added.end(),
                       [&](const Commitment& c) { return c.sentence == s.text; });
  }

  // The tense of the evidence clause that carries the commitment's wording.
  Tense evidence_tense(const Reading& e, const Bigrams& wanted) const {
    double best = -1;
    Tense tense = Tense::none;
    for (const Clause& c : e.clauses) {
      double score = wording_.share(wanted, bigrams_of(masked(e, c)));
      if (score > best) best = score, tense = c.tense;
    }
    return tense;
  }

  void decide(FollowUp& f, const Reading& r, const Bigrams& wanted, const Evidence& e) const {
    const Measure& m = next_.measures[*e.measure];
    Reading evidence = read_sentence(*e.sentence, year_);
    f.evidence = e.sentence->text;
    f.evidence_line = m.line_at(e.sentence->offset);
    f.score = e.score;
    const std::optional<size_t> partner = h_.lineages[f.lineage].steps[n_ + 1].measure;
    if (e.measure != partner) f.evidence_lineage = of_[n_ + 1][*e.measure];
    f.stale = is_stale(*e.sentence);
    if (evidence_tense(evidence, wanted) != Tense::future) {
      f.result = FollowThrough::done;
    } else {
      bool same_year = r.forward_year && evidence.forward_year == r.forward_year;
      f.result = same_year && r.forward_year < year_ ? FollowThrough::rolled_over
                                                     : FollowThrough::continued;
    }
  }

  bool is_stale(const Sentence& s) const {
    const std::vector<StaleFinding>& found = h_.comparisons[n_].stale;
    return std::any_of(found.begin(), found.end(), [&](const StaleFinding& f) {
      return f.sentence == s.text && f.reason != "malformed_year";
    });
  }

  const History& h_;
  const LineageMap& of_;
  size_t n_;
  const Document& next_;
  int year_;
  Wording wording_;
};

void follow_commitments(History& h, const LineageMap& of) {
  for (size_t n = 0; n + 1 < h.editions.size(); ++n) {
    FollowThroughJudge judge(h, of, n);
    const Document& d = h.editions[n];
    for (size_t k = 0; k < d.measures.size(); ++k)
      judge.judge(d.measures[k], of[n][k], h.follow_ups);
  }
}

}  // namespace

const Measure* History::measure_in(const Lineage& l, size_t edition) const {
  const std::optional<size_t>& m = l.steps[edition].measure;
  return m ? &editions[edition].measures[*m] : nullptr;
}

int FigureSeries::changes() const {
  int n = 0;
  for (size_t i = 1; i < points.size(); ++i) n += points[i].value != points[i - 1].value;
  return n;
}

const char* follow_through_name(FollowThrough f) {
  switch (f) {
    case FollowThrough::done:
      return "done";
    case FollowThrough::continued:
      return "continued";
    case FollowThrough::rolled_over:
      return "rolled_over";
    case FollowThrough::dropped:
      return "dropped";
  }
  return "dropped";
}

History follow_history(std::vector<Document> editions) {
  order_editions(editions);
  History h;
  h.editions = std::move(editions);
  for (const Document& d : h.editions) h.years.push_back(d.edition_year);
  for (size_t i = 0; i + 1 < h.editions.size(); ++i)
    h.comparisons.push_back(compare(h.editions[i], h.editions[i + 1]));
  LineageMap of = chain_lineages(h);
  reorder_lineages(h, of);
  for (Lineage& l : h.lineages) l.repeated = repeated_editions(l);
  collect_series(h);
  follow_commitments(h, of);
  return h;
}

}  // namespace nendiff
