// Shared by the tests of hostile inputs (issue 15): the small ones kept in
// tests/regressions/, the big ones made at test time by the same script
// (tests/regressions/make-hostile.py), and what a test may expect of a build.
#pragma once

#include <gtest/gtest.h>

#include <boost/filesystem.hpp>
#include <cstdlib>
#include <string>

#include "nendiff/error.hpp"
#include "nendiff/read.hpp"
#include "read/support.hpp"
#include "util/sanitizers.hpp"

namespace nendiff::test {

// tests/regressions/<dir>/<name>
inline std::string regression(const std::string& dir, const std::string& name = "") {
  return std::string(NENDIFF_SAMPLES_DIR) + "/../tests/regressions/" + dir + "/" + name;
}

// Runs make-hostile.py with `args` ("pages OUT 20000"): what to make, where.
inline void make_hostile(const std::string& args) {
  const std::string command = "python3 " + regression("", "make-hostile.py") + " " + args;
  ASSERT_EQ(std::system(command.c_str()), 0) << command;
}

// Sanitizers (and -O0) slow a program ten times, and sanitizers reserve
// terabytes of address space: big inputs come a tenth of their size there, and
// memory limits cannot be set.
constexpr bool kSanitized = detail::kSanitized;
#ifdef NDEBUG
constexpr bool kOptimized = true;
#else
constexpr bool kOptimized = false;
#endif
constexpr int kHostileScale = kSanitized || !kOptimized ? 10 : 1;

inline bool valid_utf8(const std::string& s) { return detail::is_valid_utf8(s); }

// Reads every file of tests/regressions/<dir>/ as nendiff does, the way the
// fuzz target of that name checks it: `check` is given the text, and a
// refusal must be one line that names the file. Returns how many files.
template <typename Check>
int replay_regressions(const std::string& dir, Check check) {
  int files = 0;
  for (const boost::filesystem::directory_entry& e :
       boost::filesystem::directory_iterator(regression(dir))) {
    const std::string file = e.path().string();
    SCOPED_TRACE(file);
    ++files;
    try {
      check(read_input(file));
    } catch (const Error& error) {
      const std::string message = error.what();
      EXPECT_EQ(message.rfind(file + ": ", 0), 0u) << message;
      EXPECT_EQ(message.find('\n'), std::string::npos) << message;
    }
  }
  return files;
}

}  // namespace nendiff::test
