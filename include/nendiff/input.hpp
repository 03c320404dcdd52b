// Reading an edition from disk: file checks, size limit, decoding, and the
// per-format readers (plain text today; PDF and Word join here).
#pragma once

#include <cstdint>
#include <string>

#include "nendiff/decode.hpp"
#include "nendiff/model.hpp"

namespace nendiff {

struct InputOptions {
  std::string encoding;                        // empty: detect
  std::uintmax_t max_size = 200u * 1024 * 1024;  // refuse larger inputs
};

// Reads and decodes one edition file. Throws nendiff::Error with a one-line
// message that starts with `path` (missing, a directory, unreadable, empty,
// too large, binary, invalid encoding …).
DecodedText read_input(const std::string& path, const InputOptions& options = {});

// read_input + parse.
Document load_edition(const std::string& path, const InputOptions& options = {});

}  // namespace nendiff
