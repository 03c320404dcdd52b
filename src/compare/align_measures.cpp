// Pairing the measures of two editions. Most measures carry over with only
// their years rolled: those pair first, by their year-masked text, at the cost
// of one hash lookup each. The rest are scored against candidates that share
// rare bigrams or key phrases with them (an inverted index, never all pairs),
// and the best-scoring pair anywhere is fixed first, so that a look-alike
// cannot take a measure whose real partner scores higher elsewhere.
//
// Bigram and phrase weights are inverse document frequencies over every
// measure of both editions, but only the measures left for scoring keep a
// profile: memory follows the number of changed measures, not the length of
// the documents.
#include "compare/align_measures.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "compare/measure_features.hpp"
#include "text/bigrams.hpp"
#include "text/year_mask.hpp"

namespace nendiff::detail {
namespace {

using text::Bigram;
using TermId = Vocabulary::TermId;
using Term = Vocabulary::Term;

// Weights of the measure score: shared wording counts most (cosine over
// IDF-weighted bigrams, Dice over plain ones), shared programme names next;
// the same section, lead ministry and place in the document only break ties.
constexpr double kCosineWeight = 0.5, kDiceWeight = 0.2, kPhraseWeight = 0.3;
constexpr double kSectionBonus = 0.05, kLeadBonus = 0.02, kPositionPenalty = 0.05;
constexpr double kMinScore = 0.30;        // below: not the same measure
constexpr size_t kBestPartners = 8;       // candidates kept for each new measure
constexpr double kMinSlotDice = 0.25;     // a unit replaced by one in its place (pair_slots)
// Besides the score, a pair needs real textual common ground: enough shared
// wording, or a distinctive key phrase (a programme name found in at most two
// measures per edition) with some shared wording around it. Topic words alone
// (新型コロナウイルス感染症) do not make two measures the same.
constexpr double kMinCosine = 0.35, kMinDice = 0.40, kMinDiceWithPhrase = 0.20;
constexpr size_t kSignatureSize = 16;     // rarest bigrams indexed per measure
constexpr size_t kMaxCandidates = 24;
// A bigram or phrase that many old measures share says little about which one
// is the partner: only the kMaxVoters of them nearest in position vote. Without
// this cap a document of thousands of look-alike measures (「・施策N を実施
// する。」) makes every new measure scan every old one: quadratic time.
constexpr size_t kMaxVoters = 64;


// The lead ministries of a tag as one key: a measure's profile compares them
// only for equality, and a key costs no list per measure.
size_t leads_key(const MinistryTag& tag) {
  std::vector<std::string> leads = tag.leads();
  std::sort(leads.begin(), leads.end());
  std::string joined;
  for (const std::string& l : leads) joined += l + '\n';
  return leads.empty() ? 0 : std::hash<std::string>{}(joined);
}

class MeasureAligner {
 public:
  MeasureAligner(const Document& o, const Document& n, const SectionMap& section_map, int gap)
      : old_doc_(o), new_doc_(n), section_map_(section_map), gap_(gap),
        old_(o.measures.size()), to_score_(n.measures.size(), false),
        old_partner_(o.measures.size()), new_partner_(n.measures.size()),
        similarity_(n.measures.size(), 0), same_text_(n.measures.size(), false) {}

  MeasurePairs run() {
    pair_identical_and_profile();
    vocabulary_.finish(old_.size() + to_score_.size());
    for (Profile& p : old_.kept()) weigh(p);
    pair_by_score();
    pair_slots();
    forget_profiles();
    return pairs();
  }

 private:
  void link(size_t o, size_t n, double similarity, bool same_text = false) {
    old_partner_[o] = n;
    new_partner_[n] = o;
    similarity_[n] = similarity;
    same_text_[n] = same_text;
  }

