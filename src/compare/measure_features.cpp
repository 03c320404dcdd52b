#include "compare/measure_features.hpp"

#include <algorithm>
#include <stdexcept>

#include "text/key_phrases.hpp"

namespace nendiff::detail {
namespace {

// A phrase in at most this many measures of both editions (one or two each)
// is distinctive: a programme's name rather than a topic's.
constexpr int kDistinctiveDf = 4;

// The distinctive names of a measure say which programme, body or target it
// is about: two measures that each have some and share none are about
// different ones, whatever frame of words they share (「…分野等において、…の
// 開発や…につながる事業を6件採択した」). A measure that kept one of its names
// (or has none) is no conflict.
bool conflicting_names(const Profile& a, const Profile& b, const Vocabulary& v) {
  auto distinctive = [&](Vocabulary::TermId k) { return v.phrase_idf[k] >= v.distinctive_idf; };
  bool a_named = false, b_named = false;
  for (Vocabulary::TermId k : a.names()) a_named |= distinctive(k);
  for (Vocabulary::TermId k : b.names()) {
    if (!distinctive(k)) continue;
    if (std::binary_search(a.names().begin(), a.names().end(), k)) return false;
    b_named = true;
  }
  return a_named && b_named;
}

// Calls `shared(s, t)` for each bigram the two profiles have in common, with
// its term on either side.
template <class Shared>
void for_shared_bigrams(const Profile& a, const Profile& b, Shared shared) {
  const PackedTerms x = a.bigrams(), y = b.bigrams();
  for (auto i = x.begin(), j = y.begin(); i != x.end() && j != y.end();) {
    const Vocabulary::Term s = *i, t = *j;
    if (s.id < t.id) {
      ++i;
    } else if (t.id < s.id) {
      ++j;
    } else {
      shared(s, t);
      ++i, ++j;
    }
  }
}

}  // namespace

void PackedTerms::pack(const std::vector<Term>& terms, std::vector<uint32_t>& words) {
  for (const Term& t : terms) {
    if (t.id & kCounted) throw std::length_error("more than 2^31 distinct bigrams");
    if (t.count == 1) {
      words.push_back(t.id);
    } else {
      words.push_back(t.id | kCounted);
      words.push_back(t.count);
    }
  }
}

std::vector<Vocabulary::TermId> Vocabulary::count_phrases(std::string_view text, int weight) {
  std::vector<TermId> ids;
  for (const std::string& p : text::key_phrases(text)) {
    auto it = phrase_ids_.find(p);
    if (it == phrase_ids_.end()) {
      const TermSpan<char> kept = phrase_texts_.keep(p.data(), p.size());
      it = phrase_ids_.emplace(std::string_view(kept.begin(), kept.size()),
                               static_cast<TermId>(phrase_df_.size())).first;
      phrase_df_.push_back(0);
    }
    phrase_df_[it->second] += weight;
    ids.push_back(it->second);
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

std::vector<Vocabulary::TermId> Vocabulary::name_ids(std::string_view text) const {
  std::vector<TermId> ids;
  for (const std::string& p : text::names(text)) ids.push_back(phrase_ids_.at(p));
  std::sort(ids.begin(), ids.end());
  return ids;
}

void Vocabulary::finish(size_t measures) {
  const double n = static_cast<double>(measures) + 1;
  bigram_idf.resize(bigrams_.size());
  for (TermId g = 0; g < bigrams_.size(); ++g) bigram_idf[g] = text::measure_idf(n, bigrams_.df(g));
  phrase_idf.resize(phrase_df_.size());
  for (size_t k = 0; k < phrase_df_.size(); ++k) phrase_idf[k] = text::measure_idf(n, phrase_df_[k]);
  distinctive_idf = text::measure_idf(n, kDistinctiveDf);
}

double cosine(const Profile& a, const Profile& b, const std::vector<double>& idf) {
  double dot = 0;
  for_shared_bigrams(a, b, [&](Vocabulary::Term s, Vocabulary::Term t) {
    const double w = idf[s.id];
    dot += (s.count * w) * (t.count * w);
  });
  const double n = a.weighted_norm * b.weighted_norm;
  return n == 0 ? 0 : dot / n;
}

double dice(const Profile& a, const Profile& b) {
  double common = 0;
  for_shared_bigrams(a, b, [&](Vocabulary::Term s, Vocabulary::Term t) {
    common += std::min(s.count, t.count);
  });
  const double total = static_cast<double>(a.bigram_total) + static_cast<double>(b.bigram_total);
  return total == 0 ? 1.0 : 2 * common / total;
}

PhraseMatch phrase_match(const Profile& a, const Profile& b, const Vocabulary& v) {
  PhraseMatch m;
  double shared = 0, total = 0;
  for (Vocabulary::TermId k : a.phrases()) total += v.phrase_idf[k];
  for (Vocabulary::TermId k : b.phrases()) {
    const double w = v.phrase_idf[k];
    total += w;
    if (!std::binary_search(a.phrases().begin(), a.phrases().end(), k)) continue;
    shared += w;
    m.distinctive |= w >= v.distinctive_idf;
  }
  m.dice = total == 0 ? 0 : 2 * shared / total;
  m.conflict = conflicting_names(a, b, v);
  return m;
}

}  // namespace nendiff::detail
