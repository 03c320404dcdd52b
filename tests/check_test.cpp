// The stale carry-over check: constructed sentences for each reason and each
// past-tense form, the hand-labelled table over the real 2024 edition (its
// views and CLI: check_report_test.cpp).
#include "nendiff/check.hpp"

#include <gtest/gtest.h>

#include <cstring>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "nendiff/error.hpp"
#include "nendiff/parse.hpp"
#include "nendiff/report.hpp"
#include "check_editions.hpp"
#include "test_support.hpp"

namespace nendiff {
namespace {

using test::edition;
using test::Found;
using test::in_measures;

const std::string kSample = "kenko-iryo-senryaku-2024.txt";

std::vector<StaleFinding> check(const std::string& text, CheckOptions options = {}) {
  return check_stale(parse(text, "t.txt"), options);
}

std::vector<std::string> check_sentence(const std::string& sentence, int year = 0) {
  CheckOptions options;
  options.edition_year = year;
  return in_measures(check(edition(sentence), options));
}

// --- prior_year_future: forward-looking statements about a year that has begun

TEST(CheckStale, ForwardLookingPriorYearsAreStale) {
  EXPECT_EQ(check_sentence("2023年度以降も、研究開発を推進する。"),
            Found{"prior_year_future:2023年度以降"});
  EXPECT_EQ(check_sentence("2023年度から新たな支援事業を実施する。"),
            Found{"prior_year_future:2023年度から"});
  EXPECT_EQ(check_sentence("2023年度中に指針を取りまとめる予定である。"),
            Found{"prior_year_future:2023年度中"});
  EXPECT_EQ(check_sentence("2023年度を目途に制度の見直しを図る。"),
            Found{"prior_year_future:2023年度を目途に"});
  EXPECT_EQ(check_sentence("2023年度までに全国での普及を目指す。"),
            Found{"prior_year_future:2023年度までに"});
  EXPECT_EQ(check_sentence("引き続き2023年度以降も、関係団体と連携し、支援していく。"),
            Found{"prior_year_future:2023年度以降"});
  EXPECT_EQ(check_sentence("2023年秋以降、地域住民コホートで検証を進める。"),
            Found{"prior_year_future:2023年秋以降"});
}

TEST(CheckStale, WidthAndSpacingOfTheInputDoNotMatter) {
  EXPECT_EQ(check_sentence("２０２３ 年度以降も、研究開発を推進する。"),
            Found{"prior_year_future:2023年度以降"});
}

TEST(CheckStale, TheGovernedPredicateDecidesNotTheYear) {
  // A relative clause in the past does not make the main predicate past.
  EXPECT_EQ(check_sentence("2023年度以降は、実証事業を通じて新たに確認された事項について、順次、"
                           "政策に反映していく。"),
            Found{"prior_year_future:2023年度以降"});
  // A relative clause in the present tense is relative to the main clause.
  EXPECT_EQ(check_sentence("2023年度から開始される第4期制度に向け、準備を進める。"),
            Found{"prior_year_future:2023年度から"});
  // …but a year attached to a past relative clause governs that clause.
  EXPECT_EQ(check_sentence("2023年度に策定した指針に基づき、普及を推進する。"), Found{});
  EXPECT_EQ(check_sentence("2023年度は、2024年度から開始される第4期制度に向け、見直しを行った。"),
            Found{});
}

TEST(CheckStale, OnlyTheClauseAYearGovernsCounts) {
  EXPECT_EQ(check_sentence("2023年度に研修を実施し、2024年度以降も研修を推進する。"), Found{});
  EXPECT_EQ(check_sentence("2023年度に研修を実施し、2024年度以降も研修を推進する。", 2025),
            Found{"prior_year_future:2024年度以降"});
  EXPECT_EQ(check_sentence("2023年度に研修を実施し、引き続き研修の充実を図る。"), Found{});
  // An open-ended phrase carries over into 引き続き: it is one time frame.
  EXPECT_EQ(check_sentence("2023年度以降も機会を活用しながら、引き続きユースケース創出を推進する。"),
            Found{"prior_year_future:2023年度以降"});
}

// A plan for a year that is over is stale whatever the particle (issue 17,
// item 5), a plan stated in the progressive (…を予定している) included.
TEST(CheckStale, APlanForAYearAlreadyOverIsStaleWhateverTheParticle) {
  EXPECT_EQ(check_sentence("2023年度は新たな実証事業を予定している。"),
            Found{"prior_year_future:2023年度"});
  EXPECT_EQ(check_sentence("2023年度は、英国との共同公募を予定している。"),
            Found{"prior_year_future:2023年度"});
  EXPECT_EQ(check_sentence("2023年度中に指針を策定する。"), Found{"prior_year_future:2023年度中"});
  EXPECT_EQ(check_sentence("2023年度には全国で研修を行う。"), Found{"prior_year_future:2023年度"});
  EXPECT_EQ(check_sentence("2023年度は指針の改定を予定しており、関係団体と調整している。"),
            Found{"prior_year_future:2023年度"});
  EXPECT_EQ(check_sentence("2023年度中に取りまとめることとしている。"),
            Found{"prior_year_future:2023年度中"});
  EXPECT_EQ(check_sentence("2023年度は全国展開を計画している。"), Found{"prior_year_future:2023年度"});
  // The same plans reported done, or work under way, stay clean.
  EXPECT_EQ(check_sentence("2023年度は新たな実証事業を実施した。"), Found{});
  EXPECT_EQ(check_sentence("2023年度は共同公募を予定していたが、延期した。"), Found{});
  EXPECT_EQ(check_sentence("2023年度から実証事業を実施している。"), Found{});
  EXPECT_EQ(check_sentence("2024年度は新たな実証事業を予定している。"), Found{});
}

// --- the past-tense forms the issue lists, and other reports

TEST(CheckStale, PastReportsAreNotStale) {
  EXPECT_EQ(check_sentence("2023年度には、研修会を実施した。"), Found{});
  EXPECT_EQ(check_sentence("2023年度末時点で累計614件となった。"), Found{});
  EXPECT_EQ(check_sentence("2020年度から2022年度まで、大規模実証事業を実施した。"), Found{});
  EXPECT_EQ(check_sentence("2021年度より実施している。"), Found{});
  EXPECT_EQ(check_sentence("2021年度より実施している「研究推進プログラム」においては、成果が上がって"
                           "いる。"),
            Found{});
  EXPECT_EQ(check_sentence("2023年度は、後発医薬品の使用割合を追加した。"), Found{});
  EXPECT_EQ(check_sentence("2023年度までに開発支援により、約230品目となった。"), Found{});
  EXPECT_EQ(check_sentence("2023年度は7件の出資を行い、累計46社に対し出資を実施。"), Found{});
  EXPECT_EQ(check_sentence("2022年度から2023年度にかけて、研究開発を実施し、データの蓄積を行った。"),
            Found{});
  EXPECT_EQ(check_sentence("2023年5月に公表した方針に基づいて、健康づくりを推進していく。"), Found{});
}

TEST(CheckStale, NamesAnnotationsAndCurrentYearsAreNotJudged) {
  EXPECT_EQ(check_sentence("「2023年度健康スコアリングレポート」を活用し、連携を推進する。"), Found{});
  EXPECT_EQ(check_sentence("2023年度健康経営度調査の結果を分析し、公表する。"), Found{});
  EXPECT_EQ(check_sentence("コンソーシアムの運営（2023年度末時点加盟約3,400団体）を継続する。"), Found{});
  EXPECT_EQ(check_sentence("2023年度の参加者の追跡率は約93%である。"), Found{});
  EXPECT_EQ(check_sentence("2024年度以降も、研究開発を推進する。"), Found{});
}

// --- prior_year_as_of

TEST(CheckStale, AsOfAnEarlierYearPresentedAsNow) {
  EXPECT_EQ(check_sentence("2023年度現在、研究成果を取りまとめており、今後さらに研究を進めていく。"),
            Found{"prior_year_as_of:2023年度現在"});
  EXPECT_EQ(check_sentence("2023年度末時点で、協議会は36か所設置されている。"),
            Found{"prior_year_as_of:2023年度末時点"});
  // A dated figure in a past report is not a claim about now.
  EXPECT_EQ(check_sentence("2023年度末時点で累計614件の相談支援を実施するとともに、2023年度末時点で"
                           "累計1,392件の相談支援を実施した。"),
            Found{});
}

// --- era years, malformed years

TEST(CheckStale, EraYearsAreConvertedAndJudgedAlike) {
  std::vector<StaleFinding> found = check(edition("令和5年度以降も、研究開発を推進する。"));
  ASSERT_EQ(in_measures(found), Found{"prior_year_future:令和5年度以降"});
  EXPECT_NE(found.back().message_ja.find("2023年度"), std::string::npos);
  EXPECT_NE(found.back().message_en.find("2023"), std::string::npos);
  EXPECT_EQ(check_sentence("令和5年度に研修を実施した。"), Found{});
  EXPECT_EQ(check_sentence("令和6年度以降も推進する。"), Found{});
  // In kanji numerals, as formal documents write them.
  EXPECT_EQ(check_sentence("令和五年度以降も、研究開発を推進する。"),
            Found{"prior_year_future:令和五年度以降"});
  EXPECT_EQ(check_sentence("令和六年度以降も推進する。"), Found{});
}

TEST(CheckStale, MalformedYears) {
  std::vector<StaleFinding> found = check(edition("2023度末時点で加盟約3,400団体となった。"));
  ASSERT_EQ(in_measures(found), Found{"malformed_year:2023度"});
  EXPECT_EQ(found.back().severity, Severity::warning);
  EXPECT_EQ(check_sentence("2023年度に研修を実施した。"), Found{});
}

// --- outside sentences: tags, the decision date, the title

TEST(CheckStale, AbolishedBodyInATagIsReportedOncePerTag) {
  std::string text = edition("研修を実施する。\n・相談を受け付ける。", "2024", "2024年6月4日",
                             "\n\n【◎戦略室、オリパラ（2022.03.31廃止）、厚】");
  std::vector<StaleFinding> found = check(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].reason, "abolished_body");
  EXPECT_NE(found[0].text.find("オリパラ"), std::string::npos);
  EXPECT_EQ(found[0].line, 15);
  EXPECT_EQ(found[0].severity, Severity::warning);
  EXPECT_TRUE(check(edition("研修を実施する。")).empty());
}

TEST(CheckStale, BlankDateIsInfoInADraftAndAnErrorOtherwise) {
  std::vector<StaleFinding> draft = check(edition("研修を実施する。", "2024", "2024年 月 日"));
  ASSERT_EQ(draft.size(), 1u);
  EXPECT_EQ(draft[0].reason, "blank_date");
  EXPECT_EQ(draft[0].severity, Severity::info);
  EXPECT_FALSE(draft[0].measure.has_value());
  EXPECT_EQ(draft[0].line, 4);

  std::string final_text = edition("研修を実施する。", "2024", "2024年 月 日");
  final_text.replace(final_text.find("（案）"), std::string("（案）").size(), "");
  std::vector<StaleFinding> final_found = check(final_text);
  ASSERT_EQ(final_found.size(), 1u);
  EXPECT_EQ(final_found[0].severity, Severity::error);
}

TEST(CheckStale, TitleOrDateLeftAtAnEarlierYear) {
  std::vector<StaleFinding> found = check(edition("研修を実施する。", "2024", "2023年6月4日"));
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].reason, "edition_year_mismatch");
  EXPECT_EQ(found[0].text, "2023年");
  EXPECT_EQ(found[0].line, 4);
}

