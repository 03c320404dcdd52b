#include "parse/lines.hpp"

#include <algorithm>
#include <cstdint>

#include "text/normalize.hpp"
#include "text/numerals.hpp"
#include "text/unicode.hpp"
#include "util/memory.hpp"

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

// Where a caption set in emphasis (「*（趣旨）*」) starts at the end of `raw`,
// after other text, or npos. A law's article is captioned so on the line
// before its heading (「#### 第百二条」) by Markdown converters; one that
// dropped the line break ran it into the line above (「第七款　設立手続等の特則
// 等*（設立手続等の特則）*」, the last item of the article before).
size_t run_in_caption(std::string_view raw) {
  struct Emphasis {
    std::string_view open, close;
  };
  for (const Emphasis e : {Emphasis{"*（", "）*"}, Emphasis{"_（", "）_"}}) {
    if (raw.size() < e.open.size() + e.close.size() || raw.substr(raw.size() - e.close.size()) != e.close)
      continue;
    const size_t at = raw.rfind(e.open, raw.size() - e.close.size());
    if (at == std::string_view::npos || raw.find_first_not_of(" \t") >= at) continue;
    const size_t inner = at + e.open.size();
    const std::string_view caption = raw.substr(inner, raw.size() - e.close.size() - inner);
    if (caption.find("（") == std::string_view::npos && caption.find("）") == std::string_view::npos) return at;
  }
  return std::string_view::npos;
}

// 「第百二条」「第3条の2」: the text starts by numbering an article.
bool numbers_an_article(std::string_view text) {
  const std::u32string start = text::to_u32(text.substr(0, std::min<size_t>(text.size(), 64)));
  if (start.empty() || start[0] != U'第') return false;
  size_t i = 1;
  auto digit = [](char32_t c) {
    return text::is_kanji_numeral(c) || (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９');
  };
  while (i < start.size() && digit(start[i])) ++i;
  return i > 1 && i < start.size() && start[i] == U'条';
}

// Whether the next line with text after line i is a Markdown heading of an
// article: what a run-in caption at the end of line i names.
bool article_heading_follows(const std::vector<std::string_view>& raw, size_t i) {
  for (size_t j = i + 1; j < raw.size(); ++j) {
    if (raw[j].find_first_not_of(" \t\r") == std::string_view::npos) continue;
    size_t text_start = 0;
    return markdown_marks(raw[j], text_start) > 0 && numbers_an_article(raw[j].substr(text_start));
  }
  return false;
}

// 「*（趣旨）*」: a whole line set in Markdown emphasis is read without the marks.
std::string_view without_emphasis(std::string_view s) {
  for (const char mark : {'*', '_'}) {
    size_t n = 0;
    while (n < s.size() / 2 && s[n] == mark && s[s.size() - 1 - n] == mark) ++n;
    if (n > 0 && n < 3 && s.size() > 2 * n) return s.substr(n, s.size() - 2 * n);
  }
  return s;
}

// The text after the line's Markdown heading marks, and their count.
std::string_view after_marks(std::string_view raw, uint8_t& hashes) {
  size_t text_start = 0;
  hashes = static_cast<uint8_t>(markdown_marks(raw, text_start));
  return raw.substr(text_start);
}

}  // namespace

// A form has at most as many characters as the text has bytes, give or take
// what normalizing expands (the arenas grow past it if need be).
EditionLines::EditionLines(size_t bytes, size_t count) : forms_(bytes + 1), code_points_(bytes + 1) {
  lines_.reserve(count);
}

// A form written as the text read has it is a view of that text: only the
// forms normalization changed take room of their own.
std::string_view EditionLines::kept(std::string_view form, std::string_view as_read) {
  return form == as_read ? as_read : forms_.keep(form);
}

// A line of the text, its forms left to fill().
TextLine& EditionLines::add(int number, std::string_view raw) {
  TextLine& line = lines_.emplace_back();
  line.number = number;
  line.raw = raw;
  return line;
}

void EditionLines::work_out_forms(TextLine& line) {
  line.indent = static_cast<uint16_t>(std::min<size_t>(indentation(line.raw), UINT16_MAX));
  const std::string_view text = after_marks(line.raw, line.hashes);
  thread_local text::LineForms forms;
  text::line_forms(text, forms);
  line.normalized = kept(without_emphasis(forms.normalized), text);
  if (!forms.spaced.empty()) line.spaced = kept(without_emphasis(forms.spaced), text);
  thread_local std::u32string code_points;
  text::to_u32(line.normalized, code_points);
  line.text = code_points_.keep(code_points);
}

// The forms of a line written as `twin` is (another edition's), kept as this
// edition's own: a copy, never a view of the other's arenas.
void EditionLines::copy_forms(TextLine& line, const TextLine& twin) {
  line.indent = twin.indent;
  const std::string_view text = after_marks(line.raw, line.hashes);
  line.normalized = kept(twin.normalized, text);
  if (!twin.spaced.empty()) line.spaced = kept(twin.spaced, text);
  line.text = code_points_.keep(twin.text);
}

void EditionLines::fill(TextLine& line, SharedLines* shared) {
  if (!shared || line.raw.empty()) return work_out_forms(line);  // blank: nothing to share
  const size_t hash = SharedLines::hash(line.raw);
  if (const TextLine* twin = shared->find(line.raw, hash)) return copy_forms(line, *twin);
  work_out_forms(line);
  shared->publish(&line, hash);
}

std::string_view folded_text(const TextLine& line) {
  return line.spaced.empty() ? line.normalized : line.spaced;
}

EditionLines read_lines(std::string_view utf8, const std::vector<int>& table_rows,
                        const SideBySide& side) {
  const std::vector<std::string_view> raw = text::split_line_views(utf8);
  // A line is split at each inner heading mark, which holds a '#', and before
  // a run-in caption, which a heading's leading '#' follows: room for every
  // such split, so that the lines never move (their pages untouched until used).
  EditionLines out(utf8.size(), raw.size() + text::count_ascii(utf8, '#'));
  detail::map_pages_now(out.lines_.data(), raw.size() * sizeof(TextLine));  // splits are rare
  auto row = table_rows.begin();
  for (size_t i = 0; i < raw.size(); ++i) {
    std::string_view rest = raw[i];
    const int number = static_cast<int>(i + 1);
    while (row != table_rows.end() && *row < number) ++row;
    if (row != table_rows.end() && *row == number) {  // a cell's text holds no heading
      out.add(number, rest).table_row = true;
      continue;
    }
    // Most lines hold no '#': one search says so.
    for (size_t at; rest.find('#') != std::string_view::npos &&
                    (at = inner_heading_mark(rest)) != std::string_view::npos;) {
      out.add(number, rest.substr(0, at));
      rest = rest.substr(at);
    }
    const size_t caption = run_in_caption(rest);
    if (caption != std::string_view::npos && article_heading_follows(raw, i)) {
      out.add(number, rest.substr(0, caption));
      rest = rest.substr(caption);
    }
    out.add(number, rest);
  }
  std::vector<TextLine>& lines = out.lines_;
  const auto start = static_cast<std::ptrdiff_t>(detail::side_by_side_start(side.edition, side.editions, lines.size()));
  for (auto line = lines.begin() + start; line != lines.end(); ++line) out.fill(*line, side.shared);
  for (auto line = lines.begin(); line != lines.begin() + start; ++line) out.fill(*line, side.shared);
  return out;
}

}  // namespace nendiff
