// Where reports go (issue 8, continued from robustness_test.cpp): a closed
// pipe, a folder nendiff may not write, a failed write, links, permissions, an
// interrupted write, byte-identical reports, escaped text outside the units
// and an input reached under another name.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <boost/filesystem.hpp>
#include <chrono>
#include <nlohmann/json.hpp>
#include <thread>

#include "nendiff/compare.hpp"
#include "nendiff/parse.hpp"
#include "nendiff/report.hpp"
#include "report/file.hpp"
#include "test_support.hpp"

namespace nendiff {
namespace {

namespace fs = boost::filesystem;
using test::expect_refused;
using test::files_in;
using test::read_bytes;
using test::sample_path;
using test::TempDir;
using test::write_bytes;
using Plumbing = test::RunOptions;
using Outcome = test::RunResult;

const std::string k2023 = sample_path("kenko-iryo-senryaku-2023.txt");
const std::string k2024 = sample_path("kenko-iryo-senryaku-2024.txt");

Outcome run(const std::vector<std::string>& args, const Plumbing& setup = {}) {
  return test::run_program_with(NENDIFF_BINARY, args, setup);
}

int count_lines(const std::string& s) { return static_cast<int>(std::count(s.begin(), s.end(), '\n')); }

// `nendiff compare … | head -1`: the reader is gone; nendiff ends quietly, by
// SIGPIPE, as `diff a b | head` and `git diff | head` do (issue 16).
TEST(Robustness, OutputToAClosedPipe) {
  Plumbing closed;
  closed.stdout_closed_pipe = true;
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"compare", k2023, k2024}, {"parse", k2024, "--format", "json"},
        {"check", k2024}}) {
    SCOPED_TRACE(args[0]);
    Outcome r = run(args, closed);
    EXPECT_EQ(r.exit_code, 128 + SIGPIPE) << r.err;
    EXPECT_EQ(r.err, "");
  }
}

TEST(Robustness, OutputDirectoryNotWritable) {
  if (geteuid() == 0) GTEST_SKIP() << "root writes anywhere";
  TempDir dir;
  const std::string locked = dir.file("locked");
  fs::create_directory(locked);
  ASSERT_EQ(chmod(locked.c_str(), 0555), 0);
  const std::string out = locked + "/report.json";
  Outcome r = run({"compare", k2023, k2024, "-o", out});
  expect_refused(r, out);
  EXPECT_EQ(files_in(locked), "");
}

