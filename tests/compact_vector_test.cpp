// The model's per-unit lists (issue 15): a CompactVector must read, copy and
// grow like the std::vector it replaces, in 8 bytes and no slack once copied.
#include "nendiff/compact_vector.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace nendiff {
namespace {

TEST(CompactVector, ReadsLikeTheVectorItWasMadeFrom) {
  const std::vector<std::string> words = {"施策", "を", "推進する。"};
  const CompactVector<std::string> list = words;
  ASSERT_EQ(list.size(), 3u);
  EXPECT_EQ(list[0], "施策");
  EXPECT_EQ(list.front(), "施策");
  EXPECT_EQ(list.back(), "推進する。");
  EXPECT_EQ(std::vector<std::string>(list.begin(), list.end()), words);
  EXPECT_TRUE(CompactVector<std::string>().empty());
  EXPECT_EQ(CompactVector<std::string>().begin(), CompactVector<std::string>().end());
  EXPECT_EQ(sizeof(CompactVector<std::string>), sizeof(void*));
}

TEST(CompactVector, CopiesAreDeepAndMovesLeaveNothing) {
  CompactVector<std::string> list = {"一", "二"};
  CompactVector<std::string> copy = list;
  copy[0] = "壱";
  EXPECT_EQ(list[0], "一");  // the copy has its own items
  EXPECT_NE(copy, list);
  copy = list;
  EXPECT_EQ(copy, list);
  CompactVector<std::string> moved = std::move(copy);
  EXPECT_EQ(moved, list);
  EXPECT_TRUE(copy.empty());  // NOLINT: moved from
  list = std::move(moved);
  EXPECT_EQ(list.size(), 2u);
  list.clear();
  EXPECT_TRUE(list.empty());
}

TEST(CompactVector, GrowsByPushBackKeepingOrder) {
  CompactVector<int> list;
  for (int i = 0; i < 1000; ++i) list.push_back(i * 3);
  ASSERT_EQ(list.size(), 1000u);
  for (int i = 0; i < 1000; ++i) ASSERT_EQ(list[static_cast<size_t>(i)], i * 3);
  const CompactVector<int> copy = list;  // exactly its size: the slack stays behind
  EXPECT_EQ(copy, list);
}

// Items live in raw storage: each one constructed and destroyed exactly once,
// through copies, growth and clearing, none made for slots not in use.
struct Counted {
  static int alive;
  int value = 0;
  explicit Counted(int v) : value(v) { ++alive; }
  Counted(const Counted& o) : value(o.value) { ++alive; }
  Counted(Counted&& o) noexcept : value(o.value) { ++alive; }
  Counted& operator=(const Counted&) = default;
  ~Counted() { --alive; }
  bool operator==(const Counted& o) const { return value == o.value; }
};
int Counted::alive = 0;

TEST(CompactVector, ConstructsAndDestroysEachItemOnce) {
  {
    CompactVector<Counted> list;
    for (int i = 0; i < 5; ++i) list.push_back(Counted(i));  // capacity 8: three slots unused
    EXPECT_EQ(Counted::alive, 5);
    CompactVector<Counted> copy = list;
    EXPECT_EQ(Counted::alive, 10);
    copy.clear();
    EXPECT_EQ(Counted::alive, 5);
    copy = std::move(list);
    EXPECT_EQ(Counted::alive, 5);
    EXPECT_EQ(copy[4].value, 4);
  }
  EXPECT_EQ(Counted::alive, 0);
}

TEST(ListView, ViewsEitherListWithoutCopying) {
  const std::vector<int> v = {4, 5, 6};
  const CompactVector<int> c = v;
  const ListView<int> of_vector = v, of_compact = c;
  EXPECT_EQ(of_vector.begin(), v.data());
  EXPECT_EQ(of_compact.begin(), c.data());
  EXPECT_EQ(of_compact.size(), 3u);
  EXPECT_EQ(of_compact[2], 6);
  EXPECT_EQ(of_vector.back(), 6);
  EXPECT_TRUE(ListView<int>().empty());
}

}  // namespace
}  // namespace nendiff
