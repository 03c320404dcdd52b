// Quoting: a stretch of normalized text in the characters its edition wrote.
//
// Comparison reads normalized text (normalize.hpp): 「（２２５社）」 is read
// 「(225社)」. A report quotes the edition, so each normalized character goes
// back to the character it was folded from. What normalizing left out — a
// bullet, a ministry tag, Markdown's marks, the spaces a PDF puts between
// characters, line breaks, an article's number — is layout, not text, and
// stays out; ideographic spaces 「　」 alone between two quoted characters are
// the author's and are kept.
#pragma once

#include <unicode/umachine.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nendiff::text {

class Quotation {
 public:
  // `normalized` as read from `original` (a unit's text and its lines as
  // written). Both are viewed, not copied: they must outlive the quotation.
  Quotation(std::string_view original, std::string_view normalized);

  // Bytes [from, to) of the normalized text, each character as written.
  // Quotations of consecutive stretches join to the quotation of the whole.
  // A character with no source found (normalizing made it of several) is
  // quoted as normalized; offsets not on a character's first byte are moved
  // back to it.
  std::string quote(size_t from, size_t to) const;

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
    uint8_t spaces_after = 0;  // ideographic spaces left out after it, kept
  };
  struct Span {
    size_t from = 0, to = 0;  // bytes of `original_`
  };
  void align();
  size_t same_run(size_t at, size_t from) const;
  std::optional<Span> find_fold(UChar32 c, size_t from, size_t& work, std::u32string& rest) const;
  size_t piece_end(size_t k) const;
  void append_piece(std::string& out, size_t k, size_t from, size_t to) const;

  std::string_view original_, normalized_;
  std::vector<Piece> pieces_;
};

}  // namespace nendiff::text
