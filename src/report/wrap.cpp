// Wrapping the terminal report: a terminal wraps a long line at its edge, at
// column 0, which buries the indentation that shows a finding's place; this
// wraps it under its own text instead.
#include "report/wrap.hpp"

#include <unicode/uchar.h>

#include "text/unicode.hpp"

namespace nendiff::detail {
namespace {

constexpr int kNarrowest = 20;
constexpr int kHanging = 4;  // a continuation's extra indent

// The length of an ANSI CSI sequence (ESC [ … final byte) at `i`, or 0.
size_t escape_at(std::u32string_view s, size_t i) {
  if (s[i] != U'\x1b' || i + 1 >= s.size() || s[i + 1] != U'[') return 0;
  size_t j = i + 2;
  while (j < s.size() && !(s[j] >= 0x40 && s[j] <= 0x7e)) ++j;
  return j < s.size() ? j - i + 1 : 0;
}

std::u32string wrap_line(std::u32string_view line, int width) {
  size_t indent = 0;
  while (indent < line.size() && line[indent] == U' ') ++indent;
  const int hang = static_cast<int>(indent) + kHanging;
  if (hang >= width / 2) return std::u32string(line);
  std::u32string out;
  int column = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    if (size_t n = escape_at(line, i)) {
      out.append(line.substr(i, n));
      i += n - 1;
      continue;
    }
    const int w = columns_of(line[i]);
    if (column + w > width && column > hang) {
      out += U'\n';
      out.append(static_cast<size_t>(hang), U' ');
      column = hang;
    }
    out += line[i];
    column += w;
  }
  return out;
}

}  // namespace

int columns_of(char32_t c) {
  const auto ch = static_cast<UChar32>(c);
  if (u_getCombiningClass(ch) != 0 || u_charType(ch) == U_NON_SPACING_MARK) return 0;
  const int width = u_getIntPropertyValue(ch, UCHAR_EAST_ASIAN_WIDTH);
  return width == U_EA_WIDE || width == U_EA_FULLWIDTH ? 2 : 1;
}

std::string wrap_lines(std::string_view text, int width) {
  if (width < kNarrowest) return std::string(text);
  const std::u32string all = text::to_u32(text);
  std::u32string out;
  size_t start = 0;
  while (start <= all.size()) {
    size_t end = all.find(U'\n', start);
    if (end == std::u32string::npos) end = all.size();
    out += wrap_line(std::u32string_view(all).substr(start, end - start), width);
    if (end < all.size()) out += U'\n';
    start = end + 1;
  }
  return text::to_utf8(out);
}

}  // namespace nendiff::detail
