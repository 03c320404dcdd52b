// A unit's texts (issue 15): a CompactString must read, compare, copy and
// grow like the std::string it replaces, in 8 bytes.
#include "nendiff/compact_string.hpp"

#include <gtest/gtest.h>

#include <cstring>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

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

// A document's units keep their texts in its store: they read the same, a
// copy owns its text, and appending leaves the store alone.
TEST(CompactString, KeptInAStoreReadsTheSameAndCopiesOwnTheirText) {
  auto store = std::make_unique<TextStore>();
  std::vector<CompactString> texts;
  std::vector<std::string> expected;
  for (int i = 0; i < 5000; ++i) {  // several of the store's blocks, and a long text
    expected.push_back(i == 2500 ? std::string(100000, 'x') : "施策" + std::to_string(i));
    texts.emplace_back(expected.back());
    texts.back().keep_in(*store);
  }
  for (size_t i = 0; i < texts.size(); ++i) ASSERT_EQ(texts[i], expected[i]);
  CompactString copy = texts[7];
  CompactString appended = texts[8];
  texts[8] += "を推進する。";
  EXPECT_EQ(texts[8], "施策8を推進する。");
  EXPECT_EQ(appended, "施策8");
  texts.clear();
  store.reset();  // the copies do not need it
  EXPECT_EQ(copy, "施策7");
  EXPECT_EQ(appended, "施策8");
}

// A long edition's store fills blocks of whole huge pages: texts cross from
// one such block to the next intact, and a block is writable to its end.
TEST(CompactString, AStoreExpectingALongEditionKeepsEveryText) {
  auto store = std::make_unique<TextStore>(size_t{5} << 20);
  std::vector<CompactString> texts;
  std::vector<std::string> expected;
  for (int i = 0; i < 400000; ++i) {  // some 6 MB: more than one 2 MiB block
    expected.push_back("第" + std::to_string(i) + "条の施策を推進する。");
    texts.emplace_back(expected.back());
    texts.back().keep_in(*store);
  }
  for (size_t i = 0; i < texts.size(); ++i) ASSERT_EQ(texts[i], expected[i]) << i;
}

TEST(Block, HugeOnesAreWholeAlignedHugePages) {
  detail::Block small(1000), huge(detail::Block::kHuge + 1);
  EXPECT_EQ(small.size(), 1000u);
  EXPECT_EQ(huge.size(), 2 * detail::Block::kHuge);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(huge.data()) % detail::Block::kHuge, 0u);
  std::memset(huge.data(), 'x', huge.size());  // all of it is ours
  std::memset(small.data(), 'y', small.size());
  EXPECT_EQ(huge.data()[huge.size() - 1], 'x');
  detail::Block moved(std::move(huge));
  EXPECT_EQ(moved.data()[0], 'x');
}

// A string in a store is destroyed (or given a new text) without reading the
// store: a document's store may go before its units do.
TEST(CompactString, OutlivesItsStoreWithoutReadingIt) {
  auto store = std::make_unique<TextStore>();
  CompactString kept("総論"), assigned("各論");
  kept.keep_in(*store);
  assigned.keep_in(*store);
  store.reset();
  assigned = CompactString("新しい本文");
  EXPECT_EQ(assigned, "新しい本文");
}

}  // namespace
}  // namespace nendiff
