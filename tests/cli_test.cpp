// The command line as a user meets it: exit codes, messages, output files.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace nendiff {
namespace {

using test::run_nendiff;
using test::sample_path;

const std::string k2023 = sample_path("kenko-iryo-senryaku-2023.txt");
const std::string k2024 = sample_path("kenko-iryo-senryaku-2024.txt");

int count_lines(const std::string& s) {
  int n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

TEST(Cli, VersionAndHelp) {
  test::RunResult v = run_nendiff({"--version"});
  EXPECT_EQ(v.exit_code, 0);
  EXPECT_NE(v.out.find("nendiff "), std::string::npos);
  test::RunResult h = run_nendiff({"compare", "--help"});
  EXPECT_EQ(h.exit_code, 0);
  EXPECT_NE(h.out.find("Example:"), std::string::npos);
  EXPECT_EQ(run_nendiff({}).exit_code, 2);
  EXPECT_EQ(run_nendiff({"frobnicate"}).exit_code, 2);
}

TEST(Cli, ParseJsonListsEveryMeasure) {
  test::RunResult r = run_nendiff({"parse", k2024, "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["measures"].size(), 61u);
  EXPECT_EQ(j["year"], 2024);
  EXPECT_EQ(j["encoding"], "UTF-8");
  EXPECT_EQ(j["measures"][0]["line"], 21);
}

TEST(Cli, CompareExitCodes) {
  EXPECT_EQ(run_nendiff({"compare", k2024, k2024}).exit_code, 0);
  test::RunResult r = run_nendiff({"compare", k2023, k2024, "--no-color"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find("\n施策: 変更なし "), std::string::npos);  // Japanese labels for a Japanese document
}

TEST(Cli, CompareJsonFollowsTheContract) {
  test::RunResult r = run_nendiff({"compare", k2023, k2024, "--format", "json"});
  ASSERT_EQ(r.exit_code, 1) << r.err;
  nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["version"], 1);
  EXPECT_EQ(j["new"]["year"], 2024);
  for (const char* field : {"unchanged", "changed", "added", "dropped", "moved", "numbers",
                            "commitments_added", "commitments_dropped", "commitments_rewritten",
                            "tag_changes", "stale"})
    EXPECT_TRUE(j["summary"].contains(field)) << field;
  size_t with_new = 0;
  for (const auto& m : j["measures"]) with_new += !m["new"].is_null();
  EXPECT_EQ(with_new, 61u);
}

TEST(Cli, ErrorsAreOneLineNamingTheFile) {
  test::RunResult r = run_nendiff({"compare", "/no/such/old.txt", k2024});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(count_lines(r.err), 1) << r.err;
  EXPECT_NE(r.err.find("/no/such/old.txt"), std::string::npos);
  EXPECT_TRUE(r.out.empty());
}

// Each subcommand checks --format (and the format -o implies) first: a format
// it does not write is one line, before any input is read (the missing input
// goes unmentioned).
TEST(Cli, ABadFormatFailsBeforeAnyInputIsRead) {
  test::TempDir dir;
  const std::string missing = dir.file("missing-2023.txt"), other = dir.file("missing-2024.txt");
  const std::vector<std::vector<std::string>> runs = {
      {"parse", missing, "--format", "html"},
      {"parse", missing, "--format", "json,text"},
      {"parse", missing, "-o", dir.file("outline.html")},
      {"check", missing, "--format", "csv"},
      {"check", missing, "-f", "md"},
      {"history", missing, other, "--format", "md"},
      {"history", missing, other, "-o", dir.file("history.xlsx")},
      {"compare", missing, other, "--format", "pdf"},
      {"compare", missing, other, "--format", "json,html"},  // a list: folders only
      {"compare", missing, other, "-f", "xlsx"},             // a workbook to stdout
  };
  for (const std::vector<std::string>& args : runs) {
    test::RunResult r = run_nendiff(args);
    SCOPED_TRACE(args[0] + " " + args[args.size() - 2] + " " + args.back());
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_EQ(count_lines(r.err), 1) << r.err;
    EXPECT_EQ(r.err.rfind("nendiff: ", 0), 0u) << r.err;
    EXPECT_EQ(r.err.find("missing-"), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty());
  }
  test::RunResult md = run_nendiff({"history", missing, other, "--format", "md"});
  EXPECT_NE(md.err.find("text, json, html, csv or pdf, not 'md'"), std::string::npos) << md.err;
  test::RunResult list = run_nendiff({"compare", missing, other, "--format", "json,html"});
  EXPECT_NE(list.err.find("for comparing folders"), std::string::npos) << list.err;
}

TEST(Cli, OutputFileIsWrittenWholeAndNeverOverAnInput) {
  test::TempDir dir;
  std::string out = dir.file("report.json");
  EXPECT_EQ(run_nendiff({"compare", k2023, k2024, "-o", out}).exit_code, 1);
  nlohmann::json j = nlohmann::json::parse(test::read_bytes(out));  // format from extension
  EXPECT_EQ(j["version"], 1);
  test::RunResult refused = run_nendiff({"compare", k2023, k2024, "-o", k2024});
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_NE(refused.err.find("input"), std::string::npos);
  test::RunResult missing_dir = run_nendiff({"compare", k2023, k2024, "-o", dir.file("no/x.json")});
  EXPECT_EQ(missing_dir.exit_code, 2);
  EXPECT_EQ(count_lines(missing_dir.err), 1);
}

TEST(Cli, SameInputsGiveByteIdenticalReports) {
  test::RunResult a = run_nendiff({"compare", k2023, k2024, "--format", "json"});
  test::RunResult b = run_nendiff({"compare", k2023, k2024, "--format", "json"});
  EXPECT_EQ(a.out, b.out);
}

}  // namespace
}  // namespace nendiff
