// Reading an edition from disk: file checks, size limit, decoding, and the
// per-format readers (plain text today; PDF and Word join here).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

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

// load_edition for each path, several at once on a machine with more than one
// core; the documents in the order of `paths`. When some fail, throws the
// error of the first failing path (in that order).
std::vector<Document> load_editions(const std::vector<std::string>& paths,
                                    const InputOptions& options = {});

}  // namespace nendiff
