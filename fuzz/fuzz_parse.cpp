// Stages 2–3 and the one-edition reports on any UTF-8 text (what decode gives
// the parser): parse never throws, its indices and offsets hold, and the
// stale check and `nendiff parse`/`check` reports run on whatever it found.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <sstream>

#include "fuzz_support.hpp"
#include "nendiff/check.hpp"
#include "nendiff/parse.hpp"
#include "nendiff/report.hpp"

using namespace nendiff;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (!fuzz::valid_utf8(text)) return -1;  // decode never hands such text on
  const Document d = parse(text, "fuzz.txt");
  fuzz::check_document(d);
  const std::vector<StaleFinding> findings = check_stale(d);
  for (Format f : {Format::text, Format::json}) {
    std::ostringstream doc, found;
    write_document(d, f, doc);
    write_findings(d, findings, f, found);
    if (f == Format::json) {
      (void)nlohmann::json::parse(doc.str());
      (void)nlohmann::json::parse(found.str());
    }
  }
  return 0;
}
