// Shared helpers for the tests: sample files and fixtures, text in other
// encodings, the refusal a read gives, running the CLI, temporary dirs.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "nendiff/read.hpp"
#include "nendiff/compare.hpp"
#include "nendiff/model.hpp"

namespace nendiff::test {

// A unit's text as the reports quote it: its normalized text in the
// characters the edition wrote (text/quote.hpp).
std::string quoted(const Measure& m);

// Absolute path of a file in samples/.
std::string sample_path(const std::string& name);
// Absolute path of a PDF or Word fixture rendered from the samples at build
// time (scripts/make-fixtures; see tests/CMakeLists.txt).
std::string fixture(const std::string& name);
// The bytes of a file.
std::string read_bytes(const std::string& path);
void write_bytes(const std::string& path, const std::string& bytes);

// `utf8` in `charset` by ICU; a character the charset has no code for fails
// the test (encode) or is left out (encode_lossy).
std::string encode(const std::string& utf8, const char* charset);
std::string encode_lossy(const std::string& utf8, const char* charset);

// The message of the nendiff::Error read_input throws ("" if none).
std::string input_error(const std::string& path, const InputOptions& options = {});

bool starts_with(const std::string& s, const std::string& prefix);
// How many times `part` occurs in `text` (overlaps count).
size_t count(const std::string& text, const std::string& part);
// Year and figure mentions one per line, as the tests compare them:
// 「2023年度 → 2023 [年度] fiscal」「約3,400社 → 3400 社 ~」 ("~" approximate,
// "..5" a range's end). Each mention's raw must be `text` at its offsets.
std::vector<std::string> shown(const std::string& text, const std::vector<YearMention>& years);
std::vector<std::string> shown(const std::string& text, const std::vector<Figure>& figures);
// The one mention found in `text` (there must be exactly one), its raw
// checked against `text` at its offsets.
YearMention only_one(const std::string& text, const std::vector<YearMention>& found);
Figure only_one(const std::string& text, const std::vector<Figure>& found);

// The names in a folder, sorted, each followed by a space: "a.json b.txt ".
std::string files_in(const std::string& dir);

// A comparison as a sorted list of what it found — statuses, moves, tags,
// figures, sentences, stale findings — by text (`key`, compare_key unless
// given), independent of line numbers and of the layout the texts had.
// The comparison's one change is a table's row: `line` in both editions, its
// cells now `new_text` (joined by " | ").
void expect_one_row_changed(const Comparison& c, int line, const std::string& new_text);

std::vector<std::string> findings_of(const Comparison& c,
                                     const std::function<std::string(const std::string&)>& key = {});
// `text` as a PDF of `width` characters a line gives it: longer lines broken.
std::string hard_wrapped(const std::string& text, size_t width);
// A summary's counts on one line.
std::string counts_of(const Summary& s);

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
  double seconds = 0;   // wall-clock time of the run
  bool killed = false;  // it outlived its timeout
};

// One change to the environment of a run: a value, or nullopt to unset it.
struct EnvChange {
  std::string name;
  std::optional<std::string> value;
};

// How a program is run, beyond its arguments.
struct RunOptions {
  std::vector<EnvChange> env;
  std::string stdin_text;
  bool stdout_closed_pipe = false;        // stdout is a pipe nobody reads (`| head -1` done)
  unsigned long file_size_limit = 0;      // RLIMIT_FSIZE in bytes, 0: none
  unsigned long memory_limit = 0;         // RLIMIT_AS in bytes, 0: none
  int timeout_seconds = 300;              // then the run is killed and counts as a hang
};

// Runs `binary` with `args` (no shell) as `options` say, capturing both
// streams (stdout stays empty when it is a closed pipe).
RunResult run_program_with(const std::string& binary, const std::vector<std::string>& args,
                           const RunOptions& options);
// The same with only the environment changed by `env` and `stdin_text` as input.
RunResult run_program(const std::string& binary, const std::vector<std::string>& args,
                      const std::vector<EnvChange>& env = {}, const std::string& stdin_text = "");
// The same for the built nendiff binary.
RunResult run_nendiff(const std::vector<std::string>& args, const std::string& stdin_text = "");
// Exit 2, nothing on stdout, and one line on stderr that starts by naming `path`.
void expect_refused(const RunResult& r, const std::string& path);

}  // namespace nendiff::test
