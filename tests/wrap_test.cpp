// The terminal report wraps to the terminal's width under its own indent
// (issue 16, item 14).
#include "report/wrap.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "test_support.hpp"
#include "text/unicode.hpp"

namespace nendiff::detail {
namespace {

// The widest line of `text`, in terminal columns, colour sequences aside.
int widest(const std::string& text) {
  int most = 0;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    int columns = 0;
    const std::u32string s = text::to_u32(line);
    for (size_t i = 0; i < s.size(); ++i) {
      if (s[i] == U'\x1b') {
        while (i < s.size() && s[i] != U'm') ++i;
        continue;
      }
      if (s[i] != U'\r') columns += columns_of(s[i]);
    }
    most = std::max(most, columns);
  }
  return most;
}

TEST(WrapLines, KanjiTakeTwoColumnsAndContinuationsHangUnderTheText) {
  EXPECT_EQ(columns_of(U'施'), 2);
  EXPECT_EQ(columns_of(U'「'), 2);
  EXPECT_EQ(columns_of(U'a'), 1);
  const std::string line = "    " + std::string(30, 'x') + "健康経営の推進に向けた取組を進める。";
  const std::string wrapped = wrap_lines(line, 40);
  EXPECT_LE(widest(wrapped), 40);
  EXPECT_NE(wrapped.find("\n        "), std::string::npos);  // 4 + 4 spaces
  std::string joined = wrapped;
  for (size_t at; (at = joined.find("\n        ")) != std::string::npos;) joined.erase(at, 9);
  EXPECT_EQ(joined, line);  // nothing lost or added but the breaks
}

TEST(WrapLines, ColourSequencesTakeNoColumnsAndNarrowWidthsAreLeftAlone) {
  const std::string coloured = "\x1b[1m" + std::string(30, 'y') + "\x1b[0m" + std::string(30, 'z');
  const std::string wrapped = wrap_lines(coloured, 40);
  EXPECT_LE(widest(wrapped), 40);
  EXPECT_NE(wrapped.find("\x1b[1m"), std::string::npos);
  EXPECT_EQ(wrap_lines(coloured, 10), coloured);
  EXPECT_EQ(wrap_lines("short\n\nlines\n", 40), "short\n\nlines\n");
}

// On a terminal of 60 columns (script(1) gives one), no line passes 60.
TEST(LanguageCli, TheTerminalReportFitsTheTerminal) {
  const std::string command = "stty cols 60; " + std::string(NENDIFF_BINARY) + " compare " +
                              test::sample_path("kenko-iryo-senryaku-2023.txt") + " " +
                              test::sample_path("kenko-iryo-senryaku-2024.txt");
  const test::RunResult r = test::run_program("/usr/bin/script", {"-qec", command, "/dev/null"});
  ASSERT_NE(r.out.find("施策: "), std::string::npos) << r.out.substr(0, 300);
  EXPECT_LE(widest(r.out), 60);
  // Through a pipe it is not wrapped: a line holds a whole section path.
  EXPECT_GT(widest(test::run_nendiff({"compare", test::sample_path("kenko-iryo-senryaku-2023.txt"),
                                      test::sample_path("kenko-iryo-senryaku-2024.txt")}).out),
            100);
}

}  // namespace
}  // namespace nendiff::detail
