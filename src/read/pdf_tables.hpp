// Tables on a PDF page (a 工程表 between measures: 施策 | 2024年度 | 2025年度),
// found from the word boxes' places alone, so that the reader gives each row
// as a line of its own, its cells apart, marked as a table's row
// (DecodedText::table_rows). Kept apart from poppler so that the rule can be
// tested on boxes written by hand (tests/pdf_tables_test.cpp).
#pragma once

#include <cstddef>
#include <vector>

#include "read/pdf_columns.hpp"

namespace nendiff::detail {

// A table's printed row: its cells left to right, each its boxes' indices
// left to right.
using TableRowBoxes = std::vector<std::vector<size_t>>;

struct PageTable {
  std::vector<TableRowBoxes> rows;  // from the top
};

// The tables of a page of one column of text, from the top.
std::vector<PageTable> find_tables(const std::vector<WordBox>& boxes);

}  // namespace nendiff::detail
