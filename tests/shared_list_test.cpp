// Values that their copies share (a section's path, a tag, a label): what
// keeps a document of many short units small (issue 15) must read like the
// string, vector or optional it stands for.
#include "nendiff/shared_list.hpp"

#include <gtest/gtest.h>

#include <string>
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

}  // namespace
}  // namespace nendiff
