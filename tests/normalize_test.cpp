// Normalization: width folding and the spacing artefacts of PDF extraction.
#include "text/normalize.hpp"

#include <gtest/gtest.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>

#include <boost/filesystem.hpp>
#include <fstream>

#include "text/unicode.hpp"

namespace nendiff::text {
namespace {

TEST(Normalize, FoldsFullWidthDigitsLatinBracketsAndSpaces) {
  EXPECT_EQ(normalize_line("２０２３年度"), "2023年度");
  EXPECT_EQ(normalize_line("ＡＭＥＤの支援"), "AMEDの支援");
  EXPECT_EQ(normalize_line("（健康経営の推進）"), "(健康経営の推進)");
  EXPECT_EQ(normalize_line("３，４００社"), "3,400社");
  EXPECT_EQ(normalize_line("約９３％"), "約93%");
  EXPECT_EQ(normalize_line("ｶﾀｶﾅ"), "カタカナ");  // half-width katakana
  EXPECT_EQ(normalize_line("１．第一の柱"), "1.第一の柱");
}

TEST(Normalize, KeepsStructuralMarksNfkcWouldFlatten) {
  EXPECT_EQ(normalize_line("① 公的保険外"), "①公的保険外");
  EXPECT_EQ(normalize_line("⑳ 二十番目"), "⑳二十番目");
  EXPECT_EQ(normalize_line("進める。¹【厚、◎環】"), "進める。¹【厚、◎環】");
  EXPECT_EQ(normalize_line("○ 職域"), "○職域");
}

TEST(Normalize, RemovesSpacesBetweenCjkAndDigitsOrLatin) {
  EXPECT_EQ(normalize_line("2023 年度"), "2023年度");
  EXPECT_EQ(normalize_line("2023年度"), "2023年度");
  EXPECT_EQ(normalize_line("AMR 対策の推進"), "AMR対策の推進");
  EXPECT_EQ(normalize_line("全国 4 ブロック、17 府県"), "全国4ブロック、17府県");
  EXPECT_EQ(normalize_line("2024 年 4 月 1 日"), "2024年4月1日");
  EXPECT_EQ(normalize_line("- ・ 2016 年度に"), "-・2016年度に");
  EXPECT_EQ(normalize_line("2024年　月　日"), "2024年月日");  // ideographic spaces
}

TEST(Normalize, KeepsSpacesBetweenLatinWords) {
  EXPECT_EQ(normalize_line("DASH for SaMD2 に基づき"), "DASH for SaMD2に基づき");
  EXPECT_EQ(normalize_line("オンラインや AI を用いた D to D の遠隔診療"),
            "オンラインやAIを用いたD to Dの遠隔診療");
  EXPECT_EQ(normalize_line("Sleep Innovation Platform のガイドライン"),
            "Sleep Innovation Platformのガイドライン");
  EXPECT_EQ(normalize_line("  trimmed   text  "), "trimmed text");
}

// PDF text layers often give a kanji as its Kangxi radical or CJK
// compatibility code point (issue 17): 「⽣活」「⾏う」 read as 「生活」「行う」.
TEST(Normalize, FoldsKangxiRadicalsAndCompatibilityIdeographs) {
  EXPECT_EQ(normalize_line("⽣活習慣病の予防を⾏った"), "生活習慣病の予防を行った");
  EXPECT_EQ(normalize_line("\uF91Dの\uF9DC"), "\u6B04の\u9686");  // 欄 隆 from the compatibility block
  // Radical supplement forms, which NFKC leaves: 「⻑期」「⻄日本」.
  EXPECT_EQ(normalize_line("\u2ED1期的な\u2EC4日本の\u2EDD品"), "長期的な西日本の食品");
  EXPECT_EQ(compare_key(normalize_line("\u2ED1期 計画")), "長期計画");
}

TEST(Normalize, UnifiesRangeMarksAndDashes) {
  EXPECT_EQ(normalize_line("3〜5件"), normalize_line("3～5件"));
  EXPECT_EQ(normalize_line("22077‐2"), "22077-2");
}

TEST(Normalize, SpaceRulesHoldNextToUnifiedMarks) {
  // 〜 becomes ~ first, and ~ is not CJK: spaces around it stay, one each.
  EXPECT_EQ(normalize_line("3 〜  5 件"), "3 ~ 5件");
  EXPECT_EQ(normalize_line("年度 〜 年度"), "年度~年度");
  EXPECT_EQ(normalize_line("ISO\u3000\u3000 22077"), "ISO 22077");
  EXPECT_EQ(normalize_line(" \u3000\t "), "");
}

// Ill-formed bytes (a damaged line handed in directly) become U+FFFD, one
// for each ill-formed sequence, and the space rules treat it as non-CJK.
TEST(Normalize, IllFormedBytesBecomeReplacementCharacters) {
  EXPECT_EQ(normalize_line("年度\xFF 2023"), "年度\uFFFD 2023");
  EXPECT_EQ(normalize_line("\xE3\x80年度"), "\uFFFD年度");
  EXPECT_EQ(normalize_line("A \xC3"), "A \uFFFD");
}

// Most lines skip folding (they need none); what they come to must be what
// folding them would give. Each line is taken with the characters around a
// fold that interact with their neighbours: marks that compose with the
// character before them, half-width katakana with their sound marks, and
// spaces on either side of what folds.
void expect_forms_as_folded(std::string_view line) {
  const LineForms fast = line_forms(line), folded = detail::line_forms_folded(line);
  EXPECT_EQ(fast.normalized, folded.normalized) << line;
  EXPECT_EQ(fast.spaced, folded.spaced) << line;
}

TEST(LineForms, LinesThatSkipFoldingComeOutAsFolded) {
  for (const char* line :
       {"第一条　この法律は、（趣旨）を定める。", "ＡＭＥＤ　ｆｏｒ　ＳａＭＤ", "DASH　for　SaMD",
        "か\u3099", "か\xE3\x82\x99ら", "ｶﾞｲﾄﾞ", "ﾊﾟﾝ　ﾌﾚｯﾄ", "Ａ\xCC\x81", "e\xCC\x81t\xC3\xA9",
        "① 公的　保険外", "進める。¹【厚、◎環】", "２０２３　年度〜２０２５年度", "⻑期 ⻄側",
        "\xE3\x80\x80\xE3\x80\x80", "　ア　概要", "x\xC0\xAFy\xFF　z", "\xEF\xBF\xBD　A",
        "㈱ ㍻ ㌔", "ﬁle ＆ Ｎｏ．", "\xE2\x80\x83" "A\xC2\xA0" "B\xE2\x80\xAF" "C", "1\xE2\x81\x84" "2", "ℌ ℍ Ω Å"})
    expect_forms_as_folded(line);
}

TEST(LineForms, EverySampleLineComesOutAsFolded) {
  size_t lines = 0;
  for (const auto& entry : boost::filesystem::directory_iterator(NENDIFF_SAMPLES_DIR)) {
    if (!boost::filesystem::is_regular_file(entry)) continue;
    std::ifstream in(entry.path().string(), std::ios::binary);
    for (std::string line; std::getline(in, line); ++lines) expect_forms_as_folded(line);
  }
  EXPECT_GT(lines, 1000u);
}

TEST(SplitLines, HandlesLfCrLfAndCr) {
  EXPECT_EQ(split_lines("a\nb\r\nc\rd"), (std::vector<std::string>{"a", "b", "c", "d"}));
  EXPECT_EQ(split_lines("a\n\nb\n"), (std::vector<std::string>{"a", "", "b"}));
  EXPECT_EQ(split_lines("a\r\r\nb\n\rc\r"), (std::vector<std::string>{"a", "", "b", "", "c"}));
  EXPECT_EQ(split_lines("\r\n\n"), (std::vector<std::string>{"", ""}));
  EXPECT_TRUE(split_lines("").empty());
}

TEST(CompareKey, DropsEverySpace) {
  EXPECT_EQ(compare_key("DASH for SaMD"), "DASHforSaMD");
  EXPECT_EQ(compare_key(normalize_line("Healthcare Innovation Hub")),
            compare_key(normalize_line("HealthcareInnovation Hub")));
}

}  // namespace
}  // namespace nendiff::text

// The character classes made from general categories are exactly ICU's own
// [:Nd:] and [:White_Space:] (if a Unicode update ever broke the identity
// White_Space = separators + controls, this fails).
TEST(CharacterClasses, EqualIcusPropertySets) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeSet digits(icu::UnicodeString(u"[:Nd:]"), status);
  const icu::UnicodeSet space(icu::UnicodeString(u"[:White_Space:]"), status);
  ASSERT_TRUE(U_SUCCESS(status));
  EXPECT_TRUE(nendiff::text::character_classes().digits == digits);
  EXPECT_TRUE(nendiff::text::character_classes().white_space == space);
  EXPECT_TRUE(nendiff::text::character_classes().digits.contains(0x0663));  // Arabic-Indic 3
  EXPECT_TRUE(nendiff::text::character_classes().white_space.contains(0x3000));
}
