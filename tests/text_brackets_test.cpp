// Brackets (text/brackets): one table of pairs and one way of matching them,
// on sentences of the sample editions.
#include "text/brackets.hpp"

#include <gtest/gtest.h>

#include "text/normalize.hpp"
#include "text/unicode.hpp"

namespace nendiff::text {
namespace {

// L162 of the 2024 edition (and of every sample edition): the first ( never
// closes. Normalized, as the parser keeps it.
const std::u32string kTypo = to_u32(normalize_line(
    "「21 世紀における第二次国民健康づくり運動（健康日本 21（第二次）」や「健康寿命延伸プラン」等に基づき、"
    "これまで、健やかな生活習慣形成や疾病予防・重症化予防等を推進した。"));

// What the brackets hold, as the index of the opener and of its closer.
std::vector<std::pair<size_t, size_t>> pairs(std::u32string_view s) {
  std::vector<std::pair<size_t, size_t>> out;
  std::vector<std::optional<size_t>> close = matching_brackets(s);
  for (size_t i = 0; i < s.size(); ++i)
    if (close[i]) out.push_back({i, *close[i]});
  return out;
}

TEST(Brackets, OnePairTableWithTheRoleOfEachPair) {
  for (char32_t c : std::u32string_view(U"([〔")) EXPECT_EQ(opened_by(c)->role, BracketRole::annotation);
  for (char32_t c : std::u32string_view(U"「『【")) EXPECT_EQ(opened_by(c)->role, BracketRole::title);
  EXPECT_EQ(closed_by(U'」'), opened_by(U'「'));
  EXPECT_EQ(closed_by(U'('), nullptr);
  EXPECT_EQ(opened_by(U'。'), nullptr);
  EXPECT_EQ(opened_by(U'〒'), nullptr);  // between 「 and 〕, yet no bracket
  EXPECT_TRUE(sentence_bracket_characters().contains(U'】'));
  EXPECT_TRUE(sentence_bracket_characters().contains(U'('));
  EXPECT_FALSE(sentence_bracket_characters().contains(U'〔'));  // labels: 〔参考〕
  EXPECT_FALSE(sentence_bracket_characters().contains(U'。'));
  // Normalization folds the full-width forms: the table needs no （ ［.
  EXPECT_EQ(normalize_line("（［"), "([");
}

TEST(Brackets, ACloserClosesItsOwnPairAndWhatWasOpenedInsideIt) {
  const size_t quote = kTypo.find(U'」'), second = kTypo.find(U'「', 1);
  EXPECT_EQ(pairs(kTypo), (std::vector<std::pair<size_t, size_t>>{
                              {0, quote},  // 「21世紀…」: the open ( inside it ends with it
                              {kTypo.rfind(U'(', quote), quote - 1},
                              {second, kTypo.find(U'」', second)}}));
  EXPECT_FALSE(matching_close(kTypo, kTypo.find(U'(')));
}

TEST(Brackets, InsideFlagsEndWithTheQuoteThatHoldsAnUnclosedBracket) {
  const std::vector<bool> inside = inside_brackets(kTypo);
  const size_t comma = kTypo.find(U'、');
  EXPECT_TRUE(inside[0]);
  EXPECT_TRUE(inside[kTypo.find(U'」')]);
  EXPECT_FALSE(inside[kTypo.find(U'や')]);
  EXPECT_FALSE(inside[comma]);  // a clause may end here
  // An opener never closed reaches to the end.
  const std::u32string open = U"取組(2023年度末時点、加盟約3,400団体";
  EXPECT_TRUE(inside_brackets(open).back());
}

TEST(Brackets, HeadingInBracketsIsMatchedToItsEnd) {
  const std::u32string heading = to_u32(normalize_line("（保険者における予防・健康づくり等のインセンティブ）"));
  EXPECT_EQ(matching_close(heading, 0), heading.size() - 1);
  const std::u32string two = U"(1)研究開発(基礎)";
  EXPECT_EQ(matching_close(two, 0), 2u);
}

// A closer whose pair is not open is plain text; the tracker tells where a
// closed bracket opened, as the sentence splitter follows 。 in brackets.
TEST(Brackets, TrackerFollowsTextOneCharacterAtATime) {
  const std::u32string s = U"「計画。案」を策定した(注。参照)。";
  BracketTracker brackets;
  std::vector<size_t> ends;
  for (size_t i = 0; i < s.size(); ++i) {
    brackets.track(s[i], i);
    if (s[i] == U'。' && brackets.empty()) ends.push_back(i);
  }
  EXPECT_EQ(ends, std::vector<size_t>{s.size() - 1});
  BracketTracker stray;
  EXPECT_FALSE(stray.track(U')', 0));
  EXPECT_TRUE(stray.empty());
  EXPECT_FALSE(stray.track(U'【', 1));
  EXPECT_EQ(stray.track(U'】', 2), 1u);
}

}  // namespace
}  // namespace nendiff::text
