// History across editions: on the four sample editions (2022, built from 2023
// by scripts/make-samples-2022.py, with the planted follow-through cases) every
// lineage, figure series and follow-through case must be as written down in
// samples/expected/history.json; on small made-up editions, each class of
// follow-through and the clause-level reading behind it; the views and the
// command line. Over 450 lines because the made-up editions and the sample
// fixture serve every group of cases; the promises have their own file.
#include "nendiff/history.hpp"
#include "nendiff/report.hpp"
#include "text/year_mask.hpp"

#include <gtest/gtest.h>

#include <boost/filesystem.hpp>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "nendiff/error.hpp"
#include "nendiff/parse.hpp"
#include "text/normalize.hpp"
#include "nendiff/parse.hpp"
#include "test_support.hpp"

namespace nendiff {
namespace {

using nlohmann::json;
using test::fixture;
using test::read_bytes;
using test::run_nendiff;
using test::sample_path;

const int kYears[] = {2022, 2023, 2024, 2025};

std::string sample(int year) {
  return sample_path("kenko-iryo-senryaku-" + std::to_string(year) + ".txt");
}

// Expected texts are written as in the files; the library's are normalized.
std::string key(const std::string& text) { return text::compare_key(text::normalize_line(text)); }
bool contains(const std::string& text, const std::string& part) {
  return key(text).find(key(part)) != std::string::npos;
}

const Measure* measure_in(const History& h, const Lineage& l, size_t e) { return h.measure_in(l, e); }

// A lineage named by its bullet line in each edition, "21/21/21/27", "-" absent.
std::string lines_of(const History& h, const Lineage& l) {
  std::string out;
  for (size_t e = 0; e < h.editions.size(); ++e) {
    const Measure* m = measure_in(h, l, e);
    out += (e ? "/" : "") + (m ? std::to_string(m->line) : std::string("-"));
  }
  return out;
}

std::string lines_of(const json& expected) {
  std::string out;
  for (int year : kYears) {
    const json& line = expected["lines"][std::to_string(year)];
    out += (year == kYears[0] ? "" : "/") +
           (line.is_null() ? std::string("-") : std::to_string(line.get<int>()));
  }
  return out;
}

// The four sample editions, given out of order, followed once for the suite.
class HistorySamples : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::vector<Document> editions;
    for (int year : {2024, 2022, 2025, 2023}) editions.push_back(load_edition(sample(year)));
    history_ = new History(follow_history(std::move(editions)));
    expected_ = new json(json::parse(read_bytes(sample_path("expected/history.json"))));
    lineage_of_ = new std::map<std::string, size_t>();
    for (size_t i = 0; i < history_->lineages.size(); ++i)
      (*lineage_of_)[lines_of(*history_, history_->lineages[i])] = i;
  }
  static void TearDownTestSuite() {
    delete history_;
    delete expected_;
    delete lineage_of_;
  }

  static const History& h() { return *history_; }
  static const json& expected() { return *expected_; }
  static const Lineage* actual(const json& lineage) {
    auto it = lineage_of_->find(lines_of(lineage));
    return it == lineage_of_->end() ? nullptr : &history_->lineages[it->second];
  }
  static int actual_id(const json& lineage) {
    auto it = lineage_of_->find(lines_of(lineage));
    return it == lineage_of_->end() ? -1 : static_cast<int>(it->second);
  }

  // The follow-ups of `from` whose commitment holds `piece`.
  static std::vector<const FollowUp*> follow_ups(int from, const std::string& piece) {
    std::vector<const FollowUp*> out;
    for (const FollowUp& f : history_->follow_ups)
      if (history_->years[static_cast<size_t>(f.edition)] == from && contains(f.commitment, piece))
        out.push_back(&f);
    return out;
  }

 private:
  static History* history_;
  static json* expected_;
  static std::map<std::string, size_t>* lineage_of_;
};

History* HistorySamples::history_ = nullptr;
json* HistorySamples::expected_ = nullptr;
std::map<std::string, size_t>* HistorySamples::lineage_of_ = nullptr;

TEST_F(HistorySamples, EditionsAreSortedByYear) {
  ASSERT_EQ(h().editions.size(), 4u);
  EXPECT_EQ(h().years, (std::vector<int>{2022, 2023, 2024, 2025}));
  EXPECT_EQ(h().comparisons.size(), 3u);
  EXPECT_EQ(h().comparisons[0].new_doc.edition_year, 2023);
}

