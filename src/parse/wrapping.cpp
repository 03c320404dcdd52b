#include "parse/wrapping.hpp"

namespace nendiff {
namespace {

// A line this long (code points) is where a page's edge breaks lines: an A4
// page holds 35–45 characters a line. Most headings and items are shorter.
constexpr size_t kLongLine = 30;
// Fewer long lines say nothing either way.
constexpr size_t kMinLongLines = 5;
// In hard-wrapped text most long lines end mid-sentence. In text of one
// paragraph a line, one in twenty, or a single one, may too (a subtitle, a
// list of noun phrases, a line without its 。).
constexpr size_t kMaxRunOnShare = 20;
constexpr size_t kRunOnAlways = 1;

bool is_long(const TextLine& line) { return line.text.size() >= kLongLine; }

}  // namespace

// A long heading ends no sentence in either kind of text: it is not counted
// as running on. Wrapped text shows it within its first few long lines.
bool broken_at_an_edge(const std::vector<TextLine>& lines, const LineReader& reader) {
  size_t long_lines = 0;
  for (const TextLine& line : lines) long_lines += is_long(line);
  if (long_lines < kMinLongLines) return true;
  size_t run_on = 0;
  for (const TextLine& line : lines) {
    if (!is_long(line) || reader.ends_paragraph(line.text) || reader.shape(line).heading) continue;
    if (++run_on > kRunOnAlways && run_on * kMaxRunOnShare > long_lines) return true;
  }
  return false;
}

}  // namespace nendiff