// --- the edition year

TEST(CheckStale, YearOptionOverridesTheTitle) {
  std::string text = edition("2024年度以降も、研究開発を推進する。");
  EXPECT_EQ(in_measures(check(text)), Found{});
  CheckOptions options;
  options.edition_year = 2025;
  EXPECT_EQ(in_measures(check(text, options)), Found{"prior_year_future:2024年度以降"});
}

TEST(CheckStale, YearFromTheDateWhenTheTitleHasNone) {
  std::string text = edition("2023年度以降も、研究開発を推進する。", "");
  EXPECT_EQ(in_measures(check(text)), Found{"prior_year_future:2023年度以降"});
}

TEST(CheckStale, NoEditionYearNoYearJudgement) {
  std::string text = edition("2023年度以降も推進する。2023度に実施した。", "", "");
  EXPECT_EQ(in_measures(check(text)), Found{"malformed_year:2023度"});
}

// --- unrolled_carryover

TEST(CheckStale, ForwardSentenceIdenticalToLastEditionIsUnrolled) {
  Document prior = parse(edition("2023年度以降も、研究開発を推進する。2022年度に研修を実施した。"
                                 "引き続き相談支援を行う。",
                                 "2023", "2023年6月1日"));
  CheckOptions options;
  options.prior = &prior;
  std::vector<StaleFinding> same = check(
      edition("2023年度以降も、研究開発を推進する。2022年度に研修を実施した。引き続き相談支援を行う。"),
      options);
  ASSERT_EQ(in_measures(same), Found{"unrolled_carryover:2023年度以降"});
  EXPECT_EQ(same[0].severity, Severity::error);
  EXPECT_EQ(in_measures(check(edition("2024年度以降も、研究開発を推進する。"), options)), Found{});
  // Without the prior edition the same sentence is only a prior-year statement.
  EXPECT_EQ(in_measures(check(edition("2023年度以降も、研究開発を推進する。"))),
            Found{"prior_year_future:2023年度以降"});
}

