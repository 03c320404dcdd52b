// The nendiff command line: a thin layer over the library. main() declares the
// subcommands and dispatches (commands.cpp); the options they share and the
// format checks are in options.cpp, folder handling in the batch stage.
// Exit codes as diff: 0 no differences/findings, 1 some, 2 error.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <csignal>
#include <iostream>
#include <new>

#include "cli/commands.hpp"
#include "cli/ending.hpp"
#include "cli/usage.hpp"
#include "nendiff/error.hpp"
#include "report/file.hpp"
#include "report/printable.hpp"
#include "util/memory.hpp"

namespace {

using nendiff::View;
using nendiff::cli::Common;
using nendiff::cli::kError;

// The command line's reports speak the documents' language (the library's
// default stays English).
nendiff::ReportOptions automatic_language() {
  nendiff::ReportOptions o;
  o.language = nendiff::Language::automatic;
  return o;
}

struct Arguments {
  Common common;
  std::string file, old_path, new_path, prior;
  std::vector<std::string> editions;
  int year = 0;
  nendiff::ReportOptions report = automatic_language();  // compare's choices of how reports show things
  nendiff::cli::ServeArguments serve;
};

struct Subcommands {
  CLI::App *parse, *compare, *check, *history, *serve;
};

Subcommands declare(CLI::App& app, Arguments& a) {
  Common& common = a.common;
  CLI::App* parse = app.add_subcommand("parse", "Show the structure nendiff reads in one edition");
  parse->add_option("FILE", a.file, "Edition (text in UTF-8/UTF-16/Shift_JIS/EUC-JP)")->required();
  nendiff::cli::add_common(parse, common, View::document);
  parse->footer("Exit status: 0 read, 2 error.\n"
                "Example: nendiff parse samples/kenko-iryo-senryaku-2024.txt --format json");

  CLI::App* cmp = app.add_subcommand("compare", "Compare an older and a newer edition");
  cmp->add_option("OLD", a.old_path, "The earlier edition (text, Markdown, PDF, .docx, .xlsx, a web page, a law's XML) or a folder of them")
      ->required();
  cmp->add_option("NEW", a.new_path, "The later edition, or a folder to pair with OLD's")->required();
  nendiff::cli::add_common(cmp, common, View::comparison, true);
  nendiff::cli::add_color(cmp, common);
  cmp->add_flag("--old-left", a.report.old_left,
                "新旧対照表 (HTML, Word, PDF) with the old edition on the left");
  cmp->add_flag("--full", a.report.full,
                "Word and PDF: every unit (default: those that differ, the others elided as （略）)");
  cmp->add_option_function<std::string>(
         "--paper", [&a](const std::string& p) { a.report.paper = nendiff::parse_paper(p); },
         "Word and PDF: a4 (landscape, the default), a4-portrait or a3 (landscape)")
      ->check(CLI::IsMember({"a4", "a4-portrait", "a3"}))
      ->type_name("PAPER");
  cmp->add_flag("--show-rolls", a.report.show_rolls,
                "Show a year that only rolled with the edition (2023→2024) as an edit");
  CLI::Option* only =
      cmp->add_option_function<std::string>(
             "--only", [&a](const std::string& w) { a.report.only = nendiff::parse_unit_filter(w); },
             "List only these units, in every format: changed,added,dropped,moved,unchanged "
             "(summaries still count all)")
          ->check(CLI::Validator(
              [](std::string& w) {
                try {
                  nendiff::parse_unit_filter(w);
                  return std::string();
                } catch (const nendiff::Error& e) {
                  return std::string(e.what());
                }
              },
              "", ""))
          ->type_name("STATUSES");
  cmp->add_option_function<std::string>(
         "--lang",
         [&a](const std::string& l) {
           a.report.language = l == "ja"   ? nendiff::Language::ja
                               : l == "en" ? nendiff::Language::en
                                           : nendiff::Language::automatic;
         },
         "Labels of text, CSV and Excel reports: ja, en, or auto (Japanese for Japanese documents)")
      ->check(CLI::IsMember({"auto", "ja", "en"}))
      ->type_name("LANG");
  cmp->add_flag_callback(
         "--diff-only",
         [&a] { a.report.only = nendiff::parse_unit_filter("changed,added,dropped,moved"); },
         "The same as --only changed,added,dropped,moved")
      ->excludes(only);
  cmp->add_flag("--quiet,-q", common.quiet,
                "Comparing folders: no progress and no summary, only problems");
  cmp->add_flag("--follow-links", common.follow_links,
                "Comparing folders: also read files and folders that links lead to outside them");
  cmp->footer("Exit status: 0 no differences, 1 differences (folders: or a document without a\n"
              "partner), 2 error (folders: a file or folder that could not be read or a report\n"
              "that could not be written, after doing the rest).\n"
              "Example: nendiff compare 2023.txt 2024.txt --format json -o report.json");

  CLI::App* chk = app.add_subcommand("check", "Find stale carry-overs in one edition");
  chk->add_option("FILE", a.file, "Edition to check")->required();
  chk->add_option("--year", a.year, "Edition year, 1900–2100 (default: from the title or date)")
      ->check(CLI::Range(1900, 2100).description(""))
      ->type_name("YEAR");
  chk->add_option("--prior", a.prior, "Last year's edition: also find unrolled carry-overs");
  nendiff::cli::add_common(chk, common, View::findings);
  nendiff::cli::add_color(chk, common);
  chk->footer("Exit status: 0 no findings, 1 findings, 2 error.\n"
              "Example: nendiff check samples/kenko-iryo-senryaku-2024.txt");

  CLI::App* hist = app.add_subcommand(
      "history", "Follow each measure across editions; were last year's commitments reported on?");
  hist->add_option("EDITIONS", a.editions, "Two or more editions in any order (text, PDF, .docx, .xlsx …)")
      ->required();
  nendiff::cli::add_common(hist, common, View::history);
  hist->footer("Exit status: 0 every commitment followed up, 1 some rolled over or dropped, 2 error.\n"
               "Example: nendiff history 2022.txt 2023.pdf 2024.docx 2025.txt -o history.html");

  CLI::App* serve = app.add_subcommand(
      "serve", "Compare in a browser: a local web page and a JSON API (docs/serve.md)");
  nendiff::cli::add_serve_options(serve, a.serve);
  return {parse, cmp, chk, hist, serve};
}

int dispatch(const Subcommands& s, const Arguments& a) {
  using namespace nendiff::cli;
  if (s.parse->parsed()) return run_parse(a.file, a.common);
  if (s.compare->parsed()) return run_compare(a.old_path, a.new_path, a.common, a.report);
  if (s.check->parsed()) return run_check(a.file, a.year, a.prior, a.common);
  if (s.serve->parsed()) return run_serve(a.serve);
  return run_history(a.editions, a.common);
}

// The files a subcommand reads, for a message about all of them.
std::string inputs(const Subcommands& s, const Arguments& a) {
  if (s.parse->parsed() || s.check->parsed()) return a.file;
  if (s.compare->parsed()) return a.old_path + ", " + a.new_path;
  if (s.serve->parsed()) return "serve";
  std::string all;
  for (const std::string& e : a.editions) all += (all.empty() ? "" : ", ") + e;
  return all;
}

// The reader of stdout has gone (`nendiff compare … | head`): end as diff and
// git do, by SIGPIPE, without a word; 141 (128 + SIGPIPE) if it is blocked.
int end_by_sigpipe() {
  sigset_t pipe;
  sigemptyset(&pipe);
  sigaddset(&pipe, SIGPIPE);
  std::signal(SIGPIPE, SIG_DFL);
  sigprocmask(SIG_UNBLOCK, &pipe, nullptr);
  std::raise(SIGPIPE);
  return 128 + SIGPIPE;
}

// One line on stderr, whatever the message holds (a file name with a line
// break or a terminal escape in it).
int fail(const std::string& message) {
  std::cerr << "nendiff: " << nendiff::detail::printable(message) << "\n";
  return kError;
}

}  // namespace