  // Units the layout knows by their numbers (a law's articles) pair by number
  // first: 第二十三条の二 is the same article whatever became of its text. A
  // number found twice on a side decides nothing.
  void pair_by_label() {
    std::unordered_map<std::string_view, std::optional<size_t>> old_by_label;
    for (size_t o = 0; o < old_doc_.measures.size(); ++o) {
      const std::string& label = old_doc_.measures[o].label;
      if (label.empty()) continue;
      auto [it, added] = old_by_label.try_emplace(label, o);
      if (!added) it->second.reset();
    }
    if (old_by_label.empty()) return;
    std::unordered_map<std::string_view, int> new_count;
    for (const Measure& m : new_doc_.measures)
      if (!m.label.empty()) ++new_count[m.label.str()];
    for (size_t n = 0; n < new_doc_.measures.size(); ++n) {
      const std::string& label = new_doc_.measures[n].label;
      auto it = label.empty() ? old_by_label.end() : old_by_label.find(label);
      if (it == old_by_label.end() || !it->second || new_count[label] != 1) continue;
      const size_t o = *it->second;
      if (text::same_sentences(old_doc_.measures[o], new_doc_.measures[n])) {  // most of a law
        link(o, n, 1.0, true);
        continue;
      }
      const text::YearMasked old_masked = text::mask_years(old_doc_.measures[o]);
      const text::YearMasked masked = text::mask_years(new_doc_.measures[n]);
      if (text::same_but_years(old_masked, masked, gap_)) {
        link(o, n, 1.0, true);
        continue;
      }
      link(o, n, text::dice(std::string_view(old_masked.text), std::string_view(masked.text)));
    }
  }

  // Texts equal but for their years pair in document order, before anything
  // else; such a pair's text counts twice towards the frequencies and is
  // never profiled. Every other measure gets its profile. The old texts are
  // looked up by the hash of their masked text and masked again on a hit:
  // no masked copy of a whole edition is held.
  void pair_identical_and_profile() {
    pair_by_label();
    std::vector<std::pair<size_t, uint32_t>> old_by_hash;  // (hash of masked text, old measure)
    for (size_t o = 0; o < old_doc_.measures.size(); ++o)
      if (!old_partner_[o])
        old_by_hash.emplace_back(masked_hash(text::mask_years(old_doc_.measures[o])),
                                 static_cast<uint32_t>(o));
    std::sort(old_by_hash.begin(), old_by_hash.end());
    for (size_t n = 0; n < new_doc_.measures.size(); ++n) {
      if (new_partner_[n]) continue;  // paired by its number
      text::YearMasked masked = text::mask_years(new_doc_.measures[n]);
      const std::optional<size_t> o = take_identical(old_by_hash, masked);
      if (!o) {
        vocabulary_.count_bigrams(masked.text, 1, false);  // its profile: new_profile
        vocabulary_.count_phrases(masked.text, 1);
        to_score_[n] = true;
        continue;
      }
      link(*o, n, 1.0, true);
      vocabulary_.count_bigrams(masked.text, 2, false);
      vocabulary_.count_phrases(masked.text, 2);
    }
    std::vector<std::pair<size_t, uint32_t>>().swap(old_by_hash);
    for (size_t o = 0; o < old_doc_.measures.size(); ++o)
      if (!old_partner_[o]) keep_old_profile(o, text::mask_years(old_doc_.measures[o]).text);
  }

  static size_t masked_hash(const text::YearMasked& m) { return std::hash<std::string>{}(m.text); }

  // The first old measure not yet taken whose text equals `masked` but for
  // years, if any.
  std::optional<size_t> take_identical(const std::vector<std::pair<size_t, uint32_t>>& old_by_hash,
                                       const text::YearMasked& masked) const {
    const size_t h = masked_hash(masked);
    auto it = std::lower_bound(old_by_hash.begin(), old_by_hash.end(), std::make_pair(h, uint32_t{0}));
    for (; it != old_by_hash.end() && it->first == h; ++it) {
      if (old_partner_[it->second]) continue;
      if (text::same_but_years(text::mask_years(old_doc_.measures[it->second]), masked, gap_))
        return it->second;
    }
    return std::nullopt;
  }

  // A measure's own part of its profile: its section and lead ministries.
  static Profile profile_base(const Measure& m) {
    Profile p;
    if (m.tag) p.leads = leads_key(*m.tag);
    p.section = m.section;
    return p;
  }

  // Old measure o's profile, counted towards the frequencies and kept.
  void keep_old_profile(size_t o, std::string_view masked) {
    const std::vector<Term> bigrams = vocabulary_.count_bigrams(masked, 1, true);
    const std::vector<TermId> phrases = vocabulary_.count_phrases(masked, 1);
    old_.keep(o, profile_base(old_doc_.measures[o]), bigrams, phrases, vocabulary_.name_ids(masked));
  }

