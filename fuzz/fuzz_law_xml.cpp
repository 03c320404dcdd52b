// The reader of a law's XML on arbitrary UTF-8 (nendiff decodes a file before
// it looks for a law's XML), through its module's entry point (nendiff-docx.so,
// loaded as nendiff loads it): UTF-8 text, or a nendiff::Error naming the file.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"
#include "read/formats.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return nendiff::fuzz::check_markup_reading(data, size, "fuzz.xml", nendiff::detail::read_law_xml);
}
