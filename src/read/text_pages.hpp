// Internal: the pages of a text file that carries them — pdftotext and most
// PDF-to-text tools cut pages with a form feed — each line's page for
// citations (p. 3, L45), and the running headers and page numbers at the
// pages' edges blanked, as the PDF reader drops them (read/running.hpp).
#pragma once

#include "nendiff/read.hpp"

namespace nendiff::detail {

// Fills `text.line_pages` and blanks running lines when the text holds at
// least one form feed; leaves it as it is otherwise. Lines keep their numbers.
void read_text_pages(DecodedText& text);

}  // namespace nendiff::detail
