// Batch mode on a made-up pair of folders: documents that pair by title or by
// file name, documents without a partner, unreadable files, the index, and the
// command line's output and exit codes.
#include "nendiff/batch.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <boost/filesystem.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "nendiff/compare.hpp"
#include "batch/keys.hpp"
#include "nendiff/error.hpp"
#include "nendiff/parse.hpp"
#include "test_support.hpp"

namespace {

namespace fs = boost::filesystem;
using nendiff::BatchOptions;
using nendiff::BatchResult;
using nendiff::compare_trees;
using nendiff::test::fixture;
using nendiff::test::read_bytes;
using nendiff::test::run_nendiff;
using nendiff::test::sample_path;
using nendiff::test::TempDir;
using nendiff::test::write_bytes;

void put(const TempDir& dir, const std::string& relative, const std::string& bytes) {
  const fs::path path = fs::path(dir.path()) / relative;
  fs::create_directories(path.parent_path());
  write_bytes(path.string(), bytes);
}

void copy(const TempDir& dir, const std::string& relative, const std::string& from) {
  put(dir, relative, read_bytes(from));
}

// A small edition: its title, one section, one measure per entry of `measures`.
std::string edition(const std::string& title, const std::vector<std::string>& measures) {
  std::string text = title + "\n\n1. 取組\n\n";
  for (const std::string& m : measures) text += "・" + m + "\n\n";
  return text;
}

// Last year's and this year's folders: two documents pair by title under other
// names (one now a PDF), two share a title and pair by file name, one is gone,
// one is new, two are unreadable, and a spreadsheet and a hidden file lie around.
class Folders : public ::testing::Test {
 protected:
  void SetUp() override {
    copy(dir_, "old/kenko-iryo-senryaku-2023.txt", sample_path("kenko-iryo-senryaku-2023.txt"));
    copy(dir_, "new/本部決定/followup.pdf", fixture("kenko-iryo-senryaku-2024.pdf"));
    put(dir_, "old/koteihyo_R5.txt", edition("別紙 工程表 令和5年度", {"工程を管理する。【◎厚】"}));
    put(dir_, "new/工程表.txt", edition("別紙 工程表 令和6年度", {"工程を管理する。【◎厚】"}));
    for (const char* part : {"honbun", "sanko"}) {
      put(dir_, std::string("old/") + part + "-2023.txt",
          edition("重点計画2023", {std::string(part) + "の施策を進める。【◎経】"}));
      put(dir_, std::string("new/") + part + "-2024.txt",
          edition("重点計画2024", {std::string(part) + "の施策を進めた。【◎経】"}));
    }
    put(dir_, "old/haishi-2023.txt", edition("廃止された計画2023", {"終了する。【◎文】"}));
    put(dir_, "new/shinki.txt", edition("新しい計画2024", {"開始する。【◎文】"}));
    put(dir_, "new/broken.pdf", "%PDF-1.7\nnot really a PDF\n");
    copy(dir_, "new/scan.pdf", fixture("image-only.pdf"));
    put(dir_, "new/photo.png", "\x89PNG\r\n");
    put(dir_, "new/.DS_Store", "\0\0\0\1Bud1");
    old_ = dir_.file("old");
    new_ = dir_.file("new");
    out_ = dir_.file("out");
  }

  const nendiff::BatchPair* pair_of(const BatchResult& r, const std::string& new_relative) {
    for (const auto& p : r.pairs)
      if (p.new_doc.relative == new_relative) return &p;
    ADD_FAILURE() << "no pair for " << new_relative;
    return nullptr;
  }

