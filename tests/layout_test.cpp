// A profile applied to single lines: ministry tags in the forms of the
// follow-up families, labels that are not tags, what a line could start.
#include "parse/layout.hpp"

#include <gtest/gtest.h>

#include "nendiff/parse.hpp"
#include "parse/lines.hpp"
#include "text/unicode.hpp"

namespace nendiff {
namespace {

const LineReader& follow_up() {
  static const LineReader reader(*builtin_profile("follow-up"));
  return reader;
}

// The tag closing `line` as "lead1,lead2|other1,…", or "-" for none.
std::string tag_of(const std::string& line) {
  const EditionLines lines = read_lines(line);
  const std::u32string_view text = lines.lines().front().text;
  const auto at = follow_up().closing_tag(text);
  if (!at) return "-";
  const MinistryTag t = follow_up().read_tag(std::u32string_view(text).substr(at->begin, at->end - at->begin));
  std::string out;
  for (const std::string& l : t.leads()) out += (out.empty() ? "" : ",") + l;
  out += "|";
  bool first = true;
  for (const std::string& o : t.others()) out += (first ? "" : ",") + o, first = false;
  return out;
}

TEST(Tags, LeadsOthersAndAnnotations) {
  const MinistryTag t = follow_up().read_tag(text::to_u32("【◎戦略室、オリパラ(2022.03.31廃止)、健医、◎経】"));
  EXPECT_EQ(t.leads(), (std::vector<std::string>{"戦略室", "経"}));
  EXPECT_EQ(t.others(), (std::vector<std::string>{"オリパラ", "健医"}));
  EXPECT_EQ(t.ministries[1].annotation, "2022.03.31廃止");
  EXPECT_EQ(t.ministries[3].body, "経済産業省");
}

TEST(Tags, EveryFollowUpFamilyFormNamesTheSameBodies) {
  EXPECT_EQ(tag_of("・研修を実施する。【◎厚、経】"), "厚|経");
  EXPECT_EQ(tag_of("○研修を実施する。（◎厚生労働省、経済産業省）"), "厚生労働省|経済産業省");
  EXPECT_EQ(tag_of("●研修を実施する。《所管省庁：厚生労働省（主）、経済産業省》"), "厚生労働省|経済産業省");
  EXPECT_EQ(tag_of("1)研修を実施する。［所管：◎厚労、経産］"), "厚労|経産");
  // What a tag says before its ministries, in any bracket.
  EXPECT_EQ(tag_of("・研修を実施する。【担当：文部科学省】"), "|文部科学省");
  EXPECT_EQ(tag_of("・研修を実施する。【所管：文部科学省、こども家庭庁】"), "|文部科学省,こども家庭庁");
  EXPECT_EQ(tag_of("・研修を実施する。［担当府省庁：文部科学省、デジタル庁］"), "|文部科学省,デジタル庁");
  EXPECT_EQ(tag_of("・研修を実施する。（関係省庁：総務省）"), "|総務省");
  EXPECT_EQ(tag_of("・研修を実施する。【目標：100件】"), "-");
  // Every ministry or those concerned, bodies joined by 「・」, 「等」 after one.
  EXPECT_EQ(tag_of("・研修を実施する。【全府省庁】"), "|全府省庁");
  EXPECT_EQ(tag_of("・研修を実施する。（内閣府、関係省庁）"), "|内閣府,関係省庁");
  EXPECT_EQ(tag_of("・研修を実施する。【文部科学省・厚生労働省】"), "|文部科学省,厚生労働省");
  EXPECT_EQ(tag_of("・研修を実施する。【厚労等】"), "|厚労");
  EXPECT_EQ(tag_of("・研修を実施する。（健康・医療戦略推進事務局）"), "|健康・医療戦略推進事務局");
  EXPECT_EQ(tag_of("・研修を実施する。（研究・開発）"), "-");
  EXPECT_EQ(tag_of("（スポーツ・観光）"), "-");  // a heading, though 「観光」 may stand for 観光庁
  const MinistryTag a = follow_up().read_tag(text::to_u32("【◎厚、経】"));
  const MinistryTag b = follow_up().read_tag(text::to_u32("(◎厚生労働省、経済産業省)"));
  EXPECT_EQ(a.ministries[0].body, b.ministries[0].body);
  EXPECT_EQ(a.ministries[1].body, b.ministries[1].body);
}

TEST(Tags, BracketsThatAreNoTags) {
  EXPECT_EQ(tag_of("・指針を改定した(2020年3月27日閣議決定)"), "-");  // an aside
  EXPECT_EQ(tag_of("・目標を達成する。【KPI】"), "-");                 // a label
  EXPECT_EQ(tag_of("【具体的な施策】"), "-");                           // a heading
  EXPECT_EQ(tag_of("・研修を実施する。(注)"), "-");
}

// Labels after the tag (an item's number, 再掲) leave the tag closing the
// item; alone, or after no tag, they are none.
TEST(Tags, LabelsAfterTheTagLeaveItClosingTheItem) {
  EXPECT_EQ(tag_of("ア　支援を充実させる。【法務省】【施策番号１】"), "|法務省");
  EXPECT_EQ(tag_of("イ　手引を配布する。【警察庁】（再掲：施策番号２）"), "|警察庁");
  EXPECT_EQ(tag_of("・研修を実施する。【◎厚、経】【再掲】【新規】"), "厚|経");
  EXPECT_EQ(tag_of("・研修を実施する。【施策番号１】"), "-");
  EXPECT_EQ(tag_of("・研修を実施する。【厚】【1】【2】【3】"), "-");  // three labels: no item's end
  EXPECT_EQ(tag_of("・研修を実施する。【厚】【この計画の全体にわたって推進する施策の一覧とその番号】"), "-");
  const EditionLines lines = read_lines("【法務省】【施策番号３】");
  EXPECT_FALSE(follow_up().shape(lines.lines().front()).tag_only);  // its label is text
}

TEST(Shapes, WhatALineCouldStart) {
  const EditionLines lines =
      read_lines("1. 総論\n【公的保険サービスと公的保険外サービスの連携】\n【◎厚】\n・研修\n"
                 "ア 概要\nアジア健康構想の促進\n¹ 注記の本文\n");
  std::vector<LineShape> s;
  for (const TextLine& l : lines.lines()) s.push_back(follow_up().shape(l));
  EXPECT_TRUE(s[0].heading.has_value());
  EXPECT_EQ(s[0].heading->label, "1.");
  EXPECT_TRUE(s[1].heading.has_value());
  EXPECT_EQ(s[1].heading->title, "公的保険サービスと公的保険外サービスの連携");
  EXPECT_TRUE(s[2].tag_only);
  EXPECT_TRUE(s[3].item.has_value());
  EXPECT_EQ(s[3].item->skip, std::string("・").size());
  EXPECT_TRUE(s[4].heading.has_value());
  EXPECT_FALSE(s[5].heading.has_value());
  EXPECT_GT(s[6].footnote_marker, 0u);
}

// 「c.」 matches a Latin letter and a Roman hundred: after 「a.」「b.」 it is the
// third letter, while 「II.」 still closes them all as the next Roman numeral.
TEST(Headings, TheNumberingInUseDecidesAnAmbiguousForm) {
  const Document d = parse(
      "I. 総論\n\n1. 新産業\n\na. 健康投資\n\n・研修を行う。【◎厚】\n\n"
      "b. 環境整備\n\n・指針を示す。【◎経】\n\nc. 個別の領域\n\n・食品を表示する。【◎農】\n\n"
      "II. 各論\n\n・調査する。【◎厚】\n",
      "t.txt", {"follow-up"});
  ASSERT_EQ(d.sections.size(), 6u);
  EXPECT_EQ(d.sections[4].title, "個別の領域");
  EXPECT_EQ(d.sections[4].level, d.sections[2].level);
  EXPECT_EQ(d.sections[4].parent, 1u);
  EXPECT_EQ(d.sections[5].level, d.sections[0].level);
  EXPECT_EQ(d.measures[2].section, 4u);
}

// 「○」 opens a heading in one family and an item in another. A line of it
// too long for a title is an item's first line, even where a page break left
// a blank line before the rest.
TEST(Headings, ALineTooLongForATitleIsAnItem) {
  const Document d = parse(
      "【地域・職域連携の推進】\n\n"
      "○地域・職域連携推進事業実施要綱に基づき、都道府県、保健所設置市・特別区、二次医療圏において協議会の実\n\n"
      "施する事業に対して補助金を交付する。（◎厚生労働省）\n\n○健康経営の推進\n\n"
      "○研修を行う。（◎厚生労働省）\n",
      "t.txt", {"follow-up"});
  ASSERT_EQ(d.sections.size(), 2u);
  EXPECT_EQ(d.sections[1].title, "健康経営の推進");
  ASSERT_EQ(d.measures.size(), 2u);
  EXPECT_EQ(d.measures[0].text.substr(0, 9), "地域・");
  EXPECT_NE(d.measures[0].text.find("協議会の実施する事業"), std::string::npos);
  EXPECT_EQ(d.measures[0].section, 0u);
}

}  // namespace
}  // namespace nendiff
