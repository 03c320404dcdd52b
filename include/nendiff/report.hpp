// The last stage — report: views of one Comparison (or of one parsed
// Document, its findings, a History). Each format lives in its own file in src/report/.
#pragma once

#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "nendiff/check.hpp"
#include "nendiff/compare.hpp"
#include "nendiff/history.hpp"
#include "nendiff/model.hpp"

namespace nendiff {

enum class Format { text, json, markdown, csv, xlsx, html, docx, pdf };

// The one grammar of --format: a format name or a comma list of them (text|txt,
// json, md|markdown, csv, xlsx, html|htm, docx, pdf), "json" or "json,html" → each format
// once, in the order named; "" → none. Throws Error naming a name that is none
// of these (an empty one included).
std::vector<Format> parse_formats(const std::string& list);
// The format an output file's extension implies, in any case ("r.HTML" →
// html); text for a name without an extension; none for an extension nendiff
// does not write (r.pdf), which must not get plain text under its name.
std::optional<Format> format_for_path(const std::string& path);
// A format's name ("md") and the extension of its files ("txt" for text).
const char* format_name(Format f);
const char* format_extension(Format f);

// What a report is a view of, named by the subcommand that writes it.
enum class View {
  document,    // parse: text, json
  findings,    // check: text, json
  comparison,  // compare: every format
  history      // history: text, json, html, csv
};
const char* view_name(View v);  // "parse", "check", "compare", "history"
const std::vector<Format>& formats_of(View v);
// What a view comes in, as a sentence: "check output is text or json".
std::string format_rule(View v);
// Throws Error(format_rule(v)) unless the view comes in `f`.
void require_format(View v, Format f);

// Which units a report lists (--only, --diff-only): those of the statuses
// chosen and, with `moved`, those that moved; nothing chosen lists every unit.
// Summaries still count every unit.
struct UnitFilter {
  std::vector<Status> statuses;
  bool moved = false;
  bool lists(const MeasureDiff& d) const;
  bool lists(Status s) const;  // a change outside the units, by its status
  std::vector<std::string> names() const;  // changed, added, dropped, unchanged, moved
};
// 「changed,added,moved」 → the filter; throws Error naming a word it does not know.
UnitFilter parse_unit_filter(const std::string& words);

// The language of a report's labels (statuses, headers, messages): Japanese
// for Japanese documents unless asked (--lang). JSON keys are not labels.
enum class Language { automatic, ja, en };
// The paper of a 新旧対照表 in Word or PDF (--paper a4|a4-portrait|a3).
enum class Paper { a4, a4_portrait, a3 };  // A4 and A3 landscape, A4 portrait
// 「a4」 → Paper::a4; throws Error naming a word it does not know.
Paper parse_paper(const std::string& name);

struct ReportOptions {
  bool color = false;       // ANSI colours in text output
  bool old_left = false;    // 新旧対照表 with the old edition on the left
  bool show_rolls = false;  // a year that only rolled with the edition shown as an edit
  UnitFilter only;          // the units listed (the HTML page opens filtered to them)
  Language language = Language::en;  // the CLI asks for automatic; the library stays as it was
  int width = 0;            // text: wrap to this many columns (a terminal's); 0 does not wrap
  // Word and PDF: every unit (else those `only` lists, by default the ones
  // that differ, runs of others elided as 「（略）」), and the paper.
  bool full = false;
  Paper paper = Paper::a4;
};

void write_comparison(const Comparison& c, Format f, std::ostream& out,
                      const ReportOptions& options = {});
// The other views throw Error for a format they do not come in (require_format).
void write_document(const Document& d, Format f, std::ostream& out);
void write_findings(const Document& d, const std::vector<StaleFinding>& findings,
                    Format f, std::ostream& out, const ReportOptions& options = {});
void write_history(const History& h, Format f, std::ostream& out);

// Writes to `path` through a temporary file in the same directory, renamed into
// place only when complete. Throws Error naming `path` on failure.
void write_file_atomically(const std::string& path, const std::string& contents);
// The same for a report written as it is made: `write` fills the stream, and
// an exception from it leaves any earlier file at `path` untouched.
void write_file_atomically(const std::string& path,
                           const std::function<void(std::ostream&)>& write);
// A path that is a symbolic link gets the report in the file it leads to (the
// link stays); a file that was there keeps its permissions. What a rename
// would wrongly replace is written in place, as `cp` writes, without the
// guarantee above: a device, a FIFO, a path through /proc (/dev/stdout), a
// file someone else owns (it stays theirs) or one in a directory that admits
// no new file. A directory, or a file this user may not write (its permission
// bits, a read-only file system; root may, as with cp), is refused.

}  // namespace nendiff
