// Internal: whether a text's lines were broken at a page's edge (a PDF's text,
// hard-wrapped) or each holds a paragraph (a Word file saved as text, a web
// page, an edited text file), and where the edge is. Only in the first may a
// heading run on into the next line, and only one that reached the edge
// (parse/parser.cpp).
#pragma once

#include <cstddef>
#include <vector>

#include "parse/layout.hpp"
#include "parse/lines.hpp"

namespace nendiff {

struct Wrapping {
  // False when the long lines (where a wrap would fall) nearly all end their
  // paragraph: one paragraph a line. True otherwise, and when the text has
  // too few long lines to tell.
  bool wrapped = true;
  // The width (code points) the lines were broken at, when the lines that run
  // on share it; 0 when unknown (too few of them, or breaks only at page ends).
  size_t edge = 0;
};

Wrapping wrapping_of(const std::vector<TextLine>& lines, const LineReader& reader);

}  // namespace nendiff
