// The aligner's compact storage: term runs in arenas that never move, and
// posting lists built in one array.
#include "compare/measure_features.hpp"

#include <gtest/gtest.h>

#include <numeric>

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

}  // namespace
}  // namespace nendiff::detail
