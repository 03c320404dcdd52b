// A 通知's letterhead is front matter: its subject is its title, its number or
// 「事務連絡」 and its addressee the preamble, its sender the body — compared
// there, never taken for headings or paragraphs of its text.
#include "parse/letterhead.hpp"

#include <gtest/gtest.h>

#include "nendiff/compare.hpp"
#include "nendiff/parse.hpp"
#include "text/unicode.hpp"

namespace nendiff {
namespace {

TEST(Letterhead, ItsLinesByTheirForm) {
  struct Case {
    bool (*is)(std::u32string_view);
    std::u32string_view line;
    bool expected;
  };
  const Case cases[] = {
      {is_letterhead_mark, U"事務連絡", true},
      {is_letterhead_mark, U"医政発0401第1号", true},
      {is_letterhead_mark, U"第1号被保険者の数を報告した。", false},
      {is_addressee, U"各都道府県知事殿", true},
      {is_addressee, U"関係各位", true},
      {is_addressee, U"各都道府県衛生主管部(局)御中", true},
      {is_addressee, U"本件は関係者各位に周知すること。", false},
      {is_sender, U"厚生労働省医政局総務課", true},
      {is_sender, U"厚生労働省は、指針を改定した。", false},
      {is_sender, U"オンライン診療の推進", false},
      {is_subject, U"オンライン診療の適切な実施について", true},
      {is_subject, U"オンライン診療の適切な実施について(通知)", true},
      {is_subject, U"標記について、周知をお願いします。", false},
  };
  for (const Case& c : cases) EXPECT_EQ(c.is(c.line), c.expected) << text::to_utf8(c.line);
}

const std::string kNotice =
    "医政発0401第１号\n令和６年４月１日\n\n各都道府県知事　殿\n\n厚生労働省医政局長\n\n"
    "オンライン診療の適切な実施について（通知）\n\n"
    "　標記について、下記のとおり取りまとめましたので、周知願います。\n\n記\n\n"
    "１　留意点\n　対面診療と適切に組み合わせて行うこと。\n";

TEST(Letterhead, ANoticeIsTitledByItsSubject) {
  const Document d = parse(kNotice, "notice.txt");
  EXPECT_EQ(d.title, "オンライン診療の適切な実施について(通知)");
  EXPECT_EQ(d.title_line, 8);
  EXPECT_EQ(d.preamble, "医政発0401第1号 各都道府県知事殿");
  EXPECT_EQ(d.body, "厚生労働省医政局長");
  EXPECT_EQ(d.date_text, "令和6年4月1日");
  ASSERT_FALSE(d.measures.empty());
  EXPECT_EQ(d.measures.front().text, "標記について、下記のとおり取りまとめましたので、周知願います。");
  for (const Section& s : d.sections) EXPECT_NE(s.heading, "厚生労働省医政局長");
}

TEST(Letterhead, ANewAddresseeOrSenderIsAChange) {
  std::string renamed = kNotice;
  renamed.replace(renamed.find("知事"), std::string("知事").size(), "衛生主管部（局）長");
  const Comparison c = compare(parse(kNotice, "a.txt"), parse(renamed, "b.txt"));
  ASSERT_EQ(c.outside.size(), 1u);
  EXPECT_EQ(c.outside[0].part, "preamble");
  EXPECT_EQ(c.outside[0].new_text, "医政発0401第1号 各都道府県衛生主管部(局)長殿");
  EXPECT_TRUE(c.has_differences());
}

// Without a notice's first line, a short line naming a ministry is no sender:
// a follow-up's subtitle stays its preamble.
TEST(Letterhead, OnlyANoticeHasASender) {
  const Document d = parse("健康・医療戦略の実行状況2024\n\n厚生労働省における取組の概要\n\n"
                           "1. 総論\n\n・研究を推進する。【◎厚】\n", "f.txt", {"follow-up"});
  EXPECT_EQ(d.body, "");
  EXPECT_EQ(d.preamble, "厚生労働省における取組の概要");
}

}  // namespace
}  // namespace nendiff