TEST_F(HistorySamples, EveryLineageAsExpected) {
  std::set<std::string> want, got;
  for (const json& l : expected()["lineages"]) want.insert(lines_of(l));
  for (const Lineage& l : h().lineages) got.insert(lines_of(h(), l));
  EXPECT_EQ(got, want);
  int steps = 0, correct = 0;
  for (const json& e : expected()["lineages"]) {
    const Lineage* l = actual(e);
    if (!l) continue;
    SCOPED_TRACE(lines_of(e));
    EXPECT_EQ(h().years[static_cast<size_t>(l->first)], e["first"]);
    EXPECT_EQ(h().years[static_cast<size_t>(l->last)], e["last"]);
    EXPECT_EQ(l->repeated, e["repeated"]);
    for (size_t i = 0; i < 4; ++i) {
      const std::string year = std::to_string(kYears[i]);
      if (!e["steps"].contains(year)) continue;
      const json& s = e["steps"][year];
      const LineageStep& a = l->steps[i];
      bool same = status_name(a.status) == s["status"] && a.moved == s["moved"] &&
                  a.tag_changed == s["tag_changed"] && a.same_text == s["same_text"];
      EXPECT_TRUE(same) << year << ": " << status_name(a.status) << " moved " << a.moved << " tag "
                        << a.tag_changed << " same_text " << a.same_text << ", want " << s.dump();
      ++steps;
      correct += same;
    }
  }
  std::printf("[ metrics  ] history lineages %zu/%zu, steps %d/%d\n", got.size(), want.size(),
              correct, steps);
}

TEST_F(HistorySamples, FigureSeriesAsExpected) {
  int found = 0;
  for (const json& e : expected()["series"]) {
    const json& lineage = expected()["lineages"][e["lineage"].get<size_t>()];
    int id = actual_id(lineage);
    std::map<std::string, std::string> want;
    for (const auto& [year, raw] : e["points"].items()) want[year] = key(raw);
    bool hit = false;
    for (const FigureSeries& s : h().series) {
      if (s.lineage != id) continue;
      std::map<std::string, std::string> got;
      for (const FigurePoint& p : s.points)
        got[std::to_string(h().years[static_cast<size_t>(p.edition)])] = key(p.raw);
      hit = hit || got == want;
    }
    EXPECT_TRUE(hit) << lines_of(lineage) << ": " << e["points"].dump();
    found += hit;
  }
  std::printf("[ metrics  ] history figure series %d/%zu\n", found, expected()["series"].size());
  // 健康経営優良法人 (大規模): the real 2022 and 2023 values, then 2024 and 2025.
  bool large = false;
  for (const FigureSeries& s : h().series)
    if (s.unit == "法人" && s.points.size() == 4 && s.points[0].value == 2299)
      large = s.points[1].value == 2676 && s.points[2].value == 2988 && s.points[3].value == 3400 &&
              s.changes() == 3 && s.label.find("大規模法人部門") != std::string::npos;
  EXPECT_TRUE(large);
}

TEST_F(HistorySamples, EveryFollowThroughCaseAsExpected) {
  std::map<std::string, std::pair<int, int>> by_class;  // result → (correct, cases)
  for (const json& e : expected()["follow_through"]) {
    const int from = e["from"];
    const std::string piece = e["commitment"];
    SCOPED_TRACE(std::to_string(from) + " L" + std::to_string(e["measure_line"].get<int>()) + " " +
                 piece);
    std::vector<const FollowUp*> found = follow_ups(from, piece);
    ASSERT_EQ(found.size(), 1u);
    const FollowUp& f = *found[0];
    const Lineage& l = h().lineages[f.lineage];
    EXPECT_EQ(measure_in(h(), l, f.edition)->line, e["measure_line"]);
    bool right = follow_through_name(f.result) == e["result"];
    if (!e["evidence"].is_null())
      right = right && contains(f.evidence, e["evidence"]);
    else
      right = right && f.evidence.empty();
    EXPECT_TRUE(right) << "got " << follow_through_name(f.result) << " (" << f.score << ") "
                       << f.evidence;
    auto& [correct, cases] = by_class[e["result"]];
    ++cases;
    correct += right;
  }
  for (const auto& [result, n] : by_class)
    std::printf("[ metrics  ] history follow-through %-12s %d/%d\n", result.c_str(), n.first,
                n.second);
}