  TempDir dir_;
  std::string old_, new_, out_;
};

TEST_F(Folders, PairsByTitleThenFileName) {
  BatchOptions options;
  options.formats = {nendiff::Format::json, nendiff::Format::text};
  const BatchResult r = compare_trees(old_, new_, out_, options);
  ASSERT_EQ(r.pairs.size(), 4u);
  const auto* kenko = pair_of(r, "本部決定/followup.pdf");
  const auto* koteihyo = pair_of(r, "工程表.txt");
  const auto* honbun = pair_of(r, "honbun-2024.txt");
  const auto* sanko = pair_of(r, "sanko-2024.txt");
  ASSERT_TRUE(kenko && koteihyo && honbun && sanko);
  EXPECT_EQ(kenko->old_doc.relative, "kenko-iryo-senryaku-2023.txt");
  EXPECT_EQ(kenko->matched_by, "title");
  EXPECT_EQ(koteihyo->old_doc.relative, "koteihyo_R5.txt");
  EXPECT_EQ(koteihyo->matched_by, "title");
  EXPECT_EQ(honbun->old_doc.relative, "honbun-2023.txt");
  EXPECT_EQ(honbun->matched_by, "file name");
  EXPECT_EQ(sanko->old_doc.relative, "sanko-2023.txt");
  EXPECT_FALSE(koteihyo->differences);  // only the year rolled
  EXPECT_TRUE(honbun->differences);
  ASSERT_EQ(r.unmatched_old.size(), 1u);
  EXPECT_EQ(r.unmatched_old[0].relative, "haishi-2023.txt");
  ASSERT_EQ(r.unmatched_new.size(), 1u);
  EXPECT_EQ(r.unmatched_new[0].relative, "shinki.txt");
  EXPECT_TRUE(r.has_differences());
}

TEST_F(Folders, UnreadableFilesAreReportedAndSkipped) {
  const BatchResult r = compare_trees(old_, new_, out_);
  ASSERT_EQ(r.failures.size(), 2u);
  EXPECT_EQ(r.failures[0].path, (fs::path(new_) / "broken.pdf").string());
  EXPECT_EQ(r.failures[0].message.rfind(r.failures[0].path + ": corrupt PDF", 0), 0u);
  EXPECT_EQ(r.failures[1].path, (fs::path(new_) / "scan.pdf").string());
  EXPECT_NE(r.failures[1].message.find("OCR is needed"), std::string::npos);
  EXPECT_EQ(r.pairs.size(), 4u);
}

// nendiff serve --root: the trees' folder is not shown, in the result, the
// reports, the index or the messages; the CLI's default names paths as given.
TEST_F(Folders, ShownFromNamesEveryPathRelativeToIt) {
  BatchOptions options;
  options.shown_from = dir_.path();
  const BatchResult r = compare_trees(old_, new_, out_, options);
  ASSERT_EQ(r.failures.size(), 2u);
  EXPECT_EQ(r.failures[0].path, "new/broken.pdf");
  EXPECT_EQ(r.failures[0].message.rfind("new/broken.pdf: corrupt PDF", 0), 0u) << r.failures[0].message;
  const auto* kenko = pair_of(r, "本部決定/followup.pdf");
  ASSERT_TRUE(kenko);
  EXPECT_EQ(kenko->old_doc.path, "old/kenko-iryo-senryaku-2023.txt");
  EXPECT_EQ(r.unmatched_new[0].path, "new/shinki.txt");
  const std::string index = read_bytes(out_ + "/index.json");
  EXPECT_NE(index.find("\"old\": \"old\""), std::string::npos);
  for (fs::recursive_directory_iterator it(out_), end; it != end; ++it)
    if (fs::is_regular_file(it->path()))
      EXPECT_EQ(read_bytes(it->path().string()).find(dir_.path()), std::string::npos) << it->path();
  EXPECT_NE(read_bytes(out_ + "/本部決定/followup.json").find("\"old/kenko-iryo-senryaku-2023.txt\""),
            std::string::npos);
}

TEST_F(Folders, ReportsAndIndexAgreeWithTheComparison) {
  BatchOptions options;
  options.formats = {nendiff::Format::json, nendiff::Format::text};
  const BatchResult r = compare_trees(old_, new_, out_, options);
  const auto* kenko = pair_of(r, "本部決定/followup.pdf");
  ASSERT_TRUE(kenko);
  EXPECT_EQ(kenko->reports, (std::vector<std::string>{"本部決定/followup.json", "本部決定/followup.txt"}));
  const nendiff::Comparison direct = nendiff::compare(nendiff::load_edition(kenko->old_doc.path),
                                                      nendiff::load_edition(kenko->new_doc.path));
  const auto report = nlohmann::json::parse(read_bytes(dir_.file("out/本部決定/followup.json")));
  EXPECT_EQ(report["summary"]["changed"], direct.summary().changed);
  EXPECT_EQ(report["summary"]["stale"], direct.summary().stale);

  const auto index = nlohmann::json::parse(read_bytes(r.index));
  EXPECT_EQ(r.index, (fs::path(out_) / "index.json").string());
  ASSERT_EQ(index["pairs"].size(), 4u);
  const nlohmann::json* entry = nullptr;
  for (const auto& p : index["pairs"])
    if (p["new"]["path"] == "本部決定/followup.pdf") entry = &p;
  ASSERT_TRUE(entry);
  EXPECT_EQ((*entry)["summary"]["added"], direct.summary().added);
  EXPECT_EQ((*entry)["reports"]["json"], "本部決定/followup.json");
  ASSERT_EQ((*entry)["stale"].size(), direct.stale.size());
  ASSERT_FALSE(direct.stale.empty());
  for (size_t i = 0; i < direct.stale.size(); ++i) {
    EXPECT_EQ((*entry)["stale"][i]["line"], direct.stale[i].line);
    EXPECT_EQ((*entry)["stale"][i]["page"], direct.new_doc.page_of(direct.stale[i].line));
  }
  EXPECT_EQ(index["unmatched"]["old"][0]["path"], "haishi-2023.txt");
  EXPECT_EQ(index["unmatched"]["new"][0]["path"], "shinki.txt");
  EXPECT_EQ(index["failed"].size(), 2u);
  EXPECT_FALSE(fs::exists(fs::path(out_) / "index.html"));  // HTML was not chosen
}

TEST_F(Folders, OutputFolderInsideATreeIsNotRead) {
  const std::string inside = dir_.file("new/out");
  BatchOptions options;
  options.formats = {nendiff::Format::text, nendiff::Format::json};  // .txt reports
  compare_trees(old_, new_, inside, options);
  ASSERT_TRUE(fs::exists(dir_.file("new/out/honbun-2024.txt")));
  const BatchResult again = compare_trees(old_, new_, inside, options);  // reports are no editions
  EXPECT_EQ(again.pairs.size(), 4u);
  EXPECT_EQ(again.unmatched_new.size(), 1u);
}

TEST_F(Folders, ProgressShowsDocumentsDoneAndTotal) {
  std::ostringstream terminal;
  BatchOptions options;
  options.progress = &terminal;
  compare_trees(old_, new_, out_, options);
  const std::string shown = terminal.str();
  EXPECT_NE(shown.find("[1/12] reading " + (fs::path(old_) / "haishi-2023.txt").string()),
            std::string::npos) << shown;
  EXPECT_NE(shown.find("[12/12] reading"), std::string::npos);
  EXPECT_NE(shown.find("[4/4] comparing"), std::string::npos);
  EXPECT_EQ(shown.substr(shown.size() - 4), "\r\x1b[K");  // the line is cleared at the end
}

// Two files could not be read: exit 2, as `diff -r`, after doing the rest.
TEST_F(Folders, CommandLineWritesHtmlIndexAndExitsTwoForWhatItSkipped) {
  const auto r = run_nendiff({"compare", old_, new_, "-o", out_, "--format", "json,html"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.out.find("compared 4 pairs"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("no partner (old): haishi-2023.txt"), std::string::npos);
  EXPECT_NE(r.err.find("nendiff: " + (fs::path(new_) / "scan.pdf").string() + ": "),
            std::string::npos) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 2) << r.err;
  EXPECT_EQ(r.err.find("reading"), std::string::npos);  // stderr is no terminal: no progress
  const std::string index = read_bytes(dir_.file("out/index.html"));
  EXPECT_NE(index.find("href=\"honbun-2024.html\""), std::string::npos);
  EXPECT_NE(index.find("shinki.txt"), std::string::npos);
  EXPECT_TRUE(fs::exists(dir_.file("out/honbun-2024.html")));
  const auto quiet = run_nendiff({"compare", old_, new_, "-o", out_, "--quiet"});
  EXPECT_EQ(quiet.exit_code, 2);
  EXPECT_EQ(quiet.out, "");
  EXPECT_NE(quiet.err.find("scan.pdf"), std::string::npos);  // problems are still told
}

TEST(Batch, SameDocumentsExitZero) {
  TempDir dir;
  copy(dir, "old/kenko.txt", sample_path("kenko-iryo-senryaku-2024.txt"));
  copy(dir, "new/kenko.docx", fixture("kenko-iryo-senryaku-2024.docx"));
  const auto r = run_nendiff({"compare", dir.file("old"), dir.file("new"), "-o", dir.file("out")});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_TRUE(fs::exists(dir.file("out/kenko.json")));
  EXPECT_TRUE(fs::exists(dir.file("out/kenko.html")));
  EXPECT_TRUE(fs::exists(dir.file("out/index.html")));
}

// Every format nendiff reads is a document in a folder: a folder of Markdown
// editions or of published pages is compared, not found empty.
TEST(Batch, MarkdownAndPagesInFoldersAreDocuments) {
  TempDir dir;
  copy(dir, "old/ronten.md", sample_path("outline/iryo-dx-ronten-v1.md"));
  copy(dir, "new/ronten.md", sample_path("outline/iryo-dx-ronten-v2.md"));
  put(dir, "old/page.html", "<!DOCTYPE html><html><body><h1>計画2023</h1><ul><li>進める。【◎経】</li></ul></body></html>");
  put(dir, "new/page.htm", "<!DOCTYPE html><html><body><h1>計画2024</h1><ul><li>進める。【◎経】</li></ul></body></html>");
  const auto r = run_nendiff({"compare", dir.file("old"), dir.file("new"), "-o", dir.file("out")});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("compared 2 pairs, 1 with differences"), std::string::npos) << r.out;
  EXPECT_TRUE(fs::exists(dir.file("out/ronten.html")));
}

TEST(Batch, NothingComparableExitsTwo) {
  TempDir dir;
  copy(dir, "old/scan.pdf", fixture("image-only.pdf"));
  put(dir, "new/a.txt", edition("計画2024", {"進める。【◎経】"}));
  const auto r = run_nendiff({"compare", dir.file("old"), dir.file("new"), "-o", dir.file("out")});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(dir.file("old/scan.pdf") + ": PDF without a text layer"), std::string::npos);
  EXPECT_NE(r.err.find("nendiff: no pair of documents could be compared"), std::string::npos) << r.err;
  EXPECT_TRUE(fs::exists(dir.file("out/index.json")));  // still says what was found
}

