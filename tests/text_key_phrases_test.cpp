// Key phrases (text/key_phrases): the names a measure is about, on L173 of the
// 2024 edition.
#include "text/key_phrases.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "text/normalize.hpp"
#include "text/year_mask.hpp"

namespace nendiff::text {
namespace {

const std::string kVaccines = normalize_line(
    "・ 新型コロナウイルス感染症を含めた感染症のワクチンについては、2023年度においても、日本医療研究開発機構"
    "（AMED）を通じて、国内の企業・大学等による基礎研究、非臨床研究、臨床研究の実施を支援してきた。"
    "引き続き2024年度以降も、「ワクチン開発・生産体制強化戦略」等に基づくワクチン開発に資する取組を推進する。");

bool has(const std::vector<std::string>& phrases, const std::string& p) {
  return std::find(phrases.begin(), phrases.end(), p) != phrases.end();
}

TEST(KeyPhrases, QuotedNamesAcronymsKatakanaTermsAndBodies) {
  const std::vector<std::string> p = key_phrases(mask_years(kVaccines).text);
  EXPECT_TRUE(has(p, "ワクチン開発・生産体制強化戦略"));  // quoted
  EXPECT_TRUE(has(p, "AMED"));                            // a Latin acronym
  EXPECT_TRUE(has(p, "コロナウイルス"));                   // a long katakana term
  EXPECT_TRUE(has(p, "ワクチン"));
  EXPECT_TRUE(has(p, "日本医療研究開発機構"));             // a body, by its suffix
  EXPECT_FALSE(has(p, "感染症"));                          // plain words are none
  EXPECT_TRUE(std::is_sorted(p.begin(), p.end()));
  EXPECT_EQ(std::adjacent_find(p.begin(), p.end()), p.end());  // each once
}

// Names: the key phrases that say which programme, body or target, not the
// katakana terms of a topic.
TEST(KeyPhrases, NamesLeaveOutTopicTerms) {
  const std::vector<std::string> n = names(mask_years(kVaccines).text);
  EXPECT_EQ(n, (std::vector<std::string>{"AMED", "ワクチン開発・生産体制強化戦略", "日本医療研究開発機構"}));
}

// Names are taken from year-masked text: 「健康経営銘柄2023」 and 「…2024」 agree.
TEST(KeyPhrases, YearsInANameDoNotMatter) {
  EXPECT_EQ(key_phrases(mask_years("「健康経営銘柄2023」として").text),
            key_phrases(mask_years("「健康経営銘柄2024」として").text));
  // A quote is its matched pair: an unclosed 「 names nothing.
  EXPECT_EQ(key_phrases("「健康経営銘柄の選定"), std::vector<std::string>{});
  EXPECT_EQ(key_phrases("「健康経営優良法人」の認定"), std::vector<std::string>{"健康経営優良法人"});
}

}  // namespace
}  // namespace nendiff::text
