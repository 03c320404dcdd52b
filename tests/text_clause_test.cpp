// Clauses and their tense (text/clause), on sentences of the sample editions:
// the reading the stale check and follow-through share.
#include "text/clause.hpp"

#include <gtest/gtest.h>

#include "text/normalize.hpp"
#include "text/unicode.hpp"

namespace nendiff::text {
namespace {

std::u32string normalized(const std::string& text) { return to_u32(normalize_line(text)); }

Tense ending(const std::string& sentence) { return sentence_tense(normalized(sentence)); }

// Each clause of the sentence as 「text|tense」.
std::vector<std::string> clauses(const std::string& sentence) {
  static const char* const kNames[] = {"none", "past", "ongoing", "present", "future", "inherit"};
  const std::u32string t = normalized(sentence);
  std::vector<std::string> out;
  for (const Clause& c : split_clauses(t))
    out.push_back(to_utf8(t.substr(c.begin, c.end - c.begin)) + "|" +
                  kNames[static_cast<int>(c.tense)]);
  return out;
}

using Clauses = std::vector<std::string>;

TEST(Clause, SentenceEndings) {
  EXPECT_EQ(ending("2023年度は、後発医薬品の使用割合を追加した。"), Tense::past);
  EXPECT_EQ(ending("引き続き2024年度以降、医療人材の育成事業を実施する。"), Tense::future);
  EXPECT_EQ(ending("2021年度より実施している。"), Tense::ongoing);
  EXPECT_EQ(ending("2023年度の参加者の追跡率は約93%である。"), Tense::present);
  EXPECT_EQ(ending("2023年度は7件の出資を行い、累計46社に対し出資を実施。"), Tense::none);
  EXPECT_EQ(ending("2023年度中に指針を取りまとめる予定である。"), Tense::future);
  // A plan in the progressive is a plan; 「…ところである」 reports.
  EXPECT_EQ(ending("2023 年度はアライメント公募に加え、英国をはじめとする特定の国との共同公募"
                   "（AMED と相手国の資金配分機関が共同で行う公募）を予定している。"),
            Tense::future);
  EXPECT_EQ(ending("このように関係機関がそれぞれの専門性を活かし連携することで、より持続的な保健事業の"
                   "組成に努めているところである。"),
            Tense::past);
  EXPECT_EQ(ending("健康づくりに取り組む余地がある。"), Tense::present);
  EXPECT_EQ(ending("今後の主な取組方針を取りまとめるものである。"), Tense::present);
}

TEST(Clause, ContinuativeClausesInherit) {
  EXPECT_EQ(clauses("2023年度に研修を実施し、2024年度以降も研修を推進する。"),
            (Clauses{"2023年度に研修を実施し、|inherit", "2024年度以降も研修を推進する。|future"}));
  // A connective after a dictionary form has no tense of its own; after a past, past.
  EXPECT_EQ(clauses("中小企業の健康経営の取組を支援するとともに、優良事例を公表した。"),
            (Clauses{"中小企業の健康経営の取組を支援するとともに、|inherit", "優良事例を公表した。|past"}));
  EXPECT_EQ(clauses("2023年度に研修を実施したほか、相談窓口を設置した。"),
            (Clauses{"2023年度に研修を実施したほか、|past", "相談窓口を設置した。|past"}));
  EXPECT_EQ(clauses("日本の専門家の派遣による医療人材の育成事業を実施しており、2023年度においては指導を実施した。"),
            (Clauses{"日本の専門家の派遣による医療人材の育成事業を実施しており、|ongoing",
                     "2023年度においては指導を実施した。|past"}));
}

// Particles, postpositions, 引き続き and a connective after a noun end no clause.
TEST(Clause, PhrasesAreNoClauses) {
  EXPECT_EQ(clauses("2023年度は、健康スコアリングレポートを活用し、連携を推進する。").size(), 2u);
  for (const char* s : {"地域・職域連携推進事業実施要綱に基づき、協議会設置の推進を図る。",
                        "健康・医療新産業協議会等の議論を踏まえ、健康経営の普及を促進する。",
                        "小規模事業者について、制度設計を検討していく。",
                        "引き続き、保険者と事業主の連携を推進する。",
                        "企業とともに、制度設計を検討していく。",
                        "AMEDを通じて、国内の企業による研究開発を支援した。"})
    EXPECT_EQ(clauses(s).size(), 1u) << s;
}

// L119 of the 2022 edition (L124 of 2024, labelled): 上市され ends 2021's
// predicate, not the clause.
TEST(Clause, APassiveEndsAPredicateButNotAClause) {
  const std::u32string t = normalized(
      "インドネシアにおいては、政府機関が開発を支援した新生児蘇生モニタが 2021 年に現地で上市され、"
      "ビジネス実証のフェーズにおいても、今後、別の政府関係機関が支援を行う予定である。");
  const size_t comma = t.find(U"され、") + 2;
  EXPECT_TRUE(predicate_ends_before(t, comma));
  EXPECT_FALSE(clause_end(t, comma));
  EXPECT_EQ(split_clauses(t).size(), 1u);
  EXPECT_EQ(split_clauses(t)[0].tense, Tense::future);
  // A clause end is a predicate end too; a particle is neither.
  const std::u32string u = U"2023年度は、研修を実施し、推進する。";
  EXPECT_TRUE(predicate_ends_before(u, u.find(U"し、") + 1));
  EXPECT_FALSE(predicate_ends_before(u, u.find(U"は、") + 1));
}

// The progressive of a verb of planning is a plan wherever it stands: at the
// end, before 、, or as the predicate a year governs (check/).
TEST(Clause, APlanInTheProgressiveIsAPlan) {
  EXPECT_EQ(ending("2023年度は全国展開を計画している。"), Tense::future);
  EXPECT_EQ(ending("2030年度までに普及率50%を目標としている。"), Tense::future);
  EXPECT_EQ(ending("研究開発を実施している。"), Tense::ongoing);
  EXPECT_EQ(clauses("指針の改定を予定しており、関係団体と調整している。"),
            (Clauses{"指針の改定を予定しており、|future", "関係団体と調整している。|ongoing"}));
  const std::u32string t = U"2023年度は共同公募を予定している。また、研究を推進した。";
  ASSERT_TRUE(predicate_at(t, t.find(U"ている")));
  EXPECT_EQ(predicate_at(t, t.find(U"ている"))->tense, Tense::future);
  const std::u32string u = U"2023年度は研究を実施している。";
  EXPECT_EQ(predicate_at(u, u.find(U"ている"))->tense, Tense::ongoing);
}

// A measure's outlook: a plan set in a time frame ahead.
TEST(Clause, OutlookSentences) {
  for (const char* s : {"引き続き2024年度以降も、研究開発を推進する。", "今後、関係府省と連携し、検討を進めていく。",
                        "これらの取組を通して、2023年度以降も優れた研究者の育成・確保を推進する。",
                        "研修を実施し、今後も推進する予定である。"})
    EXPECT_TRUE(states_outlook(normalized(s))) << s;
  for (const char* s : {"2023年度以降、研修を実施した。",  // a report
                        "全国会議を開催する予定である。",   // a plan, no time frame
                        "引き続き研修を実施している。"})    // under way
    EXPECT_FALSE(states_outlook(normalized(s))) << s;
}

TEST(Clause, CommasInBracketsSplitNothing) {
  EXPECT_EQ(clauses("コンソーシアムの運営（2023年度末時点、加盟約3,400団体を実施し、拡大）を継続する。").size(), 1u);
}

TEST(Clause, PredicatesInsideTheSentence) {
  auto at = [](const std::u32string& t, std::u32string_view word) {
    return predicate_at(t, t.find(word));
  };
  const std::u32string relative = U"2023年度に策定した指針に基づき、普及を推進する。";
  ASSERT_TRUE(at(relative, U"た指針"));
  EXPECT_EQ(at(relative, U"た指針")->tense, Tense::past);
  EXPECT_TRUE(at(relative, U"た指針")->attributive);
  // The た-form of a postpositional verb links; a demonstrative is no verb.
  EXPECT_FALSE(at(U"健診データの標準化に向けた検討会を開催し、", U"た検討会"));
  EXPECT_FALSE(at(U"こうした取組を推進する。", U"た取組"));
  const std::u32string ongoing = U"育成事業を実施しており、2023年度においては";
  ASSERT_TRUE(at(ongoing, U"ており"));
  EXPECT_EQ(at(ongoing, U"ており")->tense, Tense::ongoing);
  EXPECT_FALSE(at(ongoing, U"ており")->attributive);
  EXPECT_EQ(at(U"「立地適正化計画作成の手引き」を作成・公表済み", U"済み")->tense, Tense::past);
  EXPECT_FALSE(at(U"2023年度に実施したため、", U"ため"));
  EXPECT_FALSE(at(U"実施したり、", U"たり"));  // たり: no finite past
}

}  // namespace
}  // namespace nendiff::text
