// Stage 2 — normalize: undo width variants and PDF spacing artefacts.
// Comparison works on normalized text; the original is kept for display.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace nendiff::text {

// Splits text into lines on LF, CRLF or CR (line 1 is element 0).
std::vector<std::string> split_lines(std::string_view text);
// The same lines as views into `text`.
std::vector<std::string_view> split_line_views(std::string_view text);

// How often an ASCII character stands in UTF-8 text (its byte is never part
// of another character's), found by memchr: a count to reserve room by.
size_t count_ascii(std::string_view text, char ascii);

// Normalizes one line: NFKC width folding (full-width digits, Latin, brackets,
// spaces; half-width katakana) except for the structural marks NFKC would
// destroy (circled numbers ①…⑳, superscript footnote digits); removes the
// spaces PDF extraction puts between CJK and digits/Latin (「2023 年度」,
// 「AMR 対策」) while keeping spaces between Latin words (「DASH for SaMD」);
// collapses space runs; trims.
std::string normalize_line(std::string_view line);

// The same folding with every space kept (runs collapsed, the ends trimmed):
// the form numbering is read from, where 「ア 概要」 and 「アジア」 differ.
std::string fold_line(std::string_view line);

// Both forms of one line from one folding: `spaced` is fold_line's form, left
// empty where it equals `normalized` (a line with no space inside, as most
// Japanese lines are).
struct LineForms {
  std::string normalized;
  std::string spaced;
};
LineForms line_forms(std::string_view line);
void line_forms(std::string_view line, LineForms& forms);  // reusing the room `forms` has

namespace detail {
// line_forms() with the line always folded first (the way every line went
// before most were found to need no folding): what the tests hold it to.
LineForms line_forms_folded(std::string_view line);
}  // namespace detail

// What normalize_line makes of one character as it stands, with the marks
// that combine with it (「ｶﾞ」): folded and unified, white space as one ASCII
// space. The step by which a quotation goes back from normalized text to the
// characters an edition wrote (text/quote.hpp).
std::string fold_character(std::string_view character);

// The comparison key of normalized text: every space removed.
std::string compare_key(std::string_view normalized);

}  // namespace nendiff::text
