// Text with pages, as pdftotext writes a PDF: pages cut by form feeds, the
// title as a running header and 「－ 12 －」 at each page's foot. The running
// lines are blanked (lines keep their numbers) and each line knows its page.
#include "read/text_pages.hpp"

#include <gtest/gtest.h>

#include "nendiff/parse.hpp"
#include "test_support.hpp"

namespace nendiff {
namespace {

size_t lines_of(const std::string& text) { return test::count(text, "\n"); }

DecodedText paged(const std::string& utf8) {
  DecodedText text{utf8, "UTF-8"};
  detail::read_text_pages(text);
  return text;
}

TEST(TextPages, RunningLinesAreBlankedAndLinesKnowTheirPages) {
  const char* const subjects[] = {"研究開発", "人材育成", "国際展開"};
  std::string text;
  for (const char* subject : subjects)
    text += std::string("計画の実施状況\n・") + subject + "を推進するため、新たな枠組みを設ける。【◎厚】\n・" +
            subject + "の成果を普及する。【経】\n\n－ " + std::to_string(&subject - subjects + 1) + " －\n\f";
  const DecodedText got = paged(text);
  EXPECT_EQ(test::count(got.utf8, "計画の実施状況"), 0u);
  EXPECT_EQ(test::count(got.utf8, "－"), 0u);
  EXPECT_EQ(test::count(got.utf8, "を推進するため"), 3u);
  EXPECT_EQ(test::count(got.utf8, "の成果を普及する。"), 3u);
  EXPECT_EQ(lines_of(got.utf8), lines_of(text));  // L citations still point at the file's lines
  ASSERT_EQ(got.line_pages.size(), lines_of(text) + 1);  // the page the last \f opens
  EXPECT_EQ(got.line_pages.front(), 1);
  EXPECT_EQ(got.line_pages[5], 2);
}

// Lines alike at every page's top but long are text, whatever their numbers.
TEST(TextPages, LongLinesAtThePagesEdgesStay) {
  const std::string text = "・第1頁の施策1。地域の企業や自治体、保険者等が連携して健康経営の普及を進める取組を支援する。\n\f"
                           "・第2頁の施策1。地域の企業や自治体、保険者等が連携して健康経営の普及を進める取組を支援する。\n";
  EXPECT_EQ(paged(text).utf8, text);
}

// Headings numbered alike at the same line of two pages differ in their
// numbers: no running line (a page's height, not its line count, would say).
TEST(TextPages, HeadingsNumberedAlikeAtThePagesTopsStay) {
  const std::string text = "計画\n(1)施策の方向性\n・研究を推進する。\n\f計画\n(2)施策の方向性\n・研究を支援する。\n";
  const DecodedText got = paged(text);
  EXPECT_EQ(test::count(got.utf8, "施策の方向性"), 2u);
  EXPECT_EQ(test::count(got.utf8, "計画"), 0u);
}

TEST(TextPages, TextWithoutFormFeedsIsLeftAlone) {
  const DecodedText got = paged("計画\n－ 1 －\n");
  EXPECT_EQ(got.utf8, "計画\n－ 1 －\n");
  EXPECT_TRUE(got.line_pages.empty());
}

}  // namespace
}  // namespace nendiff
