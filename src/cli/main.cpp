// The nendiff command line: a thin layer over the library.
// Exit codes as diff: 0 no differences/findings, 1 some, 2 error.
#include <CLI/CLI.hpp>
#include <boost/filesystem.hpp>
#include <csignal>
#include <iostream>

#include <unistd.h>

#include "nendiff/batch.hpp"
#include "nendiff/check.hpp"
#include "nendiff/compare.hpp"
#include "nendiff/error.hpp"
#include "nendiff/history.hpp"
#include "nendiff/parse.hpp"
#include "nendiff/report.hpp"
#include "report/file.hpp"

namespace {

constexpr int kSame = 0, kDifferent = 1, kError = 2;

struct Common {
  std::string format;
  std::string output;
  std::string encoding;
  std::uintmax_t max_size = 200u * 1024 * 1024;
  bool no_color = false;
  bool quiet = false;
};

nendiff::InputOptions input_options(const Common& c) {
  nendiff::InputOptions o;
  o.encoding = c.encoding;
  o.max_size = c.max_size;
  return o;
}

nendiff::Format chosen_format(const Common& c) {
  if (!c.format.empty()) return nendiff::parse_format(c.format);
  if (!c.output.empty()) return nendiff::format_for_path(c.output);
  return nendiff::Format::text;
}

// Writes a report as it is made: to -o FILE through a temporary file renamed
// into place when complete, or to stdout like any filter.
template <typename Write>
void emit(const Common& c, Write write) {
  if (!c.output.empty() && c.output != "-") return nendiff::write_file_atomically(c.output, write);
  write(std::cout);
  std::cout.flush();
  if (!std::cout) throw nendiff::Error("<stdout>: write failed");
}

void add_common(CLI::App* cmd, Common& c, const std::string& formats) {
  cmd->add_option("--format,-f", c.format, "Output format: " + formats);
  cmd->add_option("-o,--output", c.output, "Write to FILE (format inferred from its extension)");
  cmd->add_option("--encoding", c.encoding, "Input encoding (default: detect), e.g. cp932");
  cmd->add_option("--max-size", c.max_size, "Refuse inputs larger than this many bytes");
}

// A report never replaces one of its inputs, whatever path names it
// (「d/../2024.txt」, a link): compared as files, not as strings.
void refuse_input_as_output(const Common& c, const std::vector<std::string>& inputs) {
  if (c.output.empty() || c.output == "-") return;
  for (const std::string& input : inputs) {
    boost::system::error_code ec;
    if (c.output == input || boost::filesystem::equivalent(c.output, input, ec))
      throw nendiff::Error(c.output + ": refusing to overwrite an input with the report");
  }
}

int run_parse(const std::string& file, const Common& c) {
  refuse_input_as_output(c, {file});
  nendiff::Document d = nendiff::load_edition(file, input_options(c));
  emit(c, [&](std::ostream& out) { nendiff::write_document(d, chosen_format(c), out); });
  return kSame;
}

int run_compare(const std::string& old_file, const std::string& new_file, const Common& c,
                bool old_left) {
  refuse_input_as_output(c, {old_file, new_file});
  boost::system::error_code ec;
  if (boost::filesystem::is_directory(old_file, ec) && boost::filesystem::is_directory(new_file, ec)) {  // batch mode: -o is a folder
    nendiff::BatchOptions batch;
    batch.formats = nendiff::parse_formats(c.format);
    batch.input = input_options(c);
    batch.report.old_left = old_left;
    batch.progress = !c.quiet && isatty(STDERR_FILENO) ? &std::cerr : nullptr;
    const nendiff::BatchResult r = nendiff::compare_trees(old_file, new_file, c.output, batch);
    nendiff::write_batch_problems(r, std::cerr);
    if (!c.quiet) nendiff::write_batch_summary(r, std::cout);
    if (r.pairs.empty()) throw nendiff::Error("no pair of documents could be compared");
    return r.has_differences() ? kDifferent : kSame;
  }
  if ((c.output.empty() || c.output == "-") && chosen_format(c) == nendiff::Format::xlsx)
    throw nendiff::Error("xlsx is a binary workbook: write it to a file with -o FILE.xlsx");
  std::vector<nendiff::Document> docs = nendiff::load_editions({old_file, new_file}, input_options(c));
  nendiff::Comparison result = nendiff::compare(std::move(docs[0]), std::move(docs[1]));
  nendiff::ReportOptions options;
  options.color = !c.no_color && c.output.empty() && isatty(STDOUT_FILENO);
  options.old_left = old_left;
  emit(c, [&](std::ostream& out) {
    nendiff::write_comparison(result, chosen_format(c), out, options);
  });
  return result.has_differences() ? kDifferent : kSame;
}

int run_check(const std::string& file, int year, const std::string& prior, const Common& c) {
  refuse_input_as_output(c, {file, prior});
  nendiff::Document d = nendiff::load_edition(file, input_options(c));
  nendiff::Document prior_doc;
  nendiff::CheckOptions options;
  options.edition_year = year;
  if (!prior.empty()) {
    prior_doc = nendiff::load_edition(prior, input_options(c));
    options.prior = &prior_doc;
  }
  std::vector<nendiff::StaleFinding> findings = nendiff::check_stale(d, options);
  nendiff::ReportOptions report;
  report.color = !c.no_color && c.output.empty() && isatty(STDOUT_FILENO);
  emit(c, [&](std::ostream& out) {
    nendiff::write_findings(d, findings, chosen_format(c), out, report);
  });
  return findings.empty() ? kSame : kDifferent;
}

// Exit 1 when a commitment was rolled over with its year or silently dropped.
int run_history(const std::vector<std::string>& files, const Common& c) {
  refuse_input_as_output(c, files);
  const nendiff::History h =
      nendiff::follow_history(nendiff::load_editions(files, input_options(c)));
  emit(c, [&](std::ostream& out) { nendiff::write_history(h, chosen_format(c), out); });
  for (const nendiff::FollowUp& f : h.follow_ups)
    if (f.result == nendiff::FollowThrough::rolled_over || f.result == nendiff::FollowThrough::dropped)
      return kDifferent;
  return kSame;
}

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);  // a closed pipe is a write error, reported, not a crash
  nendiff::remove_partial_reports_on_interrupt();  // Ctrl-C leaves no .NAME.tmp-* behind
  std::ios::sync_with_stdio(false);  // reports go through std::cout's own buffer
  CLI::App app{"nendiff — what changed between two annual editions of a Japanese follow-up "
               "document (フォローアップ)"};
  app.set_version_flag("--version", std::string("nendiff ") + NENDIFF_VERSION);
  app.require_subcommand(1);
  app.footer("Exit status: 0 no differences, 1 differences found, 2 error.");

  Common common;
  std::string file, old_file, new_file, prior;
  std::vector<std::string> editions;
  int year = 0;
  bool old_left = false;

  CLI::App* parse = app.add_subcommand("parse", "Show the structure nendiff reads in one edition");
  parse->add_option("FILE", file, "Edition (text in UTF-8/UTF-16/Shift_JIS/EUC-JP)")->required();
  add_common(parse, common, "text, json");
  parse->footer("Example: nendiff parse samples/kenko-iryo-senryaku-2024.txt --format json");

  CLI::App* cmp = app.add_subcommand("compare", "Compare an older and a newer edition");
  cmp->add_option("OLD", old_file, "The earlier edition (text, PDF, .docx) or a folder of them")->required();
  cmp->add_option("NEW", new_file, "The later edition, or a folder to pair with OLD's")->required();
  add_common(cmp, common, "text, json, md, csv, xlsx, html");
  cmp->add_flag("--no-color", common.no_color, "No ANSI colours in text output");
  cmp->add_flag("--old-left", old_left, "HTML 新旧対照表 with the old edition on the left");
  cmp->add_flag("--quiet,-q", common.quiet,
                "Comparing folders: no progress and no summary, only problems");
  cmp->footer("Example: nendiff compare 2023.txt 2024.txt --format json -o report.json");

  CLI::App* chk = app.add_subcommand("check", "Find stale carry-overs in one edition");
  chk->add_option("FILE", file, "Edition to check")->required();
  chk->add_option("--year", year, "Edition year (default: from the title or date)");
  chk->add_option("--prior", prior, "Last year's edition: also find unrolled carry-overs");
  add_common(chk, common, "text, json");
  chk->add_flag("--no-color", common.no_color, "No ANSI colours in text output");
  chk->footer("Example: nendiff check samples/kenko-iryo-senryaku-2024.txt");

  CLI::App* hist = app.add_subcommand(
      "history", "Follow each measure across editions; were last year's commitments reported on?");
  hist->add_option("EDITIONS", editions, "Two or more editions in any order (text, PDF, .docx)")
      ->required();
  add_common(hist, common, "text, json, html, csv");
  hist->footer("Exit status: 0 every commitment followed up, 1 some rolled over or dropped, 2 error.\n"
               "Example: nendiff history 2022.txt 2023.pdf 2024.docx 2025.txt -o history.html");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : kError;
  }
  try {
    if (parse->parsed()) return run_parse(file, common);
    if (cmp->parsed()) return run_compare(old_file, new_file, common, old_left);
    if (chk->parsed()) return run_check(file, year, prior, common);
    if (hist->parsed()) return run_history(editions, common);
  } catch (const nendiff::Error& e) {
    std::cerr << "nendiff: " << e.what() << "\n";
  } catch (const std::exception& e) {
    std::cerr << "nendiff: internal error: " << e.what() << "\n";
  }
  return kError;
}
