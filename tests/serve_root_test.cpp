// `nendiff serve --root DIR` and the views beyond two uploads (issue 19):
// editions and year folders chosen on the server, refused when a path leads
// out of the root, and the history of three or more editions — each answer
// against what the CLI writes for the same files, run in the same folder.
#include <gtest/gtest.h>
#include <httplib.h>

#include <boost/filesystem.hpp>
#include <chrono>
#include <future>
#include <nlohmann/json.hpp>
#include <regex>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

#include "nendiff/error.hpp"
#include "nendiff/report.hpp"
#include "serve/options.hpp"
#include "serve/server.hpp"
#include "serve_support.hpp"
#include "test_support.hpp"

namespace nendiff {
namespace {

namespace fs = boost::filesystem;
using serve::ServeOptions;
using serve_test::post;
using serve_test::Running;

const char k2022[] = "kenko-iryo-senryaku-2022.txt";
const char k2023[] = "kenko-iryo-senryaku-2023.txt";
const char k2024[] = "kenko-iryo-senryaku-2024.txt";

// root/2023 and root/2024, two documents each (pairs by title and by name),
// and beside them what must never be reached through the root.
class Root {
 public:
  Root() {
    for (const char* year : {"2023", "2024"}) {
      fs::create_directories(file(year));
      fs::copy_file(test::sample_path(std::string("kenko-iryo-senryaku-") + year + ".txt"),
                    file(std::string(year) + "/kenko-iryo-senryaku-" + year + ".txt"));
      fs::copy_file(test::sample_path(std::string("families/b-kenko-iryo-senryaku-") + year + ".txt"),
                    file(std::string(year) + "/b-kenko-iryo-senryaku-" + year + ".txt"));
    }
    fs::create_directories(outside_.file("secret"));
    test::write_bytes(outside_.file("secret/plan.txt"), "第1 秘密の計画\n");
  }
  std::string path() const { return dir_.path(); }
  std::string file(const std::string& relative) const { return dir_.file(relative); }
  std::string outside() const { return outside_.path(); }
  // Every file and folder under the root, for a check that nothing was written there.
  std::string tree() const {
    std::string all;
    for (fs::recursive_directory_iterator it(dir_.path()), end; it != end; ++it) {
      if (fs::is_symlink(it->symlink_status())) it.disable_recursion_pending();
      all += it->path().string() + " ";
    }
    return all;
  }

 private:
  test::TempDir dir_, outside_;
};

// TMPDIR names `dir` (made) while this lives, then what it named before.
class TmpdirAs {
 public:
  explicit TmpdirAs(const std::string& dir)
      : before_(std::getenv("TMPDIR") ? std::getenv("TMPDIR") : "") {
    fs::create_directories(dir);
    setenv("TMPDIR", dir.c_str(), 1);
  }
  ~TmpdirAs() {
    if (before_.empty()) unsetenv("TMPDIR");
    else setenv("TMPDIR", before_.c_str(), 1);
  }