  // New measure n's profile, valid until the next call: its bigrams and
  // phrases looked up (weight 0: counted once already), weighed.
  const Profile& new_profile(size_t n) {
    if (new_profiled_ == n) return new_profile_.profile();  // linked just after it was scored
    new_profiled_ = n;
    const Measure& m = new_doc_.measures[n];
    const std::string masked = text::mask_years(m).text;
    new_profile_.set(profile_base(m), vocabulary_.count_bigrams(masked, 0, true),
                     vocabulary_.count_phrases(masked, 0), vocabulary_.name_ids(masked));
    weigh(new_profile_.profile());
    return new_profile_.profile();
  }

  // Weights known: the norms.
  void weigh(Profile& p) const {
    double sum = 0;
    for (const Term& t : p.bigrams()) {
      const double idf = vocabulary_.bigram_idf[t.id];
      p.bigram_total += t.count;
      sum += (t.count * idf) * (t.count * idf);
    }
    p.weighted_norm = std::sqrt(sum);
  }

  // The rarest bigrams of a profile, what the index holds: rarer first (a
  // lower document frequency), then by bigram, so that ties index the same
  // bigrams every run.
  std::vector<TermId> signature(const Profile& p) const {
    std::vector<std::tuple<int, Bigram, TermId>> by_rarity;
    by_rarity.reserve(p.bigrams().words());
    for (const Term& t : p.bigrams()) by_rarity.emplace_back(vocabulary_.df(t.id), vocabulary_.key(t.id), t.id);
    const auto keep = static_cast<std::ptrdiff_t>(std::min(by_rarity.size(), kSignatureSize));
    std::nth_element(by_rarity.begin(), by_rarity.begin() + keep, by_rarity.end());
    std::sort(by_rarity.begin(), by_rarity.begin() + keep);
    std::vector<TermId> out;
    for (auto it = by_rarity.begin(); it != by_rarity.begin() + keep; ++it) out.push_back(std::get<2>(*it));
    return out;
  }

  // A measure's place in its document, 0 … 1.
  static double position(const Document& d, size_t index) {
    const size_t count = d.measures.size();
    return count > 1 ? static_cast<double>(index) / static_cast<double>(count - 1) : 0;
  }
  double old_position(size_t o) const { return position(old_doc_, o); }
  double new_position(size_t n) const { return position(new_doc_, n); }

  // Old measures sharing rare bigrams or key phrases with new measure `n`,
  // most votes first; among equals (repeated text) the nearest in position.
  std::vector<size_t> candidates(size_t n, const Profile& p) {
    const double at = new_position(n);
    for (TermId g : signature(p)) vote(bigram_index_[g], at, 1);
    for (TermId k : p.phrases()) vote(phrase_index_[k], at, 2);
    std::vector<std::tuple<double, double, size_t>> ranked;
    for (size_t o : voted_) {
      ranked.emplace_back(-votes_[o], std::fabs(old_position(o) - at), o);
      votes_[o] = 0;
    }
    voted_.clear();
    const size_t keep = std::min(ranked.size(), kMaxCandidates);
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep), ranked.end());
    std::vector<size_t> out;
    for (size_t i = 0; i < keep; ++i) out.push_back(std::get<2>(ranked[i]));
    return out;
  }

  // The old measures of a posting list (in document order) vote: all of a
  // short list, else the kMaxVoters nearest to `position`.
  void vote(TermSpan<uint32_t> list, double position, double weight) {
    size_t first = 0, last = list.size();
    if (list.size() > kMaxVoters) {
      auto at = std::lower_bound(list.begin(), list.end(), position, [&](uint32_t o, double pos) {
        return old_position(o) < pos;
      });
      first = static_cast<size_t>(at - list.begin());
      first = std::min(first - std::min(first, kMaxVoters / 2), list.size() - kMaxVoters);
      last = first + kMaxVoters;
    }
    for (size_t i = first; i < last; ++i) {
      const size_t o = list[i];
      if (votes_[o] == 0) voted_.push_back(list[i]);
      votes_[o] += weight;
    }
  }

  void build_index() {
    votes_.assign(old_.size(), 0);
    bigram_index_.build(vocabulary_.bigram_idf.size(), old_.size(), [&](size_t o, auto add) {
      if (old_.scored(o))
        for (TermId g : signature(old_[o])) add(g);
    });
    phrase_index_.build(vocabulary_.phrase_idf.size(), old_.size(), [&](size_t o, auto add) {
      if (old_.scored(o))
        for (TermId k : old_[o].phrases()) add(k);
    });
  }

