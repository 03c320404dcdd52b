// What Markdown writes into a line that is not the text: emphasis around a
// bracketed span (a ministry tag, a caption, a label) is read without its
// marks, an escaped character as that character.
#include "parse/markdown.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "nendiff/compare.hpp"
#include "nendiff/parse.hpp"
#include "parse/lines.hpp"
#include "test_support.hpp"
#include "text/normalize.hpp"

namespace nendiff {
namespace {

// The text `s` stands for, or "(none)" when it has no inline syntax.
std::string read(std::string_view s) {
  std::string out = "(untouched)";
  return markdown::inline_text(s, out) ? out : out == "(untouched)" ? "(none)" : "(touched)";
}

TEST(Markdown, EmphasisAroundABracketedSpanIsFormatting) {
  EXPECT_EQ(read("推進する。**【◎厚、経】**"), "推進する。【◎厚、経】");
  EXPECT_EQ(read("推進する。*(内閣府)*"), "推進する。(内閣府)");
  EXPECT_EQ(read("推進する。***《所管省庁：内閣府》***"), "推進する。《所管省庁：内閣府》");
  EXPECT_EQ(read("__【KPI】__目標を達成する。"), "【KPI】目標を達成する。");
  EXPECT_EQ(read("*(注)*と*(参考)*を見る"), "(注)と(参考)を見る");
  EXPECT_EQ(read("**(健康日本21(第二次))**"), "(健康日本21(第二次))");  // nested pairs counted
  EXPECT_EQ(read("「*〔参考〕*」"), "「〔参考〕」");
}

TEST(Markdown, OtherMarksAndBracketsAreText) {
  for (const char* s : {"* 【KPI】目標", "**【厚】*", "*【厚】**", "****(甲)****", "**太字**の文",
                        "*(甲)乙*", "施策*1を推進し*2", "file_(1)_a", "a_(1)_", "*(閉じない",
                        "2*(3+4)*5は", "推進する。【◎厚】", "C:\\Users\\a", ""})
    EXPECT_EQ(read(s), "(none)") << s;
}

// Converters escape what Markdown would read as syntax: a number that would
// start a list (「1\\. 」「\\(1\\)」), a mark that would start emphasis, and
// end a line broken inside a paragraph with a backslash.
TEST(Markdown, AnEscapedCharacterIsThatCharacter) {
  EXPECT_EQ(read("1\\. 健康長寿社会の形成"), "1. 健康長寿社会の形成");
  EXPECT_EQ(read("\\(1\\) 新産業創出"), "(1) 新産業創出");
  EXPECT_EQ(read("注\\*1を参照、a\\_b"), "注*1を参照、a_b");
  EXPECT_EQ(read("\\*(注)\\*"), "*(注)*");               // escaped marks are no emphasis
  EXPECT_EQ(read("**\\[所管：内閣府\\]**"), "[所管：内閣府]");  // escapes inside emphasis
  EXPECT_EQ(read("\\\\"), "\\");
  EXPECT_EQ(read("一行目を改行する\\"), "一行目を改行する");  // a hard line break
  EXPECT_EQ(read("末尾は\\\\"), "末尾は\\");                  // an escaped backslash
}

// An ordered list's marker as CommonMark reads one: digits, 「.」 or 「)」, a space.
TEST(Markdown, AnOrderedListsMarker) {
  EXPECT_EQ(markdown::ordered_list_marker("1. 健康経営"), 2u);
  EXPECT_EQ(markdown::ordered_list_marker("12) 健康経営"), 3u);
  for (const char* s : {"1.健康経営", "1.5倍に", "1234567890. 十桁", ". 無", "(1) 括弧", "一. 漢数字"})
    EXPECT_EQ(markdown::ordered_list_marker(s), 0u) << s;
}

// A footnote's reference is left out, as a superscript marker is; the line
// that defines the footnote keeps its own.
TEST(Markdown, AFootnotesReferenceIsLeftOut) {
  EXPECT_EQ(read("健康経営を推進する[^1]。"), "健康経営を推進する。");
  EXPECT_EQ(read("遠隔医療[^note-2]と予防[^3]"), "遠隔医療と予防");
  EXPECT_EQ(read("[^1]: 健康経営銘柄の選定を含む。"), "(none)");
  for (const char* s : {"[^]を含む", "[1]を参照", "[^1を含む"}) EXPECT_EQ(read(s), "(none)") << s;
}

// pandoc's rendering of Word's footnotes: 「[^1]」 in the text, 「[^1]: …」 after
// it. A footnote added renumbers those after it: neither the measures that
// point to them nor those footnotes change.
TEST(Markdown, FootnotesRenumberedAreNoChange) {
  auto head = [](const std::string& year) {
    return "健康・医療戦略の実行状況と今後の取組方針" + year + "\n\n" + year + "年6月2日\n\n## 1. 新産業創出\n\n";
  };
  const std::string old_text = head("2023") +
      "- 健康経営の普及を促進する[^1]。**【◎厚、経】**\n\n- ヘルスケアの指針を策定する[^2]。**【◎経】**\n\n"
      "[^1]: 健康経営銘柄の選定を含む。\n\n[^2]: 2023年度に策定予定。\n";
  const std::string new_text = head("2024") +
      "- 健康経営の普及を促進する[^1]。**【◎厚、経】**\n\n- 新たに遠隔医療を推進する[^2]。**【◎厚】**\n\n"
      "- ヘルスケアの指針を策定する[^3]。**【◎経】**\n\n"
      "[^1]: 健康経営銘柄の選定を含む。\n\n[^2]: オンライン診療を含む。\n\n[^3]: 2024年度に策定予定。\n";
  const Comparison c = compare(parse(old_text), parse(new_text));
  EXPECT_EQ(c.summary().unchanged, 2);
  EXPECT_EQ(c.summary().added, 1);
  EXPECT_EQ(c.summary().changed, 0);
  EXPECT_EQ(c.new_doc.footnotes.size(), 3u);
  std::vector<std::string> footnotes;
  for (const TextChange& t : c.outside)
    if (t.part == "footnote") footnotes.push_back(t.new_text);
  EXPECT_EQ(footnotes, std::vector<std::string>{"[^2]: オンライン診療を含む。"});
}

// The line keeps its marks as written (quoted verbatim); its forms, from
// which the parser reads tags and the comparison reads text, have none.
TEST(Markdown, ALineIsReadWithoutTheMarksAndQuotedWithThem) {
  const std::string text = "- 健康経営を推進する。**【厚、◎経】**\n*（健康経営の推進）*\n";
  const EditionLines lines = read_lines(text);
  ASSERT_EQ(lines.lines().size(), 2u);
  EXPECT_EQ(lines.lines()[0].raw, "- 健康経営を推進する。**【厚、◎経】**");
  EXPECT_EQ(lines.lines()[0].normalized, text::line_forms("- 健康経営を推進する。【厚、◎経】").normalized);
  EXPECT_EQ(lines.lines()[1].normalized, text::line_forms("（健康経営の推進）").normalized);
}

// A follow-up in Markdown whose tags are set in italics, in full names: each
// item is a measure closed by its tag, the lead read from the ◎.
TEST(Markdown, AFollowUpsTagsInEmphasisCloseItsMeasures) {
  const Document d = parse(
      "健康・医療戦略の実行状況と今後の取組方針2024\n\n2024年6月3日\n\n"
      "## 1. 新産業創出\n\n"
      "- 健康経営の普及を促進する。*（◎厚生労働省、経済産業省）*\n\n"
      "- ヘルスケアサービスの品質を評価する指針を策定する。*（◎経済産業省）*\n\n"
      "- 予防・健康づくりの取組を支援する。**【◎厚、総】**\n");
  EXPECT_EQ(d.layout.profile, "follow-up");
  ASSERT_EQ(d.measures.size(), 3u);
  for (const Measure& m : d.measures) ASSERT_TRUE(m.tag.has_value()) << m.text;
  EXPECT_EQ(d.measures[0].tag->leads(), std::vector<std::string>{"厚生労働省"});
  EXPECT_EQ(d.measures[0].tag->others(), std::vector<std::string>{"経済産業省"});
  EXPECT_EQ(d.measures[1].tag->leads(), std::vector<std::string>{"経済産業省"});
  EXPECT_EQ(d.measures[2].tag->others(), std::vector<std::string>{"総"});
  EXPECT_NE(d.measures[2].original.find("**【◎厚、総】**"), std::string::npos);  // quoted as written
}

// 「* 」 and 「+ 」 are bullets as 「- 」 is (markdownify, which markitdown
// uses, writes 「* 」): an item each, its last run of marks not taken for the
// close of an emphasis its bullet opened.
TEST(Markdown, AStarBulletIsAnItemNotEmphasis) {
  const Document d = parse(
      "健康・医療戦略の実行状況と今後の取組方針2024\n\n2024年6月3日\n\n## 1. 新産業創出\n\n"
      "* 健康経営の普及を促進する。**【◎厚、経】**\n\n"
      "+ 【KPI】ヘルスケアの指針を策定する。**【◎経】**\n\n"
      "* 予防の取組を支援する。*\n");
  ASSERT_EQ(d.measures.size(), 3u);
  EXPECT_EQ(d.measures[0].text, "健康経営の普及を促進する。");
  EXPECT_EQ(d.measures[1].text, "【KPI】ヘルスケアの指針を策定する。");
  ASSERT_TRUE(d.measures[1].tag.has_value());
  EXPECT_EQ(d.measures[1].tag->raw, "【◎経】");
  EXPECT_EQ(d.measures[2].text, "予防の取組を支援する。*");  // a lone mark is text
}

// The same edition with its bullets written 「* 」 instead of 「- 」 is the same.
TEST(Markdown, BulletsWrittenOtherwiseAreNoDifference) {
  const std::string dashes = test::read_bytes(test::sample_path("families/m-kenko-iryo-senryaku-2024.md"));
  const std::string stars = std::regex_replace(dashes, std::regex("(^|\n)- "), "$1* ");
  ASSERT_NE(stars, dashes);
  const Comparison c = compare(parse(dashes), parse(stars));
  EXPECT_FALSE(c.has_differences()) << test::counts_of(c.summary());
  EXPECT_EQ(static_cast<size_t>(c.summary().unchanged), c.new_doc.measures.size());
  EXPECT_GT(c.new_doc.measures.size(), 50u);
}

// A 「#」 heading interrupts a paragraph (CommonMark): an item not yet ended
// by a sentence's 「。」 does not run on into the heading below it.
TEST(Markdown, AHeadingEndsTheItemAboveIt) {
  const Document d = parse("計画2024\n\n## 1. 新産業\n\n- 健康経営を推進する\n## 2. 基盤\n\n- 基盤を整備する。【◎厚】\n");
  ASSERT_EQ(d.sections.size(), 2u);
  ASSERT_EQ(d.measures.size(), 2u);
  EXPECT_EQ(d.measures[0].text, "健康経営を推進する");
  EXPECT_EQ(d.measures[1].section, std::optional<uint32_t>(1));
}

// An ordered list of short titles is a list still: its items are units, the
// last one too, though a heading follows it.
TEST(Markdown, AListOfTitlesIsNoHeading) {
  const Document d = parse("計画2024\n\n## 1. 論点\n\n1. 医療DX\n2. 創薬力\n\n## 2. 基盤\n\n- 基盤を整備する。【◎厚】\n");
  ASSERT_EQ(d.sections.size(), 2u);
  EXPECT_EQ(d.measures.size(), 3u);
}

// A nested ordered list's items are no headings though 「1.」 numbers a
// follow-up's headings: points of a bulleted unit still waiting for its tag,
// units of their own under one its tag closed.
TEST(Markdown, ANestedOrderedListsItemsArePointsOrUnitsNeverHeadings) {
  const Document points = parse("計画2024\n\n## 1. 章\n\n- 次の取組を行う。\n  1. 研究を支援する\n  2. 基盤を整える。【◎厚】\n");
  EXPECT_EQ(points.sections.size(), 1u);
  ASSERT_EQ(points.measures.size(), 1u);
  EXPECT_TRUE(points.measures[0].tag.has_value());
  const Document units = parse("計画2024\n\n## 1. 章\n\n- 研修を実施した。【◎厚】\n\n  1. 第一の点\n\n  2. 第二の点\n");
  EXPECT_EQ(units.sections.size(), 1u);
  ASSERT_EQ(units.measures.size(), 3u);
  EXPECT_EQ(units.measures[2].text, "第二の点");
}

}  // namespace
}  // namespace nendiff
