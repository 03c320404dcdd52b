// Stage 2 — normalize: undo width variants and PDF spacing artefacts.
// Comparison works on normalized text; the original is kept for display.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace nendiff::text {

// Splits text into lines on LF, CRLF or CR (line 1 is element 0).
std::vector<std::string> split_lines(std::string_view text);

// Normalizes one line: NFKC width folding (full-width digits, Latin, brackets,
// spaces; half-width katakana) except for the structural marks NFKC would
// destroy (circled numbers ①…⑳, superscript footnote digits); removes the
// spaces PDF extraction puts between CJK and digits/Latin (「2023 年度」,
// 「AMR 対策」) while keeping spaces between Latin words (「DASH for SaMD」);
// collapses space runs; trims.
std::string normalize_line(std::string_view line);

// The comparison key of normalized text: every space removed.
std::string compare_key(std::string_view normalized);

}  // namespace nendiff::text