 private:
  std::string before_;
};

// The server with `root` as --root (none when empty).
ServeOptions rooted(const std::string& root, ServeOptions o = {}) {
  o.root = root;
  return o;
}

httplib::MultipartFormDataItems fields(const std::vector<std::pair<std::string, std::string>>& named) {
  httplib::MultipartFormDataItems items;
  for (const auto& [name, value] : named) items.push_back({name, value, "", ""});
  return items;
}

// The nendiff binary run in `dir` with `args`: its stdout.
std::string cli_in(const std::string& dir, const std::vector<std::string>& args) {
  std::vector<std::string> all = {"-c", "cd \"$1\" && shift && exec \"$@\"", "sh", dir, NENDIFF_BINARY};
  all.insert(all.end(), args.begin(), args.end());
  const test::RunResult r = test::run_program("/bin/sh", all);
  EXPECT_LE(r.exit_code, 1) << r.err;
  return r.out;
}

// A refusal (serve_support.hpp) that tells nothing of the server's paths
// nor of what lies outside the root.
void expect_refusal(const httplib::Result& r, int status, const std::string& code, const Root& root) {
  serve_test::expect_refusal(r, status, code);
  if (!r) return;
  for (const std::string& leak : {root.path(), root.outside(), std::string("/etc"),
                                  std::string("root:x:0"), std::string("秘密")})
    EXPECT_EQ(r->body.find(leak), std::string::npos) << leak << " in " << r->body;
}

// Byte for byte; a difference is shown where it starts, not as two whole reports.
void expect_same(const std::string& served, const std::string& written, const std::string& what) {
  if (served == written) return;
  size_t at = 0;
  while (at < served.size() && at < written.size() && served[at] == written[at]) ++at;
  const size_t from = at < 80 ? 0 : at - 80;
  ADD_FAILURE() << what << " differs at byte " << at << " (" << served.size() << " and "
                << written.size() << " bytes):\n  served:  " << served.substr(from, 160)
                << "\n  written: " << written.substr(from, 160);
}

std::string nonce_of(const httplib::Result& r) {
  std::smatch m;
  const std::string csp = r->get_header_value("Content-Security-Policy");
  return std::regex_search(csp, m, std::regex("'nonce-([0-9a-f]+)'")) ? m[1].str() : "";
}

// A result page as the CLI wrote the report: without the server's nonce and
// its bar of downloads.
std::string as_written(std::string page, const std::string& nonce) {
  page = std::regex_replace(page, std::regex("<nav class=\"serve-downloads\"[^\n]*</nav>\n"), "");
  const std::string with = "<script nonce=\"" + nonce + "\">";
  for (size_t at = page.find(with); at != std::string::npos; at = page.find(with, at))
    page.replace(at, with.size(), "<script>");
  return page;
}

// Every href of a page.
std::vector<std::string> links_of(const std::string& html) {
  std::vector<std::string> links;
  const std::regex href("href=\"([^\"]+)\"");
  for (std::sregex_iterator it(html.begin(), html.end(), href), end; it != end; ++it)
    links.push_back((*it)[1]);
  return links;
}

TEST(ServeRoot, ListsFoldersThenFilesAndLeavesOutWhatLeadsOutside) {
  Root root;
  test::write_bytes(root.file("notes.txt"), "12345");
  fs::create_symlink("/etc/passwd", root.file("passwd.txt"));
  fs::create_directory_symlink(root.outside(), root.file("elsewhere"));
  fs::create_symlink("2024", root.file("latest"));  // inside: listed as a folder
  ASSERT_EQ(mkfifo(root.file("pipe.txt").c_str(), 0600), 0);
  test::write_bytes(root.file("\x8c\x9a\x8d\x4e.txt"), "x");  // 健康 in Shift_JIS: not sent as UTF-8
  Running s(rooted(root.path()));
  const httplib::Result top = s.client().Get("/api/root");
  ASSERT_TRUE(top);
  ASSERT_EQ(top->status, 200) << top->body;
  EXPECT_EQ(top->get_header_value("Content-Type"), "application/json");
  EXPECT_EQ(nlohmann::json::parse(top->body),
            nlohmann::json::parse(R"({"dir": "", "entries": [
              {"name": "2023", "type": "folder"}, {"name": "2024", "type": "folder"},
              {"name": "latest", "type": "folder"}, {"name": "notes.txt", "type": "file", "size": 5}]})"));
  const httplib::Result year = s.client().Get("/api/root?dir=2024");
  ASSERT_EQ(year->status, 200);
  const nlohmann::json j = nlohmann::json::parse(year->body);
  EXPECT_EQ(j["dir"], "2024");
  ASSERT_EQ(j["entries"].size(), 2u);
  EXPECT_EQ(j["entries"][0]["name"], "b-kenko-iryo-senryaku-2024.txt");
  EXPECT_EQ(j["entries"][1]["size"], fs::file_size(test::sample_path(k2024)));
  EXPECT_NE(s.client().Get("/")->body.find("id=\"root\""), std::string::npos);
}

TEST(ServeRoot, TwoFilesChosenGiveTheClisJsonRunInTheRoot) {
  Root root;
  const std::string before = root.tree();
  Running s(rooted(root.path()));
  // 「./2024//a.txt」 is named as the CLI names 「2024/a.txt」.
  const std::string old_path = std::string("2023/") + k2023, new_path = std::string("2024/") + k2024;
  const httplib::Result r =
      post(s, fields({{"old-path", old_path}, {"new-path", "./2024//" + std::string(k2024)}}));
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  const std::string cli = cli_in(root.path(), {"compare", old_path, new_path, "--format", "json"});
  ASSERT_FALSE(cli.empty());
  expect_same(r->body, cli, "the JSON report");
  // As `path` fields, three files: their history, as `nendiff history` run there.
  fs::copy_file(test::sample_path(k2022), root.file(k2022));
  const std::string history = cli_in(root.path(), {"history", k2022, old_path, new_path, "--format", "json"});
  const httplib::Result h = post(s, fields({{"path", k2022}, {"path", old_path}, {"path", new_path}}));
  ASSERT_EQ(h->status, 200) << h->body.substr(0, 300);
  expect_same(h->body, history, "the history");
  fs::remove(root.file(k2022));
  EXPECT_EQ(root.tree(), before);  // nothing written into the root
  EXPECT_EQ(s.left_in_tmp(), "");
}

TEST(ServeRoot, PathsLeadingOutOfTheRootAreRefusedWithNothingTold) {
  Root root;
  fs::create_symlink("/etc/passwd", root.file("2024/passwd.txt"));
  fs::create_symlink(root.outside() + "/secret/plan.txt", root.file("2024/plan.txt"));
  fs::create_directory_symlink(root.outside() + "/secret", root.file("secret"));
  ASSERT_EQ(mkfifo(root.file("2024/pipe.txt").c_str(), 0600), 0);
  Running s(rooted(root.path()));
  for (const std::string& query : {"/api/root?dir=..", "/api/root?dir=%2e%2e", "/api/root?dir=%2E%2E/%2e%2e",
                                   "/api/root?dir=2023/../..", "/api/root?dir=/etc", "/api/root?dir=secret",
                                   "/api/root?dir=%2Fetc", "/api/root?dir=2023/%2e%2e/2024"}) {
    SCOPED_TRACE(query);
    expect_refusal(s.client().Get(query.c_str()), 403, "outside_root", root);
  }
  const std::string old_path = std::string("2023/") + k2023;
  for (const std::string& path : {std::string("../") + fs::path(root.outside()).filename().string() +
                                      "/secret/plan.txt",
                                  std::string("/etc/passwd"), std::string("2024/passwd.txt"),
                                  std::string("2024/plan.txt"), std::string("secret/plan.txt"),
                                  std::string("2024/../../etc/passwd")}) {
    SCOPED_TRACE(path);
    expect_refusal(post(s, fields({{"old-path", old_path}, {"new-path", path}})), 403, "outside_root", root);
    expect_refusal(post(s, fields({{"old-dir", "2023"}, {"new-dir", path}})), 403, "outside_root", root);
  }
  expect_refusal(post(s, fields({{"old-dir", "2023"}, {"new-dir", "secret"}})), 403, "outside_root", root);
  expect_refusal(post(s, fields({{"old-path", old_path}, {"new-path", "2024/pipe.txt"}})), 422,
                 "not_a_file", root);
  expect_refusal(post(s, fields({{"old-path", old_path}, {"new-path", "2024"}})), 422, "not_a_file", root);
  expect_refusal(post(s, fields({{"old-path", old_path}, {"new-path", "2025/none.txt"}})), 404,
                 "not_in_root", root);
  // Through the start page too: its one line, then the page as before.
  const httplib::Result page =
      post(s, fields({{"old-path", old_path}, {"new-path", "2024/passwd.txt"}}), "/compare");
  EXPECT_EQ(page->status, 403);
  EXPECT_NE(page->body.find("class=\"problem\""), std::string::npos);
  EXPECT_EQ(page->body.find("root:x:0"), std::string::npos);
  EXPECT_NE(page->body.find("id=\"root\""), std::string::npos);  // the folders to choose again
}

TEST(ServeRoot, WithoutRootTheRoutesSayNoRoot) {
  Root root;
  Running s;
  // The page asks for no listing (a 404 in the browser's console) and offers none.
  EXPECT_EQ(s.client().Get("/")->body.find("id=\"root\""), std::string::npos);
  expect_refusal(s.client().Get("/api/root"), 404, "no_root", root);
  expect_refusal(post(s, fields({{"old-path", "a.txt"}, {"new-path", "b.txt"}})), 404, "no_root", root);
  expect_refusal(post(s, fields({{"old-dir", "2023"}, {"new-dir", "2024"}})), 404, "no_root", root);
  expect_refusal(post(s, fields({{"path", "a"}, {"path", "b"}, {"path", "c"}})), 404, "no_root", root);
}

TEST(ServeRoot, ARootThatHoldsTheTemporaryFolderIsRefusedAtTheStart) {
  test::TempDir dir;
  const TmpdirAs tmpdir(dir.file("tmp"));
  ServeOptions o;
  o.root = dir.path();
  EXPECT_THROW(serve::Server{o}, Error);
  o.root = dir.file("none");
  EXPECT_THROW(serve::Server{o}, Error);
}

TEST(ServeRoot, TwoYearFoldersServeTheClisIndexWithLinksThatResolve) {
  Root root;
  test::TempDir out;  // the CLI's reports, not in the server's TMPDIR
  // A report in a subfolder not named in ASCII, with a space: linked percent-encoded.
  fs::create_directories(root.file("2024/本部決定"));
  fs::rename(root.file("2024/b-kenko-iryo-senryaku-2024.txt"),
             root.file("2024/本部決定/b-kenko-iryo-senryaku 2024.txt"));
  const std::string before = root.tree();
  ServeOptions o;
  o.results = 1;
  Running s(rooted(root.path(), o));
  const httplib::Result made = post(s, fields({{"old-dir", "2023"}, {"new-dir", "2024/"}}), "/compare");
  ASSERT_TRUE(made);
  ASSERT_EQ(made->status, 303) << made->body;
  const std::string link = made->get_header_value("Location");
  ASSERT_TRUE(std::regex_match(link, std::regex("/r/[0-9a-f]{32}/index\\.html"))) << link;
  const std::string base = link.substr(0, link.size() - std::string("index.html").size());
  const httplib::Result index = s.client().Get(link.c_str());
  ASSERT_EQ(index->status, 200) << index->body;
  EXPECT_EQ(index->body.find(root.path()), std::string::npos);
  EXPECT_NE(index->body.find("2023 → 2024"), std::string::npos);
  EXPECT_EQ(index->body.find("<script>"), std::string::npos);  // each allowed by the nonce

  cli_in(root.path(), {"compare", "2023", "2024", "-q", "-o", out.path()});
  expect_same(s.client().Get((base + "index.json").c_str())->body, test::read_bytes(out.file("index.json")),
              "index.json");
  expect_same(as_written(index->body, nonce_of(index)), test::read_bytes(out.file("index.html")),
              "index.html");
  const std::vector<std::string> links = links_of(index->body);
  ASSERT_EQ(links.size(), 4u) << index->body;  // two pairs, JSON and HTML each
  for (const std::string& l : links) {
    SCOPED_TRACE(l);
    const httplib::Result r = s.client().Get((base + l).c_str());
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    const bool html = l.size() > 5 && l.substr(l.size() - 5) == ".html";
    const std::string written = test::read_bytes(out.file(httplib::detail::decode_url(l, false)));
    expect_same(html ? as_written(r->body, nonce_of(r)) : r->body, written, l);
  }
  const int traversal = s.client().Get((base + "../../etc/passwd").c_str())->status;
  EXPECT_TRUE(traversal == 400 || traversal == 404) << traversal;
  EXPECT_EQ(s.client().Get((base + "other.txt").c_str())->status, 404);
  EXPECT_EQ(s.client().Get(link.substr(0, 35).c_str())->get_header_value("Location"), link);
  EXPECT_EQ(root.tree(), before);  // the reports went elsewhere
  EXPECT_NE(s.left_in_tmp(), "");  // kept while the result is
  // One result kept: the next drops this one, and its reports with it.
  ASSERT_EQ(post(s, fields({{"old-path", "2023/" + std::string(k2023)},
                            {"new-path", "2024/" + std::string(k2024)}}), "/compare")->status, 303);
  EXPECT_EQ(s.client().Get(link.c_str())->status, 404);
  EXPECT_EQ(s.left_in_tmp(), "");
}

TEST(ServeRoot, AFolderComparisonWaitsForASlotLikeAnyOther) {
  Root root;
  ServeOptions o;
  o.jobs = 1;
  o.waiting = 0;
  std::promise<void> entered, release;
  std::shared_future<void> released = release.get_future().share();
  bool first = true;
  o.in_slot = [&] {
    if (!first) return;
    first = false;
    entered.set_value();
    released.wait();
  };
  Running s(rooted(root.path(), o));
  auto busy = std::async(std::launch::async, [&] {
    return post(s, fields({{"old-dir", "2023"}, {"new-dir", "2024"}}))->status;
  });
  entered.get_future().wait();
  expect_refusal(post(s, fields({{"old-dir", "2023"}, {"new-dir", "2024"}})), 503, "busy", root);
  release.set_value();
  EXPECT_EQ(busy.get(), 200);
}

TEST(ServeRoot, ThreeEditionsUploadedOpenTheClisHistoryWithItsDownloads) {
  Root root;
  Running s;
  httplib::MultipartFormDataItems items;
  for (const char* name : {k2024, k2022, k2023})  // in any order, as the CLI takes them
    items.push_back({"editions", test::read_bytes(test::sample_path(name)), name, "text/plain"});
  const httplib::Result made = post(s, items, "/compare");
  ASSERT_TRUE(made);
  ASSERT_EQ(made->status, 303) << made->body;
  const std::string link = made->get_header_value("Location");
  const httplib::Result page = s.client().Get(link.c_str());
  ASSERT_EQ(page->status, 200);
  const std::string samples = fs::path(test::sample_path(k2022)).parent_path().string();
  const std::string html = cli_in(samples, {"history", k2024, k2022, k2023, "--format", "html"});
  ASSERT_FALSE(html.empty());
  expect_same(as_written(page->body, nonce_of(page)), html, "the history page");
  for (Format f : formats_of(View::history)) {
    const std::string download = link + "/report." + format_extension(f);
    EXPECT_NE(page->body.find("href=\"" + download + "\""), std::string::npos) << download;
    const httplib::Result r = s.client().Get(download.c_str());
    ASSERT_EQ(r->status, 200) << download;
    if (f == Format::pdf) EXPECT_EQ(r->body.substr(0, 5), "%PDF-");  // the CLI writes it to files only
    else expect_same(r->body, cli_in(samples, {"history", k2024, k2022, k2023, "--format", format_name(f)}),
                     download);
  }
  EXPECT_EQ(s.client().Get((link + "/report.xlsx").c_str())->status, 404);  // not a history format
  const httplib::Result json = post(s, items);
  expect_same(json->body, cli_in(samples, {"history", k2024, k2022, k2023, "--format", "json"}), "the API's");
  EXPECT_EQ(s.left_in_tmp(), "");
}

TEST(ServeRoot, TheHistoryRespectsMaxFilesAndNeedsEditionsOfDifferentYears) {
  Root root;
  httplib::MultipartFormDataItems items;
  for (const char* name : {k2022, k2023, k2024})
    items.push_back({"editions", test::read_bytes(test::sample_path(name)), name, "text/plain"});
  {
    ServeOptions o;
    o.max_files = 2;
    Running s(rooted(root.path(), o));
    expect_refusal(post(s, items), 413, "too_many_files", root);
    expect_refusal(post(s, fields({{"path", "2023/" + std::string(k2023)},
                                   {"path", "2024/" + std::string(k2024)},
                                   {"path", "2024/b-kenko-iryo-senryaku-2024.txt"}})),
                   413, "too_many_files", root);
  }
  Running s(rooted(root.path()));
  items[0] = {"editions", test::read_bytes(test::sample_path(k2023)), "again.txt", "text/plain"};
  expect_refusal(post(s, items), 422, "unreadable_edition", root);
  EXPECT_EQ(s.left_in_tmp(), "");
}

}  // namespace
}  // namespace nendiff
