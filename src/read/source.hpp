// Internal: the bytes of an input, from a regular file or from standard input,
// never from anything that could block or never end (a FIFO, a device).
#pragma once

#include <cstdint>
#include <string>

namespace nendiff::detail {

struct Source {
  std::string name;   // what refusals name: the path, or <stdin> for "-"
  std::string bytes;  // the whole input, at most max_size bytes
};

// The bytes of `path`; "-" reads standard input (once per process). Throws
// Error "<name>: …" for a missing, unreadable, empty or too large input, and
// for anything that is not a regular file.
Source read_source(const std::string& path, std::uintmax_t max_size);

// The refusal of an input over the size limit.
std::string too_large(std::uintmax_t size, std::uintmax_t limit);

}  // namespace nendiff::detail