// Beyond the cases written down: a commitment whose next edition has its
// year-rolled copy is continued; a verbatim copy naming a year that has begun
// is rolled over; the stale flag agrees with check_stale on the evidence.
TEST_F(HistorySamples, CopiesAreContinuedOrRolledOver) {
  int copies = 0, verbatim = 0;
  for (const FollowUp& f : h().follow_ups) {
    if (f.evidence.empty() || !text::same_but_years(text::mask_years(f.commitment), text::mask_years(f.evidence), 1))
      continue;
    int next_year = h().years[static_cast<size_t>(f.edition) + 1];
    bool stale_year = f.commitment == f.evidence && f.year && f.year < next_year;
    SCOPED_TRACE(f.commitment);
    EXPECT_EQ(f.result, stale_year ? FollowThrough::rolled_over : FollowThrough::continued);
    ++copies;
    verbatim += stale_year;
  }
  EXPECT_GT(copies, 200);
  EXPECT_EQ(verbatim, 5);
}

TEST_F(HistorySamples, DroppedMeasuresEndTheirLineageAndTheirPromises) {
  int ended = 0;
  for (const FollowUp& f : h().follow_ups) {
    const Lineage& l = h().lineages[f.lineage];
    if (l.last != f.edition || f.evidence_lineage) continue;
    EXPECT_EQ(f.result, FollowThrough::dropped) << f.commitment;
    ++ended;
  }
  EXPECT_GT(ended, 0);
}

// Any mix of input forms, in any order: the same history as the text editions.
TEST_F(HistorySamples, MixedInputFormsGiveTheSameHistory) {
  const std::vector<std::string> files = {fixture("kenko-iryo-senryaku-2025.pdf"),
                                          fixture("kenko-iryo-senryaku-2022.pdf"),
                                          fixture("kenko-iryo-senryaku-2023.docx"), sample(2024)};
  std::vector<Document> editions;
  for (const std::string& f : files) editions.push_back(load_edition(f));
  const History mixed = follow_history(std::move(editions));
  ASSERT_EQ(mixed.lineages.size(), h().lineages.size());
  for (size_t i = 0; i < mixed.lineages.size(); ++i)
    for (size_t e = 0; e < 4; ++e) {
      const LineageStep &a = mixed.lineages[i].steps[e], &b = h().lineages[i].steps[e];
      EXPECT_EQ(a.measure, b.measure) << i << " " << e;
      EXPECT_EQ(a.status, b.status) << i << " " << e;
      EXPECT_EQ(a.same_text, b.same_text) << i << " " << e;
    }
  std::multiset<std::string> want, got;
  for (const FollowUp& f : h().follow_ups)
    want.insert(key(f.commitment) + follow_through_name(f.result));
  for (const FollowUp& f : mixed.follow_ups)
    got.insert(key(f.commitment) + follow_through_name(f.result));
  EXPECT_EQ(got, want);
}

// ---- Made-up editions: one class of follow-through each ----------------------

Document edition(int year, const std::vector<std::string>& measures) {
  std::string text = "\n\n施策の実行状況と今後の取組方針" + std::to_string(year) + "\n\n" +
                     std::to_string(year) + "年6月1日\n\n本部決定\n\n前文。\n\n1. 取組\n\n(節)\n\n";
  for (const std::string& m : measures) text += "・" + m + "【◎厚】\n\n";
  return parse(text, "ed" + std::to_string(year) + ".txt");
}

const FollowUp& only_follow_up(const History& h, const std::string& piece) {
  const FollowUp* hit = nullptr;
  for (const FollowUp& f : h.follow_ups)
    if (contains(f.commitment, piece)) {
      EXPECT_EQ(hit, nullptr) << "twice: " << piece;
      hit = &f;
    }
  if (!hit) throw Error("no commitment holds " + piece);
  return *hit;
}

TEST(HistoryFollowThrough, EachClassOnMadeUpEditions) {
  History h = follow_history(
      {edition(2023,
               {"地域医療の連携指針について、2023年度中に策定する予定である。",
                "2022年度に相談窓口を設置した。2023年度以降も、窓口の周知と相談支援を推進する。",
                "遠隔診療の実証事業について、2023年度以降も、対象地域の拡大を図る。",
                "在宅医療の人材育成について、2023年度に研修プログラムを開発する。"}),
       edition(2024,
               {"地域医療の連携指針について、2023年9月に策定した。",
                "2023年度に相談窓口の相談件数は前年度から増加した。2024年度以降も、窓口の周知と"
                "相談支援を推進する。",
                "遠隔診療の実証事業について、2023年度以降も、対象地域の拡大を図る。",
                "在宅医療に関する調査を実施した。"})});
  EXPECT_EQ(only_follow_up(h, "連携指針").result, FollowThrough::done);
  const FollowUp& window = only_follow_up(h, "窓口の周知");
  EXPECT_EQ(window.result, FollowThrough::continued);
  EXPECT_EQ(window.year, 2023);
  const FollowUp& stale = only_follow_up(h, "対象地域の拡大");
  EXPECT_EQ(stale.result, FollowThrough::rolled_over);
  EXPECT_TRUE(stale.stale);  // check_stale agrees on the evidence
  EXPECT_EQ(only_follow_up(h, "研修プログラム").result, FollowThrough::dropped);
  // The past report of 2023 (「窓口を設置した」) is no commitment.
  EXPECT_THROW(only_follow_up(h, "相談窓口を設置した"), Error);
}

