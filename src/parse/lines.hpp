// Internal: an edition's lines as the parser reads them — each once
// normalized, with what its layout may need: the Markdown heading marks in
// front of it, its indentation.
#pragma once

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "nendiff/compact_string.hpp"
#include "util/shared_table.hpp"

namespace nendiff {

// A line's forms are views: of the text read where a form is written as it
// stands (most lines of clean text), else of its edition's arenas
// (EditionLines). A line was some 280 bytes in five allocations when it owned
// its forms, more than the text itself; 200,000 short measures read both
// editions at once took over 100 MB for their lines alone.
struct TextLine {
  std::string_view raw;         // as written (Markdown marks included), in the text read
  std::string_view normalized;  // text::normalize_line of the text after the marks
  std::string_view spaced;      // text::fold_line of it where it differs from `normalized`
  std::u32string_view text;     // `normalized` as code points: what its form is read from
  int number = 0;               // input line, 1-based (both halves of a split line keep it)
  uint16_t indent = 0;  // its leading spaces (a tab counts four, 「　」 two): nesting in outlines
  uint8_t hashes = 0;   // the 「## 」 marks in front of it: a Markdown heading's level
  bool table_row = false;  // a table's row, its cells separated by tabs (DecodedText::table_rows)
};

// How far a line reaches across its page, in characters: its spaces count
// (a PDF's 「2024 年 4 月」 takes the room its spaces take), as a page's edge
// breaks lines by the room they take, not by the characters compared.
size_t width(const TextLine& line);

// A line's forms follow from what is written on it, alone: editions read side
// by side share them (util/shared_table.hpp).
inline std::string_view written(const TextLine& line) { return line.raw; }
using SharedLines = detail::SharedTable<TextLine, written>;

// Which of the editions read side by side this one is, and what they share.
struct SideBySide {
  SharedLines* shared = nullptr;
  size_t edition = 0, editions = 1;
};

// Text kept in blocks that never move: a view of what was kept stays valid
// while more is added and when the arena itself is moved. One block holds
// the forms of a thousand short lines, or a long edition's in huge pages.
template <typename Char>
class TextArena {
 public:
  // `expected`: the characters it will likely hold, at most.
  explicit TextArena(size_t expected = 0) : block_(block_for(expected)) {}

  std::basic_string_view<Char> keep(std::basic_string_view<Char> s) {
    if (s.empty()) return {};
    if (blocks_.empty() || size_ - used_ < s.size()) start_block(s.size());
    Char* at = reinterpret_cast<Char*>(blocks_.back().data()) + used_;
    s.copy(at, s.size());
    used_ += s.size();
    return {at, s.size()};
  }

 private:
  static constexpr size_t kBlock = 64 * 1024;

  // 64 Ki characters at most, or a huge page's worth for a long edition.
  static size_t block_for(size_t expected) {
    if (expected * sizeof(Char) < detail::Block::kHuge / 2) return std::min(kBlock, expected);
    return detail::Block::kHuge / sizeof(Char);
  }

  void start_block(size_t at_least) {
    blocks_.emplace_back(std::max(block_, at_least) * sizeof(Char));
    size_ = blocks_.back().size() / sizeof(Char);
    used_ = 0;
  }

  size_t block_;
  std::vector<detail::Block> blocks_;
  size_t used_ = 0, size_ = 0;  // of the last block
};

// An edition's lines and the arenas their forms are kept in. Move-only: a
// copy's lines would view the original's arenas.
class EditionLines {
 public:
  EditionLines() = default;
  EditionLines(EditionLines&&) = default;
  EditionLines& operator=(EditionLines&&) = default;
  EditionLines(const EditionLines&) = delete;
  EditionLines& operator=(const EditionLines&) = delete;

  const std::vector<TextLine>& lines() const { return lines_; }

 private:
  friend EditionLines read_lines(std::string_view utf8, const std::vector<int>& table_rows,
                                 const SideBySide& side);
  EditionLines(size_t bytes, size_t count);
  TextLine& add(int number, std::string_view raw);
  void fill(TextLine& line, SharedLines* shared);
  void work_out_forms(TextLine& line);
  void copy_forms(TextLine& line, const TextLine& twin);
  std::string_view kept(std::string_view form, std::string_view as_read);

  TextArena<char> forms_;         // normalized and spaced forms unlike the text read
  TextArena<char32_t> code_points_;
  std::vector<TextLine> lines_;
};

// Splits the text into lines and normalizes each. The lines point into
// `utf8`, which must outlive them. A Markdown heading mark
// standing inside a line (「第一編　総則## 第一章　通則」, a converter's run-together
// headings) starts a line of its own. The lines numbered in `table_rows`
// (ascending) are a table's rows, read whole. Editions read `side` by side
// copy the forms of the lines they share.
EditionLines read_lines(std::string_view utf8, const std::vector<int>& table_rows = {},
                        const SideBySide& side = {});

// The line folded to half width with its spaces kept (text::fold_line), as
// `normalized` is: what numbering forms are matched against.
std::string_view folded_text(const TextLine& line);

}  // namespace nendiff
