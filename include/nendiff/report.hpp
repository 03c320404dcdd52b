// The last stage — report: views of one Comparison (or of one parsed
// Document, its findings, a History). Each format lives in its own file in src/report/.
#pragma once

#include <ostream>
#include <functional>
#include <string>

#include "nendiff/check.hpp"
#include "nendiff/compare.hpp"
#include "nendiff/history.hpp"
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
// `nendiff history`: text, json, html or csv; throws Error for other formats.
void write_history(const History& h, Format f, std::ostream& out);

// Writes to `path` through a temporary file in the same directory, renamed into
// place only when complete. Throws Error naming `path` on failure.
void write_file_atomically(const std::string& path, const std::string& contents);
// The same for a report written as it is made: `write` fills the stream, and
// an exception from it leaves any earlier file at `path` untouched.
void write_file_atomically(const std::string& path,
                           const std::function<void(std::ostream&)>& write);
// A path that is a symbolic link gets the report in the file it leads to (the
// link stays); a file that was there keeps its permissions.

}  // namespace nendiff