TEST(CheckStale, UnrolledEvenWhenTheYearGovernsAnEarlierClause) {
  std::string sentence = "2023年度に研修を実施し、引き続き研修の充実を図る。";
  Document prior = parse(edition(sentence, "2023", "2023年6月1日"));
  CheckOptions options;
  options.prior = &prior;
  EXPECT_EQ(in_measures(check(edition(sentence), options)), Found{"unrolled_carryover:2023年度"});
}

TEST(CheckStale, RepeatedBackgroundWithHistoricalYearsIsNotUnrolled) {
  // L39 of the 2024 edition: a dated past fact repeated as background.
  std::string sentence = "2016年度に作成したガイドラインにより、更なる取組促進を図る。";
  Document prior = parse(edition(sentence, "2023", "2023年6月1日"));
  CheckOptions options;
  options.prior = &prior;
  EXPECT_EQ(in_measures(check(edition(sentence), options)), Found{});
}

// --- the real 2024 edition

Document sample() {
  return parse(test::read_bytes(test::sample_path(kSample)), kSample);
}

bool has_finding(const std::vector<StaleFinding>& found, int line, const std::string& reason,
                 const std::string& text) {
  for (const StaleFinding& f : found)
    if (f.line == line && f.reason == reason && f.text == text) return true;
  return false;
}

