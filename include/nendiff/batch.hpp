// Batch mode: a secretariat compares a whole folder of this year's follow-up
// documents with last year's folder. Documents pair up by their title with the
// year taken out (file names when titles do not decide); each pair gets its
// reports, and an index lists every pair, its counts and its stale findings.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "nendiff/compare.hpp"
#include "nendiff/parse.hpp"
#include "nendiff/read.hpp"
#include "nendiff/report.hpp"

namespace nendiff {

struct BatchOptions {
  std::vector<Format> formats = {Format::json, Format::html};  // one report per pair in each
  InputOptions input;
  ReportOptions report;
  std::ostream* progress = nullptr;  // a terminal to show 「[3/12] reading …」 on, or none
  bool follow_links = false;  // read what links lead to outside the trees too
  ParseOptions parse;         // the profile to read editions with; empty: recognised per pair
  // A folder the trees lie in: paths under it are named relative to it in the
  // reports, the index and the messages, as if nendiff had run there (nendiff
  // serve names no path of the server). Empty: the paths as given.
  std::string shown_from;
};

// An edition found in one of the trees.
struct BatchDocument {
  std::string path;      // as found: the tree's root joined with `relative`
  std::string relative;  // inside its tree, with '/' separators
  std::string title;     // normalized
  int year = 0;          // edition year, 0 when unknown
  std::string written_title;  // as the document writes it: what a report quotes
};

// A stale finding of a pair's new edition, kept for the index once the
// editions are gone: as read, and as the edition writes it (what the index
// page quotes).
struct BatchFinding {
  StaleFinding finding;
  int page = 0;  // PDF page; 0 for other formats
  std::string phrase, sentence, message_ja;  // as written
};

struct BatchPair {
  BatchDocument old_doc, new_doc;
  std::string matched_by;            // "title" or "file name"
  std::vector<std::string> reports;  // written, relative to the output folder
  Summary summary;
  bool differences = false;
  std::vector<BatchFinding> stale;   // in the new edition
};

struct BatchFailure {
  std::string path;
  std::string message;  // the one-line error, naming the file
};

struct BatchResult {
  std::vector<BatchPair> pairs;
  std::vector<BatchDocument> unmatched_old, unmatched_new;  // found no partner
  // Files and folders that could not be read, reports that could not be written
  // (a report is never written over an input).
  std::vector<BatchFailure> failures;
  std::vector<BatchFailure> not_followed;  // links out of the trees (BatchOptions::follow_links)
  std::string index;                       // path of index.json

  // Something to look at: a pair differs, or a document is unmatched or unreadable.
  bool has_differences() const;
};

// Walks both trees (edition files: .txt, .pdf, .docx, .doc), pairs and compares
// their documents and writes the reports, index.json and, when HTML is among
// the formats, index.html into `out_dir` (created if needed; skipped when it
// lies inside a tree). Unreadable files and folders are recorded and skipped,
// and so is a report whose path is one of the input files. Links that lead out
// of a tree are not followed unless options.follow_links. Throws Error for
// unusable folders.
BatchResult compare_trees(const std::string& old_dir, const std::string& new_dir,
                          const std::string& out_dir, const BatchOptions& options = {});

// For the person at the terminal: what was compared, what found no partner.
void write_batch_summary(const BatchResult& r, std::ostream& out);
// One line per file or folder that was skipped and per link not followed, for
// stderr: 「nendiff: PATH: problem」, names escaped (report/printable.hpp).
void write_batch_problems(const BatchResult& r, std::ostream& err);

// `nendiff compare OLD_DIR NEW_DIR -o OUT_DIR` as the command line runs it.
struct FolderRun {
  std::vector<Format> formats;   // none: BatchOptions' default, json and html
  InputOptions input;
  ReportOptions report;
  bool quiet = false;            // no progress and no summary, only the problems
  bool err_is_terminal = false;  // progress is shown on `err` when it is one
  bool follow_links = false;     // BatchOptions::follow_links
  ParseOptions parse;            // BatchOptions::parse
};

// Compares the trees, tells `err` what was skipped and, unless quiet, `out`
// what was compared. Returns the exit status, as `diff -r`'s: 2 when a file or
// folder could not be read or a report not written (after doing the rest),
// else 0 when nothing differs, 1 when something is to be looked at
// (BatchResult::has_differences). Throws Error when no pair could be compared
// (after writing the index, which says what was found) and for unusable
// folders.
int compare_folders(const std::string& old_dir, const std::string& new_dir,
                    const std::string& out_dir, const FolderRun& run, std::ostream& out,
                    std::ostream& err);

}  // namespace nendiff
