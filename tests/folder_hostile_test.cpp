// Issue 15, items 7, 9, 11 and 12: folder mode among hostile trees. A report
// is never written over an input, whatever the layout; links out of a tree are
// not followed unless asked; names that are not UTF-8 or hold control
// characters are carried as bytes and shown escaped; a file or folder that
// cannot be read, or a report that cannot be written, is one line on stderr
// and exit 2 after the rest is done, as with `diff -r`.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <boost/filesystem.hpp>
#include <nlohmann/json.hpp>

#include "as_user.hpp"
#include "test_support.hpp"

namespace nendiff {
namespace {

namespace fs = boost::filesystem;
using test::read_bytes;
using test::RunResult;
using test::TempDir;
using test::write_bytes;

const std::string k2023 = test::sample_path("kenko-iryo-senryaku-2023.txt");
const std::string k2024 = test::sample_path("kenko-iryo-senryaku-2024.txt");

void put(const std::string& path, const std::string& bytes) {
  fs::create_directories(fs::path(path).parent_path());
  write_bytes(path, bytes);
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  for (size_t at = 0, end; at < text.size(); at = end + 1) {
    end = std::min(text.find('\n', at), text.size());
    lines.push_back(text.substr(at, end - at));
  }
  return lines;
}

// -o the parent of the old tree: new/old/a.txt's text report would be
// old/a.txt, the input. Also through a link the output folder holds.
TEST(FolderHostile, AReportIsNeverWrittenOverAnInput) {
  TempDir dir;
  const std::string input = dir.file("old/a.txt"), original = read_bytes(k2023);
  put(input, original);
  put(dir.file("new/old/a.txt"), read_bytes(k2024));
  const RunResult r = test::run_nendiff(
      {"compare", dir.file("old"), dir.file("new"), "-o", dir.path(), "--format", "text,json"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "nendiff: " + dir.path() + "/old/a.txt: is one of the inputs; the report is not written\n");
  EXPECT_EQ(read_bytes(input), original);
  EXPECT_TRUE(fs::exists(dir.file("old/a.json")));  // the rest is done
  EXPECT_EQ(nlohmann::json::parse(read_bytes(dir.file("index.json")))["failed"].size(), 1u);

  fs::create_directory(dir.file("out"));
  fs::create_symlink("../old/a.txt", dir.file("out/a.txt"));
  const RunResult linked = test::run_nendiff(
      {"compare", dir.file("old"), dir.file("new/old"), "-o", dir.file("out"), "--format", "text"});
  EXPECT_EQ(linked.exit_code, 2);
  EXPECT_NE(linked.err.find("out/a.txt: is one of the inputs"), std::string::npos) << linked.err;
  EXPECT_EQ(read_bytes(input), original);
}

// new/passwd.txt → a file outside the tree, new/elsewhere → a folder outside:
// neither is read, each said in one line; --follow-links reads both.
TEST(FolderHostile, LinksOutOfTheTreeAreNotFollowed) {
  TempDir dir, outside;
  put(dir.file("old/a.txt"), read_bytes(k2023));
  put(dir.file("new/a.txt"), read_bytes(k2024));
  put(outside.file("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
  put(outside.file("folder/b.txt"), "秘密の計画2024\n\n・極秘事項。【◎内】\n");
  fs::create_symlink(outside.file("passwd"), dir.file("new/passwd.txt"));
  fs::create_symlink(outside.file("folder"), dir.file("new/elsewhere"));
  fs::create_symlink("a.txt", dir.file("new/same.txt"));  // inside: read as before
  fs::create_symlink("..", dir.file("new/loop"));         // --follow-links must not loop
  const std::vector<std::string> args = {"compare", dir.file("old"), dir.file("new"), "-o",
                                         dir.file("out"), "-q"};
  const RunResult r = test::run_nendiff(args);
  EXPECT_EQ(r.exit_code, 1) << r.err;  // skipped links are no error
  const std::string hint = ": a link out of the folder, not followed (--follow-links reads it)";
  EXPECT_EQ(lines_of(r.err), (std::vector<std::string>{"nendiff: " + dir.file("new/elsewhere") + hint,
                                                       "nendiff: " + dir.file("new/loop") + hint,
                                                       "nendiff: " + dir.file("new/passwd.txt") + hint}));
  const std::string index = read_bytes(dir.file("out/index.json")) + read_bytes(dir.file("out/index.html"));
  EXPECT_EQ(index.find("root:x"), std::string::npos);
  EXPECT_EQ(index.find("秘密"), std::string::npos);
  EXPECT_NE(index.find("same.txt"), std::string::npos);

  std::vector<std::string> following = args;
  following.push_back("--follow-links");
  const RunResult followed = test::run_nendiff(following);
  EXPECT_EQ(followed.err, "");
  const auto json = nlohmann::json::parse(read_bytes(dir.file("out/index.json")));
  std::vector<std::string> unmatched;
  for (const auto& d : json["unmatched"]["new"]) unmatched.push_back(d["path"]);
  EXPECT_NE(std::find(unmatched.begin(), unmatched.end(), "elsewhere/b.txt"), unmatched.end());
  EXPECT_NE(std::find(unmatched.begin(), unmatched.end(), "passwd.txt"), unmatched.end());
}

// An edition's name on a link to nothing or on a FIFO (which reading would
// wait on forever): files that cannot be read, one line each, exit 2.
TEST(FolderHostile, ALinkToNothingOrAFifoIsAFileThatCannotBeRead) {
  TempDir dir;
  put(dir.file("old/a.txt"), read_bytes(k2023));
  put(dir.file("new/a.txt"), read_bytes(k2024));
  fs::create_symlink("gone.txt", dir.file("new/b.txt"));
  ASSERT_EQ(::mkfifo(dir.file("new/c.txt").c_str(), 0644), 0);
  const RunResult r = test::run_nendiff(
      {"compare", dir.file("old"), dir.file("new"), "-o", dir.file("out"), "-q"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(lines_of(r.err), (std::vector<std::string>{
                                 "nendiff: " + dir.file("new/b.txt") + ": a link to nothing",
                                 "nendiff: " + dir.file("new/c.txt") + ": not a regular file"}));
  EXPECT_EQ(nlohmann::json::parse(read_bytes(dir.file("out/index.json")))["pairs"].size(), 1u);
}

// Names are bytes: one that is not UTF-8, one with a line break and a
// right-to-left override. They pair, their reports are written under their
// names, and everything that shows them shows them escaped.
TEST(FolderHostile, NamesAreCarriedAsBytesAndShownEscaped) {
  TempDir dir;
  const std::string latin1 = "b\xe9\xff.txt", forged = "c\n\xe2\x80\xae.txt";
  for (const std::string& name : {latin1, forged}) {
    put(dir.file("old/" + name), read_bytes(k2023));
    put(dir.file("new/" + name), read_bytes(k2024));
  }
  const RunResult r =
      test::run_nendiff({"compare", dir.file("old"), dir.file("new"), "-o", dir.file("out")});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(r.err, "");
  const std::vector<std::string> lines = lines_of(r.out);
  ASSERT_EQ(lines.size(), 3u) << r.out;
  EXPECT_EQ(lines[1].rfind("  b\\xe9\\xff.txt → b\\xe9\\xff.txt  changed ", 0), 0u) << lines[1];
  EXPECT_EQ(lines[2].rfind("  c\\x0a\\u202e.txt → c\\x0a\\u202e.txt  changed ", 0), 0u) << lines[2];
  EXPECT_TRUE(fs::exists(dir.file("out/b\xe9\xff.json")));
  const auto index = nlohmann::json::parse(read_bytes(dir.file("out/index.json")));  // valid UTF-8
  EXPECT_EQ(index["pairs"][0]["new"]["path"], "b\\xe9\\xff.txt");
  EXPECT_EQ(index["pairs"][1]["new"]["path"], "c\n\xe2\x80\xae.txt");
  const std::string html = read_bytes(dir.file("out/index.html"));
  EXPECT_NE(html.find("href=\"b%E9%FF.html\""), std::string::npos);  // the file as it is named
  EXPECT_NE(html.find("<td>c\\x0a\\u202e.txt</td>"), std::string::npos);
  // One file: its JSON report names it as index.json does.
  const RunResult one = test::run_nendiff(
      {"compare", dir.file("old/" + latin1), dir.file("new/" + latin1), "--format", "json"});
  EXPECT_EQ(nlohmann::json::parse(one.out)["new"]["path"], dir.file("new/b\\xe9\\xff.txt"));
}

// As `diff -r`: what cannot be read is one line each, the rest is compared,
// and the exit status is 2. Root reads anything: run as nobody.
TEST(FolderHostile, WhatCannotBeReadExitsTwoAfterTheRest) {
  if (!test::can_run_as_user()) GTEST_SKIP() << "cannot run nendiff as another user";
  TempDir dir;
  for (const char* tree : {"old", "new"}) {
    const bool old = std::string(tree) == "old";
    put(dir.file(tree + std::string("/a.txt")), read_bytes(old ? k2023 : k2024));
    put(dir.file(tree + std::string("/c.txt")), read_bytes(old ? k2023 : k2024));
    put(dir.file(tree + std::string("/sub/b.txt")), read_bytes(old ? k2023 : k2024));
  }
  fs::create_directory(dir.file("out"));
  for (const char* p : {"", "/old", "/new", "/old/sub"}) ASSERT_EQ(::chmod((dir.path() + p).c_str(), 0755), 0);
  ASSERT_EQ(::chmod(dir.file("out").c_str(), 0777), 0);
  for (const char* p : {"old/a.txt", "old/c.txt", "old/sub/b.txt", "new/a.txt"})
    ASSERT_EQ(::chmod(dir.file(p).c_str(), 0644), 0);
  ASSERT_EQ(::chmod(dir.file("new/c.txt").c_str(), 0), 0);
  ASSERT_EQ(::chmod(dir.file("new/sub").c_str(), 0), 0);
  const RunResult r =
      test::run_as_user({"compare", dir.file("old"), dir.file("new"), "-o", dir.file("out"), "-q"});
  ::chmod(dir.file("new/sub").c_str(), 0755);
  EXPECT_EQ(r.exit_code, 2);
  const std::vector<std::string> lines = lines_of(r.err);
  ASSERT_EQ(lines.size(), 2u) << r.err;
  EXPECT_EQ(lines[0], "nendiff: " + dir.file("new/sub") + ": cannot read folder (Permission denied)");
  EXPECT_EQ(lines[1].rfind("nendiff: " + dir.file("new/c.txt") + ": ", 0), 0u) << lines[1];
  const auto index = nlohmann::json::parse(read_bytes(dir.file("out/index.json")));
  EXPECT_EQ(index["pairs"].size(), 1u);
  EXPECT_EQ(index["failed"].size(), 2u);
}

// A report whose name is too long for the file system: one line, the other
// pair's reports are written, exit 2.
TEST(FolderHostile, AReportThatCannotBeWrittenExitsTwo) {
  TempDir dir;
  const std::string longest = std::string(251, 'a') + ".txt";  // its .json would be 256 bytes
  for (const std::string& name : {longest, std::string("x.txt")}) {
    put(dir.file("old/" + name), read_bytes(k2023));
    put(dir.file("new/" + name), read_bytes(k2024));
  }
  const RunResult r = test::run_nendiff(
      {"compare", dir.file("old"), dir.file("new"), "-o", dir.file("out"), "-f", "json,text", "-q"});
  EXPECT_EQ(r.exit_code, 2);
  const std::string target = dir.file("out/" + std::string(251, 'a') + ".json");
  EXPECT_EQ(r.err, "nendiff: " + target + ": cannot write (File name too long)\n");
  EXPECT_TRUE(fs::exists(dir.file("out/x.json")));
  EXPECT_TRUE(fs::exists(dir.file("out/" + longest)));  // its text report has room
}

}  // namespace
}  // namespace nendiff
