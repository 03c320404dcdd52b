// `nendiff serve` facing hostile clients (issue 19): a zip bomb dressed as a
// Word file, ten thousand tiny files in one request, megabytes of headers,
// clients that trickle a request in a byte at a time; each is refused or
// dropped in bounded time, leaves nothing in TMPDIR, and the server goes on
// comparing. And a load: many clients at once all get the CLI's report.
#include <gtest/gtest.h>
#include <httplib.h>

#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sys/resource.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

#include "hostile.hpp"
#include "serve_support.hpp"
#include "test_support.hpp"

namespace nendiff {
namespace {

using namespace serve_test;
using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

double seconds_since(Clock::time_point begun) {
  return std::chrono::duration<double>(Clock::now() - begun).count();
}

// A connection of our own to the server, to send what httplib's client never would.
class RawClient {
 public:
  explicit RawClient(int port) : fd_(socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in at{};
    at.sin_family = AF_INET;
    at.sin_port = htons(static_cast<uint16_t>(port));
    inet_pton(AF_INET, "127.0.0.1", &at.sin_addr);
    connected_ = connect(fd_, reinterpret_cast<sockaddr*>(&at), sizeof at) == 0;
  }
  ~RawClient() { close(fd_); }
  bool connected() const { return connected_; }
  // False once the server has closed its side (the write fails).
  bool send(const std::string& bytes) {
    return ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(bytes.size());
  }
  // Whether the server closed the connection within `wait` (its answer, if any, read).
  bool closed_within(milliseconds wait) {
    timeval tv{static_cast<time_t>(wait.count() / 1000), static_cast<suseconds_t>(wait.count() % 1000 * 1000)};
    setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    char buffer[4096];
    ssize_t n;
    while ((n = recv(fd_, buffer, sizeof buffer, 0)) > 0) answer_.append(buffer, static_cast<size_t>(n));
    return n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK);
  }
  const std::string& answer() const { return answer_; }