TEST(Batch, UnusableOutputFolderIsRefused) {
  TempDir dir;
  put(dir, "old/a.txt", edition("計画2023", {"進める。【◎経】"}));
  put(dir, "new/a.txt", edition("計画2024", {"進める。【◎経】"}));
  const auto none = run_nendiff({"compare", dir.file("old"), dir.file("new")});
  EXPECT_EQ(none.exit_code, 2);
  EXPECT_NE(none.err.find("give the output folder with -o DIR"), std::string::npos) << none.err;
  EXPECT_THROW(compare_trees(dir.file("old"), dir.file("new"), dir.file("new")), nendiff::Error);
  put(dir, "file", "x");
  EXPECT_THROW(compare_trees(dir.file("old"), dir.file("new"), dir.file("file")), nendiff::Error);
}

// index.html is a page like every report: the same no-fetch security policy,
// every piece of text escaped, apostrophes too (titles and file names are
// anyone's).
// One pair, `name`-2023 and `name`-2024, compared into out/ with HTML reports.
BatchResult html_pair(const TempDir& dir, const std::string& name, const std::string& old_text,
                      const std::string& new_text) {
  put(dir, "old/" + name + "-2023.txt", old_text);
  put(dir, "new/" + name + "-2024.txt", new_text);
  BatchOptions options;
  options.formats = {nendiff::Format::html};
  return compare_trees(dir.file("old"), dir.file("new"), dir.file("out"), options);
}

