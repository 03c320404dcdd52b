// Internal: what goes between two lines of one paragraph when they are joined.
#pragma once

#include <string_view>

namespace nendiff::text {

// Japanese runs on with nothing between its lines: a wrap falls between any
// two characters. Latin text lost a space at the wrap: between two words
// (「Sleep」「Innovation」) and after a Latin sentence or clause
// (「…this year.」「We plan more.」) a space goes back. A digit on either side
// is a number or a year broken by the wrap (「2 020年度」): nothing, unless the
// number stood apart as a word of Latin text (「to 49」「companies」). `left` and
// `right` are the lines' texts in UTF-8, in any width (Ｓｌｅｅｐ counts as
// Latin); only the characters next to the joint are read.
std::string_view line_joint(std::string_view left, std::string_view right);

// `text` ends a Latin sentence: 「.」「!」「?」 after a Latin letter, a digit or a
// closing bracket or quote (「…by March 2024.」). A blank line after it parts
// paragraphs as one after 。 does.
bool ends_latin_sentence(std::string_view text);

}  // namespace nendiff::text
