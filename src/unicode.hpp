// Internal: UTF-8 ⇄ UTF-32 through ICU, for code-point level scanning.
#pragma once

#include <string>
#include <string_view>

namespace nendiff::detail {

std::u32string to_u32(std::string_view utf8);
std::string to_utf8(std::u32string_view text);
// Byte length of the UTF-8 encoding of `text`.
size_t utf8_length(std::u32string_view text);

bool starts_with(std::u32string_view s, std::u32string_view prefix);
bool ends_with(std::u32string_view s, std::u32string_view suffix);

}  // namespace nendiff::detail
