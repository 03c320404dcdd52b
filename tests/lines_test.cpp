// An edition's lines: each line's forms as text::line_forms gives them, kept
// as views of the text read or of the edition's arenas, and still valid when
// the lines' owner is moved or holds more than one arena block.
#include "parse/lines.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "text/normalize.hpp"
#include "text/unicode.hpp"

namespace nendiff {
namespace {

// A copy of what a line says, owning its text.
struct Owned {
  int number;
  std::string normalized, folded;
  std::u32string text;
  bool operator==(const Owned& o) const {
    return number == o.number && normalized == o.normalized && folded == o.folded && text == o.text;
  }
};

std::vector<Owned> owned(const EditionLines& lines) {
  std::vector<Owned> out;
  for (const TextLine& l : lines.lines())
    out.push_back({l.number, std::string(l.normalized), std::string(folded_text(l)), std::u32string(l.text)});
  return out;
}

bool inside(std::string_view part, std::string_view whole) {
  return part.data() >= whole.data() && part.data() + part.size() <= whole.data() + whole.size();
}

TEST(Lines, FormsAreTheNormalizedLine) {
  const std::string text = "・施策１２３を実施する。【厚】\n\n## 第1章　総則\n　ア　概要\n";
  const EditionLines lines = read_lines(text);
  const std::vector<TextLine>& l = lines.lines();
  ASSERT_EQ(l.size(), 4u);
  const text::LineForms first = text::line_forms("・施策１２３を実施する。【厚】");
  EXPECT_EQ(l[0].normalized, first.normalized);
  EXPECT_EQ(l[0].text, text::to_u32(first.normalized));
  EXPECT_TRUE(l[1].normalized.empty());
  EXPECT_EQ(l[2].hashes, 2);
  EXPECT_EQ(l[2].normalized, text::line_forms("第1章　総則").normalized);
  EXPECT_EQ(l[2].raw, "## 第1章　総則");
  EXPECT_GT(l[3].indent, 0);
  const text::LineForms item = text::line_forms("　ア　概要");
  EXPECT_EQ(folded_text(l[3]), item.spaced.empty() ? item.normalized : item.spaced);
  EXPECT_EQ(l[3].number, 4);
}

// A caption in emphasis run into the end of a line, right before the Markdown
// heading of the article it names (a converter dropped the line break),
// starts a line of its own, of the same number: the text before it and the
// caption are each as written. Before other headings (a follow-up's item
// ending in a tag 「*（内閣府）*」), and where the emphasis holds more than one
// bracketed caption, the line stays whole.
TEST(Lines, ARunInCaptionBeforeAHeadingStartsALineOfItsOwn) {
  auto raws = [](const std::string& text) {
    std::vector<std::string> out;
    const EditionLines lines = read_lines(text);
    for (const TextLine& l : lines.lines()) out.emplace_back(l.raw);
    return out;
  };
  using Raws = std::vector<std::string>;
  EXPECT_EQ(raws("第七款　設立手続等の特則等*（設立手続等の特則）*\n#### 第百二条\n"),
            (Raws{"第七款　設立手続等の特則等", "*（設立手続等の特則）*", "#### 第百二条"}));
  EXPECT_EQ(raws("ロ　その旨_（異なる種類の株式）_\n\n\n## 第百八条の２\n"),
            (Raws{"ロ　その旨", "_（異なる種類の株式）_", "", "", "## 第百八条の２"}));
  const EditionLines read = read_lines("本文*（趣旨）*\n# 第3条\n");
  const std::vector<TextLine>& lines = read.lines();
  EXPECT_EQ(lines[0].number, 1);
  EXPECT_EQ(lines[1].number, 1);
  EXPECT_EQ(lines[1].normalized, text::line_forms("（趣旨）").normalized);  // read without the marks
  // No heading next, a caption alone on its line, brackets inside or before.
  for (const std::string text : {"本文*（趣旨）*\n本文\n", "*（趣旨）*\n# 第一条\n",
                                 "本文*（甲）（乙）*\n# 第一条\n", "本文*（趣旨）*と続く\n# 第一条\n",
                                 "本文（趣旨）\n# 第一条\n", "推進する。*（内閣府）*\n## 2. 次\n",
                                 "本文*（趣旨）*\n# 第一章\n", "本文*（趣旨）*\n# 第条\n"}) {
    const Raws got = raws(text);
    EXPECT_EQ(got.front(), text.substr(0, text.find('\n'))) << text;
  }
}

// A line written as it normalizes takes no room of its own: its form is a
// view of the text read. One that normalization changed is kept apart.
TEST(Lines, AFormWrittenAsItStandsViewsTheText) {
  const std::string text = "施策を実施する。\n施策１２３を実施する。\n";
  const EditionLines lines = read_lines(text);
  EXPECT_TRUE(inside(lines.lines()[0].normalized, text));
  EXPECT_TRUE(lines.lines()[0].spaced.empty());
  EXPECT_NE(lines.lines()[1].normalized, "施策１２３を実施する。");
  EXPECT_FALSE(inside(lines.lines()[1].normalized, text));
}

// Enough changed lines to fill several arena blocks: every view stays valid
// while more is added, and after the owner is moved, twice.
TEST(Lines, StayValidWhenTheOwnerIsMoved) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "・施策１２３" + std::to_string(i) + "を実施する。【厚】\n";
  EditionLines lines = read_lines(text);
  const std::vector<Owned> before = owned(lines);
  ASSERT_EQ(before.size(), 20000u);
  EXPECT_EQ(before.back().normalized, text::line_forms("・施策１２３19999を実施する。【厚】").normalized);
  const char* first = lines.lines().front().normalized.data();
  EditionLines moved(std::move(lines));
  EXPECT_EQ(owned(moved), before);
  EditionLines again;
  again = std::move(moved);
  EXPECT_EQ(owned(again), before);
  EXPECT_EQ(again.lines().front().normalized.data(), first);  // not copied: the same block
}

// A long edition's lines: their forms in huge-page blocks, every piece whole.
TEST(Lines, ALongEditionsFormsStayWhole) {
  std::string text;
  for (int i = 0; i < 60000; ++i) text += "第" + std::to_string(i) + "条　施策を推進する。\n";
  ASSERT_GT(text.size(), size_t{1} << 20);
  const EditionLines lines = read_lines(text);
  ASSERT_EQ(lines.lines().size(), 60000u);
  for (size_t i = 0; i < lines.lines().size(); i += 997) {
    const TextLine& l = lines.lines()[i];
    EXPECT_EQ(l.normalized, "第" + std::to_string(i) + "条施策を推進する。");  // the forms arena
    EXPECT_EQ(l.raw, "第" + std::to_string(i) + "条　施策を推進する。");
    EXPECT_EQ(text::to_utf8(std::u32string(l.text)), l.normalized);
  }
}

// Two editions read side by side share the forms of the lines they both
// hold: each edition's lines are what it gives read alone, kept as its own
// (views of its text or its arenas, never of the other edition's).
TEST(Lines, EditionsReadSideBySideGiveWhatEachGivesAlone) {
  std::string old_text, new_text;
  for (int i = 0; i < 3000; ++i) {
    const std::string line = "## 第" + std::to_string(i) + "条　施策１２３を（毎年）実施する。\n\n";
    old_text += line;
    new_text += i % 7 ? line : "・新しい施策" + std::to_string(i) + "を実施する。\n";
  }
  SharedLines shared(2 * 6000);
  EditionLines old_lines, new_lines;
  std::thread other([&] { new_lines = read_lines(new_text, {}, {&shared, 1, 2}); });
  old_lines = read_lines(old_text, {}, {&shared, 0, 2});
  other.join();
  EXPECT_EQ(owned(old_lines), owned(read_lines(old_text)));
  EXPECT_EQ(owned(new_lines), owned(read_lines(new_text)));
  std::set<const void*> old_views;
  for (const TextLine& o : old_lines.lines()) old_views.insert({o.text.data(), o.normalized.data()});
  size_t own = 0;
  for (const TextLine& l : new_lines.lines()) {
    if (l.text.empty()) continue;
    ASSERT_EQ(old_views.count(l.text.data()) + old_views.count(l.normalized.data()), 0u)
        << "line " << l.number << " views the old edition";
    own += inside(l.normalized, new_text) ? 0 : 1;
  }
  EXPECT_GT(own, 2000u);  // changed by normalization: copies in the new edition's arena
}

TEST(Lines, ArenaKeepsEachPieceWhole) {
  TextArena<char> arena(4);
  const std::string_view a = arena.keep("abc"), b = arena.keep("defgh"), c = arena.keep("");
  EXPECT_EQ(a, "abc");
  EXPECT_EQ(b, "defgh");  // longer than a block: a block of its own
  EXPECT_TRUE(c.empty());
  TextArena<char> moved = std::move(arena);
  EXPECT_EQ(moved.keep("ij"), "ij");
  EXPECT_EQ(a, "abc");
}

}  // namespace
}  // namespace nendiff
