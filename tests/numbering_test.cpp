#include "parse/numbering.hpp"

#include <gtest/gtest.h>

#include "nendiff/error.hpp"
#include "text/unicode.hpp"

namespace nendiff {
namespace {

// "label|title" when `spec` matches `line`, else "-".
std::string matched(const char* spec, const char* line) {
  const NumberingTemplate t = NumberingTemplate::parse(spec);
  const std::u32string s = text::to_u32(line);
  const auto m = t.match(s);
  if (!m) return "-";
  return text::to_utf8(m->label) + "|" + text::to_utf8(m->title);
}

TEST(Numbering, HeadingsOfTheFollowUpFamilies) {
  EXPECT_EQ(matched("{n}. {t}", "1. 健康長寿社会の形成"), "1.|健康長寿社会の形成");
  EXPECT_EQ(matched("{n}. {t}", "1.健康長寿社会の形成"), "1.|健康長寿社会の形成");
  EXPECT_EQ(matched("({n}) {t}", "(1) 新産業創出"), "(1)|新産業創出");
  EXPECT_EQ(matched("{c} {t}", "②新産業創出に向けたイノベーション"), "②|新産業創出に向けたイノベーション");
  EXPECT_EQ(matched("第{n}章 {t}", "第1章 総論"), "第1章|総論");
  EXPECT_EQ(matched("第{n} {t}", "第2 具体的施策"), "第2|具体的施策");
  EXPECT_EQ(matched("{r}. {t}", "IV. 推進体制"), "IV.|推進体制");
  EXPECT_EQ(matched("({a}) {t}", "(ア) 公的保険外の取組"), "(ア)|公的保険外の取組");
  EXPECT_EQ(matched("{l}. {t}", "a. 職域の取組"), "a.|職域の取組");
  // A bracketed title has no numbering.
  EXPECT_EQ(matched("＜{t}＞", "＜保険者の取組＞"), "|保険者の取組");
  EXPECT_EQ(matched("({t})", "(健康経営の推進)"), "|健康経営の推進");
}

TEST(Numbering, DecimalsAndYearsAreNoHeadingNumbers) {
  EXPECT_EQ(matched("{n}. {t}", "1.5倍に増加した。"), "-");
  EXPECT_EQ(matched("{n}. {t}", "2024. 健康"), "-");
  EXPECT_EQ(matched("{n}. {t}", "12. 推進体制"), "12.|推進体制");
}

TEST(Numbering, OneLetterNumbersNeedTheirSpace) {
  // 「ア 概要」 is numbered; 「アジア健康構想」 is a word.
  EXPECT_EQ(matched("{a}{_}{t}", "ア 個別の領域の取組"), "ア|個別の領域の取組");
  EXPECT_EQ(matched("{a}{_}{t}", "アジア健康構想の促進"), "-");
  EXPECT_EQ(matched("{l}{_}{t}", "DASH for SaMD"), "-");
}

TEST(Numbering, ClosedTemplatesTakeOnlyWholeBalancedLines) {
  EXPECT_EQ(matched("({t})", "(1) 新産業創出(仮称)"), "-");  // 「1) 新産業創出(仮称」 is unbalanced
  EXPECT_EQ(matched("({t})", "(健康経営の推進)の後に文が続く。"), "-");
  EXPECT_EQ(matched("【{t}】", "【公的保険サービスと公的保険外サービスの連携】"),
            "|公的保険サービスと公的保険外サービスの連携");
}

TEST(Numbering, LawArticlesWithBranchNumbers) {
  EXPECT_EQ(matched("第{k}条{b}{_}{t?}", "第二十三条の二"), "第二十三条の二|");
  EXPECT_EQ(matched("第{k}条{b}{_}{t?}", "第三百二十五条の二の三 削除"), "第三百二十五条の二の三|削除");
  EXPECT_EQ(matched("第{k}条{b}{_}{t?}", "第一条 会社の設立、組織"), "第一条|会社の設立、組織");
  EXPECT_EQ(matched("第{k}条{b}{_}{t?}", "第四条の規定により"), "-");
  EXPECT_EQ(matched("第{k}章{b}{_}{t}", "第二章の二 会社の商号"), "第二章の二|会社の商号");
  EXPECT_EQ(matched("第{k}条{b}{_}{t?}", "第一編 総則"), "-");
  // A regulation written across the page: its numbers in digits.
  EXPECT_EQ(matched("第{p}条{b}{_}{t?}", "第3条の2 文書は"), "第3条の2|文書は");
  EXPECT_EQ(matched("第{p}条{b}{_}{t?}", "第12条の2の3"), "第12条の2の3|");
  EXPECT_EQ(matched("第{p}条{b}{_}{t?}", "第三百二十五条の二"), "第三百二十五条の二|");
  EXPECT_EQ(matched("第{p}条{b}{_}{t?}", "第4条の規定により"), "-");
}

TEST(Numbering, LabelLettersCountWhatNormalizationKeeps) {
  const NumberingTemplate t = NumberingTemplate::parse("({n}) {t}");
  const std::u32string line = text::to_u32("(12) 新産業創出");
  EXPECT_EQ(t.match(line)->label_letters, 4u);  // 「(12)」
}

TEST(Numbering, BadTemplatesSayWhatIsWrong) {
  auto error = [](const char* spec) {
    try {
      NumberingTemplate::parse(spec);
    } catch (const Error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(error("第{n}章"), "'第{n}章': no {t} or {t?} (where the title or text goes)");
  EXPECT_EQ(error("{x} {t}"), "'{x} {t}': unknown {x} (use {n} {k} {p} {b} {c} {r} {a} {l} {s} {t} {t?} {_})");
  EXPECT_EQ(error("{n {t}"), "'{n {t}': unknown {n {t} (use {n} {k} {p} {b} {c} {r} {a} {l} {s} {t} {t?} {_})");
  EXPECT_EQ(error("{t} {t}"), "'{t} {t}': more than one {t}");
}

}  // namespace
}  // namespace nendiff
