// The Word reader on arbitrary bytes, through its module's entry point
// (nendiff-docx.so, loaded as nendiff loads it): UTF-8 text, or a
// nendiff::Error naming the file.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"
#include "read/formats.hpp"

using namespace nendiff;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  fuzz::check_reading("fuzz.docx", [&] {
    return detail::read_zip_document("fuzz.docx", bytes, fuzz::kMaxText);
  });
  return 0;
}
