// Shared by the fuzz targets: the checks that turn a wrong result into a crash
// libFuzzer can report (a failed check aborts with a message).
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

#include "nendiff/model.hpp"
#include "nendiff/report.hpp"

namespace nendiff::fuzz {

[[noreturn]] inline void fail(const char* what) {
  std::fprintf(stderr, "fuzz check failed: %s\n", what);
  std::abort();
}

inline void require(bool ok, const char* what) {
  if (!ok) fail(what);
}

// Well-formed UTF-8 (what decode() promises and parse() expects).
bool valid_utf8(std::string_view s);

// The parser's promises: indices in range, offsets that point at the text they
// name, lines inside the input.
void check_document(const Document& d);

// Every text report of `c` (JSON must parse back), through a string stream.
void write_every_report(const Comparison& c);

}  // namespace nendiff::fuzz
