// The options the subcommands share and what they become: the format of a
// report (checked per subcommand before any input is read), the input
// options, where the report goes.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "nendiff/parse.hpp"
#include "nendiff/read.hpp"
#include "nendiff/report.hpp"

namespace nendiff::cli {

constexpr int kSame = 0, kDifferent = 1, kError = 2;  // exit codes, as diff's

struct Common {
  std::string format;  // --format as given: a name, or for folders a comma list
  std::string output;  // -o; empty or "-": stdout
  std::string encoding;
  std::uintmax_t max_size = 200u * 1024 * 1024;
  std::string color = "auto";  // --color=auto|always|never; --no-color is never
  bool quiet = false;
  bool follow_links = false;  // folders: links out of the trees are read too
  std::string profile;        // --profile: a built-in profile or a profile file; empty: recognise
};

// --format (checked by CLI11 against the formats `view` comes in, a list only
// where `list`), -o, --encoding and --max-size.
void add_common(CLI::App* cmd, Common& c, View view, bool list = false);
// --color=auto|always|never (git's spelling) and --no-color, its old alias.
void add_color(CLI::App* cmd, Common& c);

// --max-size's values: a size in bytes, 1 or more, digits only (CLI11 would
// take "-5" round to 2^64 - 5).
CLI::Validator byte_count();

InputOptions input_options(const Common& c);
// The parse options of --profile, checked (a profile file read) before any input is.
ParseOptions parse_options(const Common& c);

// Editions no profile explained are compared paragraph by paragraph: one line
// on stderr says so (the reports say it too), unless --profile chose that.
void notice_generic(const Common& c, const std::vector<const Document*>& editions);
bool to_stdout(const Common& c);
// The format of a single report: --format, else -o's extension, else text.
// Throws Error, before any input is read, when `view` does not come in it or
// --format lists several.
Format chosen_format(const Common& c, View view);

// A report never replaces one of its inputs, whatever path names it
// (「d/../2024.txt」, a link): compared as files, not as strings.
void refuse_input_as_output(const Common& c, const std::vector<std::string>& inputs);

// Writes a report as it is made: to -o FILE through a temporary file renamed
// into place when complete, or to stdout like any filter.
void emit(const Common& c, const std::function<void(std::ostream&)>& write);

}  // namespace nendiff::cli
