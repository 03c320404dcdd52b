// Internal: an edition kept as an Excel workbook (a follow-up's 一覧, a 工程表,
// a survey's results), read in the Word module (docx.cpp), whose archive and
// XML parts it shares.
#pragma once

#include <cstdint>
#include <string>

#include "nendiff/read.hpp"
#include "read/docx_parts.hpp"

namespace nendiff::detail {

// The workbook's text: each sheet in the workbook's order, headed by its name
// (「# 名簿」) where the workbook has more than one; a sheet's rows as a
// table's rows, each cell as Excel shows it (shared and rich text without its
// readings, numbers and dates in their number formats); the rows above the
// first row of two cells or more (a title, a date) as paragraphs. Text longer
// than `max_size` is refused naming `path`.
DecodedText workbook_as_text(const std::string& path, const Archive& archive, const Part& workbook,
                             const std::string& name, std::uintmax_t max_size);

}  // namespace nendiff::detail
