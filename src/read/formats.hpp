// Readers for the formats editions are published and drafted in. Each turns a
// file's bytes into the text form the parser reads: one paragraph per line,
// a blank line between paragraphs. Every refusal is an Error naming `path`.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "nendiff/read.hpp"

namespace nendiff::detail {

// "%PDF-" within the first KiB, where readers look for it.
bool is_pdf(std::string_view bytes);
// A ZIP archive (local file header first): .docx, .xlsx, .odt …
bool is_zip(std::string_view bytes);

// Text in reading order, page by page, without the running headers and page
// numbers; line_pages gives the page of every line, table_rows the lines that
// are a table's rows. Text longer than
// `max_size` is refused, as a file that large would be.
DecodedText read_pdf(const std::string& path, std::string_view bytes, std::uintmax_t max_size);

// A Word document's paragraphs and table rows (marked in table_rows) in order; list numbers and bullets
// as Word shows them (any bullet as ・). A ZIP archive that is not a Word
// document is refused by what it is; so is a part, or the text, longer than
// `max_size`.
DecodedText read_zip_document(const std::string& path, std::string_view bytes,
                              std::uintmax_t max_size);

// A law in e-Gov's XML (法令標準XML): a root element <Law> near the start of
// the decoded text (after an XML declaration, comments, a DOCTYPE).
bool is_law_xml(std::string_view utf8);
// The law as e-Gov prints it as text (read/law_xml.hpp).
DecodedText read_law_xml(const std::string& path, std::string_view utf8, std::uintmax_t max_size);

// A web page: 「<!DOCTYPE html」 or an <html> element first, past an XML
// declaration, comments and spaces (in any case).
bool is_html(std::string_view utf8);
// Its text (read/html.hpp).
DecodedText read_html(const std::string& path, std::string_view utf8, std::uintmax_t max_size);

}  // namespace nendiff::detail
