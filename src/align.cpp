// Aligning two editions. Sections first by their headings (numbering aside),
// then measures by a global greedy assignment over scored candidate pairs: the
// best-scoring pair anywhere is fixed first, so a look-alike cannot take a
// measure whose real partner scores higher elsewhere. Candidates come from an
// inverted index of each measure's rarest bigrams and key phrases, never from
// all pairs, so the work stays near-linear in the size of the documents.
#include "nendiff/align.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "nendiff/normalize.hpp"
#include "similarity.hpp"
#include "unicode.hpp"

namespace nendiff {
namespace {

using detail::SparseVector;

// Weights of the measure score; see docs/alignment.md for why each is there.
constexpr double kCosineWeight = 0.5, kDiceWeight = 0.2, kPhraseWeight = 0.3;
constexpr double kSectionBonus = 0.05, kLeadBonus = 0.02, kPositionPenalty = 0.05;
constexpr double kMinScore = 0.30;        // below: not the same measure
// Besides the score, a pair needs real textual common ground: enough shared
// wording, or a distinctive key phrase (a programme name found in at most two
// measures per edition) with some shared wording around it. Topic words alone
// (新型コロナウイルス感染症) do not make two measures the same.
constexpr double kMinCosine = 0.35, kMinDice = 0.40, kMinDiceWithPhrase = 0.20;
constexpr double kDistinctiveDf = 4;      // document frequency over both editions
constexpr size_t kSignatureSize = 16;     // rarest bigrams indexed per measure
constexpr size_t kMaxCandidates = 24;
// A bigram or phrase that many old measures share says little about which one
// is the partner: only the kMaxVoters of them nearest in position vote. Without
// this cap a document of thousands of look-alike measures (「・施策N を実施
// する。」) makes every new measure scan every old one: quadratic time.
constexpr size_t kMaxVoters = 64;

struct Profile {
  YearMasked masked;
  SparseVector bigrams, weighted;
  std::vector<std::string> phrases;
  std::vector<std::string> leads;
  double position = 0;  // 0 … 1 through the document
  int section = -1;
};

struct Side {
  const Document* doc;
  std::vector<Profile> profiles;
};

Profile profile_of(const Measure& m, size_t index, size_t count) {
  Profile p;
  p.masked = mask_years(m);
  p.bigrams = detail::bigram_counts(detail::to_u32(p.masked.text));
  p.phrases = detail::key_phrases(p.masked.text);
  if (m.tag) p.leads = m.tag->leads();
  std::sort(p.leads.begin(), p.leads.end());
  p.position = count > 1 ? static_cast<double>(index) / static_cast<double>(count - 1) : 0;
  p.section = m.section;
  return p;
}

Side profile_side(const Document& d) {
  Side side{&d, {}};
  for (size_t i = 0; i < d.measures.size(); ++i)
    side.profiles.push_back(profile_of(d.measures[i], i, d.measures.size()));
  return side;
}

// Inverse document frequencies over the measures of both editions.
struct Idf {
  std::unordered_map<detail::Bigram, double> bigram;
  std::unordered_map<std::string, double> phrase;
};

Idf inverse_frequencies(const Side& a, const Side& b) {
  std::unordered_map<detail::Bigram, int> bigram_df;
  std::unordered_map<std::string, int> phrase_df;
  for (const Side* side : {&a, &b})
    for (const Profile& p : side->profiles) {
      for (const auto& [g, _] : p.bigrams) ++bigram_df[g];
      for (const std::string& k : p.phrases) ++phrase_df[k];
    }
  double n = static_cast<double>(a.profiles.size() + b.profiles.size()) + 1;
  Idf idf;
  for (const auto& [g, df] : bigram_df) idf.bigram[g] = std::log(n / df) + 0.1;
  for (const auto& [k, df] : phrase_df) idf.phrase[k] = std::log(n / df) + 0.1;
  return idf;
}

void weigh(Side& side, const Idf& idf) {
  for (Profile& p : side.profiles) {
    p.weighted = p.bigrams;
    for (auto& [g, w] : p.weighted) w *= idf.bigram.at(g);
  }
}

// Key phrases in common: the IDF-weighted Dice of the two phrase sets, and
// whether a distinctive phrase is among them.
struct PhraseMatch {
  double dice = 0;
  bool distinctive = false;
};

PhraseMatch phrase_match(const Profile& a, const Profile& b, const Idf& idf, double distinctive_idf) {
  PhraseMatch m;
  double shared = 0, total = 0;
  for (const std::string& k : a.phrases) total += idf.phrase.at(k);
  for (const std::string& k : b.phrases) {
    double w = idf.phrase.at(k);
    total += w;
    if (!std::binary_search(a.phrases.begin(), a.phrases.end(), k)) continue;
    shared += w;
    m.distinctive |= w >= distinctive_idf;
  }
  m.dice = total == 0 ? 0 : 2 * shared / total;
  return m;
}

struct Scored {
  double score = 0, similarity = 0;
  int old_index = -1, new_index = -1;
  bool operator<(const Scored& o) const {
    if (score != o.score) return score > o.score;
    if (old_index != o.old_index) return old_index < o.old_index;
    return new_index < o.new_index;
  }
};

class MeasureAligner {
 public:
  MeasureAligner(const Document& o, const Document& n, const std::vector<int>& section_map)
      : old_(profile_side(o)), new_(profile_side(n)), section_map_(section_map) {
    idf_ = inverse_frequencies(old_, new_);
    double count = static_cast<double>(old_.profiles.size() + new_.profiles.size()) + 1;
    distinctive_idf_ = std::log(count / kDistinctiveDf) + 0.1;
    weigh(old_, idf_);
    weigh(new_, idf_);
  }

