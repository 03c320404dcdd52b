// Internal: small helpers the report views share.
#pragma once

#include <string>
#include <ostream>
#include <string_view>
#include <vector>

#include "nendiff/model.hpp"

namespace nendiff::detail {

std::string indent(size_t depth);
// The first `chars` characters of `text`, with … when cut.
std::string excerpt(std::string_view text, size_t chars);
// A measure's section path as one line, "1. 総論 › (1) …"; `none` when empty.
std::string section_path_text(const std::vector<std::string>& path, std::string_view none = "");
// An edition as the tables head its column: 「2024年版」, else its file's name.
std::string edition_label(const Document& d);
// Escapes & < > " ' for HTML text and attributes, and what printable() escapes.
std::string html_escape(std::string_view text);

// One CSV record (RFC 4180 quoting, CRLF); a cell a spreadsheet would run as a
// formula (=, +, -, @) gets a leading apostrophe. Cells go through printable()
// (line feeds stay: a cell may hold several lines).
void write_csv_record(const std::vector<std::string>& cells, std::ostream& out);

}  // namespace nendiff::detail
