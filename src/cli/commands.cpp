#include "cli/commands.hpp"

#include <boost/filesystem.hpp>
#include <iostream>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cli/ending.hpp"
#include "cli/heap.hpp"
#include "nendiff/batch.hpp"
#include "nendiff/check.hpp"
#include "nendiff/compare.hpp"
#include "nendiff/error.hpp"
#include "nendiff/history.hpp"
#include "nendiff/parse.hpp"
#include "report/file.hpp"
#include "report/printable.hpp"

namespace nendiff::cli {
namespace {

// Colours for a terminal, unless refused or written to a file.
// git's rule: always, never, or auto — a terminal on stdout and no NO_COLOR
// (https://no-color.org: set to anything but empty).
bool colour(const Common& c) {
  if (c.color != "auto") return c.color == "always";
  const char* no_color = std::getenv("NO_COLOR");
  return (!no_color || !*no_color) && to_stdout(c) && isatty(STDOUT_FILENO);
}

bool both_folders(const std::string& a, const std::string& b) {
  boost::system::error_code ec;
  return boost::filesystem::is_directory(a, ec) && boost::filesystem::is_directory(b, ec);
}

}  // namespace

int run_parse(const std::string& file, const Common& c) {
  const Format format = chosen_format(c, View::document);
  const ParseOptions parse = parse_options(c);
  refuse_input_as_output(c, {file});
  prefer_huge_pages_for({file});
  const Document& d = kept_to_the_end(load_edition(file, input_options(c), parse));
  notice_generic(c, {&d});
  emit(c, [&](std::ostream& out) { write_document(d, format, out); });
  return kSame;
}

namespace {

// One line each on stderr, as the reports say it at their top.
void warn_cautions(const Comparison& c) {
  for (Caution k : c.cautions())
    std::cerr << "nendiff: " << detail::printable(c.old_doc.path) << ", "
              << detail::printable(c.new_doc.path) << ": "
              << (k == Caution::reversed ? "the old edition (" + std::to_string(c.old_doc.edition_year) +
                                               ") is dated after the new one (" +
                                               std::to_string(c.new_doc.edition_year) +
                                               "): given in the wrong order? (compared as given)"
                                         : std::string("these do not look like editions of one document "
                                                       "(titles and layouts differ, or almost no unit "
                                                       "pairs); compared all the same"))
              << "\n";
}

// A terminal's columns when the report goes to one (0: a file or a pipe).
int terminal_width(const Common& c) {
  winsize size{};
  if (!to_stdout(c) || !isatty(STDOUT_FILENO) || ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0) return 0;
  return size.ws_col;
}

// Excel, Word and PDF go to a file, never to a terminal or a pipe.
void refuse_binary_on_stdout(const Common& c, Format format) {
  if (to_stdout(c) && (format == Format::xlsx || format == Format::docx || format == Format::pdf))
    throw Error(std::string(format_name(format)) + " is a binary " +
                (format == Format::xlsx ? "workbook" : "document") +
                ": write it to a file with -o FILE." + format_extension(format));
}

// `diff a a` says nothing; a reviewer who named one file twice is told so.
void notice_same_file(const std::string& old_path, const std::string& new_path) {
  boost::system::error_code error;
  if (old_path != "-" && boost::filesystem::equivalent(old_path, new_path, error))
    std::cerr << "nendiff: " << detail::printable(old_path) << ", " << detail::printable(new_path)
              << ": the same file given twice\n";
}

}  // namespace

int run_compare(const std::string& old_path, const std::string& new_path, const Common& c,
                ReportOptions shown) {
  refuse_input_as_output(c, {old_path, new_path});
  if (both_folders(old_path, new_path)) {
    FolderRun run;
    run.formats = parse_formats(c.format);
    run.input = input_options(c);
    run.report = shown;
    run.quiet = c.quiet;
    run.follow_links = c.follow_links;
    run.parse = parse_options(c);
    run.err_is_terminal = isatty(STDERR_FILENO);
    int status = kError;
    write_to_stdout([&](std::ostream& out) {
      status = compare_folders(old_path, new_path, c.output, run, out, std::cerr);
    });
    return status;
  }
  const Format format = chosen_format(c, View::comparison);
  refuse_binary_on_stdout(c, format);
  const ParseOptions parse = parse_options(c);
  notice_same_file(old_path, new_path);
  prefer_huge_pages_for({old_path, new_path});
  std::vector<Document> docs = load_editions({old_path, new_path}, input_options(c), parse);
  notice_generic(c, {&docs[0], &docs[1]});
  const Comparison& result = kept_to_the_end(compare(std::move(docs[0]), std::move(docs[1])));
  warn_cautions(result);
  shown.color = colour(c);
  shown.width = terminal_width(c);
  emit(c, [&](std::ostream& out) { write_comparison(result, format, out, shown); });
  return result.has_differences() ? kDifferent : kSame;
}

int run_check(const std::string& file, int year, const std::string& prior, const Common& c) {
  const Format format = chosen_format(c, View::findings);
  const ParseOptions parse = parse_options(c);
  refuse_input_as_output(c, {file, prior});
  prefer_huge_pages_for(prior.empty() ? std::vector<std::string>{file} : std::vector<std::string>{prior, file});
  const std::vector<Document>& docs = kept_to_the_end([&] {
    // With a prior, read together as a comparison reads them: one layout for both.
    if (!prior.empty()) return load_editions({prior, file}, input_options(c), parse);
    std::vector<Document> alone;
    alone.push_back(load_edition(file, input_options(c), parse));
    return alone;
  }());
  const Document& d = docs.back();
  CheckOptions options;
  options.edition_year = year;
  if (!prior.empty()) options.prior = &docs.front();
  notice_generic(c, {&d});
  const std::vector<StaleFinding> findings = check_stale(d, options);
  ReportOptions report;
  report.color = colour(c);
  emit(c, [&](std::ostream& out) { write_findings(d, findings, format, out, report); });
  return findings.empty() ? kSame : kDifferent;
}

int run_history(const std::vector<std::string>& files, const Common& c) {
  const Format format = chosen_format(c, View::history);
  refuse_binary_on_stdout(c, format);
  refuse_input_as_output(c, files);
  const ParseOptions parse = parse_options(c);
  std::vector<Document> editions = load_editions(files, input_options(c), parse);
  std::vector<const Document*> read;
  for (const Document& d : editions) read.push_back(&d);
  notice_generic(c, read);
  const History& h = kept_to_the_end(follow_history(std::move(editions)));
  emit(c, [&](std::ostream& out) { write_history(h, format, out); });
  for (const FollowUp& f : h.follow_ups)
    if (f.result == FollowThrough::rolled_over || f.result == FollowThrough::dropped)
      return kDifferent;
  return kSame;
}

}  // namespace nendiff::cli
