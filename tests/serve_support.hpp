// The server of `nendiff serve` in-process for tests (serve_test.cpp,
// serve_hostile_test.cpp): on a free port of 127.0.0.1 with its uploads under
// a TMPDIR of its own, the sample pair to send it, and what its answers must be.
#pragma once

#include <gtest/gtest.h>
#include <httplib.h>

#include <chrono>
#include <cstdlib>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <sys/stat.h>
#include <thread>

#include "nendiff/compare.hpp"
#include "nendiff/parse.hpp"
#include "nendiff/report.hpp"
#include "serve/options.hpp"
#include "serve/server.hpp"
#include "test_support.hpp"

namespace nendiff::serve_test {

using serve::ServeOptions;

inline constexpr char kOldName[] = "kenko-iryo-senryaku-2023.txt";
inline constexpr char kNewName[] = "kenko-iryo-senryaku-2024.txt";

// What `nendiff compare OLD NEW --format json` prints run in samples/: the
// CLI's calls (cli/commands.cpp run_compare) with its report options.
inline std::string cli_report(Format format = Format::json, ReportOptions shown = {},
                       const ParseOptions& parse = {}) {
  std::vector<Document> docs =
      load_editions({test::sample_path(kOldName), test::sample_path(kNewName)}, {}, parse);
  docs[0].path = kOldName;  // as named from the current directory
  docs[1].path = kNewName;
  const Comparison c = compare(std::move(docs[0]), std::move(docs[1]));
  std::ostringstream out;
  write_comparison(c, format, out, shown);
  return out.str();
}

inline ReportOptions automatic() {
  ReportOptions o;
  o.language = Language::automatic;
  return o;
}

// The server on a free port of 127.0.0.1, its uploads under a fresh TMPDIR.
class Running {
 public:
  explicit Running(ServeOptions o = {}) : tmp_(root_.file("tmp")) {
    boost_mkdir(tmp_);
    old_tmpdir_ = std::getenv("TMPDIR") ? std::getenv("TMPDIR") : "";
    setenv("TMPDIR", tmp_.c_str(), 1);
    o.listen = {"127.0.0.1", 0};
    server_ = std::make_unique<serve::Server>(o);
    port_ = server_->bind();
    thread_ = std::thread([this] { server_->run(); });
    while (!server_->running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~Running() {
    server_->stop();
    thread_.join();
    if (old_tmpdir_.empty())
      unsetenv("TMPDIR");
    else
      setenv("TMPDIR", old_tmpdir_.c_str(), 1);
  }
  int port() const { return port_; }
  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(60, 0);
    return c;
  }
  // What is left in the uploads' TMPDIR, and beside it.
  std::string left_in_tmp() const { return test::files_in(tmp_); }
  std::string left_beside_tmp() const { return test::files_in(root_.path()); }

 private:
  static void boost_mkdir(const std::string& dir) { ASSERT_EQ(mkdir(dir.c_str(), 0700), 0); }
  test::TempDir root_;
  std::string tmp_, old_tmpdir_;
  std::unique_ptr<serve::Server> server_;
  int port_ = 0;
  std::thread thread_;
};

inline httplib::MultipartFormDataItems sample_pair() {
  return {{"old", test::read_bytes(test::sample_path(kOldName)), kOldName, "text/plain"},
          {"new", test::read_bytes(test::sample_path(kNewName)), kNewName, "text/plain"}};
}

inline httplib::Result post(const Running& s, const httplib::MultipartFormDataItems& items,
                            const std::string& path = "/api/compare", const httplib::Headers& headers = {}) {
  return s.client().Post(path.c_str(), headers, items);
}

// A refusal as the API gives it: `status`, JSON with `code` and one line
// that names no path of the server.
inline void expect_refusal(const httplib::Result& r, int status, const std::string& code) {
  ASSERT_TRUE(r) << httplib::to_string(r.error());
  EXPECT_EQ(r->status, status) << r->body;
  const nlohmann::json j = nlohmann::json::parse(r->body);
  EXPECT_EQ(j["error"]["code"], code) << r->body;
  const std::string message = j["error"]["message"];
  EXPECT_FALSE(message.empty());
  EXPECT_EQ(message.find('\n'), std::string::npos) << message;
  EXPECT_EQ(message.find("/tmp"), std::string::npos) << message;
  EXPECT_EQ(message.find("nendiff-serve-"), std::string::npos) << message;
}

// The sample pair compares as the CLI compares it: the server still serves.
inline void expect_serving(const Running& s) {
  const httplib::Result r = post(s, sample_pair());
  ASSERT_TRUE(r) << httplib::to_string(r.error());
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->body, cli_report(Format::json, automatic()));
}

}  // namespace nendiff::serve_test