  std::vector<MeasurePair> run(int gap) {
    old_partner_.assign(old_.profiles.size(), -1);
    new_partner_.assign(new_.profiles.size(), -1);
    similarity_.assign(new_.profiles.size(), 0);
    pair_identical(gap);
    pair_by_score();
    return pairs();
  }

 private:
  void link(int o, int n, double similarity) {
    old_partner_[static_cast<size_t>(o)] = n;
    new_partner_[static_cast<size_t>(n)] = o;
    similarity_[static_cast<size_t>(n)] = similarity;
  }

  // Texts equal but for their years: paired in document order, before anything else.
  void pair_identical(int gap) {
    std::map<std::string, std::vector<int>> by_text;
    for (size_t i = 0; i < old_.profiles.size(); ++i)
      by_text[old_.profiles[i].masked.text].push_back(static_cast<int>(i));
    for (size_t n = 0; n < new_.profiles.size(); ++n) {
      auto it = by_text.find(new_.profiles[n].masked.text);
      if (it == by_text.end()) continue;
      for (int& o : it->second) {
        if (o < 0 || !same_but_years(old_.profiles[static_cast<size_t>(o)].masked,
                                     new_.profiles[n].masked, gap))
          continue;
        link(o, static_cast<int>(n), 1.0);
        o = -1;
        break;
      }
    }
  }

  // Old measures sharing rare bigrams or key phrases with new measure `n`.
  std::vector<int> candidates(size_t n) const {
    std::unordered_map<int, double> votes;
    const Profile& p = new_.profiles[n];
    for (detail::Bigram g : signature(p)) {
      auto it = index_.find(g);
      if (it == index_.end()) continue;
      for (int o : nearest_voters(it->second, p.position)) votes[o] += 1;
    }
    for (const std::string& k : p.phrases) {
      auto it = phrase_index_.find(k);
      if (it == phrase_index_.end()) continue;
      for (int o : nearest_voters(it->second, p.position)) votes[o] += 2;
    }
    // Most votes first; among equals (repeated text) the nearest in position.
    std::vector<std::tuple<double, double, int>> ranked;
    for (const auto& [o, v] : votes)
      ranked.emplace_back(-v, std::fabs(old_.profiles[static_cast<size_t>(o)].position - p.position), o);
    const size_t keep = std::min(ranked.size(), kMaxCandidates);
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep), ranked.end());
    ranked.resize(keep);
    std::vector<int> out;
    for (const auto& r : ranked) out.push_back(std::get<2>(r));
    return out;
  }

  // The old measures of a posting list (in document order) allowed to vote:
  // all of a short list, else the kMaxVoters nearest to `position`.
  std::vector<int> nearest_voters(const std::vector<int>& list, double position) const {
    if (list.size() <= kMaxVoters) return list;
    auto at = std::lower_bound(list.begin(), list.end(), position, [&](int o, double pos) {
      return old_.profiles[static_cast<size_t>(o)].position < pos;
    });
    size_t first = static_cast<size_t>(at - list.begin());
    first = std::min(first - std::min(first, kMaxVoters / 2), list.size() - kMaxVoters);
    return {list.begin() + static_cast<std::ptrdiff_t>(first),
            list.begin() + static_cast<std::ptrdiff_t>(first + kMaxVoters)};
  }

