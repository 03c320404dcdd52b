// Files that are not an older and a newer edition of one document (issue 16,
// items 9 and 10): given in the wrong order, unrelated, or one file twice. They
// are compared all the same, with a warning and a note at each report's top.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "nendiff/compare.hpp"
#include "nendiff/parse.hpp"
#include "test_support.hpp"

namespace nendiff {
namespace {

const std::string k2023 = test::sample_path("kenko-iryo-senryaku-2023.txt");
const std::string k2024 = test::sample_path("kenko-iryo-senryaku-2024.txt");
const std::string kLaw = test::sample_path("law/kaishaho-2020-04-01.md");
const std::string kReversedJa = "旧版の年が新版の年より後です";
const std::string kUnrelatedJa = "二つのファイルは同じ文書の版に見えません";

Comparison compare_files(const std::string& a, const std::string& b) {
  return compare(parse(test::read_bytes(a), a), parse(test::read_bytes(b), b));
}

TEST(Cautions, AnOrdinaryPairHasNone) {
  EXPECT_TRUE(compare_files(k2023, k2024).cautions().empty());
  EXPECT_TRUE(compare_files(k2023, k2023).cautions().empty());
}

TEST(Cautions, TheOldEditionDatedAfterTheNewIsReversed) {
  EXPECT_EQ(compare_files(k2024, k2023).cautions(), std::vector<Caution>{Caution::reversed});
}

// A follow-up against a law: other titles, other layouts, nothing pairs.
TEST(Cautions, AnotherDocumentIsUnrelated) {
  EXPECT_EQ(compare_files(k2023, kLaw).cautions(), std::vector<Caution>{Caution::unrelated});
  // Two editions of one law are not.
  EXPECT_TRUE(compare_files(test::sample_path("law/kaishaho-2017-04-01.md"), kLaw).cautions().empty());
}

TEST(CautionCli, WarnsOnStderrAndNotesEveryReportsTop) {
  const test::RunResult r = test::run_nendiff({"compare", k2024, k2023, "--no-color"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "nendiff: " + k2024 + ", " + k2023 +
                       ": the old edition (2024) is dated after the new one (2023): given in the wrong "
                       "order? (compared as given)\n");
  EXPECT_LT(r.out.find("注意 note: " + kReversedJa), r.out.find("measures:"));
  const std::string md = test::run_nendiff({"compare", k2024, k2023, "-f", "md"}).out;
  EXPECT_NE(md.find("> 注意 note: " + kReversedJa), std::string::npos);
  const std::string html = test::run_nendiff({"compare", k2024, k2023, "-f", "html"}).out;
  EXPECT_LT(html.find("<div class=\"notice\" role=\"note\"><b>注意 note</b> " + kReversedJa),
            html.find("<h2>概要 Summary</h2>"));
  const std::string csv = test::run_nendiff({"compare", k2024, k2023, "-f", "csv"}).out;
  EXPECT_EQ(csv.find("\xEF\xBB\xBF注意 note: " + kReversedJa), 0u);
  const auto json = nlohmann::json::parse(test::run_nendiff({"compare", k2023, kLaw, "-f", "json"}).out);
  EXPECT_EQ(json["cautions"], nlohmann::json::array({"unrelated"}));
  const test::RunResult unrelated = test::run_nendiff({"compare", k2023, kLaw});
  EXPECT_NE(unrelated.err.find("these do not look like editions of one document"), std::string::npos);
  EXPECT_NE(unrelated.out.find(kUnrelatedJa), std::string::npos);
}

// `diff a a` is silent; nendiff tells a reviewer who named one file twice.
TEST(CautionCli, TheSameFileTwiceIsNoticedAndExitsZero) {
  const test::RunResult r = test::run_nendiff({"compare", k2023, k2023});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, "nendiff: " + k2023 + ", " + k2023 + ": the same file given twice\n");
  const test::RunResult ordinary = test::run_nendiff({"compare", k2023, k2024});
  EXPECT_EQ(ordinary.err, "");
}

}  // namespace
}  // namespace nendiff
