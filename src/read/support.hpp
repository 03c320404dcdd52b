// Internal: what every reader shares, the format readers in their modules too
// (defined in read/input.cpp and read/decode.cpp).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "nendiff/read.hpp"

namespace nendiff::detail {

// Throws the Error "<path>: <problem>": every refusal names the input, because
// the user may have passed two and needs to know which one.
[[noreturn]] void refuse(const std::string& path, const std::string& problem);

// What a PDF or Word document that unpacks to more text than --max-size
// allows is refused with.
std::string unpacked_too_large(std::uintmax_t max_size);

// The file name ends with `extension` (「.csv」, in any case).
bool has_extension(const std::string& path, const char* extension);

// Strict UTF-8: no ill-formed sequence, no surrogate, nothing above U+10FFFF.
bool is_valid_utf8(std::string_view bytes);

// decode(bytes, encoding) of bytes the caller gives up: valid UTF-8 with no
// BOM, as most editions are, becomes the text as it was read, not a copy (an
// edition's worth of memory less to touch).
DecodedText decode_owned(std::string&& bytes, const std::string& encoding);

}  // namespace nendiff::detail