 private:
  int fd_;
  bool connected_ = false;
  std::string answer_;
};

std::string request_head(int port, size_t content_length) {
  return "POST /api/compare HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port) +
         "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: " +
         std::to_string(content_length) + "\r\n";
}

// A Word file of a few hundred kilobytes whose document.xml unpacks to 64 MiB
// (Python's zipfile: the test has no ZIP writer of its own).
std::string zip_bomb(const test::TempDir& dir) {
  const std::string path = dir.file("bomb.docx");
  const std::string script = R"py(
import sys, zipfile
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
body = '<w:p><w:r><w:t>' + 'あ' * (64 * 1024 * 1024 // 3) + '</w:t></w:r></w:p>'
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    z.writestr('word/document.xml', '<?xml version="1.0"?><w:document ' + W + '><w:body>' + body + '</w:body></w:document>')
)py";
  const test::RunResult made = test::run_program(NENDIFF_PYTHON, {"-c", script, path});
  EXPECT_EQ(made.exit_code, 0) << made.err;
  return test::read_bytes(path);
}

TEST(ServeHostile, AZipBombInAWordFileIsRefusedWithoutUnpackingIt) {
  test::TempDir dir;  // before the server's TMPDIR is set
  const std::string bomb = zip_bomb(dir);
  ServeOptions o;
  o.max_size = 4u << 20;
  Running s(o);
  ASSERT_LT(bomb.size(), 1u << 20) << "a bomb: small, unpacking to 64 MiB";
  httplib::MultipartFormDataItems items = sample_pair();
  items[1] = {"new", bomb, "2024.docx", "application/octet-stream"};
  const auto begun = Clock::now();
  const httplib::Result r = post(s, items);
  expect_refusal(r, 422, "unreadable_edition");
  EXPECT_NE(r->body.find("2024.docx: word/document.xml unpacks to more than 4194304 bytes"),
            std::string::npos) << r->body;
  EXPECT_LT(seconds_since(begun), 5.0 * test::kHostileScale);  // refused on its stated size, not inflated
  EXPECT_EQ(s.left_in_tmp(), "");
  expect_serving(s);
}

// httplib gives up on a form after 1,024 parts (read into memory, a few
// hundred bytes each); the server says why. Fewer, but more than --max-files,
// are counted by the server itself.
TEST(ServeHostile, TenThousandTinyFilesInOneRequestAreRefusedAtOnce) {
  Running s;
  httplib::MultipartFormDataItems items = sample_pair();
  for (int i = 0; i < 10000; ++i) items.push_back({"f" + std::to_string(i), "x", "x.txt", "text/plain"});
  const auto begun = Clock::now();
  const httplib::Result r = post(s, items);
  expect_refusal(r, 413, "too_many_files");
  EXPECT_NE(r->body.find("more than 1024 files in one request; at most 8"), std::string::npos) << r->body;
  items.resize(1000);
  const httplib::Result fewer = post(s, items);
  expect_refusal(fewer, 413, "too_many_files");
  EXPECT_NE(fewer->body.find("1000 files in one request; at most 8"), std::string::npos) << fewer->body;
  EXPECT_LT(seconds_since(begun), 3.0 * test::kHostileScale);
  EXPECT_EQ(s.left_in_tmp(), "");  // refused before anything was written
  expect_serving(s);
}

TEST(ServeHostile, AMegabyteOfHeadersIsRefusedInOneLineOrInMany) {
  Running s;
  // One line of a megabyte: httplib's own limit (8 KiB a line), 400.
  const httplib::Result line = s.client().Get("/", {{"X-Big", std::string(1 << 20, 'a')}});
  if (line) EXPECT_EQ(line->status, 400);  // or closed unanswered
  // A thousand lines of a kilobyte: httplib takes any number; the server does not.
  httplib::Headers many;
  for (int i = 0; i < 1024; ++i) many.emplace("X-Line-" + std::to_string(i), std::string(1000, 'a'));
  expect_refusal(post(s, sample_pair(), "/api/compare", many), 431, "headers_too_large");
  httplib::Headers some;  // well under the limit: served
  for (int i = 0; i < 40; ++i) some.emplace("X-Line-" + std::to_string(i), std::string(1000, 'a'));
  const httplib::Result fine = post(s, sample_pair(), "/api/compare", some);
  ASSERT_TRUE(fine);
  EXPECT_EQ(fine->status, 200);
  EXPECT_EQ(s.left_in_tmp(), "");
  expect_serving(s);
}

// A browser accepts Brotli, which httplib would run at its slowest setting:
// 370 ms of CPU for the sample pair's JSON, a twentyfold lever for any client.
TEST(ServeHostile, AnswersAreNeverCompressed) {
  Running s;
  httplib::Client client = s.client();
  client.set_decompress(false);  // as sent
  const httplib::Headers asking = {{"Accept-Encoding", "br, gzip, deflate"}};
  const httplib::Result api = client.Post("/api/compare", asking, sample_pair());
  ASSERT_TRUE(api);
  EXPECT_EQ(api->get_header_value("Content-Encoding"), "");
  EXPECT_EQ(api->body, cli_report(Format::json, automatic()));
  const httplib::Result page = client.Get("/", asking);
  ASSERT_TRUE(page);
  EXPECT_EQ(page->get_header_value("Content-Encoding"), "");
  EXPECT_EQ(page->body.rfind("<!DOCTYPE html>", 0), 0u);
}

// The start page sends no referrer, so Chromium posts its form with Origin:
// null (the browser test found the page refusing its own form); a sandboxed
// page of another site sends null too, but not as same-origin.
TEST(ServeHostile, ANullOriginIsTakenFromThisServersPagesOnly) {
  Running s;
  expect_refusal(post(s, sample_pair(), "/api/compare", {{"Origin", "null"}, {"Sec-Fetch-Site", "cross-site"}}),
                 403, "cross_origin");
  expect_refusal(post(s, sample_pair(), "/api/compare", {{"Origin", "null"}}), 403, "cross_origin");
  const httplib::Result form =
      post(s, sample_pair(), "/compare", {{"Origin", "null"}, {"Sec-Fetch-Site", "same-origin"}});
  ASSERT_TRUE(form);
  EXPECT_EQ(form->status, 303) << form->body;
}

// httplib reads any number of header lines of 8 KiB: held in memory for as
// long as the client kept sending (up to the request timeout: gigabytes).
// A request is not read past the largest body and 128 KiB.
TEST(ServeHostile, EndlessHeadersAreNotReadOn) {
  ServeOptions o;
  o.max_size = 1000;  // a request of 2,000 bytes and 1 MiB at most
  Running s(o);
  RawClient c(s.port());
  ASSERT_TRUE(c.connected());
  bool sending = c.send(request_head(s.port(), 10));
  size_t sent = 0;
  for (int i = 0; sending && sent < (64u << 20); ++i, sent += 8000)
    sending = c.send("X-" + std::to_string(i) + ": " + std::string(7990, 'a') + "\r\n");
  EXPECT_FALSE(sending) << "the server read " << sent << " bytes of headers";
  EXPECT_LT(sent, 16u << 20);  // 1.1 MiB read, and what the sockets' buffers held
  const httplib::Result page = s.client().Get("/");  // still serving
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
}

// Clients that each send their request a few bytes at a time, never waiting
// as long as the read timeout: the body (`head` false) or header lines.
class Tricklers {
 public:
  Tricklers(int port, int count, bool head) {
    for (int i = 0; i < count; ++i)
      threads_.emplace_back([this, port, head] {
        const double held = trickle(port, head);
        std::lock_guard<std::mutex> lock(mutex_);
        held_.push_back(held);
      });
  }
  // Seconds each was connected until the server dropped it, in no order.
  std::vector<double> join() {
    for (std::thread& t : threads_) t.join();
    return held_;
  }

