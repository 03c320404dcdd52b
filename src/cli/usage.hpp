// The one line a usage error gets, CLI11's own errors included: `nendiff:`,
// what is wrong, and for a misspelt subcommand or option the nearest right one
// (「did you mean 'compare'?」), as git does.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

namespace nendiff::cli {

// The word of `candidates` nearest to `word` when it is near enough to be a
// slip (an edit or two, never half the word); none otherwise.
std::optional<std::string> nearest(const std::string& word, const std::vector<std::string>& candidates);

// Before parsing: a first argument that is neither an option nor one of
// `app`'s subcommands, said in one line; none when there is none.
std::optional<std::string> unknown_subcommand(const CLI::App& app, const std::vector<std::string>& args);

// A ParseError of CLI11 as one line, without the 「nendiff: 」 prefix.
std::string usage_message(const CLI::App& app, const CLI::ParseError& e,
                          const std::vector<std::string>& args);

}  // namespace nendiff::cli
