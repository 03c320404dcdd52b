// `nendiff serve` (issue 19): the server in-process on a free port, spoken to
// with httplib's client; its answers against the library's own (the CLI's)
// reports, its refusals one readable line each, the server serving after them.
#include <gtest/gtest.h>
#include <httplib.h>

#include <arpa/inet.h>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <future>
#include <nlohmann/json.hpp>
#include <regex>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include "nendiff/compare.hpp"
#include "nendiff/error.hpp"
#include "nendiff/parse.hpp"
#include "nendiff/report.hpp"
#include "serve/guard.hpp"
#include "serve/job_queue.hpp"
#include "serve/options.hpp"
#include "serve/server.hpp"
#include "serve/upload_dir.hpp"
#include "serve_support.hpp"
#include "test_support.hpp"

namespace nendiff {
namespace {

using namespace serve_test;

TEST(Serve, ApiAnswersTheClisJsonReportByteForByte) {
  Running s;
  const httplib::Result r = post(s, sample_pair());
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/json");
  EXPECT_EQ(r->body, cli_report(Format::json, automatic()));
  EXPECT_EQ(s.left_in_tmp(), "");  // the uploads' directory went with the response
}

// An upload (a draft, 「案」) is read where it arrived, in memory: with no
// temporary directory to be had, the comparison is the same.
TEST(Serve, UploadsAreReadInMemoryNeverWrittenToDisk) {
  Running s;
  setenv("TMPDIR", "/nonexistent/nendiff-no-tmp", 1);  // Running puts the old one back
  const httplib::Result r = post(s, sample_pair());
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(r->body, cli_report(Format::json, automatic()));
}

TEST(Serve, ApiTakesTheClisOptionsAsFields) {
  Running s;
  httplib::MultipartFormDataItems items = sample_pair();
  items.push_back({"profile", "follow-up", "", ""});
  items.push_back({"lang", "en", "", ""});
  items.push_back({"diff-only", "on", "", ""});
  const httplib::Result r = post(s, items);
  ASSERT_TRUE(r);
  ReportOptions shown;
  shown.language = Language::en;
  shown.only = parse_unit_filter("changed,added,dropped,moved");
  ParseOptions parse;
  parse.profile = "follow-up";
  EXPECT_EQ(r->body, cli_report(Format::json, shown, parse));
  EXPECT_NE(r->body, cli_report(Format::json, automatic()));  // the options did something

  items.back() = {"profile", "/etc/profile.toml", "", ""};  // a path on the server: never
  expect_refusal(post(s, items), 400, "bad_option");
}

TEST(Serve, UnreadableUploadsAreRefusedInOneLineNamingTheUpload) {
  Running s;
  httplib::MultipartFormDataItems binary = sample_pair();
  binary[0] = {"old", std::string("\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0", 20) + std::string(4000, '\0'),
               "a.out.bin", "application/octet-stream"};
  const httplib::Result r = post(s, binary);
  expect_refusal(r, 422, "unreadable_edition");
  EXPECT_EQ(r->body.find("a.out.bin: "), r->body.find("\"message\": \"") + 12) << r->body;

  httplib::MultipartFormDataItems empty = sample_pair();
  empty[1].content = "";
  const httplib::Result e = post(s, empty);
  expect_refusal(e, 422, "unreadable_edition");
  EXPECT_NE(e->body.find(kNewName), std::string::npos) << e->body;
  // On the start page the line is text, whatever the file's name holds.
  binary[0].filename = "<img src=x onerror=alert(1)>.bin";
  const httplib::Result page = post(s, binary, "/compare");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 422);
  EXPECT_EQ(page->body.find("<img"), std::string::npos);
  EXPECT_NE(page->body.find("&lt;img src=x onerror=alert(1)&gt;.bin: "), std::string::npos) << page->body;
  expect_serving(s);
  EXPECT_EQ(s.left_in_tmp(), "");
}

TEST(Serve, MissingOrRepeatedFieldsAndOversizedFilesAreRefused) {
  ServeOptions o;
  o.max_size = 1000;
  Running s(o);
  httplib::MultipartFormDataItems one = sample_pair();
  one.pop_back();
  expect_refusal(post(s, one), 400, "missing_file");
  httplib::MultipartFormDataItems three = sample_pair();
  three.push_back(three.back());
  expect_refusal(post(s, three), 400, "repeated_file");
  expect_refusal(post(s, sample_pair()), 413, "too_large");  // the samples are over 1000 bytes
  expect_refusal(s.client().Post("/api/compare", "old=x", "application/x-www-form-urlencoded"),
                 400, "not_multipart");
  // Over the payload limit (two files of --max-size and 1 MiB): refused unread.
  const httplib::Result huge = post(s, {{"old", std::string(3 << 20, 'a'), "a.txt", ""},
                                        {"new", "b", "b.txt", ""}});
  if (huge) {
    expect_refusal(huge, 413, "too_large");  // or the server closed while it was sent
  }
  ServeOptions few;
  few.max_files = 2;
  Running t(few);
  httplib::MultipartFormDataItems extra = sample_pair();
  extra.push_back({"edition", "x", "c.txt", ""});
  expect_refusal(post(t, extra), 413, "too_many_files");
  expect_serving(t);
}

TEST(Serve, AClientsPathIsNeverOneOnTheServer) {
  Running s;
  httplib::MultipartFormDataItems items = sample_pair();
  items[0].filename = "../../etc/passwd";
  items[1].filename = "..\\..\\x\\2024 (案).txt";
  const httplib::Result r = post(s, items);
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  const nlohmann::json j = nlohmann::json::parse(r->body);
  EXPECT_EQ(j["old"]["path"], "passwd");
  EXPECT_EQ(j["new"]["path"], "2024 (案).txt");
  EXPECT_EQ(s.left_in_tmp(), "");
  EXPECT_EQ(s.left_beside_tmp(), "tmp ");  // nothing written next to it either
  EXPECT_EQ(serve::shown_name("../..", "old"), "old");
  EXPECT_EQ(serve::shown_name("a/b\x1b[31m.txt", "old"), "b[31m.txt");
}

TEST(Serve, WithATokenEveryRequestCarriesIt) {
  ServeOptions o;
  o.token = "s3cret-token";
  Running s(o);
  expect_refusal(post(s, sample_pair()), 401, "token_required");
  expect_refusal(post(s, sample_pair(), "/api/compare", {{"Authorization", "Bearer wrong"}}), 401,
                 "token_required");
  const httplib::Result ok = post(s, sample_pair(), "/api/compare", {{"Authorization", "Bearer s3cret-token"}});
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200);
  EXPECT_EQ(ok->body, cli_report(Format::json, automatic()));
  // The browser: the printed URL once, then the cookie.
  const httplib::Result page = s.client().Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 401);
  const httplib::Result first = s.client().Get("/?token=s3cret-token");
  ASSERT_TRUE(first);
  EXPECT_EQ(first->status, 303);
  EXPECT_EQ(first->get_header_value("Location"), "/");
  EXPECT_NE(first->get_header_value("Set-Cookie").find("nendiff_token=s3cret-token; HttpOnly"),
            std::string::npos);
  const httplib::Result later = s.client().Get("/", {{"Cookie", "nendiff_token=s3cret-token"}});
  ASSERT_TRUE(later);
  EXPECT_EQ(later->status, 200);
  EXPECT_EQ(s.client().Get("/?token=nope")->status, 401);
}