TEST(CheckSample, AcceptanceFindings) {
  Document d = sample();
  std::vector<StaleFinding> found = check_stale(d);
  EXPECT_TRUE(has_finding(found, 53, "prior_year_future", "2023年度以降"));
  EXPECT_TRUE(has_finding(found, 64, "prior_year_future", "2023年度以降"));
  EXPECT_TRUE(has_finding(found, 81, "prior_year_future", "2023年度以降"));
  EXPECT_TRUE(has_finding(found, 81, "malformed_year", "2023度"));
  EXPECT_TRUE(has_finding(found, 5, "blank_date", "2024年月日"));
  EXPECT_TRUE(has_finding(found, 142, "abolished_body", "オリパラ(2022.03.31廃止)"));
  for (const StaleFinding& f : found) {
    if (f.reason == "blank_date") EXPECT_EQ(f.severity, Severity::info);  // a draft
    if (!f.measure) continue;
    EXPECT_NE(f.sentence.find(f.text), std::string::npos) << f.line;
    EXPECT_FALSE(f.section_path.empty()) << f.line;
    EXPECT_FALSE(f.message_ja.empty());
    EXPECT_FALSE(f.message_en.empty());
  }
}

struct Label {
  int line;
  const char* context;  // the normalized sentence from the year on
  const char* verdict;  // the finding expected, "" for none
  const char* why;
};

const Label kLabels[] = {
#include "check_labels.inc"
};

// Findings about a year in a measure, which the table judges.
bool about_a_year(const StaleFinding& f) {
  return f.measure && f.reason != "abolished_body";
}

bool matches(const Label& l, const StaleFinding& f) {
  std::string context = l.context;
  return f.line == l.line && context.rfind(f.text, 0) == 0 &&
         f.sentence.find(context) != std::string::npos;
}

TEST(CheckSample, LabelledTableCoversEveryEarlierYear) {
  Document d = sample();
  ASSERT_EQ(d.edition_year, 2024);
  int mentions = 0;
  for (const Measure& m : d.measures)
    for (const Sentence& s : m.sentences)
      for (const YearMention& y : s.years) {
        if (y.year >= 2024) continue;
        ++mentions;
        int line = m.line_at(s.offset + y.offset);
        bool labelled = false;
        for (const Label& l : kLabels)
          labelled |= l.line == line && s.text.compare(y.offset, std::strlen(l.context), l.context) == 0;
        EXPECT_TRUE(labelled) << "no label for L" << line << " " << s.text.substr(y.offset, 40);
      }
  EXPECT_GT(mentions, 100);
}

TEST(CheckSample, LabelledTableRecallAndPrecision) {
  std::vector<StaleFinding> found = check_stale(sample());
  int stale = 0, recalled = 0, judged = 0, right = 0;
  for (const Label& l : kLabels) {
    if (*l.verdict == '\0') continue;
    ++stale;
    bool hit = false;
    for (const StaleFinding& f : found) hit |= matches(l, f) && f.reason == l.verdict;
    EXPECT_TRUE(hit) << "missed L" << l.line << " " << l.context << " (" << l.verdict << ")";
    recalled += hit;
  }
  for (const StaleFinding& f : found) {
    if (!about_a_year(f)) continue;
    ++judged;
    bool correct = false;
    for (const Label& l : kLabels) correct |= matches(l, f) && f.reason == l.verdict;
    if (!correct) std::cout << "  wrong: L" << f.line << " [" << f.reason << "] " << f.text << "\n";
    right += correct;
  }
  ASSERT_GT(stale, 0);
  ASSERT_GT(judged, 0);
  double recall = double(recalled) / stale, precision = double(right) / judged;
  std::cout << "  recall " << recalled << "/" << stale << ", precision " << right << "/" << judged
            << "\n";
  EXPECT_EQ(recall, 1.0);
  EXPECT_GE(precision, 0.9);
}

}  // namespace
}  // namespace nendiff
