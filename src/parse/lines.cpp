#include "parse/lines.hpp"

#include <algorithm>
#include <cstdint>

#include "parse/markdown.hpp"
#include "text/normalize.hpp"
#include "text/unicode.hpp"
#include "util/memory.hpp"

namespace nendiff {

size_t width(const TextLine& line) {
  return line.spaced.empty() ? line.text.size() : text::code_points(line.spaced);
}

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

// The text after the line's Markdown heading marks, and their count.
std::string_view after_marks(std::string_view raw, uint8_t& hashes) {
  size_t text_start = 0;
  hashes = static_cast<uint8_t>(markdown::heading_marks(raw, text_start));
  return raw.substr(text_start);
}

// A form read as the text its Markdown stands for: without the emphasis set
// around the whole line, and its inline syntax read (markdown::inline_text).
// A view of `form`, or of a thread's buffer.
std::string_view read_as_markdown(std::string_view form, std::string_view as_read) {
  const std::string_view whole = markdown::without_emphasis(form, as_read);
  thread_local std::string inline_text;
  return markdown::inline_text(whole, inline_text) ? std::string_view(inline_text) : whole;
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
  line.normalized = kept(read_as_markdown(forms.normalized, text), text);
  if (!forms.spaced.empty()) line.spaced = kept(read_as_markdown(forms.spaced, text), text);
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
                    (at = markdown::inner_heading_mark(rest)) != std::string_view::npos;) {
      out.add(number, rest.substr(0, at));
      rest = rest.substr(at);
    }
    const size_t caption = markdown::run_in_caption(rest);
    if (caption != std::string_view::npos && markdown::article_heading_follows(raw, i)) {
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
