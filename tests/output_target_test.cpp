// Issue 15, items 8 and 14: what `-o` names decides how the report gets there.
// A regular file of one's own is replaced through a temporary file; a device,
// a FIFO or /dev/stdout is written in place, never replaced by a regular file;
// a file the user may not write is refused as `cp` would refuse it, and a file
// someone else owns stays theirs. Each failure is one line naming the path.
//
// Root writes past permission bits, and so does `cp` as root: the refusals
// are checked as the user nobody (as_user.hpp), and what root may do is
// checked to be what `cp` does.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <algorithm>
#include <boost/filesystem.hpp>
#include <nlohmann/json.hpp>

#include "as_user.hpp"
#include "test_support.hpp"

namespace nendiff {
namespace {

namespace fs = boost::filesystem;
using test::files_in;
using test::read_bytes;
using test::RunResult;
using test::TempDir;
using test::write_bytes;

const std::string kRegressions = std::string(NENDIFF_SAMPLES_DIR) + "/../tests/regressions/";
// A small pair (its reports fit a pipe's buffer) and the sample pair.
const std::string kOld = kRegressions + "terminal-escapes/2023.txt";
const std::string kNew = kRegressions + "terminal-escapes/2024.txt";
const std::string k2023 = test::sample_path("kenko-iryo-senryaku-2023.txt");
const std::string k2024 = test::sample_path("kenko-iryo-senryaku-2024.txt");

RunResult compare_to(const std::string& target, const std::vector<std::string>& more = {}) {
  std::vector<std::string> args = {"compare", k2023, k2024, "-o", target};
  args.insert(args.end(), more.begin(), more.end());
  return test::run_nendiff(args);
}

// Exit 2 and one line on stderr: 「nendiff: PATH: problem」.
void expect_refused(const RunResult& r, const std::string& path, const std::string& problem) {
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_EQ(r.err, "nendiff: " + path + ": " + problem + "\n");
}

struct stat status_of(const std::string& path) {
  struct stat st {};
  EXPECT_EQ(::stat(path.c_str(), &st), 0) << path;
  return st;
}

// A FIFO with a reader already there (this test, O_RDWR: opening never
// blocks), so that the report can go in without another process.
TEST(OutputTarget, FifoIsWrittenInPlace) {
  TempDir dir;
  const std::string fifo = dir.file("report.md");
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0644), 0);
  const int reader = ::open(fifo.c_str(), O_RDWR | O_NONBLOCK);
  ASSERT_GE(reader, 0);
  const RunResult r = test::run_nendiff({"compare", kOld, kNew, "-o", fifo});
  std::string got(65536, '\0');
  const ssize_t n = ::read(reader, got.data(), got.size());
  ::close(reader);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_TRUE(S_ISFIFO(status_of(fifo).st_mode));
  ASSERT_GT(n, 0);
  EXPECT_EQ(got.substr(0, 2), "# ");
  EXPECT_NE(got.find("x1b\\]0;PWNED"), std::string::npos);  // shown, ] backslashed (Markdown)
  EXPECT_EQ(got.find('\x1b'), std::string::npos);
}

// A device node stays one: written in place; a full one says so.
TEST(OutputTarget, DeviceIsWrittenInPlace) {
  TempDir dir;
  const std::string null = dir.file("null.json"), full = dir.file("full.json");
  if (::mknod(null.c_str(), S_IFCHR | 0666, makedev(1, 3)) != 0 ||
      ::mknod(full.c_str(), S_IFCHR | 0666, makedev(1, 7)) != 0)
    GTEST_SKIP() << "mknod needs root (or CAP_MKNOD)";
  EXPECT_EQ(compare_to(null).exit_code, 1);
  EXPECT_TRUE(S_ISCHR(status_of(null).st_mode));
  EXPECT_EQ(status_of(null).st_rdev, makedev(1, 3));
  expect_refused(compare_to(full), full, "write failed (No space left on device)");
  EXPECT_TRUE(S_ISCHR(status_of(full).st_mode));
  EXPECT_EQ(files_in(dir.path()), "full.json null.json ");
}