// The write fails half-way (a file size limit: EFBIG, as a full disk would):
// the previous report is still there, whole, and no temporary file is left.
TEST(Robustness, FailedWriteKeepsThePreviousReport) {
  TempDir dir;
  const std::string report = dir.file("report.html");
  const std::string previous = "<!DOCTYPE html><p>last week's report</p>\n";
  write_bytes(report, previous);
  Plumbing limited;
  limited.file_size_limit = 4096;  // the sample report is far larger
  Outcome r = run({"compare", k2023, k2024, "-o", report}, limited);
  expect_refused(r, report);
  EXPECT_NE(r.err.find("write failed"), std::string::npos) << r.err;
  EXPECT_EQ(read_bytes(report), previous);
  EXPECT_EQ(files_in(dir.path()), "report.html ");
  // A directory where the report should go is not replaced either.
  const std::string taken = dir.file("taken.json");
  fs::create_directory(taken);
  expect_refused(run({"compare", k2023, k2024, "-o", taken, "--format", "json"}), taken);
  EXPECT_TRUE(fs::is_directory(taken));
  EXPECT_EQ(files_in(dir.path()), "report.html taken.json ");
  // Without the limit the same command replaces it.
  EXPECT_EQ(run({"compare", k2023, k2024, "-o", report}).exit_code, 1);
  EXPECT_EQ(read_bytes(report).rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(read_bytes(report), previous);
}

// `-o` naming a symbolic link: the report goes to the file the link leads to,
// and the link stays (as with a shell's `>`); a dangling link names the file
// to create.
TEST(Robustness, OutputThroughASymbolicLink) {
  TempDir dir;
  fs::create_directory(dir.file("shared"));
  const std::string real = dir.file("shared/report.json"), link = dir.file("report.json");
  write_bytes(real, "{}\n");
  fs::create_symlink("shared/report.json", link);
  EXPECT_EQ(run({"compare", k2023, k2024, "-o", link}).exit_code, 1);
  EXPECT_TRUE(fs::is_symlink(link));
  EXPECT_TRUE(nlohmann::json::parse(read_bytes(real)).contains("measures"));
  EXPECT_EQ(files_in(dir.file("shared")), "report.json ");
  const std::string dangling = dir.file("new.md");
  fs::create_symlink("shared/new-report.md", dangling);
  EXPECT_EQ(run({"compare", k2023, k2024, "-o", dangling}).exit_code, 1);
  EXPECT_TRUE(fs::is_symlink(dangling));
  EXPECT_EQ(read_bytes(dir.file("shared/new-report.md")).rfind("# ", 0), 0u);
}

// A report replaced in place keeps the permissions its owner gave the file.
TEST(Robustness, ReplacedReportKeepsItsPermissions) {
  TempDir dir;
  const std::string report = dir.file("report.csv");
  write_bytes(report, "old\n");
  ASSERT_EQ(chmod(report.c_str(), 0640), 0);
  EXPECT_EQ(run({"compare", k2023, k2024, "-o", report}).exit_code, 1);
  struct stat after {};
  ASSERT_EQ(stat(report.c_str(), &after), 0);
  EXPECT_EQ(after.st_mode & 07777, 0640u);
  EXPECT_NE(read_bytes(report), "old\n");
}

// A signal in the middle of a write (Ctrl-C, a CI timeout's SIGTERM) ends the
// process as the signal would, leaves the previous report as it was, and, with
// the handler the CLI installs, no temporary file either.
int interrupted_write(const std::string& path, bool handler) {
  const pid_t child = fork();
  if (child == 0) {
    if (handler) remove_partial_reports_on_interrupt();
    write_file_atomically(path, [](std::ostream& out) {
      out << std::string(100000, 'x');
      out.flush();
      raise(SIGTERM);
    });
    _exit(0);
  }
  int status = 0;
  waitpid(child, &status, 0);
  return WIFSIGNALED(status) ? WTERMSIG(status) : -1;
}

TEST(Robustness, InterruptedWriteLeavesNoTemporaryFile) {
#if defined(__SANITIZE_THREAD__)
  // The test process keeps parallel_for's workers, so the child is forked from
  // a multi-threaded process: ThreadSanitizer then stops processing the
  // child's synchronization and delivers its SIGTERM only after the write.
  GTEST_SKIP() << "ThreadSanitizer defers signals in a child of a multi-threaded fork";
#endif
  TempDir dir;
  const std::string report = dir.file("report.html");
  write_bytes(report, "previous\n");
  EXPECT_EQ(interrupted_write(report, true), SIGTERM);
  EXPECT_EQ(read_bytes(report), "previous\n");
  EXPECT_EQ(files_in(dir.path()), "report.html ");
  // Without it the partial file stays behind: the handler is what removes it.
  EXPECT_EQ(interrupted_write(report, false), SIGTERM);
  EXPECT_EQ(read_bytes(report), "previous\n");
  EXPECT_NE(files_in(dir.path()).find(".report.html.tmp-"), std::string::npos);
}

// The same inputs give the same bytes in every text format, a second later too
// (no clock, no addresses); XLSX: ReportXlsx.ReproducibleAndNeverToStdout.
TEST(Robustness, ReportsAreByteIdenticalInEveryFormat) {
  TempDir dir;
  for (const char* ext : {"txt", "json", "md", "csv", "html"}) {
    SCOPED_TRACE(ext);
    const std::string first = dir.file(std::string("a.") + ext), second = dir.file(std::string("b.") + ext);
    EXPECT_EQ(run({"compare", k2023, k2024, "-o", first}).exit_code, 1);
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    EXPECT_EQ(run({"compare", k2023, k2024, "-o", second}).exit_code, 1);
    EXPECT_EQ(read_bytes(first), read_bytes(second));
    EXPECT_GT(read_bytes(first).size(), 1000u);
  }
  EXPECT_EQ(run({"check", k2024, "--format", "json"}).out, run({"check", k2024, "--format", "json"}).out);
}

// Markup outside measure text too: in the title, a heading, a ministry tag and
// the file's name. HTML shows it as text; Markdown too.
TEST(Robustness, HostileTextOutsideMeasuresIsEscaped) {
  TempDir dir;
  const std::string hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>";
  const std::string old_path = dir.file("old<blink>.txt"), new_path = dir.file("new<marquee>.txt");
  auto doc = [&](int year, const std::string& verb) {
    return "方針" + std::to_string(year) + hostile + "\n\n1. 総論" + hostile + "\n\n(" + hostile +
           ")\n\n・研究を" + verb + "。【◎" + hostile.substr(0, 8) + "、厚】\n";
  };
  write_bytes(old_path, doc(2023, "支援した"));
  write_bytes(new_path, doc(2024, "推進した"));
  Outcome html = run({"compare", old_path, new_path, "--format", "html"});
  ASSERT_EQ(html.exit_code, 1) << html.err;
  EXPECT_EQ(html.out.find("<img"), std::string::npos);
  EXPECT_EQ(html.out.find("<blink"), std::string::npos);
  EXPECT_EQ(html.out.find("<marquee"), std::string::npos);
  EXPECT_NE(html.out.find("old&lt;blink&gt;.txt"), std::string::npos);
  EXPECT_EQ(html.out.find("alert(1)</script>"), std::string::npos);
  EXPECT_NE(html.out.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  Outcome md = run({"compare", old_path, new_path, "--format", "md"});
  ASSERT_EQ(md.exit_code, 1) << md.err;
  for (const char* tag : {"<script", "<img", "<blink", "<marquee"})
    EXPECT_EQ(md.out.find(tag), std::string::npos) << tag;
  EXPECT_NE(md.out.find("&lt;script&gt;"), std::string::npos);
}

// An output path that names an input under another spelling (./x, d/../x)
// must be refused like the plain one (Cli.OutputFileIsWrittenWholeAndNeverOverAnInput).
TEST(Robustness, OutputUnderAnotherNameOfAnInputIsRefused) {
  TempDir dir;
  const std::string input = dir.file("2024.txt"), original = read_bytes(k2024);
  write_bytes(input, original);
  fs::create_directory(dir.file("d"));
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"compare", k2023, input, "-o", dir.file("d/../2024.txt")},
        {"compare", k2023, input, "-o", dir.path() + "/./2024.txt"},
        {"parse", input, "-o", input},
        {"check", input, "-o", input},
        {"check", k2024, "--prior", input, "-o", input}}) {
    SCOPED_TRACE(args[0] + " -o " + args.back());
    Outcome r = run(args);
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_EQ(count_lines(r.err), 1) << r.err;
    EXPECT_EQ(read_bytes(input), original);
  }
}

}  // namespace
}  // namespace nendiff
