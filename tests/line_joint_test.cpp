// Joining the lines of a paragraph: Japanese runs on, Latin text gets back the
// space the wrap took — in the rule itself and in the units a parse makes.
#include "text/line_joint.hpp"

#include <gtest/gtest.h>

#include "nendiff/compare.hpp"
#include "nendiff/parse.hpp"

namespace nendiff {
namespace {

using text::line_joint;

TEST(LineJoint, JapaneseRunsOnWithNothingBetween) {
  EXPECT_EQ(line_joint("健康・医療戦略を推進", "する。"), "");
  EXPECT_EQ(line_joint("(KPI)", "の達成状況"), "");         // Latin, then Japanese
  EXPECT_EQ(line_joint("推進する。", "AIの活用"), "");      // a Japanese sentence, then Latin
  EXPECT_EQ(line_joint("推進する．", "ＡＩの活用"), "");    // 。 written ．: not a Latin clause
}

TEST(LineJoint, LatinWordsAndSentencesGetTheirSpaceBack) {
  EXPECT_EQ(line_joint("Japan Registry of", "Clinical Trials"), " ");
  EXPECT_EQ(line_joint("ｏｆ", "Ｃｌｉｎｉｃａｌ"), " ");   // full width is Latin too
  EXPECT_EQ(line_joint("We did it this year.", "We plan more."), " ");
  EXPECT_EQ(line_joint("by 2024,", "the plan"), " ");       // a clause after a digit
}

TEST(LineJoint, ANumberThatIsAWordOfLatinTextKeepsItsSpace) {
  EXPECT_EQ(line_joint("expand the programme to 49", "companies"), " ");
  EXPECT_EQ(line_joint("約49", "companies"), "");  // digits glued to the text before them
  EXPECT_TRUE(text::ends_latin_sentence("findings by March 2024."));
  EXPECT_TRUE(text::ends_latin_sentence("as agreed (see annex)."));
  EXPECT_FALSE(text::ends_latin_sentence("1. Overview"));
  EXPECT_FALSE(text::ends_latin_sentence("推進する。"));  // 。 closes a paragraph by itself
}

TEST(LineJoint, ANumberBrokenByTheWrapStaysWhole) {
  EXPECT_EQ(line_joint("2", "020年度"), "");
  EXPECT_EQ(line_joint("Society", "5.0"), "");
  EXPECT_EQ(line_joint("", "Clinical"), "");
  EXPECT_EQ(line_joint("of", ""), "");
}

// Text of no known layout, hard-wrapped: a paragraph's Latin lines were joined
// with nothing between them (「…this year.We plan…」), so the unit's text — and
// every report quoting it — read words the edition never wrote.
TEST(LineJoint, AWrappedLatinParagraphKeepsItsSpacesInTheUnit) {
  const std::string text =
      "Annual report\n\n"
      "The council met four times this year.\n"
      "We plan more.\n";
  const Document d = parse(text, "report.txt");
  ASSERT_FALSE(d.measures.empty());
  bool found = false;
  for (const Measure& m : d.measures)
    found |= m.text == "The council met four times this year. We plan more.";
  EXPECT_TRUE(found) << d.measures.back().text;
}

// English text of no known layout: paragraphs part at a blank line after a
// sentence's 「.」, as Japanese ones do after 。 (they were read as one unit).
TEST(LineJoint, EnglishParagraphsArePartedAtBlankLines) {
  const Document d = parse(
      "Annual report\n\nThe council met four times and agreed to expand the programme to 49\n"
      "companies by March 2024.\n\nThe secretariat will prepare a draft plan for the next\n"
      "fiscal year before the summer.\n",
      "report.txt");
  ASSERT_EQ(d.measures.size(), 2u);
  EXPECT_EQ(d.measures[0].text,
            "The council met four times and agreed to expand the programme to 49 companies by March 2024.");
  EXPECT_EQ(d.measures[1].line, 6);
}

}  // namespace
}  // namespace nendiff