 private:
  // Sends until a write fails (the server closed), for 30 s at most.
  static double trickle(int port, bool head) {
    RawClient c(port);
    const auto begun = Clock::now();
    bool sending = c.connected() && c.send(request_head(port, 1 << 20) + (head ? "" : "\r\n--x\r\n"));
    for (int n = 0; sending && seconds_since(begun) < 30; ++n) {
      std::this_thread::sleep_for(milliseconds(300));
      sending = c.send(head ? "X-Slow-" + std::to_string(n) + ": a\r\n" : "a");
    }
    return seconds_since(begun);
  }

  std::mutex mutex_;
  std::vector<double> held_;
  std::vector<std::thread> threads_;
};

// cpp-httplib times out each read, not a request: a client sending a byte
// every 0.3 s held a connection thread for ever, and as many such clients as
// threads stopped the server. Every connection thread is taken here (jobs 1,
// queue 0: 5 threads); the comparison sent beside them is served once the
// request timeout has dropped them.
void expect_trickling_dropped(bool head) {
  ServeOptions o;
  o.jobs = 1;
  o.waiting = 0;
  o.read_timeout_seconds = 1;
  o.request_timeout_seconds = 2;
  Running s(o);
  Tricklers tricklers(s.port(), 5, head);
  std::this_thread::sleep_for(milliseconds(500));  // every thread reading a trickle
  // Without the request timeout the tricklers hold on for 30 s; with it they
  // go at 2 s, and the comparison (ten times slower under a sanitizer, on a
  // machine running other builds) is served soon after.
  const double soon = test::kSanitized ? 15.0 : 5.0;
  const auto begun = Clock::now();
  expect_serving(s);
  EXPECT_LT(seconds_since(begun), soon) << "served only after the tricklers were dropped";
  for (double held : tricklers.join()) {
    EXPECT_GE(held, 1.9);  // the whole request's time, not one read's
    EXPECT_LT(held, soon);
  }
  EXPECT_EQ(s.left_in_tmp(), "");
}

TEST(ServeHostile, ClientsTricklingABodyAreDroppedAtTheRequestTimeout) { expect_trickling_dropped(false); }

TEST(ServeHostile, ClientsTricklingHeadersAreDroppedAtTheRequestTimeout) { expect_trickling_dropped(true); }

TEST(ServeHostile, AHalfSentBodyIsDroppedAfterTheReadTimeout) {
  ServeOptions o;
  o.read_timeout_seconds = 1;
  Running s(o);
  RawClient c(s.port());
  ASSERT_TRUE(c.connected());
  ASSERT_TRUE(c.send(request_head(s.port(), 100000) + "\r\n--x\r\nContent-Disposition: form-data; "
                                                       "name=\"old\"; filename=\"a.txt\"\r\n\r\nhalf"));
  const auto begun = Clock::now();
  EXPECT_TRUE(c.closed_within(milliseconds(4000)));
  EXPECT_GE(seconds_since(begun), 0.9);
  EXPECT_EQ(c.answer().rfind("HTTP/1.1 400", 0), 0) << c.answer();
  EXPECT_EQ(s.left_in_tmp(), "");
  expect_serving(s);
}

// What `nendiff compare OLD NEW --format json` prints in samples/: the binary's
// own bytes, not the library's through the test.
std::string cli_json() {
  const test::RunResult cli = test::run_program_with(
      "/bin/sh", {"-c", "cd \"$1\" && exec \"$0\" compare \"$2\" \"$3\" --format json", NENDIFF_BINARY,
                  test::sample_path(""), kOldName, kNewName},
      {});
  EXPECT_EQ(cli.exit_code, 1) << cli.err;  // the pair differs
  return cli.out;
}

long peak_rss_kib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

// How many connections the socket listening on `port` lets wait to be accepted
// (Linux reports it in tcpi_sacked for a listening socket), or -1.
int listen_queue_of(int port) {
  for (int fd = 3; fd < 4096; ++fd) {
    sockaddr_in a{};
    socklen_t size = sizeof a;
    int listening = 0;
    socklen_t flag_size = sizeof listening;
    if (getsockname(fd, reinterpret_cast<sockaddr*>(&a), &size) != 0 || a.sin_family != AF_INET ||
        ntohs(a.sin_port) != port ||
        getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &flag_size) != 0 || !listening)
      continue;
    tcp_info info{};
    socklen_t info_size = sizeof info;
    if (getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &info_size) != 0) return -1;
    return static_cast<int>(info.tcpi_sacked);
  }
  return -1;
}

