// Internal: what every reader shares, the format readers in their modules too
// (defined in read/input.cpp and read/decode.cpp).
#pragma once

#include <string>
#include <string_view>

namespace nendiff::detail {

// Throws the Error "<path>: <problem>": every refusal names the input, because
// the user may have passed two and needs to know which one.
[[noreturn]] void refuse(const std::string& path, const std::string& problem);

// Strict UTF-8: no ill-formed sequence, no surrogate, nothing above U+10FFFF.
bool is_valid_utf8(std::string_view bytes);

}  // namespace nendiff::detail