// /dev/stdout is whatever stdout is: a pipe here (and a file in the harness).
TEST(OutputTarget, DevStdoutIsTheStandardOutput) {
  const std::string command =
      std::string(NENDIFF_BINARY) + " compare '" + k2023 + "' '" + k2024 + "' -o /dev/stdout --format json | cat";
  const RunResult piped = test::run_program("/bin/sh", {"-c", command});
  EXPECT_EQ(piped.exit_code, 0) << piped.err;  // cat's
  EXPECT_EQ(piped.err, "");
  EXPECT_EQ(nlohmann::json::parse(piped.out)["version"], 1);
  for (const char* name : {"/dev/stdout", "/dev/fd/1"}) {  // the harness's stdout: a file
    const RunResult file = test::run_nendiff({"compare", k2023, k2024, "-o", name, "-f", "json"});
    EXPECT_EQ(file.exit_code, 1) << file.err;
    EXPECT_EQ(nlohmann::json::parse(file.out)["version"], 1);
  }
}

TEST(OutputTarget, ADirectoryIsSaidToBeOne) {
  TempDir dir;
  expect_refused(compare_to(dir.path(), {"--format", "json"}), dir.path(), "is a directory");
  expect_refused(compare_to(dir.path() + "/"), dir.path() + "/", "is a directory");
  EXPECT_EQ(files_in(dir.path()), "");
}

// A full disk: a tmpfs of 64 KB where root may mount one; the previous report
// stays whole.
TEST(OutputTarget, AFullDiskIsSaidToBeFull) {
  TempDir dir;
  if (::mount("tmpfs", dir.path().c_str(), "tmpfs", 0, "size=64k") != 0)
    GTEST_SKIP() << "mounting a tmpfs needs root (CAP_SYS_ADMIN)";
  const std::string report = dir.file("report.html");
  write_bytes(report, "last week's\n");
  const RunResult r = compare_to(report);
  const std::string after = read_bytes(report);
  ::umount2(dir.path().c_str(), MNT_DETACH);
  expect_refused(r, report, "write failed (No space left on device)");
  EXPECT_EQ(after, "last week's\n");
}

// The same for stdout, which was only 「<stdout>: write failed」 (issue 15, item 14).
TEST(OutputTarget, StdoutOntoAFullDevice) {
  const std::string command = std::string(NENDIFF_BINARY) + " compare '" + k2023 + "' '" + k2024 +
                              "' > /dev/full";
  expect_refused(test::run_program("/bin/sh", {"-c", command}), "<stdout>",
                 "write failed (No space left on device)");
}

// A read-only file of one's own in a folder one may write: `cp` refuses it
// (for root it does not, nor does nendiff: RootWritesWhatCpWrites).
TEST(OutputTarget, AReadOnlyFileIsRefusedNotReplaced) {
  if (!test::can_run_as_user()) GTEST_SKIP() << "cannot run nendiff as another user";
  TempDir dir;
  ASSERT_EQ(::chmod(dir.path().c_str(), 0777), 0);
  const std::string report = dir.file("report.json");
  write_bytes(report, "{}\n");
  ASSERT_EQ(::chown(report.c_str(), test::user_uid(), static_cast<gid_t>(-1)), 0);
  ASSERT_EQ(::chmod(report.c_str(), 0444), 0);
  expect_refused(test::run_as_user({"compare", k2023, k2024, "-o", report}), report,
                 "cannot write (Permission denied)");
  EXPECT_EQ(read_bytes(report), "{}\n");
  EXPECT_EQ(status_of(report).st_mode & 07777, 0444u);
}

