#include "fuzz_support.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "nendiff/compare.hpp"

namespace nendiff::fuzz {

bool valid_utf8(std::string_view s) {
  const auto n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c < 0) return false;
  }
  return true;
}

namespace {

bool names(std::string_view text, size_t offset, size_t length, std::string_view raw) {
  return offset <= text.size() && length <= text.size() - offset &&
         text.substr(offset, length) == raw;
}

void check_sentence(const Measure& m, const Sentence& s, const Document& d) {
  require(names(m.text, s.offset, s.text.size(), s.text), "sentence offset names its text");
  require(s.line >= m.line && s.line <= d.line_count, "sentence line inside its measure");
  for (const YearMention& y : s.years)
    require(names(s.text, y.offset, y.length, y.raw), "year offset names its raw text");
  for (const Figure& f : s.figures)
    require(names(s.text, f.offset, f.raw.size(), f.raw), "figure offset names its raw text");
}

}  // namespace

void check_document(const Document& d) {
  for (size_t i = 0; i < d.sections.size(); ++i) {
    const Section& s = d.sections[i];
    require(!s.parent || *s.parent < i, "a section's parent comes before it");
    require(s.line >= 1 && s.line <= d.line_count, "section line inside the input");
    require(valid_utf8(s.heading) && valid_utf8(s.title), "section text is UTF-8");
  }
  for (const Measure& m : d.measures) {
    require(!m.section || *m.section < d.sections.size(), "measure section in range");
    require(m.line >= 1 && m.line <= m.end_line && m.end_line <= d.line_count,
            "measure lines inside the input");
    require(valid_utf8(m.text) && valid_utf8(m.original), "measure text is UTF-8");
    for (const Sentence& s : m.sentences) check_sentence(m, s, d);
  }
  require(valid_utf8(d.title) && valid_utf8(d.preamble), "front matter is UTF-8");
}

void write_every_report(const Comparison& c) {
  for (Format f : {Format::text, Format::json, Format::markdown, Format::csv, Format::html}) {
    std::ostringstream out;
    write_comparison(c, f, out);
    require(valid_utf8(out.str()), "a report is UTF-8");
    if (f == Format::json) (void)nlohmann::json::parse(out.str());
  }
}

void find_modules() { ::setenv("NENDIFF_MODULE_DIR", NENDIFF_MODULE_BUILD_DIR, 0); }

void check_text(const DecodedText& text) {
  require(valid_utf8(text.utf8), "the text is UTF-8");
  require(text.encoding == "PDF" || text.encoding == "DOCX" || text.encoding == "XML" || text.encoding == "HTML" ||
              text.encoding == "Excel",
          "the format is named");
  const auto lines = static_cast<size_t>(std::count(text.utf8.begin(), text.utf8.end(), '\n'));
  require(text.line_pages.empty() || text.line_pages.size() == lines, "a page for every line");
}

void check_refusal(const char* name, const Error& e) {
  const std::string_view message = e.what();
  require(message.rfind(std::string(name) + ": ", 0) == 0, "the refusal names the file");
  require(message.find('\n') == std::string_view::npos, "the refusal is one line");
  require(valid_utf8(message), "the refusal is UTF-8");
}

}  // namespace nendiff::fuzz
