// The same edition in other encodings, line endings and a PDF-like hard wrap
// parses to the same document.
#include <gtest/gtest.h>

#include "nendiff/parse.hpp"
#include "text/normalize.hpp"
#include "test_support.hpp"
#include "text/unicode.hpp"

namespace nendiff {
namespace {

const std::string kSample = test::sample_path("kenko-iryo-senryaku-2024.txt");

using test::encode;

std::string with_crlf(const std::string& text) {
  std::string out;
  for (char c : text) out += c == '\n' ? std::string("\r\n") : std::string(1, c);
  return out;
}

// Breaks every paragraph into lines of `width` characters with no blank line
// between them, and puts a page-break blank line into every 17th wrapped line.
std::string hard_wrap(const std::string& text, size_t width) {
  std::string out;
  int wrapped = 0;
  for (const std::string& line : text::split_lines(text)) {
    std::u32string s = text::to_u32(line);
    if (s.empty()) out += "\n";
    for (size_t at = 0; at < s.size(); at += width) {
      out += text::to_utf8(s.substr(at, width)) + "\n";
      if (++wrapped % 17 == 0 && at + width < s.size()) out += "\n";
    }
  }
  return out;
}

Document load_bytes(const std::string& bytes) {
  test::TempDir dir;
  test::write_bytes(dir.file("edition.txt"), bytes);
  return load_edition(dir.file("edition.txt"));
}

void expect_same_document(const Document& a, const Document& b, bool same_lines) {
  EXPECT_EQ(a.title, b.title);
  EXPECT_EQ(a.edition_year, b.edition_year);
  ASSERT_EQ(a.sections.size(), b.sections.size());
  for (size_t i = 0; i < a.sections.size(); ++i) EXPECT_EQ(a.sections[i].heading, b.sections[i].heading);
  ASSERT_EQ(a.measures.size(), b.measures.size());
  for (size_t i = 0; i < a.measures.size(); ++i) {
    const Measure& x = a.measures[i];
    const Measure& y = b.measures[i];
    SCOPED_TRACE(x.line);
    EXPECT_EQ(text::compare_key(x.text), text::compare_key(y.text));
    EXPECT_EQ(x.section_path, y.section_path);
    ASSERT_EQ(x.tag.has_value(), y.tag.has_value());
    if (x.tag) EXPECT_EQ(x.tag->raw, y.tag->raw);
    EXPECT_EQ(x.sentences.size(), y.sentences.size());
    if (same_lines) {
      EXPECT_EQ(x.line, y.line);
      EXPECT_EQ(x.end_line, y.end_line);
      EXPECT_EQ(x.text, y.text);
    }
  }
}

TEST(ParseVariants, SameDocumentInEveryEncodingAndLineEnding) {
  std::string utf8 = test::read_bytes(kSample);
  Document base = load_edition(kSample);
  ASSERT_EQ(base.measures.size(), 61u);
  // CP932 has no superscript ¹: a CP932 edition marks its footnote otherwise.
  std::string sjis_text = utf8;
  sjis_text.replace(sjis_text.find("¹"), 2, "※");
  sjis_text.replace(sjis_text.find("¹"), 2, "※");
  Document cp932 = load_bytes(encode(sjis_text, "ibm-943_P15A-2003"));
  EXPECT_EQ(cp932.encoding, "Shift_JIS");
  expect_same_document(load_bytes(sjis_text), cp932, true);
  Document utf16 = load_bytes(encode("\xEF\xBB\xBF" + utf8, "UTF-16LE"));
  EXPECT_EQ(utf16.encoding, "UTF-16LE");
  expect_same_document(base, utf16, true);
  expect_same_document(base, load_bytes(with_crlf(utf8)), true);
}

TEST(ParseVariants, HardWrappedCopyWithPageBreaksHasTheSameMeasures) {
  std::string utf8 = test::read_bytes(kSample);
  for (size_t width : {38u, 35u, 40u}) {
    SCOPED_TRACE(width);
    expect_same_document(load_edition(kSample), load_bytes(hard_wrap(utf8, width)), false);
  }
}

}  // namespace
}  // namespace nendiff