// Clients that connect together wait to be accepted, none dropped: with
// httplib's queue of 5 the kernel answered the rest with SYN cookies, and one
// request of the 200 below was once lost.
TEST(ServeHostile, ClientsConnectingTogetherAllWaitToBeAccepted) {
  Running s;
  EXPECT_GE(listen_queue_of(s.port()), 128);
  std::vector<std::thread> clients;
  std::atomic<int> answered{0};
  for (int t = 0; t < 64; ++t)
    clients.emplace_back([&] {
      const httplib::Result r = s.client().Get("/");
      if (r && r->status == 200) ++answered;
    });
  for (std::thread& c : clients) c.join();
  EXPECT_EQ(answered, 64);
}

// A tenth of them in sanitized builds (ten times slower), where memory is not measured.
TEST(ServeHostile, TwoHundredComparisonsFromTwentyClientsAllGetTheClisReport) {
  const int each = 10 / test::kHostileScale;
  Running s;
  const std::string expected = cli_json();
  std::atomic<int> same{0}, other{0};
  std::mutex first_other_mutex;
  std::string first_other;  // what the first answer unlike the CLI's was
  const auto begun = Clock::now();
  std::vector<std::thread> clients;
  for (int t = 0; t < 20; ++t)
    clients.emplace_back([&] {
      for (int i = 0; i < each; ++i) {
        const httplib::Result r = post(s, sample_pair());
        const bool alike = r && r->status == 200 && r->body == expected;
        ++(alike ? same : other);
        if (alike) continue;
        std::lock_guard<std::mutex> lock(first_other_mutex);
        if (first_other.empty())
          first_other = !r ? "no answer: " + httplib::to_string(r.error())
                           : "status " + std::to_string(r->status) + ", " + std::to_string(r->body.size()) +
                                 " bytes: " + r->body.substr(0, 300);
      }
    });
  for (std::thread& c : clients) c.join();
  EXPECT_EQ(same, 20 * each);
  EXPECT_EQ(other, 0) << first_other;
  EXPECT_EQ(s.left_in_tmp(), "");
  // The figure issue 19 asks for (the test process: server and clients; 70 MiB).
  std::cout << 20 * each << " comparisons in " << seconds_since(begun) << " s; peak RSS "
            << peak_rss_kib() / 1024 << " MiB\n";
  if (!test::kSanitized) EXPECT_LT(peak_rss_kib(), 256 * 1024) << "KiB";
}

}  // namespace
}  // namespace nendiff
