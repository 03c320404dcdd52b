// Character bigrams (text/bigrams): one cutting into bigrams, Dice, document
// frequencies and the two inverse document frequencies.
#include "text/bigrams.hpp"
#include "text/unicode.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace nendiff::text {
namespace {

TEST(Bigrams, CountsEveryAdjacentPair) {
  SparseVector v = bigram_counts("推進を推進");
  EXPECT_EQ(v, (SparseVector{{make_bigram(U'を', U'推'), 1},
                             {make_bigram(U'推', U'進'), 2},
                             {make_bigram(U'進', U'を'), 1}}));
  EXPECT_TRUE(bigram_counts("推").empty());
}

// Letters and digits only: the year placeholder (\x01), punctuation and
// spaces make no bigram, so 「2023年度に、」 and 「2024年度に。」 share all.
TEST(Bigrams, LettersAndDigitsLeaveOutMarksAndPlaceholders) {
  EXPECT_EQ(distinct_bigrams("\x01年度に、研修", Pairs::letters_and_digits),
            distinct_bigrams("\x01年度に。研修", Pairs::letters_and_digits));
  EXPECT_EQ(distinct_bigrams("年度に、研修", Pairs::letters_and_digits).size(), 3u);
  EXPECT_EQ(distinct_bigrams("年度に、研修", Pairs::all).size(), 5u);
  EXPECT_EQ(distinct_bigrams("推進を推進", Pairs::all).size(), 3u);  // each once
}

// Two wordings of one sentence (L21 of the 2023 and the 2024 edition) share
// most bigrams; an unrelated sentence few.
TEST(Bigrams, DiceOfRewordedSentences) {
  SparseVector a = bigram_counts("引き続き\x01以降も、健康経営の普及を促進し、中小企業等への裾野の拡大を図る。");
  SparseVector b = bigram_counts("引き続き\x01以降も、各地域や業界における健康経営の普及を促進し、中小企業等への裾野の拡大を図る。");
  SparseVector c = bigram_counts("国立国際医療研究センターにグローバルヘルス人材戦略センターを設置した。");
  EXPECT_GT(dice(a, b), 0.8);
  EXPECT_LT(dice(a, c), 0.1);
  EXPECT_EQ(dice(a, a), 1.0);
  EXPECT_EQ(dice(SparseVector{}, SparseVector{}), 1.0);
}

// The Dice of two texts skips the start and end they share: it must give
// exactly what counting every pair gives, where the shared parts overlap
// (「推進を推進」), touch, are empty or are all of a text, and for bytes that
// are not UTF-8.
TEST(Bigrams, DiceOfTextsCountsAsEveryPairWould) {
  const std::vector<std::string> texts = {
      "", "推", "推進", "推進を推進", "推進を推進を推進", "を推進", "推進を", "推進推進",
      "引き続き\x01以降も、健康経営の普及を促進し、中小企業等への裾野の拡大を図る。",
      "引き続き\x01以降も、各地域や業界における健康経営の普及を促進し、中小企業等への裾野の拡大を図る。",
      "引き続き\x01以降も、健康経営の普及を促進し、中小企業等への裾野の拡大を図った。",
      "国立国際医療研究センターにグローバルヘルス人材戦略センターを設置した。",
      "ああああ", "あああ", "\xe3\x81推進\xff", "\xe3\x81推進", "abcab", "ab"};
  std::vector<std::string> all = texts, shorter = {""};  // and every text of up to 5 of あいう
  for (int length = 1; length <= 5; ++length) {
    std::vector<std::string> longer;
    for (const std::string& t : shorter)
      for (const char* c : {"あ", "い", "う"}) longer.push_back(t + c);
    all.insert(all.end(), longer.begin(), longer.end());
    shorter = longer;
  }
  for (const std::string& a : all)
    for (const std::string& b : all)
      ASSERT_EQ(dice(std::string_view(a), std::string_view(b)), dice(bigram_counts(a), bigram_counts(b)))
          << a << " | " << b;
}

TEST(Bigrams, VocabularyNumbersBigramsAndCountsDocuments) {
  BigramVocabulary v;
  auto first = v.add_document("推進を推進", 1, true);
  ASSERT_EQ(first.size(), 3u);
  EXPECT_EQ(v.size(), 3u);
  for (const auto& t : first)
    EXPECT_EQ(t.count, v.key(t.id) == make_bigram(U'推', U'進') ? 2u : 1u);
  v.add_document("推進する", 2, false);  // counted twice
  EXPECT_EQ(v.df_of(make_bigram(U'推', U'進')), 3);
  EXPECT_EQ(v.df_of(make_bigram(U'を', U'推')), 1);
  EXPECT_EQ(v.df_of(make_bigram(U'実', U'施')), 0);
  v.add_document("研修、推進", 1, false, Pairs::letters_and_digits);
  EXPECT_EQ(v.df_of(make_bigram(U'修', U'、')), 0);
  EXPECT_EQ(v.df_of(make_bigram(U'推', U'進')), 4);
}

// Ids in the order bigrams were first seen and frequencies as a map keeps
// them, through the table's growth (tens of thousands of bigrams, far past
// its first 1,024 slots) and for bigrams never seen.
TEST(Bigrams, VocabularyKeepsEveryBigramAsAMapWould) {
  BigramVocabulary v;
  std::map<Bigram, int> df;
  std::vector<Bigram> order;
  for (int doc = 0; doc < 300; ++doc) {
    std::u32string text;
    for (int k = 0; k < 200; ++k) text += static_cast<char32_t>(0x4E00 + (doc * 7919 + k * k * 31) % 3000);
    const std::string utf8 = to_utf8(text);
    std::set<Bigram> seen;
    for (size_t i = 0; i + 1 < text.size(); ++i) {
      const Bigram g = make_bigram(text[i], text[i + 1]);
      if (!df.count(g)) order.push_back(g);
      if (seen.insert(g).second) df[g] += 1 + doc % 2;
    }
    v.add_document(utf8, 1 + doc % 2, doc % 3 == 0);
  }
  ASSERT_EQ(v.size(), order.size());
  ASSERT_GT(v.size(), 20000u);
  for (BigramVocabulary::Id id = 0; id < v.size(); ++id) ASSERT_EQ(v.key(id), order[id]);
  for (const auto& [g, n] : df) ASSERT_EQ(v.df_of(g), n);
  EXPECT_EQ(v.df_of(make_bigram(U'a', U'b')), 0);
}

TEST(Bigrams, TheTwoInverseDocumentFrequencies) {
  EXPECT_DOUBLE_EQ(measure_idf(101, 1), std::log(101.0) + 0.1);
  EXPECT_DOUBLE_EQ(measure_idf(101, 0), measure_idf(101, 1));  // never below one document
  EXPECT_DOUBLE_EQ(measure_idf(101, 101), 0.1);                // in every measure: the floor
  EXPECT_DOUBLE_EQ(sentence_idf(10, 0), std::log(12.0));       // never seen: weighs most
  EXPECT_GT(sentence_idf(10, 10), 0);                          // in every sentence: still counts
}

}  // namespace
}  // namespace nendiff::text
