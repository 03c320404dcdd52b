// Runs nendiff as a user the permission bits apply to. The tests run as root
// in CI, and root writes and reads past them (as `cp` does); a check that a
// read-only file or an unreadable folder is respected needs a plain user.
// Under root: the user nobody (setpriv, util-linux); otherwise the user the
// tests run as. What nobody is to reach must be opened to others (0755).
#pragma once

#include <sys/stat.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "test_support.hpp"

namespace nendiff::test {

constexpr unsigned kNobody = 65534;

inline RunResult run_as_user(const std::vector<std::string>& args, const RunOptions& options = {}) {
  if (geteuid() != 0) return run_program_with(NENDIFF_BINARY, args, options);
  std::vector<std::string> as_nobody = {"--reuid=65534", "--regid=65534", "--clear-groups",
                                        NENDIFF_BINARY};
  as_nobody.insert(as_nobody.end(), args.begin(), args.end());
  return run_program_with("/usr/bin/setpriv", as_nobody, options);
}

// Whether run_as_user can run nendiff at all (setpriv there, the binary
// reachable for nobody); a test skips otherwise.
inline bool can_run_as_user() { return run_as_user({"--version"}).exit_code == 0; }

// The uid run_as_user runs as, to give it files.
inline unsigned user_uid() { return geteuid() == 0 ? kNobody : geteuid(); }

}  // namespace nendiff::test
