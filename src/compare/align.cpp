// Aligning two editions: sections by their headings (numbering aside), level
// by level; measures in align_measures.cpp; then sections whose headings were
// reworded beyond recognition, by where their measures went.
#include "compare/align.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "compare/align_measures.hpp"
#include "text/bigrams.hpp"
#include "text/normalize.hpp"
#include "text/year_mask.hpp"

namespace nendiff {
namespace {

using detail::Scored;

// ---- sections ----------------------------------------------------------------

std::string title_key(const Section& s) { return text::mask_years(s.title).text; }

// A heading title as compared: its year-masked key and the key's bigrams.
struct TitleProfile {
  size_t section = 0;
  std::string key;
  text::SparseVector bigrams;
};

double title_similarity(const TitleProfile& a, const TitleProfile& b) {
  if (a.key == b.key) return 1.0;
  return text::dice(a.bigrams, b.bigrams);
}

// Sections paired so far, both ways.
struct SectionPairing {
  SectionMap old_to_new, new_to_old;

  SectionPairing(const Document& o, const Document& n)
      : old_to_new(o.sections.size()), new_to_old(n.sections.size()) {}
  void link(size_t i, size_t j) {
    old_to_new[i] = j;
    new_to_old[j] = i;
  }
  bool free(size_t i, size_t j) const { return !old_to_new[i] && !new_to_old[j]; }
};

// The still unpaired sections of one level, in document order, profiled once.
std::vector<TitleProfile> unpaired_titles(const Document& d, int level, const SectionMap& partner) {
  std::vector<TitleProfile> out;
  for (size_t i = 0; i < d.sections.size(); ++i) {
    if (d.sections[i].level != level || partner[i]) continue;
    TitleProfile t{i, title_key(d.sections[i]), {}};
    t.bigrams = text::bigram_counts(t.key);
    out.push_back(std::move(t));
  }
  return out;
}

constexpr double kMinTitleSimilarity = 0.5;

// What a section's parent must match: the new parent's index, the old
// parent's partner, kNoParent at the top, kUnpaired when the old parent has
// no partner (it then matches no new section).
constexpr size_t kNoParent = static_cast<size_t>(-1), kUnpaired = static_cast<size_t>(-2);

size_t parent_key(const Section& s, const SectionMap* old_to_new) {
  if (!s.parent) return kNoParent;
  if (!old_to_new) return *s.parent;
  const std::optional<size_t> partner = (*old_to_new)[*s.parent];
  return partner ? *partner : kUnpaired;
}

// Pairs sections with the same title, in document order; `with_parent` also
// asks that their parents be paired with each other.
void pair_equal_titles(const Document& o, const Document& n, int level, bool with_parent,
                       SectionPairing& p) {
  auto key = [&](const Section& s, const SectionMap* old_to_new) {
    return std::pair(title_key(s), with_parent ? parent_key(s, old_to_new) : kNoParent);
  };
  std::map<std::pair<std::string, size_t>, std::vector<size_t>> waiting;  // key → old sections
  for (size_t i = 0; i < o.sections.size(); ++i)
    if (o.sections[i].level == level && !p.old_to_new[i])
      waiting[key(o.sections[i], &p.old_to_new)].push_back(i);
  for (auto& [_, list] : waiting) std::reverse(list.begin(), list.end());
  for (size_t j = 0; j < n.sections.size(); ++j) {
    if (n.sections[j].level != level || p.new_to_old[j]) continue;
    auto it = waiting.find(key(n.sections[j], nullptr));
    if (it == waiting.end() || it->second.empty()) continue;
    p.link(it->second.back(), j);
    it->second.pop_back();
  }
}

// Reworded headings: the most similar titles first, a shared parent counting for more.
// Each old title meets only the kTitleWindow unpaired new titles nearest to its
// place in the document: real editions have a few dozen headings per level, and
// ten thousand look-alike headings must not cost 10⁸ comparisons (and as many
// scored pairs in memory).
constexpr size_t kTitleWindow = 256;

void pair_similar_titles(const Document& o, const Document& n, int level, SectionPairing& p) {
  const std::vector<TitleProfile> olds = unpaired_titles(o, level, p.old_to_new);
  const std::vector<TitleProfile> news = unpaired_titles(n, level, p.new_to_old);
  std::vector<Scored> scored;
  for (size_t k = 0; k < olds.size() && !news.empty(); ++k) {
    const size_t centre = olds.size() > 1 ? k * (news.size() - 1) / (olds.size() - 1) : 0;
    const size_t first = std::min(centre - std::min(centre, kTitleWindow / 2),
                                  news.size() - std::min(news.size(), kTitleWindow));
    const size_t last = std::min(news.size(), first + kTitleWindow);
    const size_t i = olds[k].section;
    for (size_t m = first; m < last; ++m) {
      const size_t j = news[m].section;
      double sim = title_similarity(olds[k], news[m]);
      if (sim < kMinTitleSimilarity) continue;
      const std::optional<size_t> op = o.sections[i].parent, np = n.sections[j].parent;
      bool same_parent = op ? p.old_to_new[*op] == np : !np;
      scored.emplace_back(sim + (same_parent ? 0.2 : 0), i, j);
    }
  }
  std::sort(scored.begin(), scored.end());
  for (const Scored& s : scored)
    if (p.free(s.old_index, s.new_index)) p.link(s.old_index, s.new_index);
}

// The level-1 section a section stands under (itself at level 1).
size_t top_of(const Document& d, size_t s) {
  while (d.sections[s].parent) s = *d.sections[s].parent;
  return s;
}

// A heading promoted or demoted (「(健康経営の推進)」 → 「○健康経営の推進」)
// keeps its title: still unpaired sections pair across levels when exactly one
// old and one new section have that title, under the same level-1 section.
void pair_titles_across_levels(const Document& o, const Document& n, SectionPairing& p) {
  std::map<std::string, std::vector<size_t>> olds, news;  // title → unpaired sections
  for (size_t i = 0; i < o.sections.size(); ++i)
    if (!p.old_to_new[i]) olds[title_key(o.sections[i])].push_back(i);
  for (size_t j = 0; j < n.sections.size(); ++j)
    if (!p.new_to_old[j]) news[title_key(n.sections[j])].push_back(j);
  for (const auto& [title, old_list] : olds) {
    auto it = news.find(title);
    if (title.empty() || old_list.size() != 1 || it == news.end() || it->second.size() != 1) continue;
    const size_t i = old_list[0], j = it->second[0];
    const size_t old_top = top_of(o, i), new_top = top_of(n, j);
    if (p.old_to_new[old_top] != new_top && !(old_top == i && new_top == j)) continue;
    p.link(i, j);
  }
}

// Pairs headings level by level, so a heading's parent is paired before it:
// equal titles under paired parents, equal titles elsewhere (relocated), then
// reworded titles; last, equal titles at another level.
SectionMap pair_sections_by_title(const Document& o, const Document& n) {
  SectionPairing p(o, n);
  for (int level = 1; level <= 5; ++level) {
    pair_equal_titles(o, n, level, true, p);
    pair_equal_titles(o, n, level, false, p);
    pair_similar_titles(o, n, level, p);
  }
  pair_titles_across_levels(o, n, p);
  return p.old_to_new;
}

// Headings reworded beyond recognition still pair when most of their measures do.
void pair_sections_by_measures(const Document& o, const Document& n,
                               const std::vector<MeasureDiff>& measures, SectionMap& old_to_new) {
  std::vector<bool> new_taken(n.sections.size(), false);
  for (const std::optional<size_t>& partner : old_to_new)
    if (partner) new_taken[*partner] = true;
  std::map<std::pair<size_t, size_t>, int> votes;
  for (const MeasureDiff& m : measures) {
    if (!m.old_index || !m.new_index) continue;
    const std::optional<size_t> os = o.measures[*m.old_index].section;
    const std::optional<size_t> ns = n.measures[*m.new_index].section;
    if (os && ns && !old_to_new[*os] && !new_taken[*ns] &&
        o.sections[*os].level == n.sections[*ns].level)
      ++votes[{*os, *ns}];
  }
  std::vector<Scored> scored;
  for (const auto& [key, v] : votes) scored.emplace_back(static_cast<double>(v), key.first, key.second);
  std::sort(scored.begin(), scored.end());
  for (const Scored& s : scored) {
    if (old_to_new[s.old_index] || new_taken[s.new_index]) continue;
    old_to_new[s.old_index] = s.new_index;
    new_taken[s.new_index] = true;
  }
}

SectionChangeKind section_kind(const Document& o, const Document& n, size_t i, size_t j,
                               const SectionMap& old_to_new) {
  const Section& a = o.sections[i];
  const Section& b = n.sections[j];
  if (a.level != b.level) return SectionChangeKind::releveled;
  const std::optional<size_t> parent = a.parent ? old_to_new[*a.parent] : std::nullopt;
  if (parent != b.parent) return SectionChangeKind::relocated;
  bool renamed = title_key(a) != title_key(b), renumbered = a.label != b.label;
  if (renamed && renumbered) return SectionChangeKind::renumbered_and_renamed;
  if (renamed) return SectionChangeKind::renamed;
  if (renumbered) return SectionChangeKind::renumbered;
  return SectionChangeKind::same;
}

std::vector<SectionChange> section_pairs(const Document& o, const Document& n,
                                         const SectionMap& old_to_new) {
  std::vector<SectionChange> out;
  SectionMap new_to_old(n.sections.size());
  for (size_t i = 0; i < old_to_new.size(); ++i)
    if (old_to_new[i]) new_to_old[*old_to_new[i]] = i;
  for (size_t j = 0; j < n.sections.size(); ++j) {
    const std::optional<size_t> i = new_to_old[j];
    SectionChangeKind kind = i ? section_kind(o, n, *i, j, old_to_new) : SectionChangeKind::added;
    out.push_back({kind, i, j});
  }
  for (size_t i = 0; i < old_to_new.size(); ++i)
    if (!old_to_new[i]) out.push_back({SectionChangeKind::removed, i, std::nullopt});
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
  // Only annual editions roll their years (Layout::rolls_years): a law's
  // 「平成二十六年」 or an outline's deadline changed is a change.
  if (!old_doc.layout.rolls_years || !new_doc.layout.rolls_years) return 0;
  int gap = new_doc.edition_year - old_doc.edition_year;
  if (old_doc.edition_year == 0 || new_doc.edition_year == 0 || gap < 0 || gap > 20) return 1;
  return gap;
}

Alignment align(const Document& old_doc, const Document& new_doc) {
  Alignment a;
  a.year_gap = edition_gap(old_doc, new_doc);
  SectionMap old_to_new = pair_sections_by_title(old_doc, new_doc);
  MeasurePairs pairs = detail::align_measures(old_doc, new_doc, old_to_new, a.year_gap);
  a.measures = std::move(pairs.pairs);
  a.same_text = std::move(pairs.same_text);
  pair_sections_by_measures(old_doc, new_doc, a.measures, old_to_new);
  a.sections = section_pairs(old_doc, new_doc, old_to_new);
  return a;
}

}  // namespace nendiff
