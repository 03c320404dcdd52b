// The subcommands: each checks its options, reads its inputs, hands them to
// the library and writes the report; the exit status as diff's (options.hpp).
#pragma once

#include <string>
#include <vector>

#include "cli/options.hpp"
#include "nendiff/report.hpp"
#include "serve/options.hpp"

namespace nendiff::cli {

int run_parse(const std::string& file, const Common& c);
// Two folders: batch mode (nendiff/batch.hpp), -o names the output folder.
// `shown`: the columns' order and whether rolls show as edits (colour comes from `c`).
int run_compare(const std::string& old_path, const std::string& new_path, const Common& c,
                ReportOptions shown);
int run_check(const std::string& file, int year, const std::string& prior, const Common& c);
// Exit 1 when a commitment was rolled over with its year or silently dropped.
int run_history(const std::vector<std::string>& files, const Common& c);

// `nendiff serve` (cli/serve.cpp): its options as given, and what they become.
struct ServeArguments {
  std::string listen = "127.0.0.1:8787";
  serve::ServeOptions options;
};
void add_serve_options(CLI::App* serve, ServeArguments& a);
// Serves until SIGINT or SIGTERM; 0 then.
int run_serve(const ServeArguments& a);

}  // namespace nendiff::cli
