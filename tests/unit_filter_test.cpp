// --only and --diff-only (issue 16, item 4): every format lists the units
// chosen, the summary still counts them all.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "nendiff/error.hpp"
#include "nendiff/report.hpp"
#include "test_support.hpp"

namespace nendiff {
namespace {

using nlohmann::json;

TEST(UnitFilter, ReadsStatusWordsAndMoved) {
  const UnitFilter f = parse_unit_filter("added,moved");
  EXPECT_EQ(f.names(), (std::vector<std::string>{"added", "moved"}));
  MeasureDiff d;
  d.status = Status::added;
  EXPECT_TRUE(f.lists(d));
  d.status = Status::unchanged;
  EXPECT_FALSE(f.lists(d));
  d.moved = true;
  EXPECT_TRUE(f.lists(d));
  EXPECT_TRUE(UnitFilter{}.lists(MeasureDiff{}));  // nothing chosen lists everything
  EXPECT_THROW(parse_unit_filter("added,Changed"), Error);
  EXPECT_THROW(parse_unit_filter("added,"), Error);
}

class OnlyCli : public ::testing::Test {
 protected:
  std::string run(std::vector<std::string> extra) {
    std::vector<std::string> args = {"compare", test::sample_path("kenko-iryo-senryaku-2023.txt"),
                                     test::sample_path("kenko-iryo-senryaku-2024.txt")};
    args.insert(args.end(), extra.begin(), extra.end());
    const test::RunResult r = test::run_nendiff(args);
    EXPECT_EQ(r.exit_code, 1) << r.err;
    return r.out;
  }
};

TEST_F(OnlyCli, JsonListsTheUnitsChosenAndCountsThemAll) {
  const json all = json::parse(run({"-f", "json"}));
  const json diff = json::parse(run({"-f", "json", "--diff-only"}));
  size_t differing = 0;
  for (const json& m : all["measures"]) differing += m["status"] != "unchanged" || m["moved"] == true;
  EXPECT_EQ(diff["measures"].size(), differing);
  EXPECT_LT(differing, all["measures"].size());
  for (const json& m : diff["measures"]) EXPECT_TRUE(m["status"] != "unchanged" || m["moved"] == true);
  EXPECT_EQ(diff["summary"], all["summary"]);
  const json added = json::parse(run({"-f", "json", "--only", "added"}));
  ASSERT_EQ(added["measures"].size(), all["summary"]["added"].get<size_t>());
  for (const json& m : added["measures"]) EXPECT_EQ(m["status"], "added");
}

TEST_F(OnlyCli, TextMarkdownAndCsvListOnlyTheUnitsChosen) {
  const std::string text = run({"--no-color", "--only", "dropped", "--lang", "en"});
  EXPECT_NE(text.find("\n  dropped "), std::string::npos);
  EXPECT_EQ(text.find("\n  changed "), std::string::npos);
  EXPECT_EQ(text.find("\n  added "), std::string::npos);
  const std::string md = run({"-f", "md", "--only", "dropped"});
  EXPECT_NE(md.find("- **削除 dropped**"), std::string::npos);
  EXPECT_EQ(md.find("- **変更 changed**"), std::string::npos);
  const std::string csv = run({"-f", "csv", "--only", "unchanged", "--lang", "en"});
  EXPECT_EQ(test::count(csv, "\nunchanged,"), 37);
  EXPECT_EQ(test::count(csv, "\nchanged,"), 0);
}

TEST_F(OnlyCli, TheHtmlPageOpensFilteredToThem) {
  EXPECT_NE(run({"-f", "html", "--diff-only"}).find("data-initial=\"changed added dropped moved\""),
            std::string::npos);
  EXPECT_NE(run({"-f", "html"}).find("data-initial=\"\""), std::string::npos);
}

TEST(Usage, OnlyRefusesAnUnknownStatusInOneLine) {
  const test::RunResult r = test::run_nendiff({"compare", test::sample_path("kenko-iryo-senryaku-2023.txt"),
                                               test::sample_path("kenko-iryo-senryaku-2024.txt"),
                                               "--only", "added,new"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "nendiff: --only: unknown status 'new' (choose from changed, added, dropped, moved, "
                   "unchanged)\n");
}

// Issue 16, item 14: the command line labels a Japanese document's text,
// CSV and Excel reports in Japanese, one language per line; --lang en for
// English; a document in English gets English labels by itself.
TEST(LanguageCli, JapaneseLabelsForJapaneseDocumentsEnglishOnRequest) {
  const std::string a = test::sample_path("kenko-iryo-senryaku-2023.txt");
  const std::string b = test::sample_path("kenko-iryo-senryaku-2024.txt");
  const std::string ja = test::run_nendiff({"compare", a, b, "--no-color"}).out;
  EXPECT_NE(ja.find("\n施策: 変更なし 37、変更 18、追加 6、削除 5、移動 3\n"), std::string::npos) << ja;
  EXPECT_NE(ja.find("\n  変更  L21 → L21  "), std::string::npos);
  EXPECT_NE(ja.find("\n新版の時点更新漏れの疑い (8):\n"), std::string::npos);
  EXPECT_EQ(ja.find(" / The ministry tag"), std::string::npos);  // one language per finding
  EXPECT_NE(ja.find("\n■ … › （保険者における予防・健康づくり等のインセンティブ）\n"), std::string::npos);
  const std::string en = test::run_nendiff({"compare", a, b, "--no-color", "--lang", "en"}).out;
  EXPECT_NE(en.find("\nmeasures: 37 unchanged, 18 changed, 6 added, 5 dropped, 3 moved\n"), std::string::npos);
  EXPECT_NE(en.find("The ministry tag still lists"), std::string::npos);
  EXPECT_EQ(en.find("府省庁タグに廃止された組織"), std::string::npos);
  const std::string csv = test::run_nendiff({"compare", a, b, "-f", "csv"}).out;
  EXPECT_EQ(csv.rfind("\xEF\xBB\xBF状態,移動,見出し,", 0), 0u);
  EXPECT_NE(csv.find("\n追加,なし,"), std::string::npos);
  test::TempDir dir;
  test::write_bytes(dir.file("old.txt"), "Action plan 2023\n\nThe agency reviewed 12 programmes.\n");
  test::write_bytes(dir.file("new.txt"), "Action plan 2024\n\nThe agency reviewed 14 programmes.\n");
  const std::string english = test::run_nendiff({"compare", dir.file("old.txt"), dir.file("new.txt")}).out;
  EXPECT_NE(english.find("\nparagraphs: "), std::string::npos) << english;
}

}  // namespace
}  // namespace nendiff
