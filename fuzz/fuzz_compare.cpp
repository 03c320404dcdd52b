// Stages 4–6 on two editions cut from one fuzz buffer at its first 0x1E
// (record separator; without one, at the middle line): compare never throws,
// an edition compared with itself shows no difference, and every report
// (text, JSON, Markdown, CSV, HTML) is written and is UTF-8.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"
#include "nendiff/compare.hpp"
#include "nendiff/parse.hpp"

using namespace nendiff;

namespace {

std::pair<std::string_view, std::string_view> two_editions(std::string_view buffer) {
  size_t cut = buffer.find('\x1E');
  if (cut != std::string_view::npos) return {buffer.substr(0, cut), buffer.substr(cut + 1)};
  cut = buffer.find('\n', buffer.size() / 2);
  if (cut == std::string_view::npos) cut = buffer.size();
  return {buffer.substr(0, cut), buffer.substr(cut)};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto [old_text, new_text] = two_editions(
      std::string_view(reinterpret_cast<const char*>(data), size));
  if (!fuzz::valid_utf8(old_text) || !fuzz::valid_utf8(new_text)) return -1;
  const Document old_doc = parse(old_text, "old.txt");
  const Document new_doc = parse(new_text, "new.txt");
  const Comparison c = compare(old_doc, new_doc);
  fuzz::require(c.measures.size() >= std::max(old_doc.measures.size(), new_doc.measures.size()),
                "every measure of both editions is reported");
  fuzz::write_every_report(c);
  const Comparison same = compare(old_doc, old_doc);
  fuzz::require(!same.has_differences(), "an edition compared with itself has no differences");
  return 0;
}
