// Scripts of characters (text/script.hpp): the kana, kanji and Latin tests the
// grammar and the figure reader share, on characters of the sample editions.
#include "text/script.hpp"

#include <gtest/gtest.h>

#include <string_view>

#include "text/normalize.hpp"
#include "text/unicode.hpp"

namespace nendiff::text {
namespace {

// The characters of `text` for which `test` holds.
std::u32string kept(std::string_view text, bool (*test)(char32_t)) {
  std::u32string out;
  for (char32_t c : to_u32(text))
    if (test(c)) out.push_back(c);
  return out;
}

TEST(Script, SplitsASampleSentenceByScript) {
  // L58 of the 2024 edition, as written in the PDF's text layer.
  const std::string s = normalize_line("DASH for SaMD2に基づき医療機器プログラムの更なる実用化の促進を進める。");
  EXPECT_EQ(kept(s, is_han), U"基医療機器更実用化促進進");
  EXPECT_EQ(kept(s, is_hiragana), U"にづきのなるのをめる");
  EXPECT_EQ(kept(s, is_katakana), U"プログラム");
  EXPECT_EQ(kept(s, is_latin), U"DASHforSaMD");
}

TEST(Script, LongVowelMarkIsKatakanaButPunctuationIsNoScript) {
  EXPECT_TRUE(is_katakana(U'ー'));  // 「データ」
  EXPECT_FALSE(is_katakana(U'・'));
  for (char32_t c : std::u32string_view(U"、。「」『』【】〜・"))
    EXPECT_FALSE(is_han(c) || is_hiragana(c)) << static_cast<uint32_t>(c);
  EXPECT_TRUE(is_latin(U'é'));
  EXPECT_FALSE(is_latin(U'7'));
}

// The range checks in front of the lookups: no character below a script's
// first code point is in that script, so none is misjudged by skipping ICU.
TEST(Script, FastPathsSkipNoCharacterOfTheirScript) {
  for (UChar32 c = 0; c < 0x30A1; ++c) {
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (c < 0x2E80) EXPECT_NE(script, USCRIPT_HAN) << c;
    if (c < 0x3041) EXPECT_NE(script, USCRIPT_HIRAGANA) << c;
    EXPECT_NE(script, USCRIPT_KATAKANA) << c;
  }
  EXPECT_TRUE(is_han(0x2E80));
  EXPECT_TRUE(is_hiragana(0x3041));
  EXPECT_TRUE(is_katakana(0x30A1));
}

// The blocks answered without ICU (kanji U+4E00–U+9FFC, plain hiragana and
// katakana): every code point gets the answer ICU's script gives.
TEST(Script, EveryCodePointAsIcuScriptsSay) {
  for (UChar32 c = 0; c <= 0x10FFFF; ++c) {
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    const auto cp = static_cast<char32_t>(c);
    ASSERT_EQ(is_han(cp), script == USCRIPT_HAN) << c;
    ASSERT_EQ(is_hiragana(cp), script == USCRIPT_HIRAGANA) << c;
    ASSERT_EQ(is_katakana(cp), script == USCRIPT_KATAKANA || c == 0x30FC) << c;
    const bool cjk = c >= 0x80 && (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA ||
                                   script == USCRIPT_KATAKANA || (c >= 0x3000 && c <= 0x303F) ||
                                   (c >= 0x3200 && c <= 0x33FF) || (c >= 0xFF00 && c <= 0xFFEF) ||
                                   (c >= 0x2460 && c <= 0x24FF) || (c >= 0x25A0 && c <= 0x25FF) ||
                                   (c >= 0x3040 && c <= 0x30FF));
    ASSERT_EQ(is_cjk(cp), cjk) << c;
  }
}

TEST(Script, CjkCharactersAreKanjiKanaAndTheirMarks) {
  for (char32_t c : std::u32string_view(U"年アの。・①◎")) EXPECT_TRUE(is_cjk(c)) << static_cast<uint32_t>(c);
  for (char32_t c : std::u32string_view(U"A7( é")) EXPECT_FALSE(is_cjk(c)) << static_cast<uint32_t>(c);
}

TEST(Unicode, WordsAroundAPosition) {
  const std::u32string t = U"2023年度に実施した。";
  EXPECT_TRUE(starts_at(t, 4, U"年度に"));
  EXPECT_FALSE(starts_at(t, 11, U"た。"));  // past the end
  EXPECT_TRUE(ends_at(t, 11, U"した"));
  EXPECT_TRUE(is_han(U'々'));  // the kanji repeat mark: 「各々」
  EXPECT_FALSE(ends_at(t, 1, U"した"));
  EXPECT_TRUE(one_of(U"、。", t.back()));
}

}  // namespace
}  // namespace nendiff::text
