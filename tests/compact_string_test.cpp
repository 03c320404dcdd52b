// A unit's texts (issue 15): a CompactString must read, compare, copy and
// grow like the std::string it replaces, in 8 bytes.
#include "nendiff/compact_string.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

namespace nendiff {
namespace {

TEST(CompactString, ReadsLikeTheTextItWasMadeFrom) {
  const std::string written = "施策を推進する。【◎厚】";
  const CompactString s(written);
  EXPECT_EQ(sizeof(CompactString), 8u);
  EXPECT_EQ(s.size(), written.size());
  EXPECT_EQ(s, written);
  EXPECT_EQ(written, s);
  EXPECT_NE(s, "施策");
  EXPECT_EQ(s.str(), written);
  EXPECT_EQ(s.substr(0, 6), "施策");
  EXPECT_EQ(s.find("【"), written.find("【"));
  EXPECT_EQ(s.rfind("】"), written.rfind("】"));
  EXPECT_EQ(std::string(s.begin(), s.end()), written);
  EXPECT_EQ(s.front(), written.front());
  std::ostringstream out;
  out << s;
  EXPECT_EQ(out.str(), written);

  const CompactString none;
  EXPECT_TRUE(none.empty());
  EXPECT_EQ(none.size(), 0u);
  EXPECT_EQ(none, "");
  EXPECT_EQ(std::string_view(none), std::string_view());
}

TEST(CompactString, CopiesAreDeepAndMovesKeepTheCharactersWhereTheyAre) {
  CompactString a = std::string_view("一二三");
  CompactString copy = a;
  EXPECT_NE(copy.data(), a.data());
  copy = "壱";
  EXPECT_EQ(a, "一二三");
  const char* where = a.data();
  CompactString moved = std::move(a);
  EXPECT_EQ(moved.data(), where);  // views of it (a unit's sentences) stay valid
  EXPECT_EQ(moved, "一二三");
  moved = moved;  // NOLINT: self-assignment keeps the text
  EXPECT_EQ(moved, "一二三");
  moved.clear();
  EXPECT_TRUE(moved.empty());
}

TEST(CompactString, GrowsByAppendingAndCutsItsEnd) {
  CompactString s;
  std::string expected;
  for (int i = 0; i < 2000; ++i) {  // a unit of many lines
    const std::string line = "第" + std::to_string(i) + "行。";
    s += line;
    expected += line;
    ASSERT_EQ(s, expected);
  }
  s += s.substr(0, 3);  // appending part of itself
  expected += expected.substr(0, 3);
  EXPECT_EQ(s, expected);
  s.shrink_to_fit();
  EXPECT_EQ(s, expected);
  s += '!';
  EXPECT_EQ(s.back(), '!');
  s.erase(7);  // 第 0 行: 3 + 1 + 3 bytes
  EXPECT_EQ(s, "第0行");
  s.erase(0);
  EXPECT_TRUE(s.empty());
}

}  // namespace
}  // namespace nendiff