TEST(Serve, PostsFromOtherOriginsAndOtherHostNamesAreRefused) {
  Running s;
  const std::string here = "http://127.0.0.1:" + std::to_string(s.port());
  expect_refusal(post(s, sample_pair(), "/api/compare", {{"Origin", "http://evil.example"}}), 403,
                 "cross_origin");
  expect_refusal(post(s, sample_pair(), "/api/compare", {{"Sec-Fetch-Site", "cross-site"}}), 403,
                 "cross_origin");
  const httplib::Result form = post(s, sample_pair(), "/compare", {{"Origin", "http://evil.example"}});
  ASSERT_TRUE(form);
  EXPECT_EQ(form->status, 403);  // the start page, with the line at its top
  EXPECT_NE(form->body.find("role=\"alert\""), std::string::npos);
  // DNS rebinding: a page of evil.example whose name now leads to 127.0.0.1.
  const std::string rebound = "evil.example:" + std::to_string(s.port());
  expect_refusal(post(s, sample_pair(), "/api/compare",
                      {{"Host", rebound}, {"Origin", "http://" + rebound}}),
                 403, "wrong_host");
  const httplib::Result same = post(s, sample_pair(), "/api/compare",
                                    {{"Origin", here}, {"Sec-Fetch-Site", "same-origin"}});
  ASSERT_TRUE(same);
  EXPECT_EQ(same->status, 200);
}