  // A scored pair with its similarity, which linking it needs: kept rather
  // than made again from the new measure's profile, itself made again.
  struct Candidate : Scored {
    Candidate(double s, size_t o, size_t n, double shared) : Scored(s, o, n), similarity(shared) {}
    double similarity;
  };

  Candidate score(size_t o, size_t n, const Profile& b) const {
    const Profile& a = old_[o];
    const double cos = cosine(a, b, vocabulary_.bigram_idf);
    const double shared = dice(a, b);  // the pair's similarity
    const PhraseMatch phrases = phrase_match(a, b, vocabulary_);
    const bool same_section =
        a.section && section_map_[*a.section] == b.section;
    // Names that disagree count against a pair as much as shared ones count
    // for it: only a text that is otherwise nearly the same (a programme
    // renamed) still pairs.
    const double names = phrases.conflict ? -kPhraseWeight : kPhraseWeight * phrases.dice;
    const double s = kCosineWeight * cos + kDiceWeight * shared + names +
                     (same_section ? kSectionBonus : 0) + (a.leads == b.leads ? kLeadBonus : 0) -
                     kPositionPenalty * std::fabs(old_position(o) - new_position(n));
    const bool common_ground = cos >= kMinCosine || shared >= kMinDice ||
                               (phrases.distinctive && shared >= kMinDiceWithPhrase);
    return {common_ground ? s : 0, o, n, shared};
  }

  // The best-scoring pair anywhere is fixed first, then the best of what is
  // left: a greedy pass over every measure's best few partners. A pair that
  // is each side's best (its first entry in that order) is fixed by the pass
  // whatever else is in the list, so such pairs are linked first, and only
  // the partners of the measures still unpaired are listed and sorted: the
  // same pairs, without holding the partners of every measure at once (a
  // document where every measure changed has as many as it has measures).
  void pair_by_score() {
    build_index();
    link_mutual_best();
    std::vector<Candidate> scored, mine;
    for (size_t n = 0; n < to_score_.size(); ++n) {
      if (!to_score_[n] || new_partner_[n]) continue;
      for (const Candidate& s : best_partners(n, mine))
        if (!old_partner_[s.old_index]) scored.push_back(s);
    }
    std::sort(scored.begin(), scored.end());
    for (const Candidate& s : scored) {
      if (old_partner_[s.old_index] || new_partner_[s.new_index]) continue;
      link(s.old_index, s.new_index, s.similarity);
    }
  }

  // New measure n's best few partners, best first (in `mine`'s storage). A
  // measure's best few are all the greedy pass can use: the rest would only
  // hold memory, a lot of it in texts of many look-alikes.
  const std::vector<Candidate>& best_partners(size_t n, std::vector<Candidate>& mine) {
    mine.clear();
    const Profile& p = new_profile(n);
    for (size_t o : candidates(n, p)) {
      Candidate s = score(o, n, p);
      if (s.score >= kMinScore) mine.push_back(s);
    }
    const auto keep = static_cast<std::ptrdiff_t>(std::min(mine.size(), kBestPartners));
    std::partial_sort(mine.begin(), mine.begin() + keep, mine.end());
    mine.erase(mine.begin() + keep, mine.end());
    return mine;
  }

  // Links every pair that is the first, in the greedy pass's order, of both
  // its measures' entries. A new measure's best pair's similarity is kept (in
  // similarity_, which link overwrites) until the pair is linked.
  void link_mutual_best() {
    constexpr uint32_t kNone = UINT32_MAX;
    std::vector<Scored> best_of_old(old_.size(), Scored(-1, kNone, kNone));  // score < 0: none
    std::vector<uint32_t> best_of_new(to_score_.size(), kNone);  // the old measure
    std::vector<Candidate> mine;
    for (size_t n = 0; n < to_score_.size(); ++n) {
      if (!to_score_[n]) continue;
      for (const Candidate& s : best_partners(n, mine)) {
        Scored& old_best = best_of_old[s.old_index];
        if (old_best.score < 0 || s < old_best) old_best = s;
      }
      if (mine.empty()) continue;
      best_of_new[n] = mine.front().old_index;
      similarity_[n] = mine.front().similarity;
    }
    for (size_t n = 0; n < best_of_new.size(); ++n) {
      const uint32_t o = best_of_new[n];
      if (o != kNone && best_of_old[o].new_index == n) link(o, n, similarity_[n]);
    }
  }

