// Internal: the text report fitted to a terminal's width.
#pragma once

#include <string>
#include <string_view>

namespace nendiff::detail {

// Columns a character takes on a terminal: 2 for East Asian wide and
// fullwidth characters (kanji, kana, 「」), 0 for combining marks, else 1.
int columns_of(char32_t c);

// Each line longer than `width` columns broken before the character that
// would pass it, the continuation indented under the line's text (its leading
// spaces plus four); ANSI colour sequences take no columns. A width under 20
// leaves the text as it is.
std::string wrap_lines(std::string_view text, int width);

}  // namespace nendiff::detail
