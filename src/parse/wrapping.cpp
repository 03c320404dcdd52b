#include "parse/wrapping.hpp"

#include <algorithm>

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
// Lines broken at an edge are all about as long as the longest line: a
// character or two shorter where 、 or 。 may not start the next line. A page
// holds at most some sixty characters a line (A4 landscape); text whose
// longest line is longer was not broken at a page's edge.
constexpr size_t kEdgeSlack = 2;
constexpr size_t kWidestPage = 60;

// Lines that end mid-sentence and are no heading (a long heading ends no
// sentence in either kind of text) or table row (cells end no sentence). A
// line led by a mark that opens items as well as headings (「○【国土交通省】住宅
// の…」) is an item's first line when it is this long.
bool runs_on(const TextLine& line, const LineReader& reader) {
  if (width(line) < kLongLine || line.table_row || reader.ends_paragraph(line.text)) return false;
  const LineShape s = reader.shape(line);
  return !s.heading || s.item;
}

}  // namespace

Wrapping wrapping_of(const std::vector<TextLine>& lines, const LineReader& reader) {
  size_t long_lines = 0, widest = 0;
  for (const TextLine& line : lines) {
    const size_t w = width(line);
    long_lines += w >= kLongLine;
    widest = std::max(widest, w);
  }
  size_t run_on = 0, at_edge = 0;
  for (const TextLine& line : lines) {
    if (!runs_on(line, reader)) continue;
    ++run_on;
    at_edge += width(line) + kEdgeSlack >= widest;
  }
  Wrapping w;
  const bool page_wide = widest <= kWidestPage && at_edge > 0;
  w.edge = page_wide && 2 * at_edge >= run_on ? widest : 0;
  w.wrapped = long_lines < kMinLongLines || page_wide ||
              (run_on > kRunOnAlways && run_on * kMaxRunOnShare > long_lines);
  return w;
}

}  // namespace nendiff
