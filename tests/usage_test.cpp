// Issue 16, item 13: every usage error is one line, `nendiff: …`, exit 2 —
// CLI11's own messages too; a misspelt command or option gets the nearest
// right one; option values are checked; each subcommand's --help states its
// exit statuses. And issue 15, item 14: messages that would span lines (a
// file name with a line break in it) are one line all the same.
#include <gtest/gtest.h>

#include <algorithm>

#include "test_support.hpp"

namespace nendiff {
namespace {

using test::RunResult;
using test::run_nendiff;

const std::string k2024 = test::sample_path("kenko-iryo-senryaku-2024.txt");

// Exit 2, nothing on stdout, and exactly `line` on stderr.
void expect_usage_error(const std::vector<std::string>& args, const std::string& line) {
  const RunResult r = run_nendiff(args);
  std::string command;
  for (const std::string& a : args) command += " " + a;
  SCOPED_TRACE("nendiff" + command);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "nendiff: " + line + "\n");
}

TEST(Usage, AMisspeltCommandGetsTheNearestOne) {
  expect_usage_error({"compre", "a", "b"}, "'compre' is not a nendiff command; did you mean 'compare'?");
  expect_usage_error({"hsitory", "a"}, "'hsitory' is not a nendiff command; did you mean 'history'?");
  expect_usage_error({"chek", "a"}, "'chek' is not a nendiff command; did you mean 'check'?");
  expect_usage_error({"frobnicate"},
                     "'frobnicate' is not a nendiff command; the commands are parse, compare, check, history, serve");
  expect_usage_error({}, "a command is required: parse, compare, check, history, serve; see 'nendiff --help'");
}

TEST(Usage, AMisspeltOptionGetsTheNearestOne) {
  expect_usage_error({"compare", "--formt", "json", "a", "b"},
                     "unknown option '--formt'; did you mean '--format'?; see 'nendiff compare --help'");
  expect_usage_error({"check", k2024, "--yaer=2024"},
                     "unknown option '--yaer'; did you mean '--year'?; see 'nendiff check --help'");
  expect_usage_error({"parse", k2024, "--colour-scheme"},
                     "unknown option '--colour-scheme'; see 'nendiff parse --help'");
  expect_usage_error({"--versoin"}, "unknown option '--versoin'; did you mean '--version'?; see 'nendiff --help'");
}

TEST(Usage, CliElevensOwnMessagesAreOneLine) {
  expect_usage_error({"compare", "a"}, "NEW is required; see 'nendiff compare --help'");
  expect_usage_error({"compare", "a", "b", "c"},
                     "The following argument was not expected: c; see 'nendiff compare --help'");
  expect_usage_error({"check", "a", "--year"},
                     "--year: 1 required YEAR missing; see 'nendiff check --help'");
  expect_usage_error({"parse"}, "FILE is required; see 'nendiff parse --help'");
}

TEST(Usage, OptionValuesAreChecked) {
  expect_usage_error({"check", k2024, "--year", "20244"}, "--year: Value 20244 not in range 1900 to 2100");
  expect_usage_error({"check", k2024, "--year", "1899"}, "--year: Value 1899 not in range 1900 to 2100");
  expect_usage_error({"parse", k2024, "--max-size", "-5"},
                     "--max-size: a number of bytes, 1 or more, not '-5'");
  expect_usage_error({"parse", k2024, "--max-size", "0"},
                     "--max-size: a number of bytes, 1 or more, not '0'");
  EXPECT_EQ(run_nendiff({"check", k2024, "--year", "2025", "--format", "json"}).exit_code, 1);
  EXPECT_EQ(run_nendiff({"parse", k2024, "--max-size", "100000000"}).exit_code, 0);
}

TEST(Usage, EachSubcommandsHelpStatesItsExitStatus) {
  for (const char* command : {"parse", "compare", "check", "history"}) {
    SCOPED_TRACE(command);
    const RunResult r = run_nendiff({command, "--help"});
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_NE(r.out.find("Exit status: 0 "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(", 2 error"), std::string::npos) << r.out;
  }
  EXPECT_NE(run_nendiff({"compare", "--help"}).out.find("--follow-links"), std::string::npos);
}

// A message names what the user gave: a line break or an escape in a name
// must not make it two lines or reach the terminal.
TEST(Usage, AMessageIsOneLineWhateverTheNameHolds) {
  test::TempDir dir;
  const std::string name = dir.file("no\nsuch\x1b[2J.txt");
  const RunResult r = run_nendiff({"parse", name});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  EXPECT_EQ(r.err.find('\x1b'), std::string::npos);
  EXPECT_NE(r.err.find(dir.file("no\\x0asuch\\x1b[2J.txt")), std::string::npos) << r.err;
}

// git's --color=auto|always|never, --no-color as an alias, NO_COLOR honoured
// where colour is automatic (issue 16, item 12).
TEST(Usage, ColourIsAutoAlwaysOrNever) {
  const std::string a = test::sample_path("kenko-iryo-senryaku-2023.txt");
  const std::string b = test::sample_path("kenko-iryo-senryaku-2024.txt");
  auto coloured = [&](std::vector<std::string> extra, std::vector<test::EnvChange> env = {}) {
    std::vector<std::string> args = {"compare", a, b};
    args.insert(args.end(), extra.begin(), extra.end());
    const RunResult r = test::run_program(NENDIFF_BINARY, args, env);
    EXPECT_EQ(r.exit_code, 1) << r.err;
    return r.out.find("\x1b[") != std::string::npos;
  };
  EXPECT_TRUE(coloured({"--color=always"}));  // through a pipe, for less -R
  EXPECT_TRUE(coloured({"--color=always"}, {{"NO_COLOR", "1"}}));
  EXPECT_FALSE(coloured({"--color=never"}));
  EXPECT_FALSE(coloured({"--no-color"}));
  EXPECT_FALSE(coloured({}));  // auto, and stdout is a pipe
  const RunResult bad = run_nendiff({"compare", a, b, "--color=sometimes"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_EQ(bad.err, "nendiff: --color: sometimes not in {auto,always,never}\n");
}

// On a terminal (script(1) gives one), auto colours unless NO_COLOR is set.
TEST(Usage, ColourOnATerminalUnlessNoColorIsSet) {
  const std::string command = std::string(NENDIFF_BINARY) + " compare " +
                              test::sample_path("kenko-iryo-senryaku-2023.txt") + " " +
                              test::sample_path("kenko-iryo-senryaku-2024.txt");
  auto on_terminal = [&](std::vector<test::EnvChange> env) {
    return test::run_program("/usr/bin/script", {"-qec", command, "/dev/null"}, env).out;
  };
  EXPECT_NE(on_terminal({{"NO_COLOR", std::nullopt}}).find("\x1b[1m"), std::string::npos);
  EXPECT_EQ(on_terminal({{"NO_COLOR", "1"}}).find("\x1b[1m"), std::string::npos);
}

}  // namespace
}  // namespace nendiff