TEST(Serve, EveryResponseCarriesAPolicyWithoutOtherOrigins) {
  Running s;
  for (const httplib::Result& r :
       {s.client().Get("/"), s.client().Get("/nothing"), s.client().Get("/r/0123456789abcdef0123456789abcdef"),
        post(s, {}), post(s, sample_pair())}) {
    ASSERT_TRUE(r);
    const std::string csp = r->get_header_value("Content-Security-Policy");
    EXPECT_EQ(csp.rfind("default-src 'self'; script-src 'nonce-", 0), 0) << r->status << " " << csp;
    EXPECT_EQ(csp.find("http"), std::string::npos) << csp;
    EXPECT_EQ(csp.find("script-src 'unsafe-inline'"), std::string::npos) << csp;
    EXPECT_EQ(r->get_header_value("X-Content-Type-Options"), "nosniff");
  }
  const httplib::Result missing = s.client().Get("/nothing");
  EXPECT_EQ(missing->status, 404);
  EXPECT_NE(missing->body.find("no such page"), std::string::npos);
}

// The nonce of a page's policy, which its scripts must carry.
std::string nonce_of(const httplib::Result& r) {
  std::smatch m;
  const std::string csp = r->get_header_value("Content-Security-Policy");
  return std::regex_search(csp, m, std::regex("'nonce-([0-9a-f]+)'")) ? m[1].str() : "";
}

TEST(Serve, TheStartPageLeadsToAPermalinkWithEveryFormat) {
  ServeOptions o;
  o.results = 1;
  Running s(o);
  const httplib::Result start = s.client().Get("/");
  ASSERT_TRUE(start);
  EXPECT_EQ(start->status, 200);
  EXPECT_NE(start->body.find("action=\"/compare\""), std::string::npos);
  EXPECT_NE(start->body.find("<script nonce=\"" + nonce_of(start) + "\">"), std::string::npos);
  EXPECT_EQ(start->body.find("http"), std::string::npos);  // no other origin named at all

  const httplib::Result made = post(s, sample_pair(), "/compare");
  ASSERT_TRUE(made);
  ASSERT_EQ(made->status, 303) << made->body;
  const std::string link = made->get_header_value("Location");
  ASSERT_TRUE(std::regex_match(link, std::regex("/r/[0-9a-f]{32}"))) << link;
  const httplib::Result page = s.client().Get(link.c_str());
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  const std::string html = cli_report(Format::html, automatic());
  EXPECT_NE(page->body.find("<script nonce=\"" + nonce_of(page) + "\">"), std::string::npos);
  EXPECT_EQ(page->body.find("<script>"), std::string::npos);
  for (Format f : formats_of(View::comparison)) {
    const std::string download = link + "/report." + format_extension(f);
    EXPECT_NE(page->body.find("href=\"" + download + "\""), std::string::npos) << download;
    const httplib::Result r = s.client().Get(download.c_str());
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200) << download << " " << r->body.substr(0, 200);
    EXPECT_NE(r->get_header_value("Content-Disposition").find("attachment"), std::string::npos);
    if (f == Format::xlsx || f == Format::docx) EXPECT_EQ(r->body.substr(0, 2), "PK") << download;
    else if (f == Format::pdf) EXPECT_EQ(r->body.substr(0, 5), "%PDF-");
    else EXPECT_EQ(r->body, cli_report(f, automatic())) << download;  // text formats: the CLI's bytes
  }
  EXPECT_EQ(s.client().Get((link + "/report.exe").c_str())->status, 404);
  // One result kept: the next comparison drops this one.
  ASSERT_EQ(post(s, sample_pair(), "/compare")->status, 303);
  const httplib::Result gone = s.client().Get(link.c_str());
  EXPECT_EQ(gone->status, 404);
  EXPECT_NE(gone->body.find("no longer kept"), std::string::npos);
  EXPECT_EQ(s.left_in_tmp(), "");
}

