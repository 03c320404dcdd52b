// Internal: an edition published as a web page (HTML), read in the module that
// reads Word's and laws' XML (docx.cpp); the program calls it as read_html()
// (formats.hpp).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "nendiff/read.hpp"

namespace nendiff::detail {

// The page's text as the parser reads a text edition: a block (a paragraph, a
// list's item, a heading) a paragraph of its own, a line break where <br>
// breaks it; headings marked as Markdown's 「# 」 (h1 one mark, h2 two …);
// list items led by 「- 」 (an ordered list's by their number, nested ones
// indented); a table's rows as lines marked as rows, cells parted by tabs.
// What a browser does not show as text is left out: the head, scripts,
// styles, templates, hidden elements; so is the site around the document
// (outside its <main>; a page-level header, footer, side column; menus).
// Text longer than `max_size` is refused naming `path`.
DecodedText page_as_text(const std::string& path, std::string_view utf8, std::uintmax_t max_size);

}  // namespace nendiff::detail
