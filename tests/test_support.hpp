// Shared helpers for the tests: sample files, running the CLI, temporary dirs.
#pragma once

#include <string>
#include <vector>

namespace nendiff::test {

// Absolute path of a file in samples/.
std::string sample_path(const std::string& name);
// The bytes of a file.
std::string read_bytes(const std::string& path);
void write_bytes(const std::string& path, const std::string& bytes);

// A fresh directory, removed with everything in it when the object dies.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string file(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

struct RunResult {
  int exit_code = -1;
  std::string out, err;
};

// Runs the built nendiff binary with `args` (no shell), capturing both streams.
RunResult run_nendiff(const std::vector<std::string>& args, const std::string& stdin_text = "");

}  // namespace nendiff::test
