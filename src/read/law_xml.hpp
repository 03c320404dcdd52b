// Internal: a law in e-Gov's XML (法令標準XML: what the e-Gov 法令API returns
// and 法令検索 downloads), read in the module that reads Word's XML (docx.cpp);
// the program calls it as read_law_xml() (formats.hpp).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "nendiff/read.hpp"

namespace nendiff::detail {

// The law as e-Gov prints it as text, for the law profile to read: its title
// and number, the headings of 編・章・節・款・目 on lines of their own, each
// article's caption above 「第一条　…」, paragraphs 「２　…」, items 「一　…」
// and their sub-items, 附則 with the act that added them, tables' rows as lines
// marked as rows. The table of contents is left out (the headings say it
// again); every other text of the file is in the output, an element the reader
// does not know as a line of its own. Malformed XML, nesting deeper than a law
// goes, or text longer than `max_size` is refused naming `path`.
DecodedText law_as_text(const std::string& path, std::string_view utf8, std::uintmax_t max_size);

}  // namespace nendiff::detail