  // In text of no known layout, one paragraph replaced by one between the
  // same paired neighbours is a rewrite when the two still share some
  // wording, as one sentence replaced by one is (compare/diff.cpp): with no
  // names, tags or headings, the place says what the score alone cannot. A
  // measure, an article or an item is known by its key phrases and names
  // instead, and a new one is not forced onto a weak partner.
  void pair_slots() {
    if (!old_doc_.layout.generic || !new_doc_.layout.generic) return;
    size_t old_next = 0;  // the old unit after the partner of the last paired new unit
    std::vector<size_t> unpaired_new;
    auto settle = [&](size_t old_end) {
      std::vector<size_t> unpaired_old;
      for (size_t o = old_next; o < old_end && unpaired_old.size() < 2; ++o)
        if (!old_partner_[o]) unpaired_old.push_back(o);
      if (unpaired_old.size() == 1 && unpaired_new.size() == 1) {
        const double shared = dice(old_[unpaired_old[0]], new_profile(unpaired_new[0]));
        if (shared >= kMinSlotDice) link(unpaired_old[0], unpaired_new[0], shared);
      }
      unpaired_new.clear();
    };
    for (size_t n = 0; n < new_partner_.size(); ++n) {
      if (!new_partner_[n]) {
        unpaired_new.push_back(n);
        continue;
      }
      // Only where the old units keep their order: a move makes no slot.
      if (*new_partner_[n] >= old_next) settle(*new_partner_[n]);
      else unpaired_new.clear();
      old_next = *new_partner_[n] + 1;
    }
    settle(old_.size());
  }

  // Paired: the profiles and their indexes are no longer needed, and the
  // pairs (one a measure) need the room.
  void forget_profiles() {
    old_ = Profiles(0);
    std::vector<bool>().swap(to_score_);
    new_profile_ = ProfileScratch();
    new_profiled_ = SIZE_MAX;
    bigram_index_ = PostingLists();
    phrase_index_ = PostingLists();
    vocabulary_ = Vocabulary();
    std::vector<double>().swap(votes_);
  }

  MeasurePairs pairs() const {
    const auto unpaired_old = std::count(old_partner_.begin(), old_partner_.end(), std::nullopt);
    MeasurePairs out;
    out.pairs.resize(new_partner_.size() + static_cast<size_t>(unpaired_old));
    out.same_text.resize(out.pairs.size());
    size_t i = 0;
    for (size_t n = 0; n < new_partner_.size(); ++n, ++i) {
      out.pairs[i].old_index = new_partner_[n];
      out.pairs[i].new_index = static_cast<uint32_t>(n);
      out.pairs[i].similarity = new_partner_[n] ? similarity_[n] : 0;
      out.same_text[i] = new_partner_[n] && same_text_[n];
    }
    for (size_t o = 0; o < old_partner_.size(); ++o)
      if (!old_partner_[o]) out.pairs[i++].old_index = static_cast<uint32_t>(o);
    return out;
  }

  const Document& old_doc_;
  const Document& new_doc_;
  const SectionMap& section_map_;
  const int gap_;
  Vocabulary vocabulary_;
  // The old edition's changed measures keep their profiles, which every new
  // measure is scored against; a new measure's is made again when it is
  // needed (new_profile), so that two editions' profiles are never held.
  Profiles old_;
  std::vector<bool> to_score_;  // of each new measure: changed, to be scored
  ProfileScratch new_profile_;
  size_t new_profiled_ = SIZE_MAX;  // whose profile new_profile_ holds
  PostingLists bigram_index_, phrase_index_;
  std::vector<double> votes_;  // per old measure, while collecting one measure's candidates
  std::vector<size_t> voted_;
  // Each measure's partner, if it has one (32 bits: a measure's index).
  std::vector<std::optional<uint32_t>> old_partner_, new_partner_;
  std::vector<double> similarity_;
  std::vector<bool> same_text_;  // of each new measure: its partner's text, years aside
};

}  // namespace

MeasurePairs align_measures(const Document& old_doc, const Document& new_doc,
                            const SectionMap& section_map, int gap) {
  return MeasureAligner(old_doc, new_doc, section_map, gap).run();
}

}  // namespace nendiff::detail