  std::vector<detail::Bigram> signature(const Profile& p) const {
    std::vector<std::pair<double, detail::Bigram>> by_rarity;
    for (const auto& [g, _] : p.bigrams) by_rarity.push_back({-idf_.bigram.at(g), g});
    std::sort(by_rarity.begin(), by_rarity.end());
    if (by_rarity.size() > kSignatureSize) by_rarity.resize(kSignatureSize);
    std::vector<detail::Bigram> out;
    for (const auto& [_, g] : by_rarity) out.push_back(g);
    return out;
  }

  void build_index() {
    for (size_t o = 0; o < old_.profiles.size(); ++o) {
      if (old_partner_[o] >= 0) continue;
      for (detail::Bigram g : signature(old_.profiles[o])) index_[g].push_back(static_cast<int>(o));
      for (const std::string& k : old_.profiles[o].phrases)
        phrase_index_[k].push_back(static_cast<int>(o));
    }
  }

  Scored score(int o, int n) const {
    const Profile& a = old_.profiles[static_cast<size_t>(o)];
    const Profile& b = new_.profiles[static_cast<size_t>(n)];
    double cos = detail::cosine(a.weighted, b.weighted);
    double dice = detail::dice(a.bigrams, b.bigrams);
    PhraseMatch phrases = phrase_match(a, b, idf_, distinctive_idf_);
    bool same_section = a.section >= 0 && section_map_[static_cast<size_t>(a.section)] == b.section;
    double s = kCosineWeight * cos + kDiceWeight * dice + kPhraseWeight * phrases.dice +
               (same_section ? kSectionBonus : 0) + (a.leads == b.leads ? kLeadBonus : 0) -
               kPositionPenalty * std::fabs(a.position - b.position);
    bool common_ground = cos >= kMinCosine || dice >= kMinDice ||
                         (phrases.distinctive && dice >= kMinDiceWithPhrase);
    return {common_ground ? s : 0, dice, o, n};
  }

  void pair_by_score() {
    build_index();
    std::vector<Scored> scored;
    for (size_t n = 0; n < new_.profiles.size(); ++n) {
      if (new_partner_[n] >= 0) continue;
      for (int o : candidates(n)) {
        Scored s = score(o, static_cast<int>(n));
        if (s.score >= kMinScore) scored.push_back(s);
      }
    }
    std::sort(scored.begin(), scored.end());
    for (const Scored& s : scored) {
      if (old_partner_[static_cast<size_t>(s.old_index)] >= 0 ||
          new_partner_[static_cast<size_t>(s.new_index)] >= 0)
        continue;
      link(s.old_index, s.new_index, s.similarity);
    }
  }

  std::vector<MeasurePair> pairs() const {
    std::vector<MeasurePair> out;
    for (size_t n = 0; n < new_.profiles.size(); ++n)
      out.push_back({new_partner_[n], static_cast<int>(n), new_partner_[n] >= 0 ? similarity_[n] : 0});
    for (size_t o = 0; o < old_.profiles.size(); ++o)
      if (old_partner_[o] < 0) out.push_back({static_cast<int>(o), -1, 0});
    return out;
  }

  Side old_, new_;
  const std::vector<int>& section_map_;
  Idf idf_;
  double distinctive_idf_ = 0;
  std::unordered_map<detail::Bigram, std::vector<int>> index_;
  std::unordered_map<std::string, std::vector<int>> phrase_index_;
  std::vector<int> old_partner_, new_partner_;
  std::vector<double> similarity_;
};

// ---- sections ----------------------------------------------------------------

std::string title_key(const Section& s) { return mask_years(s.title).text; }

// A heading title as compared: its year-masked key and the key's bigrams.
struct TitleProfile {
  int section = -1;
  std::string key;
  detail::SparseVector bigrams;
};

double title_similarity(const TitleProfile& a, const TitleProfile& b) {
  if (a.key == b.key) return 1.0;
  return detail::dice(a.bigrams, b.bigrams);
}

// The still unpaired sections of one level, in document order, profiled once.
std::vector<TitleProfile> unpaired_titles(const Document& d, int level, const std::vector<int>& partner) {
  std::vector<TitleProfile> out;
  for (size_t i = 0; i < d.sections.size(); ++i) {
    if (d.sections[i].level != level || partner[i] >= 0) continue;
    TitleProfile t{static_cast<int>(i), title_key(d.sections[i]), {}};
    t.bigrams = detail::bigram_counts(detail::to_u32(t.key));
    out.push_back(std::move(t));
  }
  return out;
}