// One sentence, two clauses: the 「…し、」 clause anchored in a year before the
// edition reports; the clause after it promises.
TEST(HistoryFollowThrough, ClausesOfOneSentenceAreReadApart) {
  History h = follow_history(
      {edition(2023, {"2023年度に、健診データの標準化に向けた検討会を開催し、年度内に報告書を"
                      "取りまとめる予定である。"}),
       edition(2024, {"2023年度に健診データの標準化に向けた検討会を開催し、2024年3月に報告書を"
                      "取りまとめた。2024年度以降は、報告書に基づき、標準化を推進する。"})});
  const FollowUp& f = only_follow_up(h, "報告書を取りまとめる予定");
  EXPECT_EQ(f.result, FollowThrough::done);
  EXPECT_TRUE(contains(f.evidence, "報告書を取りまとめた"));
  // 「…を予定している」 is a plan, and 「…するとともに、…した」 a report.
  History g = follow_history(
      {edition(2023, {"若手研究者を対象とした新たな国際共同研究の公募を、英国の資金配分機関と共同で"
                      "行うことを予定している。",
                      "中小企業の健康経営の取組を支援するとともに、優良事例を公表した。"}),
       edition(2024, {"若手研究者を対象とした新たな国際共同研究の公募を、英国の資金配分機関と共同で"
                      "実施した。",
                      "中小企業の健康経営の取組を支援するとともに、優良事例を公表した。"})});
  EXPECT_EQ(only_follow_up(g, "国際共同研究の公募").result, FollowThrough::done);
  EXPECT_THROW(only_follow_up(g, "優良事例を公表した"), Error);
}

// A measure merged into another: its promise lives on there, but another
// measure's own carried-over sentence does not count for it.
TEST(HistoryFollowThrough, PromisesFollowMergedTextOnly) {
  const std::string vaccine =
      "感染症のワクチンについて、国内の企業・大学等による研究開発を支援した。引き続き%年度以降も、"
      "「ワクチン開発・生産体制強化戦略」等に基づくワクチン開発に資する取組を推進する。";
  auto in = [](std::string text, int year) {
    return text.replace(text.find('%'), 1, std::to_string(year));
  };
  History h = follow_history(
      {edition(
           2023,
           {"がん検診の受診率向上に向けて、2022年度は受診勧奨の手引きを改訂した。2023年度以降も、"
            "市町村による個別受診勧奨を推進する。",
            "特定健診の実施率向上に向けて、2022年度は保険者の好事例を収集した。2023年度以降も、"
            "保険者による実施率向上の取組への支援を推進する。",
            in(vaccine, 2023),
            "感染症の治療薬について、国内の企業・大学等による研究開発を支援した。引き続き2023年度"
            "以降も、「ワクチン開発・生産体制強化戦略」等に基づき、治療薬の開発に資する取組を推進す"
            "る。"}),
       edition(
           2024,
           {"がん検診の受診率向上に向けて、2023年度は受診勧奨の手引きを改訂した。2024年度以降も、"
            "市町村による個別受診勧奨を推進する。2024年度以降も、保険者による実施率向上の取組への"
            "支援を推進する。",
            in(vaccine, 2024)})});
  const FollowUp& merged = only_follow_up(h, "保険者による実施率向上");
  EXPECT_EQ(merged.result, FollowThrough::continued);
  EXPECT_TRUE(merged.evidence_lineage.has_value());
  EXPECT_EQ(only_follow_up(h, "治療薬の開発に資する").result, FollowThrough::dropped);
}

TEST(HistoryEditions, OrderingNeedsDistinctYears) {
  EXPECT_THROW(follow_history({edition(2024, {"取組を推進する。"})}), Error);
  try {
    follow_history({edition(2024, {"取組を推進する。"}), edition(2024, {"取組を推進する。"})});
    ADD_FAILURE() << "two editions of one year were accepted";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("two editions of 2024"), std::string::npos) << e.what();
  }
  Document undated =
      parse("\n\n取組方針\n\n本部決定\n\n1. 取組\n\n・取組を推進する。【◎厚】\n", "x.txt");
  try {
    follow_history({edition(2024, {"取組を推進する。"}), undated});
    ADD_FAILURE() << "an edition without a year was accepted";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("x.txt: no edition year"), std::string::npos) << e.what();
  }
}

