// Inside each aligned pair of measures: which sentences were added, dropped or
// rewritten, which figures changed, whether the ministries changed.
#include "compare/diff.hpp"

#include "compare/edits.hpp"

#include <dtl/dtl.hpp>

#include <algorithm>
#include <optional>

#include "text/bigrams.hpp"
#include "text/clause.hpp"
#include "text/figures.hpp"
#include "text/normalize.hpp"
#include "text/unicode.hpp"
#include "text/year_mask.hpp"

namespace nendiff {

bool same_figure(const Figure& a, const Figure& b) { return text::same_quantity(a, b); }

NumberChange number_change(const Figure& o, const Figure& n, int old_line, int new_line) {
  return {text::compare_key(o.raw), text::compare_key(n.raw), o.value, n.value,
          std::string(n.unit.empty() ? o.unit : n.unit), old_line, new_line};
}

namespace {

// Written alike, as the compare key writes them (no spaces).
bool same_writing(const Figure& a, const Figure& b) {
  return text::compare_key(a.raw) == text::compare_key(b.raw);
}

// Below this, two sentences are different ones (one dropped, one added)…
constexpr double kMinSentenceSimilarity = 0.45;
// … unless each is the only change in its place: one sentence replaced by one
// between the same neighbours is a rewrite when they still share some wording.
constexpr double kMinSlotSimilarity = 0.25;

// A sentence with its figures masked as well as its years: two sentences of
// the same shape differ in figures (or years) only.
struct Shape {
  std::string key;              // the sentence's compare key
  std::string text;
  std::vector<Figure> figures;  // the sentence's, placed in `key` (their raw text
                                // still the sentence's), in order
};

Shape shape_of(const Sentence& s);

// A sentence seen three ways: its year-masked text, its shape, and its bigrams
// (for pairing similar sentences). The last two are made on first use: most
// sentences of a changed measure are unchanged and never need them.
struct SentenceView {
  SentenceView(const Sentence& s) : sentence(&s), masked(text::mask_years(s.text, s.years)) {}

  const Sentence* sentence;
  text::YearMasked masked;

  const Shape& shape() const {
    if (!shape_) shape_ = shape_of(*sentence);
    return *shape_;
  }
  const text::SparseVector& bigrams() const {
    if (!bigrams_) bigrams_ = text::bigram_counts(masked.text);
    return *bigrams_;
  }
  bool outlook() const {
    if (!outlook_) outlook_ = text::states_outlook(text::to_u32(sentence->text));
    return *outlook_;
  }

 private:
  mutable std::optional<Shape> shape_;
  mutable std::optional<text::SparseVector> bigrams_;
  mutable std::optional<bool> outlook_;
};

// Byte offsets of normalized text in its compare key, which has no spaces.
class KeyOffsets {
 public:
  explicit KeyOffsets(std::string_view normalized) {
    for (size_t at = normalized.find(' '); at != std::string_view::npos;
         at = normalized.find(' ', at + 1))
      spaces_.push_back(at);
  }
  size_t operator()(size_t offset) const {
    return offset - static_cast<size_t>(std::lower_bound(spaces_.begin(), spaces_.end(), offset) -
                                        spaces_.begin());
  }

 private:
  std::vector<size_t> spaces_;  // where the normalized text has one
};

// The years and figures the parser found in the sentence, moved into its
// compare key, are cut out of the key.
Shape shape_of(const Sentence& s) {
  Shape shape;
  shape.key = text::compare_key(s.text);
  const std::string& key = shape.key;
  const KeyOffsets in_key(s.text);
  std::vector<std::pair<size_t, size_t>> cuts;  // (offset, length) to mask
  for (const YearMention& y : s.years)
    cuts.push_back({in_key(y.offset), in_key(y.offset + y.length) - in_key(y.offset)});
  for (Figure f : s.figures) {
    const size_t end = in_key(f.offset + f.raw.size());
    f.offset = static_cast<uint32_t>(in_key(f.offset));
    cuts.push_back({f.offset, end - f.offset});
    shape.figures.push_back(std::move(f));
  }
  std::sort(cuts.begin(), cuts.end());
  size_t at = 0;
  for (const auto& [offset, length] : cuts) {
    if (offset < at) continue;
    shape.text.append(key, at, offset - at);
    shape.text += "\x02";
    at = offset + length;
  }
  shape.text.append(key, at, std::string::npos);
  return shape;
}

std::vector<SentenceView> views_of(const Measure& m) {
  std::vector<SentenceView> views;
  views.reserve(m.sentences.size());
  for (const Sentence& s : m.sentences) views.emplace_back(s);
  return views;
}

// The few characters before a figure: what it counts, for pairing figures of
// reworded sentences.
std::string left_context(const std::string& key, const Figure& f) {
  std::u32string before = text::to_u32(key.substr(0, f.offset));
  if (before.size() > 3) before = before.substr(before.size() - 3);
  return text::to_utf8(before) + "|" + std::string(f.unit);
}

class MeasureDiffer {
 public:
  MeasureDiffer(const Measure& o, const Measure& n, int gap, MeasureDiff& out)
      : old_(views_of(o)), new_(views_of(n)), gap_(gap), out_(out) {}

