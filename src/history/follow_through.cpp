// Follow-through between editions n and n + 1. The future clauses of an
// edition are its commitments; in the next edition the sentence sharing most
// of a commitment's wording (weighted by how rare each character bigram is)
// is its evidence, and the tense of the evidence clause decides between done
// and still promised.
#include <algorithm>
#include <optional>

#include "history/promises.hpp"
#include "history/steps.hpp"

namespace nendiff::detail {
namespace {

using text::Clause;
using text::Tense;

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

}  // namespace

void follow_commitments(History& h, const LineageMap& of) {
  for (size_t n = 0; n + 1 < h.editions.size(); ++n) {
    FollowThroughJudge judge(h, of, n);
    const Document& d = h.editions[n];
    for (size_t k = 0; k < d.measures.size(); ++k)
      judge.judge(d.measures[k], of[n][k], h.follow_ups);
  }
}

}  // namespace nendiff::detail