int main(int argc, char** argv) {
  // A closed pipe is a failed write (EPIPE) first, so that nothing is left
  // half done; then the process ends by SIGPIPE all the same (end_by_sigpipe).
  std::signal(SIGPIPE, SIG_IGN);
  nendiff::detail::map_large_blocks_apart();
  nendiff::remove_partial_reports_on_interrupt();  // Ctrl-C leaves no .NAME.tmp-* behind
  CLI::App app{"nendiff — what changed between two annual editions of a Japanese follow-up "
               "document (フォローアップ)"};
  app.set_version_flag("--version", std::string("nendiff ") + NENDIFF_VERSION);
  app.require_subcommand(1);
  app.footer("Exit status: 0 no differences, 1 differences found, 2 error.");
  Arguments arguments;
  const Subcommands subcommands = declare(app, arguments);
  const std::vector<std::string> args(argv + std::min(argc, 1), argv + argc);
  if (const std::optional<std::string> unknown = nendiff::cli::unknown_subcommand(app, args))
    return fail(*unknown);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    return fail(nendiff::cli::usage_message(app, e, args));
  }
  try {
    return nendiff::cli::ended(dispatch(subcommands, arguments));
  } catch (const nendiff::ReaderGone&) {
    return end_by_sigpipe();
  } catch (const nendiff::Error& e) {
    return fail(e.what());
  } catch (const std::bad_alloc&) {
    return fail(inputs(subcommands, arguments) +
                ": not enough memory to read and compare this text (a smaller --max-size "
                "refuses such inputs before reading them)");
  } catch (const std::exception& e) {
    return fail(std::string("internal error: ") + e.what());
  }
}
