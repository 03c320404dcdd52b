// A sentence read for what it promises (history/promises): clauses, the
// tense each takes, the year of the promise, and the wording that finds it
// again — on sentences of the sample editions.
#include "history/promises.hpp"

#include <gtest/gtest.h>

#include "nendiff/parse.hpp"

namespace nendiff::detail {
namespace {

// The sentences of a one-measure edition of `year`.
Document edition(int year, const std::string& measure) {
  return parse("取組方針" + std::to_string(year) + "\n\n1.柱\n\n・" + measure + "【◎厚】\n");
}

TEST(Promises, AClauseAnchoredInAPastYearReports) {
  Document d = edition(2024, "2023年度に研修を実施し、2024年度以降も研修を推進する。");
  Reading r = read_sentence(d.measures.at(0).sentences.at(0), 2024);
  ASSERT_EQ(r.clauses.size(), 2u);
  EXPECT_EQ(r.clauses[0].tense, text::Tense::past);
  EXPECT_EQ(r.clauses[1].tense, text::Tense::future);
  EXPECT_TRUE(r.promises);
  EXPECT_EQ(r.forward, "\x01年度以降も研修を推進する。");  // years masked
  EXPECT_EQ(r.forward_year, 2024);
}

// A start (以降, から) is no anchor, with a month and day too: the clause
// inherits the plan after it.
TEST(Promises, AStartInAPastYearIsNoAnchor) {
  for (const char* s : {"2023年度以降も研修を実施し、相談支援を推進する。",
                        "2023年4月から研修を実施し、相談支援を推進する。"}) {
    Document d = edition(2024, s);
    Reading r = read_sentence(d.measures.at(0).sentences.at(0), 2024);
    ASSERT_EQ(r.clauses.size(), 2u) << s;
    EXPECT_EQ(r.clauses[0].tense, text::Tense::future) << s;
    EXPECT_EQ(r.forward_year, 2023) << s;
  }
}

// L119 of the 2022 edition: one promise, which names 2021 (上市され ends no
// clause, text/clause.hpp).
TEST(Promises, APassiveRunsOnIntoThePromise) {
  Document d = edition(2022, "インドネシアにおいては、政府機関が開発を支援した新生児蘇生モニタが2021年に現地で"
                             "上市され、ビジネス実証のフェーズにおいても、今後、別の政府関係機関が支援を行う予定である。");
  Reading r = read_sentence(d.measures.at(0).sentences.at(0), 2022);
  ASSERT_EQ(r.clauses.size(), 1u);
  EXPECT_EQ(r.clauses[0].tense, text::Tense::future);
  EXPECT_EQ(r.forward_year, 2021);
}

TEST(Promises, AReportPromisesNothing) {
  Document d = edition(2024, "2023年度は、後発医薬品の使用割合を追加した。");
  Reading r = read_sentence(d.measures.at(0).sentences.at(0), 2024);
  EXPECT_FALSE(r.promises);
  EXPECT_EQ(r.forward, "");
  EXPECT_EQ(r.forward_year, 0);
}

// Rare wording weighs more than wording every sentence has.
TEST(Promises, WordingWeighsRareBigramsMore) {
  Document d = edition(2023, "健診データの標準化を推進する。保険者との連携を推進する。研修を推進する。");
  Wording wording(d);
  const Bigrams common = bigrams_of("推進する"), rare = bigrams_of("健診データ");
  EXPECT_GT(wording.weight(rare.front()), wording.weight(common.front()));
  const Sentence& first = d.measures.at(0).sentences.at(0);
  EXPECT_DOUBLE_EQ(wording.share(bigrams_of(first), bigrams_of(first)), 1.0);
  EXPECT_LT(wording.share(bigrams_of("健診データの標準化"), bigrams_of("保険者との連携を推進する。")), 0.1);
}

}  // namespace
}  // namespace nendiff::detail