TEST(Batch, IndexPageHasTheSharedHeadAndEscapesEverything) {
  TempDir dir;
  const BatchResult r = html_pair(dir, "o'neil", edition("O'Neil計画<b>2023", {"進める。【◎経】"}),
                                  edition("O'Neil計画<b>2024", {"進めた。【◎経】"}));
  ASSERT_EQ(r.pairs.size(), 1u);
  const std::string index = read_bytes(dir.file("out/index.html"));
  EXPECT_EQ(index.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(index.find("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'"),
            std::string::npos);
  EXPECT_NE(index.find("<td>O&#39;Neil計画&lt;b&gt;2024</td>"), std::string::npos) << index;
  EXPECT_NE(index.find("<td>o&#39;neil-2023.txt</td>"), std::string::npos);
  EXPECT_NE(index.find("href=\"o%27neil-2024.html\""), std::string::npos);
  EXPECT_EQ(index.find("O'Neil"), std::string::npos);
  EXPECT_EQ(index.find("<b>2024"), std::string::npos);
  EXPECT_EQ(index.find("<script"), std::string::npos);  // nothing to filter
  const auto json = nlohmann::json::parse(read_bytes(r.index));
  EXPECT_EQ(json["pairs"][0]["new"]["title"], "O'Neil計画<b>2024");
}

// The index page quotes the new edition as it writes itself: its title, and
// each stale finding's phrase, message and sentence.
TEST(Batch, IndexPageQuotesTitlesAndStaleFindingsAsWritten) {
  TempDir dir;
  const BatchResult r = html_pair(dir, "plan", edition("重点計画２０２３", {"研修を実施した。【◎厚】"}),
                                  edition("重点計画２０２４", {"研修を実施した。２０２３年度以降も継続する。【◎厚】"}));
  ASSERT_EQ(r.pairs.size(), 1u);
  ASSERT_FALSE(r.pairs[0].stale.empty());
  const std::string index = read_bytes(dir.file("out/index.html"));
  EXPECT_NE(index.find("<td>重点計画２０２４</td>"), std::string::npos) << index;
  EXPECT_NE(index.find("「２０２３年度以降」"), std::string::npos) << index;
  EXPECT_NE(index.find("<small>２０２３年度以降も継続する。</small>"), std::string::npos) << index;
  EXPECT_EQ(index.find("2023年度"), std::string::npos) << index;
  const auto json = nlohmann::json::parse(read_bytes(r.index));  // the JSON gives the text as read
  EXPECT_EQ(json["pairs"][0]["stale"][0]["text"], r.pairs[0].stale[0].finding.text);
}

TEST(Batch, KeysLeaveOutTheYear) {
  using nendiff::file_key;
  using nendiff::title_key;
  EXPECT_EQ(title_key("健康・医療戦略の実行状況と今後の取組方針2024(案)"),
            title_key("健康・医療戦略の実行状況と今後の取組方針2023"));
  EXPECT_EQ(title_key("令和6年度 規制改革実施計画"), title_key("令和5年度規制改革実施計画"));
  EXPECT_NE(title_key("規制改革実施計画2024"), title_key("成長戦略実行計画2024"));
  EXPECT_EQ(file_key("R6_followup.pdf"), file_key("r5-followup.pdf"));
  EXPECT_EQ(file_key("followup2024.docx"), file_key("followup2023.docx"));
  EXPECT_EQ(file_key("sub/Plan-FY2024.txt"), file_key("sub/plan_fy2023.txt"));
  EXPECT_NE(file_key("plan-12345.txt"), file_key("plan-12346.txt"));
  EXPECT_NE(file_key("a/plan-2024.txt"), file_key("b/plan-2024.txt"));
}

}  // namespace
