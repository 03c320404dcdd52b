// Aligning two editions: sections by their headings (numbering aside), level
// by level; measures in align_measures.cpp; then sections whose headings were
// reworded beyond recognition, by where their measures went.
#include "compare/align.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "compare/align_measures.hpp"
#include "text/normalize.hpp"
#include "text/similarity.hpp"
#include "text/unicode.hpp"

namespace nendiff {
namespace {

using detail::Scored;

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

// The level-1 section a section stands under (itself at level 1), or -1.
int top_of(const Document& d, int s) {
  while (s >= 0 && d.sections[static_cast<size_t>(s)].parent >= 0)
    s = d.sections[static_cast<size_t>(s)].parent;
  return s;
}

// A heading promoted or demoted (「(健康経営の推進)」 → 「○健康経営の推進」)
// keeps its title: still unpaired sections pair across levels when exactly one
// old and one new section have that title, under the same level-1 section.
void pair_titles_across_levels(const Document& o, const Document& n,
                               std::vector<int>& old_to_new, std::vector<int>& new_to_old) {
  std::map<std::string, std::vector<int>> olds, news;  // title → unpaired sections
  for (size_t i = 0; i < o.sections.size(); ++i)
    if (old_to_new[i] < 0) olds[title_key(o.sections[i])].push_back(static_cast<int>(i));
  for (size_t j = 0; j < n.sections.size(); ++j)
    if (new_to_old[j] < 0) news[title_key(n.sections[j])].push_back(static_cast<int>(j));
  for (const auto& [title, old_list] : olds) {
    auto it = news.find(title);
    if (title.empty() || old_list.size() != 1 || it == news.end() || it->second.size() != 1) continue;
    const int i = old_list[0], j = it->second[0];
    const int old_top = top_of(o, i), new_top = top_of(n, j);
    const int top_partner = old_top < 0 ? -1 : old_to_new[static_cast<size_t>(old_top)];
    if (top_partner != new_top && !(old_top == i && new_top == j)) continue;
    old_to_new[static_cast<size_t>(i)] = j;
    new_to_old[static_cast<size_t>(j)] = i;
  }
}

// Pairs headings level by level, so a heading's parent is paired before it:
// equal titles under paired parents, equal titles elsewhere (relocated), then
// reworded titles; last, equal titles at another level.
std::vector<int> pair_sections_by_title(const Document& o, const Document& n) {
  std::vector<int> old_to_new(o.sections.size(), -1), new_to_old(n.sections.size(), -1);
  for (int level = 1; level <= 5; ++level) {
    pair_equal_titles(o, n, level, true, old_to_new, new_to_old);
    pair_equal_titles(o, n, level, false, old_to_new, new_to_old);
    pair_similar_titles(o, n, level, old_to_new, new_to_old);
  }
  pair_titles_across_levels(o, n, old_to_new, new_to_old);
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
  if (a.level != b.level) return SectionChangeKind::releveled;
  int parent = a.parent < 0 ? -1 : old_to_new[static_cast<size_t>(a.parent)];
  if (parent != b.parent) return SectionChangeKind::relocated;
  bool renamed = title_key(a) != title_key(b), renumbered = a.label != b.label;
  if (renamed && renumbered) return SectionChangeKind::renumbered_and_renamed;
  if (renamed) return SectionChangeKind::renamed;
  if (renumbered) return SectionChangeKind::renumbered;
  return SectionChangeKind::same;
}

std::vector<SectionChange> section_pairs(const Document& o, const Document& n,
                                       const std::vector<int>& old_to_new) {
  std::vector<SectionChange> out;
  std::vector<int> new_to_old(n.sections.size(), -1);
  for (size_t i = 0; i < old_to_new.size(); ++i)
    if (old_to_new[i] >= 0) new_to_old[static_cast<size_t>(old_to_new[i])] = static_cast<int>(i);
  for (size_t j = 0; j < n.sections.size(); ++j) {
    int i = new_to_old[j];
    SectionChangeKind kind = i < 0 ? SectionChangeKind::added
                                   : section_kind(o, n, i, static_cast<int>(j), old_to_new);
    out.push_back({kind, i, static_cast<int>(j)});
  }
  for (size_t i = 0; i < old_to_new.size(); ++i)
    if (old_to_new[i] < 0) out.push_back({SectionChangeKind::removed, static_cast<int>(i), -1});
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
    case SectionChangeKind::releveled: return "releveled";
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
  a.measures = detail::align_measures(old_doc, new_doc, old_to_new, a.year_gap);
  pair_sections_by_measures(old_doc, new_doc, a.measures, old_to_new);
  a.sections = section_pairs(old_doc, new_doc, old_to_new);
  return a;
}

}  // namespace nendiff
