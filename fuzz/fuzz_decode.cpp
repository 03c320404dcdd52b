// Stage 1 on arbitrary bytes: detection and each explicit encoding either give
// well-formed UTF-8 without a byte order mark, or throw nendiff::Error.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"
#include "nendiff/read.hpp"
#include "nendiff/error.hpp"

using namespace nendiff;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  for (const char* encoding : {"", "UTF-8", "Shift_JIS", "EUC-JP", "UTF-16LE", "UTF-16BE"}) {
    try {
      const DecodedText text = decode(bytes, encoding);
      fuzz::require(fuzz::valid_utf8(text.utf8), "decoded text is UTF-8");
      fuzz::require(text.utf8.rfind("\xEF\xBB\xBF", 0) != 0, "no byte order mark left");
      fuzz::require(!text.encoding.empty(), "an encoding is named");
    } catch (const Error&) {
      // refused with a message: what a damaged file should get
    }
  }
  return 0;
}