TEST(Serve, AFullQueueAnswers503AndTheServerGoesOn) {
  std::promise<void> entered, release;
  std::shared_future<void> released = release.get_future().share();
  std::atomic<int> calls{0};
  ServeOptions o;
  o.jobs = 1;
  o.waiting = 0;
  o.in_slot = [&] {
    if (calls++ == 0) {
      entered.set_value();
      released.wait();
    }
  };
  Running s(o);
  std::future<httplib::Result> first = std::async(std::launch::async, [&] { return post(s, sample_pair()); });
  entered.get_future().wait();  // the only slot is busy, nobody may wait
  const httplib::Result refused = post(s, sample_pair());
  expect_refusal(refused, 503, "busy");
  release.set_value();
  const httplib::Result r = first.get();
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  expect_serving(s);
}

TEST(Serve, HalfSentBodiesAndHugeHeadersDoNotStopTheServer) {
  ServeOptions o;
  o.read_timeout_seconds = 1;
  Running s(o);
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in at{};
  at.sin_family = AF_INET;
  at.sin_port = htons(static_cast<uint16_t>(s.port()));
  inet_pton(AF_INET, "127.0.0.1", &at.sin_addr);
  ASSERT_EQ(connect(fd, reinterpret_cast<sockaddr*>(&at), sizeof at), 0);
  const std::string half = "POST /api/compare HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(s.port()) +
                           "\r\nContent-Type: multipart/form-data; boundary=x\r\n"
                           "Content-Length: 100000\r\n\r\n--x\r\n";
  ASSERT_EQ(write(fd, half.data(), half.size()), static_cast<ssize_t>(half.size()));
  const auto begun = std::chrono::steady_clock::now();
  char buffer[4096];
  std::string answer;
  for (ssize_t n; (n = read(fd, buffer, sizeof buffer)) > 0;) answer.append(buffer, n);
  // The server gave up on it after its read timeout (and the keep-alive one), and closed.
  EXPECT_LT(std::chrono::steady_clock::now() - begun, std::chrono::seconds(4));
  EXPECT_EQ(answer.rfind("HTTP/1.1 400", 0), 0) << answer;
  close(fd);
  const httplib::Result big = s.client().Get("/", {{"X-Big", std::string(1 << 20, 'a')}});
  if (big) {
    EXPECT_GE(big->status, 400);  // or closed unanswered
  }
  expect_serving(s);
}

TEST(Serve, ManyClientsAtOnceAllGetTheClisReport) {
  Running s;
  const std::string expected = cli_report(Format::json, automatic());
  std::atomic<int> same{0};
  std::vector<std::thread> clients;
  for (int t = 0; t < 10; ++t)
    clients.emplace_back([&] {
      for (int i = 0; i < 5; ++i) {
        const httplib::Result r = post(s, sample_pair());
        if (r && r->status == 200 && r->body == expected) ++same;
      }
    });
  for (std::thread& c : clients) c.join();
  EXPECT_EQ(same, 50);
  EXPECT_EQ(s.left_in_tmp(), "");
}

