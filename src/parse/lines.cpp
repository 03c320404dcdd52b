#include "parse/lines.hpp"

#include "text/normalize.hpp"
#include "text/unicode.hpp"

namespace nendiff {
namespace {

size_t indentation(std::string_view raw) {
  size_t width = 0;
  for (char c : raw) {
    if (c == ' ') ++width;
    else if (c == '\t') width += 4;
    else break;
  }
  // A full-width space (U+3000, E3 80 80) indents Japanese text: two columns.
  for (size_t i = 0; raw.substr(i, 3) == "\xE3\x80\x80"; i += 3) width += 2;
  return width;
}

// 「## 」 at the start of `s`: how many marks, and where the text after them starts.
int markdown_marks(std::string_view s, size_t& text_start) {
  size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  size_t marks = 0;
  while (i + marks < s.size() && s[i + marks] == '#') ++marks;
  if (marks == 0 || marks > 6 || i + marks >= s.size() || s[i + marks] != ' ') return 0;
  text_start = i + marks + 1;
  return static_cast<int>(marks);
}

bool ascii_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Where a Markdown heading mark starts inside `raw`, after some text (a run of
// '#' and a space, not glued to a Latin word as in 「C# 」), or npos.
size_t inner_heading_mark(std::string_view raw) {
  for (size_t at = raw.find("# "); at != std::string_view::npos; at = raw.find("# ", at + 1)) {
    size_t start = at;
    while (start > 0 && raw[start - 1] == '#') --start;
    if (start > 0 && !ascii_alnum(raw[start - 1]) && raw.find_first_not_of(" \t") < start)
      return start;
  }
  return std::string_view::npos;
}

// 「*（趣旨）*」: a whole line set in Markdown emphasis is read without the marks.
std::string without_emphasis(std::string s) {
  for (const char mark : {'*', '_'}) {
    size_t n = 0;
    while (n < s.size() / 2 && s[n] == mark && s[s.size() - 1 - n] == mark) ++n;
    if (n > 0 && n < 3 && s.size() > 2 * n) return s.substr(n, s.size() - 2 * n);
  }
  return s;
}

void add_line(std::vector<TextLine>& out, int number, std::string_view raw) {
  TextLine line;
  line.number = number;
  line.indent = indentation(raw);
  size_t text_start = 0;
  line.hashes = markdown_marks(raw, text_start);
  line.raw = raw;
  line.text_start = text_start;
  text::LineForms forms = text::line_forms(raw.substr(text_start));
  line.normalized = without_emphasis(std::move(forms.normalized));
  if (!forms.spaced.empty()) line.spaced = without_emphasis(std::move(forms.spaced));
  line.text = text::to_u32(line.normalized);
  out.push_back(std::move(line));
}

}  // namespace

const std::string& folded_text(const TextLine& line) {
  return line.spaced.empty() ? line.normalized : line.spaced;
}

std::vector<TextLine> read_lines(std::string_view utf8, const std::vector<int>& table_rows) {
  std::vector<TextLine> out;
  const std::vector<std::string_view> raw = text::split_line_views(utf8);
  out.reserve(raw.size());
  auto row = table_rows.begin();
  for (size_t i = 0; i < raw.size(); ++i) {
    std::string_view rest = raw[i];
    const int number = static_cast<int>(i + 1);
    while (row != table_rows.end() && *row < number) ++row;
    if (row != table_rows.end() && *row == number) {  // a cell's text holds no heading
      add_line(out, number, rest);
      out.back().table_row = true;
      continue;
    }
    // Most lines hold no '#': one search says so.
    for (size_t at; rest.find('#') != std::string_view::npos &&
                    (at = inner_heading_mark(rest)) != std::string_view::npos;) {
      add_line(out, number, rest.substr(0, at));
      rest = rest.substr(at);
    }
    add_line(out, number, rest);
  }
  return out;
}

}  // namespace nendiff
