// Quoting: a stretch of normalized text in the characters its edition wrote.
//
// Comparison reads normalized text (normalize.hpp): 「（２２５社）」 is read
// 「(225社)」. A report quotes the edition, so each normalized character goes
// back to the character it was folded from. What normalizing left out — a
// bullet, a ministry tag, Markdown's marks, line breaks, an article's number
// — is layout, not text, and stays out. Spaces alone between two quoted
// characters are kept as written where they are the author's (Spacing).
#pragma once

#include <unicode/umachine.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nendiff::text {

// Which spaces standing alone between two quoted characters are the author's.
// Ideographic spaces 「　」 always (「一　会社　株式会社をいう。」). ASCII spaces
// in typed text (plain text, Markdown, Word: 「２ 発起人は」 as e-Gov writes
// it), not in text set on pages (a PDF, a text made page by page): there they
// are the typesetting's or the reader's (「2023 年度」).
enum class Spacing : uint8_t { paged, typed };
// The spacing of text standing on `page` (Document::page_of; 0: the input has
// no pages, its text is typed). Every quotation of an edition decides so.
inline Spacing spacing_on(int page) { return page > 0 ? Spacing::paged : Spacing::typed; }

class Quotation {
 public:
  // `normalized` as read from `original` (a unit's text and its lines as
  // written). Both are viewed, not copied: they must outlive the quotation.
  Quotation(std::string_view original, std::string_view normalized, Spacing spacing);

  // Bytes [from, to) of the normalized text, each character as written.
  // Quotations of consecutive stretches join to the quotation of the whole.
  // A character with no source found (normalizing made it of several) is
  // quoted as normalized; offsets not on a character's first byte are moved
  // back to it.
  std::string quote(size_t from, size_t to) const { return quote(from, to, true); }
  // The stretch on its own (a figure, a sentence): as quote(), without the
  // spaces after it, which go with it only where stretches are joined.
  std::string quote_alone(size_t from, size_t to) const { return quote(from, to, false); }

 private:
  // How a stretch of the normalized text is quoted. The pieces tile it, in
  // order: mostly long runs written as read, between them single characters
  // written otherwise (「（」 for 「(」) or not found.
  struct Piece {
    enum Kind : uint8_t { same, written, normalized, folded_in };
    uint32_t at = 0;      // where it starts in `normalized_`
    uint32_t source = 0;  // where it starts in `original_` (same, written)
    uint32_t length = 0;  // written: its bytes in `original_`
    Kind kind = same;     // folded_in: the rest of a character's fold, quoted with its first
    uint16_t gap = 0;     // written: the spaces before `source` that are kept (bytes),
                          // quoted with the piece before
  };
  struct Span {
    size_t from = 0, to = 0;  // bytes of `original_`
  };
  void align();
  size_t same_run(size_t at, size_t from) const;
  std::optional<Span> find_fold(UChar32 c, size_t from, size_t& work, std::u32string& rest) const;
  size_t kept_gap(size_t from, size_t to) const;
  size_t piece_end(size_t k) const;
  void append_piece(std::string& out, size_t k, size_t from, size_t to, bool spaces_after) const;
  std::string quote(size_t from, size_t to, bool spaces_after) const;

  std::string_view original_, normalized_;
  Spacing spacing_;
  std::vector<Piece> pieces_;
};

// The stretch of `written` that reads as `read` (a ministry tag as its line
// writes it), found by its opening character, the last such tried first
// (the text before a tag may hold brackets too); line breaks in `written`
// are left out (a long tag wraps). Empty when there is none.
std::string written_stretch(std::string_view written, std::string_view read);

}  // namespace nendiff::text
