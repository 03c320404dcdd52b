// Shared by the fuzz targets: the checks that turn a wrong result into a crash
// libFuzzer can report (a failed check aborts with a message).
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

#include "nendiff/error.hpp"
#include "nendiff/model.hpp"
#include "nendiff/read.hpp"
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

// The most text the PDF and Word targets let a reader unpack (--max-size).
constexpr std::uintmax_t kMaxText = 16 * 1024 * 1024;

// Points NENDIFF_MODULE_DIR at this build's reader modules (they sit beside
// nendiff, not beside the fuzz targets), unless it is set.
void find_modules();

// A reader's promise: UTF-8 text with a page for every line where it gives
// pages, or a one-line nendiff::Error that starts with the file's `name`.
void check_text(const DecodedText& text);
void check_refusal(const char* name, const Error& e);

// Runs a reader (through its module: read/formats.hpp) and checks its promise.
template <typename Read>
void check_reading(const char* name, Read read) {
  static const bool found = (find_modules(), true);
  (void)found;
  try {
    check_text(read());
  } catch (const Error& e) {
    check_refusal(name, e);
  }
}

// A reader of markup that nendiff hands decoded text (a law's XML, a web
// page): `data` read as `name` if it is UTF-8, its promise checked.
template <typename Read>
int check_markup_reading(const std::uint8_t* data, std::size_t size, const char* name, Read read) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (valid_utf8(bytes)) check_reading(name, [&] { return read(name, bytes, kMaxText); });
  return 0;
}

}  // namespace nendiff::fuzz
