// Internal: whether a text's lines were broken at a page's edge (a PDF's text,
// hard-wrapped) or each holds a paragraph (a Word file saved as text, a web
// page, an edited text file). Only in the first may a heading run on into the
// next line (parse/parser.cpp).
#pragma once

#include <vector>

#include "parse/layout.hpp"
#include "parse/lines.hpp"

namespace nendiff {

// False when the long lines (where a wrap would fall) nearly all end their
// paragraph: the text is one paragraph per line. True otherwise, and when the
// text has too few long lines to tell.
bool broken_at_an_edge(const std::vector<TextLine>& lines, const LineReader& reader);

}  // namespace nendiff
