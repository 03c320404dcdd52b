// Values that their copies share (a section's path, a tag, a label): what
// keeps a document of many short units small (issue 15) must read like the
// string, vector or optional it stands for.
#include "nendiff/shared_list.hpp"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace nendiff {
namespace {

TEST(SharedText, ReadsLikeItsStringAndCopiesShareIt) {
  const SharedText none;
  EXPECT_TRUE(none.empty());
  EXPECT_EQ(none.str(), "");
  const SharedText label = std::string("第二十三条の二");
  const SharedText copy = label;
  EXPECT_EQ(&copy.str(), &label.str());  // one string, not two
  EXPECT_EQ(copy, label);
  EXPECT_EQ(label, std::string("第二十三条の二"));
  EXPECT_NE(label, SharedText("第二十三条"));
  EXPECT_EQ(label.size(), std::string("第二十三条の二").size());
  EXPECT_TRUE(SharedText(std::string()).empty());  // an empty string allocates nothing
  const std::string& as_string = label;
  EXPECT_EQ(as_string + " 削除", "第二十三条の二 削除");
  EXPECT_LT(sizeof(SharedText), sizeof(std::string));
}

TEST(SharedValue, ReadsLikeAnOptionalAndCopiesShareIt) {
  SharedValue<std::vector<int>> none;
  EXPECT_FALSE(none);
  EXPECT_FALSE(none.has_value());
  EXPECT_THROW(none.value(), std::bad_optional_access);
  SharedValue<std::vector<int>> some = std::vector<int>{1, 2};
  const SharedValue<std::vector<int>> copy = some;
  ASSERT_TRUE(copy);
  EXPECT_EQ(&*copy, &*some);
  EXPECT_EQ(copy->size(), 2u);
  some.reset();
  EXPECT_FALSE(some);
  EXPECT_EQ(copy.value(), (std::vector<int>{1, 2}));  // the copy keeps it
}

// Counts its own destructions: the shared value must go with its last copy,
// once, whichever thread drops it.
struct Counted {
  int* destroyed;
  explicit Counted(int* d) : destroyed(d) {}
  Counted(Counted&& o) noexcept : destroyed(std::exchange(o.destroyed, nullptr)) {}
  ~Counted() {
    if (destroyed) ++*destroyed;
  }
};

TEST(SharedValue, TheLastCopyFreesTheValueOnceAcrossThreads) {
  int destroyed = 0;
  {
    SharedValue<Counted> value = Counted(&destroyed);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
      threads.emplace_back([value] {
        for (int i = 0; i < 10000; ++i) {
          SharedValue<Counted> copy = value;
          SharedValue<Counted> moved = std::move(copy);
          EXPECT_TRUE(moved);
          EXPECT_FALSE(copy);  // NOLINT: a moved-from copy holds nothing
        }
      });
    for (std::thread& t : threads) t.join();
    EXPECT_EQ(destroyed, 0);
  }
  EXPECT_EQ(destroyed, 1);
}

TEST(SharedList, CopiesShareOneListInOnePointer) {
  const SharedList<std::string> path = std::vector<std::string>{"1.総論", "(1)研究開発"};
  SharedList<std::string> copy = path;
  EXPECT_EQ(&copy.items(), &path.items());
  EXPECT_EQ(copy, path);
  copy = SharedList<std::string>{"2.各論"};
  EXPECT_NE(copy, path);
  EXPECT_EQ(path.size(), 2u);
  EXPECT_TRUE(SharedList<std::string>(std::vector<std::string>{}).empty());
  // A unit holds four of these: each is one pointer.
  EXPECT_EQ(sizeof(SharedList<std::string>), sizeof(void*));
  EXPECT_EQ(sizeof(SharedText), sizeof(void*));
  EXPECT_EQ(sizeof(SharedValue<std::string>), sizeof(void*));
}

}  // namespace
}  // namespace nendiff