constexpr double kMinTitleSimilarity = 0.5;

// Pairs sections with the same title, in document order; `with_parent` also
// asks that their parents be paired with each other.
void pair_equal_titles(const Document& o, const Document& n, int level, bool with_parent,
                       std::vector<int>& old_to_new, std::vector<int>& new_to_old) {
  auto parent_key = [&](const Section& s, bool old_side) {
    if (!with_parent || s.parent < 0) return -1;
    if (!old_side) return s.parent;
    int partner = old_to_new[static_cast<size_t>(s.parent)];
    return partner < 0 ? -2 : partner;  // an unpaired parent matches no new one
  };
  std::map<std::pair<std::string, int>, std::vector<int>> waiting;  // (title, parent) → old sections
  for (size_t i = 0; i < o.sections.size(); ++i)
    if (o.sections[i].level == level && old_to_new[i] < 0)
      waiting[{title_key(o.sections[i]), parent_key(o.sections[i], true)}].push_back(static_cast<int>(i));
  for (auto& [_, list] : waiting) std::reverse(list.begin(), list.end());
  for (size_t j = 0; j < n.sections.size(); ++j) {
    if (n.sections[j].level != level || new_to_old[j] >= 0) continue;
    auto it = waiting.find({title_key(n.sections[j]), parent_key(n.sections[j], false)});
    if (it == waiting.end() || it->second.empty()) continue;
    int i = it->second.back();
    it->second.pop_back();
    old_to_new[static_cast<size_t>(i)] = static_cast<int>(j);
    new_to_old[j] = i;
  }
}

// Reworded headings: the most similar titles first, a shared parent counting for more.
// Each old title meets only the kTitleWindow unpaired new titles nearest to its
// place in the document: real editions have a few dozen headings per level, and
// ten thousand look-alike headings must not cost 10⁸ comparisons (and as many
// scored pairs in memory).
constexpr size_t kTitleWindow = 256;

void pair_similar_titles(const Document& o, const Document& n, int level,
                         std::vector<int>& old_to_new, std::vector<int>& new_to_old) {
  const std::vector<TitleProfile> olds = unpaired_titles(o, level, old_to_new);
  const std::vector<TitleProfile> news = unpaired_titles(n, level, new_to_old);
  std::vector<Scored> scored;
  for (size_t k = 0; k < olds.size() && !news.empty(); ++k) {
    const size_t centre = olds.size() > 1 ? k * (news.size() - 1) / (olds.size() - 1) : 0;
    const size_t first = std::min(centre - std::min(centre, kTitleWindow / 2),
                                  news.size() - std::min(news.size(), kTitleWindow));
    const size_t last = std::min(news.size(), first + kTitleWindow);
    const int i = olds[k].section;
    for (size_t m = first; m < last; ++m) {
      const int j = news[m].section;
      double sim = title_similarity(olds[k], news[m]);
      if (sim < kMinTitleSimilarity) continue;
      int op = o.sections[static_cast<size_t>(i)].parent, np = n.sections[static_cast<size_t>(j)].parent;
      bool same_parent = (op < 0 && np < 0) || (op >= 0 && old_to_new[static_cast<size_t>(op)] == np);
      scored.push_back({sim + (same_parent ? 0.2 : 0), sim, i, j});
    }
  }
  std::sort(scored.begin(), scored.end());
  for (const Scored& s : scored) {
    if (old_to_new[static_cast<size_t>(s.old_index)] >= 0 || new_to_old[static_cast<size_t>(s.new_index)] >= 0)
      continue;
    old_to_new[static_cast<size_t>(s.old_index)] = s.new_index;
    new_to_old[static_cast<size_t>(s.new_index)] = s.old_index;
  }
}

// Pairs headings level by level, so a heading's parent is paired before it:
// equal titles under paired parents, equal titles elsewhere (relocated), then
// reworded titles.
std::vector<int> pair_sections_by_title(const Document& o, const Document& n) {
  std::vector<int> old_to_new(o.sections.size(), -1), new_to_old(n.sections.size(), -1);
  for (int level = 1; level <= 5; ++level) {
    pair_equal_titles(o, n, level, true, old_to_new, new_to_old);
    pair_equal_titles(o, n, level, false, old_to_new, new_to_old);
    pair_similar_titles(o, n, level, old_to_new, new_to_old);
  }
  return old_to_new;
}

