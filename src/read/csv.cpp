#include "read/csv.hpp"

#include <algorithm>
#include <string_view>

#include "text/normalize.hpp"

namespace nendiff::detail {
namespace {

// More columns than any page holds: such a record is text, as in a TSV.
constexpr size_t kMaxCells = 256;

struct Record {
  std::vector<std::string> cells{1};
  int lines = 1;  // input lines it runs over
};

// Reads the record starting at `at`, leaving `at` after its line break.
Record next_record(std::string_view s, size_t& at) {
  Record r;
  bool quoted = false;
  for (; at < s.size(); ++at) {
    const char c = s[at];
    std::string& cell = r.cells.back();
    if (quoted) {
      if (c == '"' && at + 1 < s.size() && s[at + 1] == '"') cell += s[++at];
      else if (c == '"') quoted = false;
      else if (c == '\n' || c == '\r') {
        const bool crlf = c == '\r' && at + 1 < s.size() && s[at + 1] == '\n';
        if (!crlf && at + 1 < s.size()) ++r.lines;  // CRLF counts once; the file's last break none
        if (cell.empty() || cell.back() != ' ') cell += ' ';
      } else cell += c == '\t' ? ' ' : c;
      continue;
    }
    if (c == '"' && cell.empty()) quoted = true;
    else if (c == ',' && r.cells.size() > kMaxCells) cell += c;  // text already: no more cells
    else if (c == ',') r.cells.emplace_back();
    else if (c == '\r' && at + 1 < s.size() && s[at + 1] == '\n') continue;
    else if (c == '\n' || c == '\r') {
      ++at;
      break;
    } else cell += c == '\t' ? ' ' : c;
  }
  return r;
}

bool has_text(const Record& r) {
  return std::any_of(r.cells.begin(), r.cells.end(),
                     [](const std::string& c) { return !text::normalize_line(c).empty(); });
}

}  // namespace

void read_csv(DecodedText& text) {
  std::string out;
  out.reserve(text.utf8.size());
  int line = 1;
  for (size_t at = 0; at < text.utf8.size();) {
    const Record r = next_record(text.utf8, at);
    const bool row = has_text(r) && r.cells.size() <= kMaxCells;
    for (size_t i = 0; i < r.cells.size(); ++i) out += (i ? (row ? "\t" : ",") : "") + r.cells[i];
    if (row) text.table_rows.push_back(line);
    out.append(static_cast<size_t>(r.lines), '\n');
    line += r.lines;
  }
  text.utf8 = std::move(out);
}

}  // namespace nendiff::detail