  void run() {
    if (old_.size() + new_.size() > kMaxDiffedSentences) return run_coarse();
    std::vector<std::string> a, b;
    for (const SentenceView& v : old_) a.push_back(v.masked.text);
    for (const SentenceView& v : new_) b.push_back(v.masked.text);
    dtl::Diff<std::string, std::vector<std::string>> diff(a, b);
    diff.compose();
    std::vector<size_t> dropped, added;
    for (const auto& [_, info] : diff.getSes().getSequence()) {
      size_t o = static_cast<size_t>(info.beforeIdx - 1), n = static_cast<size_t>(info.afterIdx - 1);
      if (info.type == dtl::SES_DELETE) dropped.push_back(o);
      if (info.type == dtl::SES_ADD) added.push_back(n);
      if (info.type != dtl::SES_COMMON) continue;
      settle(dropped, added);
      same_text(o, n);
    }
    settle(dropped, added);
  }

 private:
  // Thousands of sentences in one measure (a text whose 。 run on without a
  // line break): dtl's O((N+M)·D) sentence diff is out of reach, so the common
  // start and end are kept as they are and everything between is settled.
  // Real measures have a few dozen sentences.
  static constexpr size_t kMaxDiffedSentences = 2000;

  void run_coarse() {
    size_t prefix = 0, suffix = 0;
    const size_t shorter = std::min(old_.size(), new_.size());
    while (prefix < shorter && old_[prefix].masked.text == new_[prefix].masked.text) ++prefix;
    while (suffix < shorter - prefix && old_[old_.size() - 1 - suffix].masked.text ==
                                            new_[new_.size() - 1 - suffix].masked.text)
      ++suffix;
    std::vector<size_t> dropped, added;
    for (size_t o = prefix; o < old_.size() - suffix; ++o) dropped.push_back(o);
    for (size_t n = prefix; n < new_.size() - suffix; ++n) added.push_back(n);
    for (size_t i = 0; i < prefix; ++i) same_text(i, i);
    settle(dropped, added);
    for (size_t i = suffix; i > 0; --i) same_text(old_.size() - i, new_.size() - i);
  }

  // Sentences whose masked texts are equal: only their years may differ.
  void same_text(size_t o, size_t n) {
    if (!text::same_but_years(old_[o].masked, new_[n].masked, gap_)) pair_sentences(o, n);
  }

  // A run of dropped and added sentences between two common ones: pair the
  // similar ones in order; the rest are commitments dropped or added. A dropped
  // sentence looks for its partner among the next kMaxLookahead added ones only:
  // real runs are a handful of sentences, and a measure of 30,000 rewritten
  // sentences must not cost 30,000² comparisons.
  static constexpr size_t kMaxLookahead = 64;

  void settle(std::vector<size_t>& dropped, std::vector<size_t>& added) {
    size_t next_added = 0;
    std::vector<bool> used(added.size(), false);
    bool one_for_one = dropped.size() == 1 && added.size() == 1;
    for (size_t o : dropped) {
      double best = one_for_one ? kMinSlotSimilarity : kMinSentenceSimilarity;
      size_t best_k = added.size();
      const size_t last = std::min(added.size(), next_added + kMaxLookahead);
      for (size_t k = next_added; k < last; ++k) {
        double sim = similarity(o, added[k]);
        if (sim >= best) best = sim, best_k = k;
      }
      if (best_k == added.size() && last > next_added && closing_outlooks(o, added[last - 1]))
        best_k = last - 1;
      if (best_k == added.size()) {
        out_.commitments_dropped.push_back({old_[o].sentence->text, old_[o].sentence->line});
        continue;
      }
      for (size_t k = next_added; k < best_k; ++k) add_commitment(added[k]), used[k] = true;
      used[best_k] = true;
      next_added = best_k + 1;
      pair_sentences(o, added[best_k]);
    }
    for (size_t k = 0; k < added.size(); ++k)
      if (!used[k]) add_commitment(added[k]);
    dropped.clear();
    added.clear();
  }

