// Stage 6 — report: views of one Comparison (or of one parsed Document).
// Each format lives in its own src/report_<format>.cpp.
#pragma once

#include <ostream>
#include <functional>
#include <string>

#include "nendiff/check.hpp"
#include "nendiff/diff.hpp"
#include "nendiff/model.hpp"

namespace nendiff {

enum class Format { text, json, markdown, csv, xlsx, html };

// "text", "json", "md"/"markdown", "csv", "xlsx", "html"; throws Error otherwise.
Format parse_format(const std::string& name);
// The format an output file's extension implies; text when unknown.
Format format_for_path(const std::string& path);

struct ReportOptions {
  bool color = false;       // ANSI colours in text output
  bool old_left = false;    // 新旧対照表 with the old edition on the left
};

void write_comparison(const Comparison& c, Format f, std::ostream& out,
                      const ReportOptions& options = {});
void write_document(const Document& d, Format f, std::ostream& out);
void write_findings(const Document& d, const std::vector<StaleFinding>& findings,
                    Format f, std::ostream& out, const ReportOptions& options = {});

// Writes to `path` through a temporary file in the same directory, renamed into
// place only when complete. Throws Error naming `path` on failure.
void write_file_atomically(const std::string& path, const std::string& contents);
// The same for a report written as it is made: `write` fills the stream, and
// an exception from it leaves any earlier file at `path` untouched.
void write_file_atomically(const std::string& path,
                           const std::function<void(std::ostream&)>& write);
// A path that is a symbolic link gets the report in the file it leads to (the
// link stays); a file that was there keeps its permissions.

// For programs: SIGINT, SIGTERM and SIGHUP (unless ignored, as under nohup)
// first remove the temporary file of every write_file_atomically in progress,
// then end the process as they would have. The CLI calls it first thing; the
// library never sets a signal handler on its own.
void remove_partial_reports_on_interrupt();

}  // namespace nendiff
