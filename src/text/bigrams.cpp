#include "text/bigrams.hpp"

#include <unicode/uchar.h>

#include <algorithm>

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

int BigramVocabulary::df_of(Bigram g) const {
  auto it = ids_.find(g);
  return it == ids_.end() ? 0 : df_[it->second];
}


}  // namespace nendiff::text