TEST(ServeUnits, TheJobQueueRunsAtMostItsSlotsAndTurnsAwayBeyondTheWaitingRoom) {
  serve::JobQueue queue(1, 1);
  std::promise<void> in_first, in_second_wait;
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  std::atomic<int> at_once{0}, most{0};
  auto job = [&] {
    most = std::max(most.load(), ++at_once);
    released.wait();
    --at_once;
  };
  std::thread first([&] { EXPECT_TRUE(queue.run([&] { in_first.set_value(); job(); })); });
  in_first.get_future().wait();
  std::thread second([&] { EXPECT_TRUE(queue.run(job)); });  // waits for the slot
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_FALSE(queue.run([] { ADD_FAILURE() << "ran beyond the waiting room"; }));
  release.set_value();
  first.join();
  second.join();
  EXPECT_EQ(most, 1);
  EXPECT_THROW(queue.run([] { throw std::runtime_error("x"); }), std::runtime_error);
  EXPECT_TRUE(queue.run([] {}));  // the slot the exception left is free
}

TEST(ServeUnits, ListenAddressesAndSecrets) {
  EXPECT_EQ(serve::parse_listen("127.0.0.1:8787").port, 8787);
  EXPECT_EQ(serve::parse_listen("[::1]:80").host, "::1");
  EXPECT_EQ(serve::url_of(serve::parse_listen("[::1]:80")), "http://[::1]:80/");
  for (const char* wrong : {"8787", "host:", ":80", "a:b", "1.2.3.4:70000", "::1:80"})
    EXPECT_THROW(serve::parse_listen(wrong), Error) << wrong;
  EXPECT_TRUE(serve::is_loopback("127.0.0.1"));
  EXPECT_FALSE(serve::is_loopback("0.0.0.0"));
  EXPECT_TRUE(serve::same_secret("abc", "abc"));
  EXPECT_FALSE(serve::same_secret("abd", "abc"));
  EXPECT_FALSE(serve::same_secret("abcd", "abc"));
  EXPECT_FALSE(serve::same_secret("", "abc"));
  EXPECT_EQ(serve::cookie_value("a=1; nendiff_token=xyz; b=2", "nendiff_token"), "xyz");
}

// The binary: `nendiff serve` prints its URL, answers as `nendiff compare`
// prints, and SIGTERM ends it cleanly (status 0).
TEST(ServeCli, ServesTheClisReportAndStopsOnSigterm) {
  int out[2];
  ASSERT_EQ(pipe(out), 0);
  const pid_t pid = fork();
  if (pid == 0) {
    dup2(out[1], STDOUT_FILENO);
    close(out[0]);
    execl(NENDIFF_BINARY, NENDIFF_BINARY, "serve", "--listen", "127.0.0.1:0", nullptr);
    _exit(127);
  }
  close(out[1]);
  std::string line;
  char c;
  while (read(out[0], &c, 1) == 1 && c != '\n') line += c;
  std::smatch m;
  ASSERT_TRUE(std::regex_search(line, m, std::regex("http://127\\.0\\.0\\.1:([0-9]+)/"))) << line;
  httplib::Client client("127.0.0.1", std::stoi(m[1]));
  client.set_read_timeout(60, 0);
  const httplib::Result r = client.Post("/api/compare", sample_pair());
  ASSERT_TRUE(r);
  const test::RunResult cli = test::run_program_with(
      "/bin/sh", {"-c", "cd \"$1\" && exec \"$0\" compare \"$2\" \"$3\" --format json", NENDIFF_BINARY,
                  test::sample_path(""), kOldName, kNewName},
      {});
  EXPECT_EQ(cli.exit_code, 1);  // the pair differs
  EXPECT_EQ(r->body, cli.out);
  kill(pid, SIGTERM);
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  EXPECT_TRUE(WIFEXITED(status)) << status;
  EXPECT_EQ(WEXITSTATUS(status), 0);
  close(out[0]);
}

}  // namespace
}  // namespace nendiff
