// Whether a text's lines were broken at a page's edge: the sample edition as
// its PDF gave it (hard-wrapped) against the same edition read from Word (one
// paragraph a line), and what the parser makes of a heading in each.
#include "parse/wrapping.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "nendiff/compare.hpp"
#include "nendiff/parse.hpp"
#include "nendiff/read.hpp"
#include "test_support.hpp"

namespace nendiff {
namespace {

bool wrapped(const std::string& text) {
  static const LineReader reader(*builtin_profile("follow-up"));
  return wrapping_of(read_lines(text).lines(), reader).wrapped;
}

// The edition as a Word file saved as text gives it: each heading and each
// measure (its tag after it) on a line of its own, no blank line between
// them, and the first measure under a heading written as a plain paragraph,
// without its bullet (「（１）現状と課題」 and its paragraph).
std::string one_paragraph_a_line(const Document& d) {
  std::string text = d.title + "\n\n";
  size_t section = 0;
  for (const Measure& m : d.measures) {
    const bool first = m.section && section <= *m.section;
    for (; m.section && section <= *m.section; ++section) text += d.sections[section].heading + "\n";
    text += (first ? "" : "・") + m.text.str() + (m.tag ? m.tag->raw : "") + "\n";
  }
  return text;
}

std::string sample(const std::string& name) { return test::read_bytes(test::sample_path(name)); }

TEST(Wrapping, PdfTextIsBrokenAtAnEdgeTextOfOneParagraphALineIsNot) {
  EXPECT_TRUE(wrapped(sample("kenko-iryo-senryaku-2025.txt")));  // pdftotext's lines
  // Paragraph a line, but measures split where a page ended: wrapped all the same.
  const std::string split_at_pages = sample("kenko-iryo-senryaku-2024.txt");
  EXPECT_TRUE(wrapped(split_at_pages));
  EXPECT_FALSE(wrapped(one_paragraph_a_line(parse(split_at_pages))));
}

TEST(Wrapping, AFewLinesSayNothing) {
  EXPECT_TRUE(wrapped("1. 総論\n\n・研究開発を推進するため、新たな支援の枠組みを設ける。【◎厚】\n"));
}

// 「（１）現状と課題」 and its paragraph on the next line: in text of one
// paragraph a line the heading is a heading, whatever follows it; in
// hard-wrapped text a heading-like line running on into a sentence stays a
// paragraph (ParseContext.HeadingsWrappedOverLinesAreWhole).
TEST(Wrapping, AHeadingEndsWithItsLineInTextOfOneParagraphALine) {
  std::string text = "計画2024\n\n1. 総論\n\n(1)現状と課題\n"
                     "大学発スタートアップの数は2023年度に4,288社となり、過去最高を記録した。\n\n"
                     "(2)施策の方向性\n";
  for (int i = 0; i < 5; ++i)
    text += "・知財に関する専門人材の育成のため、研修プログラムを拡充し、受講者を増やす。(短期)(文部科学省)\n";
  const Document d = parse(text, "", {"follow-up"});
  ASSERT_EQ(d.sections.size(), 3u);
  EXPECT_EQ(d.sections[1].heading, "(1)現状と課題");
  ASSERT_EQ(d.measures.size(), 6u);
  EXPECT_EQ(d.measures[0].text, "大学発スタートアップの数は2023年度に4,288社となり、過去最高を記録した。");
  EXPECT_EQ(d.measures[0].section_path.back(), "(1)現状と課題");
}

// The sample pair with one paragraph a line gives the findings of the pair as
// printed: its headings stay headings, its measures measures.
TEST(Wrapping, ThePairOfOneParagraphALineGivesTheSameFindings) {
  const Document old_doc = parse(sample("kenko-iryo-senryaku-2023.txt"));
  const Document new_doc = parse(sample("kenko-iryo-senryaku-2024.txt"));
  const Comparison printed = compare(old_doc, new_doc);
  const Comparison saved = compare(parse(one_paragraph_a_line(old_doc)), parse(one_paragraph_a_line(new_doc)));
  // The rebuilt text has no date, deciding body or preamble: the changes and
  // stale findings there are left out of the count.
  auto in_units = [](const Comparison& c) {
    Summary s = c.summary();
    s.outside = 0;
    s.stale = static_cast<int>(std::count_if(c.stale.begin(), c.stale.end(),
                                             [](const StaleFinding& f) { return f.measure.has_value(); }));
    return test::counts_of(s);
  };
  EXPECT_EQ(in_units(saved), in_units(printed));
  EXPECT_EQ(saved.new_doc.sections.size(), printed.new_doc.sections.size());
}

}  // namespace
}  // namespace nendiff
