// The reader of web pages on arbitrary UTF-8 (nendiff decodes a file before
// it looks for a page), through its module's entry point (nendiff-docx.so,
// loaded as nendiff loads it): UTF-8 text, or a nendiff::Error naming the file.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"
#include "read/formats.hpp"
#include "read/support.hpp"

using namespace nendiff;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (!detail::is_valid_utf8(bytes)) return 0;
  fuzz::check_reading("fuzz.html", [&] { return detail::read_html("fuzz.html", bytes, fuzz::kMaxText); });
  return 0;
}
