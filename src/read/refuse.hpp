// Internal: how every reader refuses an input, the format readers in their
// modules too (defined in read/input.cpp).
#pragma once

#include <string>

namespace nendiff::detail {

// Throws the Error "<path>: <problem>": every refusal names the input, because
// the user may have passed two and needs to know which one.
[[noreturn]] void refuse(const std::string& path, const std::string& problem);

}  // namespace nendiff::detail
