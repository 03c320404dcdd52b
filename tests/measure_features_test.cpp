// The aligner's compact storage: term runs in arenas that never move, and
// posting lists built in one array.
#include "compare/measure_features.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>
#include <stdexcept>
#include <utility>

namespace nendiff::detail {
namespace {

std::vector<uint32_t> run_of(uint32_t first, size_t count) {
  std::vector<uint32_t> run(count);
  std::iota(run.begin(), run.end(), first);
  return run;
}

TEST(MeasureFeatures, ArenaRunsStayInPlaceAsMoreAreKept) {
  Arena<uint32_t> arena;
  std::vector<TermSpan<uint32_t>> spans;
  // Runs of many sizes, some larger than a block, spanning many blocks.
  for (uint32_t i = 0; i < 3000; ++i) spans.push_back(arena.keep(run_of(i * 100000, 1 + (i * 37) % 40000 / 100)));
  spans.push_back(arena.keep(run_of(7, 50000)));
  for (uint32_t i = 0; i < 3000; ++i) {
    ASSERT_EQ(spans[i].size(), 1 + (i * 37) % 40000 / 100) << i;
    EXPECT_EQ(spans[i][0], i * 100000);
    EXPECT_EQ(spans[i][spans[i].size() - 1], i * 100000 + spans[i].size() - 1);
  }
  EXPECT_EQ(spans.back()[49999], 7u + 49999);
  EXPECT_TRUE(arena.keep({}).empty());
}

TEST(MeasureFeatures, PostingListsHoldEachTermsMeasuresInOrder) {
  // Measure o has the terms o % 3 and 5 (and measure 4 none at all).
  PostingLists lists;
  lists.build(6, 7, [](size_t o, auto add) {
    if (o == 4) return;
    add(static_cast<uint32_t>(o % 3));
    add(5);
  });
  auto as_vector = [](TermSpan<uint32_t> s) { return std::vector<uint32_t>(s.begin(), s.end()); };
  EXPECT_EQ(as_vector(lists[0]), (std::vector<uint32_t>{0, 3, 6}));
  EXPECT_EQ(as_vector(lists[1]), (std::vector<uint32_t>{1}));
  EXPECT_EQ(as_vector(lists[2]), (std::vector<uint32_t>{2, 5}));
  EXPECT_TRUE(lists[3].empty());
  EXPECT_EQ(as_vector(lists[5]), (std::vector<uint32_t>{0, 1, 2, 3, 5, 6}));
  EXPECT_TRUE(lists[6].empty());    // an id past the vocabulary: no list
  EXPECT_TRUE(PostingLists()[0].empty());
}

TEST(MeasureFeatures, PackedTermsGiveBackEveryTermAndCount) {
  using Term = Vocabulary::Term;
  const std::vector<Term> terms = {{0, 1}, {3, 2}, {4, 1}, {0x7fffffffu, 70000}};
  std::vector<uint32_t> words;
  PackedTerms::pack(terms, words);
  EXPECT_EQ(words.size(), 6u);  // a word a term, and one more for each counted twice or more
  std::vector<std::pair<uint32_t, uint32_t>> back;
  for (Term t : PackedTerms(words.data(), words.size())) back.emplace_back(t.id, t.count);
  EXPECT_EQ(back, (std::vector<std::pair<uint32_t, uint32_t>>{{0, 1}, {3, 2}, {4, 1}, {0x7fffffffu, 70000}}));
  std::vector<uint32_t> none;
  PackedTerms::pack({}, none);
  EXPECT_EQ(PackedTerms(none.data(), 0).begin(), PackedTerms(none.data(), 0).end());
  std::vector<uint32_t> too_many;
  EXPECT_THROW(PackedTerms::pack({{0x80000000u, 1}}, too_many), std::length_error);
}

// Dice and cosine over packed profiles are those of the (id, count) lists
// they were made from.
TEST(MeasureFeatures, SimilaritiesOfPackedProfilesCountRepeats) {
  using Term = Vocabulary::Term;
  Profiles kept(2);
  const std::vector<Term> a = {{1, 2}, {2, 1}, {5, 3}}, b = {{1, 1}, {5, 3}, {9, 4}};
  for (size_t m = 0; m < 2; ++m) {
    Profile p;
    for (const Term& t : m == 0 ? a : b) p.bigram_total += t.count;
    kept.keep(m, p, m == 0 ? a : b, {7, 8}, {8});
  }
  // Shared: bigram 1 (min 1) and 5 (min 3) of 6 + 8 bigrams in all.
  EXPECT_DOUBLE_EQ(dice(kept[0], kept[1]), 2.0 * 4 / 14);
  Profile x = kept[0], y = kept[1];
  const std::vector<double> idf(10, 1.0);
  x.weighted_norm = std::sqrt(4.0 + 1 + 9);
  y.weighted_norm = std::sqrt(1.0 + 9 + 16);
  EXPECT_DOUBLE_EQ(cosine(x, y, idf), (2.0 * 1 + 3.0 * 3) / (x.weighted_norm * y.weighted_norm));
  EXPECT_EQ(std::vector<uint32_t>(x.phrases().begin(), x.phrases().end()), (std::vector<uint32_t>{7, 8}));
  EXPECT_EQ(std::vector<uint32_t>(x.names().begin(), x.names().end()), (std::vector<uint32_t>{8}));
}

}  // namespace
}  // namespace nendiff::detail
