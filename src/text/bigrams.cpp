#include "text/bigrams.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <string>

#include "text/unicode.hpp"

namespace nendiff::text {

bool is_letter_or_digit(char32_t c) {
  return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_ALPHABETIC) ||
         u_isdigit(static_cast<UChar32>(c));
}

SparseVector bigram_counts(std::string_view text) {
  std::vector<Bigram> all;
  for_each_pair(text, [&](char32_t a, char32_t b) { all.push_back(make_bigram(a, b)); });
  std::sort(all.begin(), all.end());
  SparseVector v;
  for (Bigram g : all) {
    if (!v.empty() && v.back().first == g) v.back().second += 1;
    else v.push_back({g, 1});
  }
  return v;
}

std::vector<Bigram> distinct_bigrams(std::string_view text, Pairs pairs) {
  std::vector<Bigram> out;
  for_each_pair(text, [&](char32_t a, char32_t b) {
    if (pairs == Pairs::all || (is_letter_or_digit(a) && is_letter_or_digit(b)))
      out.push_back(make_bigram(a, b));
  });
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double dice(const SparseVector& a, const SparseVector& b) {
  double common = 0, total = 0;
  for (const auto& [_, w] : a) total += w;
  for (const auto& [_, w] : b) total += w;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i].first < b[j].first) ++i;
    else if (b[j].first < a[i].first) ++j;
    else common += std::min(a[i++].second, b[j++].second);
  }
  return total == 0 ? 1.0 : 2 * common / total;
}

namespace {

std::vector<Bigram> sorted_bigrams(std::u32string_view t) {
  std::vector<Bigram> out;
  for (size_t i = 0; i + 1 < t.size(); ++i) out.push_back(make_bigram(t[i], t[i + 1]));
  std::sort(out.begin(), out.end());
  return out;
}

size_t pairs_in(size_t characters) { return characters > 0 ? characters - 1 : 0; }

}  // namespace

// Two revisions of a text share most of it: the pairs inside a common start
// and a common end are common as they stand (min(c + x, c + y) = c + min(x, y)),
// and only the pairs that touch the rest are counted one by one.
double dice(std::string_view a, std::string_view b) {
  const std::u32string x = to_u32(a), y = to_u32(b);  // decoded as for_each_pair decodes
  const size_t shortest = std::min(x.size(), y.size());
  size_t start = 0, end = 0;
  while (start < shortest && x[start] == y[start]) ++start;
  while (end < shortest - start && x[x.size() - 1 - end] == y[y.size() - 1 - end]) ++end;
  auto rest = [&](const std::u32string& t) {  // from the start's last character to the end's first
    const size_t from = start > 0 ? start - 1 : 0;
    return sorted_bigrams(std::u32string_view(t).substr(from, std::min(t.size(), t.size() - end + 1) - from));
  };
  const std::vector<Bigram> p = rest(x), q = rest(y);
  size_t common = pairs_in(start) + pairs_in(end);
  for (size_t i = 0, j = 0; i < p.size() && j < q.size();) {
    if (p[i] < q[j]) ++i;
    else if (q[j] < p[i]) ++j;
    else ++common, ++i, ++j;
  }
  const double total = static_cast<double>(pairs_in(x.size()) + pairs_in(y.size()));
  return total == 0 ? 1.0 : 2 * static_cast<double>(common) / total;
}

int BigramVocabulary::df_of(Bigram g) const {
  const Id slot = ids_[slot_of(g)];
  return slot == 0 ? 0 : df_[slot - 1];
}

void BigramVocabulary::grow() {
  ids_.assign(ids_.size() * 2, 0);
  for (size_t id = 0; id < keys_.size(); ++id) ids_[slot_of(keys_[id])] = static_cast<Id>(id + 1);
}


}  // namespace nendiff::text