  // The closing outlook of both measures (「…年度以降も、…を推進する。」), each
  // left without a partner by its wording: one commitment rewritten, known by
  // its place and its part rather than its words.
  bool closing_outlooks(size_t o, size_t n) const {
    return o + 1 == old_.size() && n + 1 == new_.size() && old_[o].outlook() && new_[n].outlook();
  }

  double similarity(size_t o, size_t n) const {
    return text::dice(old_[o].bigrams(), new_[n].bigrams());
  }

  void add_commitment(size_t n) {
    out_.commitments_added.push_back({new_[n].sentence->text, new_[n].sentence->line});
  }

  // Two sentences that correspond. Same shape: only figures or years differ,
  // reported as numbers (and as a rewrite when a year moved otherwise than by
  // the edition gap, e.g. a target postponed).
  void pair_sentences(size_t o, size_t n) {
    const SentenceView& a = old_[o];
    const SentenceView& b = new_[n];
    const std::vector<Figure>& fa = a.shape().figures;
    const std::vector<Figure>& fb = b.shape().figures;
    if (a.shape().text == b.shape().text && fa.size() == fb.size()) {
      bool rewritten_figure = false;  // 「1,234件」 → 「1234件」: the same figure
      for (size_t i = 0; i < fa.size(); ++i) {
        if (!same_figure(fa[i], fb[i]))
          out_.numbers.push_back(number_change(fa[i], fb[i], a.sentence->line,
                                               b.sentence->line));
        else if (!same_writing(fa[i], fb[i]))
          rewritten_figure = true;
      }
      if (rewritten_figure || !years_rolled(a.masked.years, b.masked.years)) rewritten(a, b);
      return;
    }
    figure_changes_in_rewrite(a, b);
    rewritten(a, b);
  }

  bool years_rolled(const std::vector<int>& a, const std::vector<int>& b) const {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
      if (b[i] != a[i] && b[i] != a[i] + gap_) return false;
    return true;
  }

  void figure_changes_in_rewrite(const SentenceView& a, const SentenceView& b) {
    const std::string &ka = a.shape().key, &kb = b.shape().key;
    for (const Figure& fa : a.shape().figures) {
      const Figure* match = nullptr;
      int matches = 0;
      for (const Figure& fb : b.shape().figures)
        if (left_context(ka, fa) == left_context(kb, fb)) match = &fb, ++matches;
      if (matches == 1 && !same_figure(fa, *match))
        out_.numbers.push_back(number_change(fa, *match, a.sentence->line, b.sentence->line));
    }
  }

  void rewritten(const SentenceView& a, const SentenceView& b) {
    Rewrite r;
    r.old_sentence = a.sentence->text;
    r.new_sentence = b.sentence->text;
    r.old_line = a.sentence->line;
    r.new_line = b.sentence->line;
    r.set_edits(edit_script(r.old_sentence, a.sentence->years, r.new_sentence, b.sentence->years, gap_));
    out_.rewritten.push_back(std::move(r));
  }

  std::vector<SentenceView> old_, new_;
  int gap_;
  MeasureDiff& out_;
};

}  // namespace

// The bodies a tag names, the lead ones marked, in order: 【◎厚、経】 and
// （◎厚生労働省、経済産業省） name the same.
std::vector<std::pair<bool, std::string>> bodies_of(const MinistryTag& t) {
  std::vector<std::pair<bool, std::string>> out;
  for (const Ministry& m : t.ministries) out.push_back({m.lead, m.body.empty() ? m.name : m.body});
  std::sort(out.begin(), out.end());
  return out;
}

bool same_ministries(const SharedValue<MinistryTag>& a, const SharedValue<MinistryTag>& b) {
  if (!a || !b) return !a && !b;
  return bodies_of(*a) == bodies_of(*b);
}

void diff_measures(const Measure& o, const Measure& n, int gap, MeasureDiff& out) {
  MeasureDiffer(o, n, gap, out).run();
}

}  // namespace nendiff
