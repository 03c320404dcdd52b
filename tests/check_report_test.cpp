// The stale check's views (text grouped by section, colour, JSON) and its
// command line (exit statuses), on the real 2024 edition; the check itself is
// in check_test.cpp.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "nendiff/check.hpp"
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

Document sample() { return parse(test::read_bytes(test::sample_path(kSample)), kSample); }

// --- report views

std::string findings_report(Format format, bool color = false) {
  Document d = sample();
  d.path = "samples/" + kSample;
  std::ostringstream out;
  ReportOptions options;
  options.color = color;
  write_findings(d, check_stale(d), format, out, options);
  return out.str();
}

using test::count;

TEST(CheckReport, TextIsGroupedBySectionWithLinesAndMarkedPhrases) {
  std::string text = findings_report(Format::text);
  EXPECT_NE(text.find("samples/kenko-iryo-senryaku-2024.txt:53: [prior_year_future] warning: "
                      "「2023 年度以降」は2024年版"),  // the phrase as the line writes it
            std::string::npos);
  EXPECT_NE(text.find(">>2023 年度以降<<は、大規模実証事業"), std::string::npos);  // as the line writes it
  EXPECT_NE(text.find("names a year that has already begun"), std::string::npos);
  EXPECT_NE(text.find(":5: [blank_date] info"), std::string::npos);
  // L53 and L64 share the section (イノベーションの社会実装): one heading for both.
  EXPECT_EQ(count(text, "› (イノベーションの社会実装)\n"), 1u);
  EXPECT_LT(text.find(":53: ["), text.find(":64: ["));
  EXPECT_EQ(text.find("\x1b["), std::string::npos);
}

TEST(CheckReport, ColourReplacesTheMarks) {
  std::string text = findings_report(Format::text, true);
  EXPECT_NE(text.find("\x1b[1;31m2023年度以降\x1b[0m"), std::string::npos);
  EXPECT_EQ(text.find(">>2023年度以降<<"), std::string::npos);
}

TEST(CheckReport, RepeatedPhraseIsMarkedWhereItStands) {
  // One sentence over two input lines naming 2023年度から twice; only the
  // second governs a plan, and that one is marked.
  Document d = parse(edition("2023年度から研修を実施しており、\n新たに2023年度から相談を開始する。"),
                     "t.txt");
  std::vector<StaleFinding> found = check_stale(d);
  ASSERT_EQ(in_measures(found), Found{"prior_year_future:2023年度から"});
  EXPECT_EQ(found[0].line, 13);
  std::ostringstream out;
  write_findings(d, found, Format::text, out);
  EXPECT_NE(out.str().find("新たに>>2023年度から<<相談"), std::string::npos) << out.str();
  EXPECT_EQ(count(out.str(), ">>"), 1u);
}

TEST(CheckReport, TheSentenceAndItsSectionAreQuotedAsWritten) {
  // Full-width digits and brackets, and a typed space: the comparison reads
  // 「2023年度以降も(新)」, the report shows what the edition writes.
  Document d = parse(edition("実証事業を実施した。２０２３年度以降も 引き続き（新）制度を周知する。"), "t.txt");
  std::vector<StaleFinding> found = check_stale(d);
  ASSERT_EQ(in_measures(found), Found{"prior_year_future:2023年度以降"});
  std::ostringstream out;
  write_findings(d, found, Format::text, out);
  EXPECT_NE(out.str().find(">>２０２３年度以降<<も 引き続き（新）制度"), std::string::npos) << out.str();
  EXPECT_NE(out.str().find("== 1. 健康長寿社会の形成 › （予防・健康づくりの推進）"), std::string::npos) << out.str();
  EXPECT_NE(out.str().find("「２０２３年度以降」は2024年版"), std::string::npos) << out.str();  // the message too
  EXPECT_NE(out.str().find("「２０２３年度以降」 names a year"), std::string::npos) << out.str();
}

TEST(CheckReport, JsonListsEveryFinding) {
  Document d = sample();
  size_t n = check_stale(d).size();
  nlohmann::json j = nlohmann::json::parse(findings_report(Format::json));
  EXPECT_EQ(j["version"], 1);
  EXPECT_EQ(j["file"]["year"], 2024);
  ASSERT_EQ(j["stale"].size(), n);
  EXPECT_EQ(j["summary"]["findings"], n);
  bool l53 = false;
  for (const auto& f : j["stale"]) {
    EXPECT_TRUE(f.contains("measure") && f.contains("message_ja") && f.contains("section"));
    l53 |= f["line"] == 53 && f["reason"] == "prior_year_future" && f["text"] == "2023年度以降" &&
           f["severity"] == "warning";
  }
  EXPECT_TRUE(l53);
}

TEST(CheckReport, OtherFormatsAreRefused) {
  Document d = sample();
  std::ostringstream out;
  try {
    write_findings(d, check_stale(d), Format::markdown, out);
    FAIL() << "markdown accepted";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "check output is text or json");
  }
}

// --- the CLI

TEST(CheckCli, ReportsFindingsWithExitStatus) {
  test::RunResult r = test::run_nendiff({"check", test::sample_path(kSample)});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find(":53: [prior_year_future]"), std::string::npos);
  EXPECT_EQ(r.out.find("\x1b["), std::string::npos);  // not a terminal

  test::RunResult j = test::run_nendiff({"check", test::sample_path(kSample), "--format", "json"});
  EXPECT_EQ(j.exit_code, 1) << j.err;
  EXPECT_GT(nlohmann::json::parse(j.out)["stale"].size(), 5u);
}

TEST(CheckCli, CleanEditionExitsZeroAndErrorsExitTwo) {
  test::TempDir dir;
  test::write_bytes(dir.file("clean.txt"), edition("2024年度以降も、研究開発を推進する。"));
  test::RunResult clean = test::run_nendiff({"check", dir.file("clean.txt")});
  EXPECT_EQ(clean.exit_code, 0) << clean.err;
  test::RunResult later = test::run_nendiff({"check", dir.file("clean.txt"), "--year", "2025"});
  EXPECT_EQ(later.exit_code, 1) << later.err;
  EXPECT_NE(later.out.find("[prior_year_future]"), std::string::npos);
  test::RunResult missing = test::run_nendiff({"check", dir.file("missing.txt")});
  EXPECT_EQ(missing.exit_code, 2);
}

}  // namespace
}  // namespace nendiff