// Headings reworded beyond recognition still pair when most of their measures do.
void pair_sections_by_measures(const Document& o, const Document& n,
                               const std::vector<MeasurePair>& measures,
                               std::vector<int>& old_to_new) {
  std::vector<bool> new_taken(n.sections.size(), false);
  for (int p : old_to_new)
    if (p >= 0) new_taken[static_cast<size_t>(p)] = true;
  std::map<std::pair<int, int>, int> votes;
  for (const MeasurePair& m : measures) {
    if (m.old_index < 0 || m.new_index < 0) continue;
    int os = o.measures[static_cast<size_t>(m.old_index)].section;
    int ns = n.measures[static_cast<size_t>(m.new_index)].section;
    if (os >= 0 && ns >= 0 && old_to_new[static_cast<size_t>(os)] < 0 &&
        !new_taken[static_cast<size_t>(ns)] &&
        o.sections[static_cast<size_t>(os)].level == n.sections[static_cast<size_t>(ns)].level)
      ++votes[{os, ns}];
  }
  std::vector<Scored> scored;
  for (const auto& [key, v] : votes) scored.push_back({static_cast<double>(v), 0, key.first, key.second});
  std::sort(scored.begin(), scored.end());
  for (const Scored& s : scored) {
    if (old_to_new[static_cast<size_t>(s.old_index)] >= 0 || new_taken[static_cast<size_t>(s.new_index)])
      continue;
    old_to_new[static_cast<size_t>(s.old_index)] = s.new_index;
    new_taken[static_cast<size_t>(s.new_index)] = true;
  }
}

SectionChangeKind section_kind(const Document& o, const Document& n, int i, int j,
                               const std::vector<int>& old_to_new) {
  const Section& a = o.sections[static_cast<size_t>(i)];
  const Section& b = n.sections[static_cast<size_t>(j)];
  int parent = a.parent < 0 ? -1 : old_to_new[static_cast<size_t>(a.parent)];
  if (parent != b.parent) return SectionChangeKind::relocated;
  bool renamed = title_key(a) != title_key(b), renumbered = a.label != b.label;
  if (renamed && renumbered) return SectionChangeKind::renumbered_and_renamed;
  if (renamed) return SectionChangeKind::renamed;
  if (renumbered) return SectionChangeKind::renumbered;
  return SectionChangeKind::same;
}

std::vector<SectionPair> section_pairs(const Document& o, const Document& n,
                                       const std::vector<int>& old_to_new) {
  std::vector<SectionPair> out;
  std::vector<int> new_to_old(n.sections.size(), -1);
  for (size_t i = 0; i < old_to_new.size(); ++i)
    if (old_to_new[i] >= 0) new_to_old[static_cast<size_t>(old_to_new[i])] = static_cast<int>(i);
  for (size_t j = 0; j < n.sections.size(); ++j) {
    int i = new_to_old[j];
    SectionChangeKind kind = i < 0 ? SectionChangeKind::added
                                   : section_kind(o, n, i, static_cast<int>(j), old_to_new);
    out.push_back({i, static_cast<int>(j), kind});
  }
  for (size_t i = 0; i < old_to_new.size(); ++i)
    if (old_to_new[i] < 0) out.push_back({static_cast<int>(i), -1, SectionChangeKind::removed});
  return out;
}

}  // namespace

const char* section_change_name(SectionChangeKind k) {
  switch (k) {
    case SectionChangeKind::same: return "same";
    case SectionChangeKind::renamed: return "renamed";
    case SectionChangeKind::renumbered: return "renumbered";
    case SectionChangeKind::renumbered_and_renamed: return "renumbered_and_renamed";
    case SectionChangeKind::relocated: return "relocated";
    case SectionChangeKind::added: return "added";
    case SectionChangeKind::removed: return "removed";
  }
  return "same";
}

int edition_gap(const Document& old_doc, const Document& new_doc) {
  int gap = new_doc.edition_year - old_doc.edition_year;
  if (old_doc.edition_year == 0 || new_doc.edition_year == 0 || gap < 0 || gap > 20) return 1;
  return gap;
}

Alignment align(const Document& old_doc, const Document& new_doc) {
  Alignment a;
  a.year_gap = edition_gap(old_doc, new_doc);
  std::vector<int> old_to_new = pair_sections_by_title(old_doc, new_doc);
  a.measures = MeasureAligner(old_doc, new_doc, old_to_new).run(a.year_gap);
  pair_sections_by_measures(old_doc, new_doc, a.measures, old_to_new);
  a.sections = section_pairs(old_doc, new_doc, old_to_new);
  return a;
}

}  // namespace nendiff