// Someone else's file: refused unless they let others write it; then written
// in place, so that it stays theirs (as `cp` writes it).
TEST(OutputTarget, AnotherOwnersFileStaysTheirs) {
  if (geteuid() != 0 || !test::can_run_as_user()) GTEST_SKIP() << "needs root to give files away";
  TempDir dir;
  ASSERT_EQ(::chmod(dir.path().c_str(), 0777), 0);
  const std::string report = dir.file("report.json");
  write_bytes(report, "{}\n");  // root's
  ASSERT_EQ(::chmod(report.c_str(), 0644), 0);
  expect_refused(test::run_as_user({"compare", k2023, k2024, "-o", report}), report,
                 "cannot write (Permission denied)");
  EXPECT_EQ(read_bytes(report), "{}\n");
  ASSERT_EQ(::chmod(report.c_str(), 0666), 0);
  const ino_t inode = status_of(report).st_ino;
  EXPECT_EQ(test::run_as_user({"compare", k2023, k2024, "-o", report}).exit_code, 1);
  EXPECT_EQ(status_of(report).st_uid, 0u);
  EXPECT_EQ(status_of(report).st_ino, inode);
  EXPECT_EQ(nlohmann::json::parse(read_bytes(report))["version"], 1);
}

// A folder that admits no new file: a new report is refused; a file in it the
// user may write is written in place, as `cp` writes it.
TEST(OutputTarget, AReadOnlyFolderTakesNoNewFile) {
  if (!test::can_run_as_user()) GTEST_SKIP() << "cannot run nendiff as another user";
  TempDir dir;
  const std::string locked = dir.file("locked"), existing = dir.file("locked/report.json");
  ASSERT_EQ(::chmod(dir.path().c_str(), 0755), 0);
  fs::create_directory(locked);
  write_bytes(existing, "{}\n");
  for (const std::string& p : {locked, existing})
    ASSERT_EQ(::chown(p.c_str(), test::user_uid(), static_cast<gid_t>(-1)), 0);
  ASSERT_EQ(::chmod(locked.c_str(), 0555), 0);
  const std::string fresh = locked + "/new.json";
  expect_refused(test::run_as_user({"compare", k2023, k2024, "-o", fresh}), fresh,
                 "cannot write (Permission denied)");
  EXPECT_EQ(test::run_as_user({"compare", k2023, k2024, "-o", existing}).exit_code, 1);
  EXPECT_EQ(nlohmann::json::parse(read_bytes(existing))["version"], 1);
  EXPECT_EQ(files_in(locked), "report.json ");
}

// What root may write, as `cp` does: a read-only file (its mode stays) and
// another user's file (it stays theirs).
TEST(OutputTarget, RootWritesWhatCpWrites) {
  if (geteuid() != 0) GTEST_SKIP() << "root only";
  TempDir dir;
  const std::string read_only = dir.file("read-only.json"), theirs = dir.file("theirs.json");
  write_bytes(read_only, "{}\n");
  write_bytes(theirs, "{}\n");
  ASSERT_EQ(::chmod(read_only.c_str(), 0444), 0);
  ASSERT_EQ(::chown(theirs.c_str(), test::kNobody, test::kNobody), 0);
  EXPECT_EQ(compare_to(read_only).exit_code, 1);
  EXPECT_EQ(compare_to(theirs).exit_code, 1);
  EXPECT_EQ(status_of(read_only).st_mode & 07777, 0444u);
  EXPECT_EQ(status_of(theirs).st_uid, test::kNobody);
  EXPECT_EQ(status_of(theirs).st_gid, test::kNobody);
  for (const std::string& p : {read_only, theirs})
    EXPECT_EQ(nlohmann::json::parse(read_bytes(p))["version"], 1);
}

// A name of 255 bytes is a name: the temporary file beside it is named shorter.
TEST(OutputTarget, ALongNameGetsItsReport) {
  TempDir dir;
  std::string name;
  while (name.size() + 3 + 5 <= 255) name += "あ";  // 3 bytes each
  name += std::string(255 - name.size() - 5, 'a') + ".json";
  ASSERT_EQ(name.size(), 255u);
  EXPECT_EQ(compare_to(dir.file(name)).exit_code, 1);
  EXPECT_EQ(nlohmann::json::parse(read_bytes(dir.file(name)))["version"], 1);
  EXPECT_EQ(files_in(dir.path()), name + " ");
}

}  // namespace
}  // namespace nendiff
