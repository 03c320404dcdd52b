#include "cli/options.hpp"

#include <algorithm>
#include <boost/filesystem.hpp>

#include <iostream>

#include "nendiff/error.hpp"
#include "report/file.hpp"
#include "report/printable.hpp"

namespace nendiff::cli {
namespace {

bool comes_in(View view, Format f) {
  const std::vector<Format>& formats = formats_of(view);
  return std::find(formats.begin(), formats.end(), f) != formats.end();
}

// What a subcommand's --format may say, in the one grammar of parse_formats:
// a format the view comes in, or where `list` a comma list of them.
CLI::Validator format_validator(View view, bool list) {
  auto check = [view, list](std::string& value) -> std::string {
    try {
      const std::vector<Format> formats = parse_formats(value);
      const bool counted = !formats.empty() && (list || formats.size() == 1);
      if (counted && std::all_of(formats.begin(), formats.end(),
                                 [view](Format f) { return comes_in(view, f); }))
        return "";
    } catch (const Error&) {
      // an unknown name: said below like any other
    }
    return format_rule(view) + (list ? " (a comma list of them for folders)" : "") + ", not '" +
           value + "'";
  };
  return CLI::Validator(check, "");
}

}  // namespace

CLI::Validator byte_count() {
  auto check = [](std::string& value) -> std::string {
    const bool digits = !value.empty() && value.size() <= 19 &&
                        value.find_first_not_of("0123456789") == std::string::npos;
    if (digits && value.find_first_not_of('0') != std::string::npos) return "";
    return "a number of bytes, 1 or more, not '" + value + "'";
  };
  return CLI::Validator(check, "");
}

namespace {

std::string listed(const std::vector<Format>& formats) {
  std::string out;
  for (Format f : formats) out += std::string(out.empty() ? "" : ", ") + format_name(f);
  return out;
}

}  // namespace

void add_common(CLI::App* cmd, Common& c, View view, bool list) {
  cmd->add_option("--format,-f", c.format,
                  "Output format: " + listed(formats_of(view)) +
                      (list ? " (comparing folders: a comma list, default json,html)" : ""))
      ->check(format_validator(view, list));
  cmd->add_option("-o,--output", c.output, "Write to FILE (format inferred from its extension)");
  cmd->add_option("--encoding", c.encoding, "Input encoding (default: detect), e.g. cp932");
  cmd->add_option("--max-size", c.max_size, "Refuse inputs larger than this many bytes")
      ->check(byte_count());
  cmd->add_option("--profile", c.profile,
                  "The layout to read the editions with: follow-up, law, outline, generic, or a "
                  "profile file (docs/profiles.md); default: recognised from the text");
}

ParseOptions parse_options(const Common& c) {
  ParseOptions o;
  o.profile = c.profile;
  check_profile(o);
  return o;
}

void notice_generic(const Common& c, const std::vector<const Document*>& editions) {
  if (!c.profile.empty()) return;
  std::string names;
  for (const Document* d : editions)
    if (d->layout.generic) names += (names.empty() ? "" : ", ") + d->path;
  if (names.empty()) return;
  std::cerr << "nendiff: " << detail::printable(names)
            << ": no known layout (follow-up, law, outline) explains "
            << (editions.size() > 1 ? "these texts" : "this text")
            << "; compared paragraph by paragraph (--profile to choose one)\n";
}

void add_color(CLI::App* cmd, Common& c) {
  CLI::Option* color =
      cmd->add_option("--color", c.color,
                      "ANSI colours in text output: auto (a terminal, unless NO_COLOR is set), "
                      "always (through | less -R too) or never")
          ->check(CLI::IsMember({"auto", "always", "never"}))
          ->type_name("WHEN")
          ->expected(0, 1)
          ->default_str("always");
  cmd->add_flag_callback("--no-color", [&c] { c.color = "never"; }, "The same as --color=never")
      ->excludes(color);
}

InputOptions input_options(const Common& c) {
  InputOptions o;
  o.encoding = c.encoding;
  o.max_size = c.max_size;
  return o;
}

bool to_stdout(const Common& c) { return c.output.empty() || c.output == "-"; }

namespace {

// 「pdf」 for report.pdf (the message names what was asked for).
std::string extension_of(const std::string& path) {
  return boost::filesystem::path(path).extension().string().substr(1);
}

}  // namespace

Format chosen_format(const Common& c, View view) {
  if (!c.format.empty()) {
    const std::vector<Format> formats = parse_formats(c.format);  // checked by the validator
    if (formats.size() != 1)
      throw Error("--format " + c.format + ": a list of formats is for comparing folders");
    return formats.front();
  }
  if (to_stdout(c)) return Format::text;
  const std::optional<Format> f = format_for_path(c.output);
  if (!f)
    throw Error(c.output + ": nendiff does not write ." + extension_of(c.output) + " files (" +
                format_rule(view) + "; --format FORMAT writes one under any name)");
  if (!comes_in(view, *f)) throw Error(c.output + ": " + format_rule(view) + ", not " + format_name(*f));
  return *f;
}

void refuse_input_as_output(const Common& c, const std::vector<std::string>& inputs) {
  if (to_stdout(c)) return;
  for (const std::string& input : inputs) {
    boost::system::error_code ec;
    if (c.output == input || boost::filesystem::equivalent(c.output, input, ec))
      throw Error(c.output + ": refusing to overwrite an input with the report");
  }
}

void emit(const Common& c, const std::function<void(std::ostream&)>& write) {
  if (!to_stdout(c)) return write_file_atomically(c.output, write);
  write_to_stdout(write);
}

}  // namespace nendiff::cli
