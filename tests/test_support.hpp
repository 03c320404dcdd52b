// Shared helpers for the tests: sample files, running the CLI, temporary dirs.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "nendiff/model.hpp"

namespace nendiff::test {

// Absolute path of a file in samples/.
std::string sample_path(const std::string& name);
// The bytes of a file.
std::string read_bytes(const std::string& path);
void write_bytes(const std::string& path, const std::string& bytes);

// Year and figure mentions one per line, as the tests compare them:
// 「2023年度 → 2023 [年度] fiscal」「約3,400社 → 3400 社 ~」 ("~" approximate,
// "..5" a range's end). Each mention's raw must be `text` at its offsets.
std::vector<std::string> shown(const std::string& text, const std::vector<YearMention>& years);
std::vector<std::string> shown(const std::string& text, const std::vector<Figure>& figures);
// The one mention found in `text` (there must be exactly one), its raw
// checked against `text` at its offsets.
YearMention only_one(const std::string& text, const std::vector<YearMention>& found);
Figure only_one(const std::string& text, const std::vector<Figure>& found);

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

// One change to the environment of a run: a value, or nullopt to unset it.
struct EnvChange {
  std::string name;
  std::optional<std::string> value;
};

// Runs `binary` with `args` (no shell), `stdin_text` as its input and its
// environment changed by `env`, capturing both streams.
RunResult run_program(const std::string& binary, const std::vector<std::string>& args,
                      const std::vector<EnvChange>& env = {}, const std::string& stdin_text = "");
// The same for the built nendiff binary.
RunResult run_nendiff(const std::vector<std::string>& args, const std::string& stdin_text = "");

}  // namespace nendiff::test