// ---- Views ------------------------------------------------------------------------

std::string view(const History& h, Format f) {
  std::ostringstream out;
  write_history(h, f, out);
  return out.str();
}

TEST_F(HistorySamples, JsonViewCarriesEverything) {
  json j = json::parse(view(h(), Format::json));
  EXPECT_EQ(j["kind"], "history");
  EXPECT_EQ(j["lineages"].size(), h().lineages.size());
  EXPECT_EQ(j["follow_through"].size(), h().follow_ups.size());
  EXPECT_EQ(j["series"].size(), h().series.size());
  EXPECT_EQ(j["summary"]["rolled_over"].get<int>() + j["summary"]["done"].get<int>() +
                j["summary"]["continued"].get<int>() + j["summary"]["dropped"].get<int>(),
            static_cast<int>(h().follow_ups.size()));
  const json& first = j["lineages"][0];
  EXPECT_EQ(first["steps"].size(), 4u);
  EXPECT_EQ(first["steps"][0]["year"], 2022);
  EXPECT_EQ(first["steps"][0]["line"], 21);
  EXPECT_EQ(first["steps"][3]["line"], 27);
  EXPECT_EQ(first["changed_in"], (json{2023, 2024, 2025}));
  // A lineage that ends says so in the edition after its last.
  bool dropped = false;
  for (const json& l : j["lineages"])
    for (const json& s : l["steps"]) dropped = dropped || s["status"] == "dropped";
  EXPECT_TRUE(dropped);
}

TEST_F(HistorySamples, TextAndCsvViews) {
  std::string text = view(h(), Format::text);
  EXPECT_NE(text.find("history of 4 editions"), std::string::npos);
  EXPECT_NE(text.find("rolled_over"), std::string::npos);
  EXPECT_NE(text.find("2022 2,299法人 2023 2,676法人 2024 2,988法人 2025 3,400法人"),
            std::string::npos);
  std::string csv = view(h(), Format::csv);
  ASSERT_EQ(csv.rfind("\xEF\xBB\xBF", 0), 0u);
  size_t records = 0;
  for (size_t at = csv.find("\r\n"); at != std::string::npos; at = csv.find("\r\n", at + 2))
    ++records;
  EXPECT_EQ(records, h().lineages.size() + 1);
  EXPECT_NE(csv.find("line_2022,status_2022"), std::string::npos);
  EXPECT_THROW(view(h(), Format::xlsx), Error);
}

TEST(HistoryViews, HtmlEscapesDocumentText) {
  History h =
      follow_history({edition(2023, {"<script>alert(1)</script>の実証を2023年度以降も推進する。",
                                     "支援件数は累計10件となった。"}),
                      edition(2024, {"<script>alert(1)</script>の実証を2024年度以降も推進する。",
                                     "支援件数は累計14件となった。\"><img src=x>"})});
  std::string html = view(h, Format::html);
  EXPECT_EQ(html.find("<script>alert"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(html.find("<svg class=\"chart\""), std::string::npos);  // 10件 → 14件
  for (const char* remote : {"http:", "https:", "<link", "@import", "url("})  // nothing fetched
    EXPECT_EQ(html.find(remote), std::string::npos) << remote;
  EXPECT_NE(html.find("Content-Security-Policy\" content=\"default-src 'none'"), std::string::npos);
}

// ---- Command line --------------------------------------------------------------------

TEST(HistoryCli, FollowsTheSamplesAndWritesEachFormat) {
  test::TempDir dir;
  const std::string out = dir.file("history.html");
  test::RunResult r =
      run_nendiff({"history", sample(2025), sample(2023), sample(2022), sample(2024), "-o", out});
  EXPECT_EQ(r.exit_code, 1) << r.err;  // some promises rolled over or dropped
  EXPECT_NE(read_bytes(out).find("<table id=\"lineage\">"), std::string::npos);
  test::RunResult j = run_nendiff({"history", sample(2023), sample(2024), "--format", "json"});
  ASSERT_EQ(j.exit_code, 1) << j.err;
  EXPECT_EQ(json::parse(j.out)["editions"].size(), 2u);
  test::RunResult md = run_nendiff({"history", sample(2023), sample(2024), "--format", "md"});
  EXPECT_EQ(md.exit_code, 2);
  EXPECT_NE(md.err.find("text, json, html, csv or pdf"), std::string::npos) << md.err;
  test::RunResult one = run_nendiff({"history", sample(2023)});
  EXPECT_EQ(one.exit_code, 2);
  EXPECT_NE(one.err.find("at least two editions"), std::string::npos) << one.err;
}

}  // namespace
}  // namespace nendiff
