// Accuracy does not drop with size: the sample pair repeated ten times (the
// front matter once, the body ten times — how scripts/bench scales it) gives
// every finding of the single pair exactly ten times, and the front-matter
// findings once.
#include <gtest/gtest.h>

#include <map>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "nendiff/compare.hpp"
#include "nendiff/parse.hpp"
#include "test_support.hpp"

namespace {

std::string read_sample(const std::string& name) {
  return nendiff::test::read_bytes(nendiff::test::sample_path(name));
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  if (!text.empty() && text.back() == '\n') lines.push_back("");
  return lines;
}

std::string joined(const std::vector<std::string>& lines, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to; ++i) out += (i > from ? "\n" : "") + lines[i];
  return out;
}

bool is_first_heading(std::string line) {
  for (const std::string blank : {" ", "\t", "\u3000"})
    while (line.compare(0, blank.size(), blank) == 0) line.erase(0, blank.size());
  return line.compare(0, 2, "1.") == 0;
}

// As bench/compare_tools.py scales an edition: the front matter (up to the
// first 「1.」 heading) once, then the body n times.
std::string scaled(const std::string& text, int n) {
  const std::vector<std::string> lines = split_lines(text);
  size_t first = 0;
  while (first < lines.size() && !is_first_heading(lines[first])) ++first;
  const std::string body = joined(lines, first, lines.size());
  std::string out = joined(lines, 0, first) + "\n";
  for (int i = 0; i < n; ++i) out += (i > 0 ? "\n" : "") + body;
  return out + "\n";
}

// What a reviewer reads about a measure, without line numbers (which differ
// between copies).
std::string measure_finding(const nendiff::Comparison& c, const nendiff::MeasureDiff& d) {
  std::ostringstream s;
  s << nendiff::status_name(d.status) << (d.moved ? " moved" : "") << (d.tag_changed ? " tag" : "");
  if (d.old_index) s << " | " << c.old_measure(d)->text;
  if (d.new_index) s << " | " << c.new_measure(d)->text;
  for (const auto& n : d.numbers) s << " | " << n.old_raw << "→" << n.new_raw;
  for (const auto& a : d.commitments_added) s << " | +" << a.sentence;
  for (const auto& a : d.commitments_dropped) s << " | -" << a.sentence;
  for (const auto& r : d.rewritten) s << " | " << r.old_sentence << "⇒" << r.new_sentence;
  return s.str();
}

std::map<std::string, int> measure_findings(const nendiff::Comparison& c) {
  std::map<std::string, int> count;
  for (const nendiff::MeasureDiff& d : c.measures) ++count[measure_finding(c, d)];
  return count;
}

std::map<std::string, int> stale_findings(const nendiff::Comparison& c, bool in_measures) {
  std::map<std::string, int> count;
  for (const nendiff::StaleFinding& f : c.stale)
    if (f.measure.has_value() == in_measures) ++count[f.reason + " | " + f.text + " | " + f.sentence];
  return count;
}

nendiff::Comparison compare_scaled(int n) {
  return nendiff::compare(nendiff::parse(scaled(read_sample("kenko-iryo-senryaku-2023.txt"), n)),
                          nendiff::parse(scaled(read_sample("kenko-iryo-senryaku-2024.txt"), n)));
}

TEST(Scale, TenCopiesGiveTenTimesTheFindings) {
  const nendiff::Comparison one = compare_scaled(1), ten = compare_scaled(10);
  ASSERT_EQ(ten.new_doc.measures.size(), 10 * one.new_doc.measures.size());

  std::map<std::string, int> expected = measure_findings(one);
  for (auto& [_, n] : expected) n *= 10;
  EXPECT_EQ(measure_findings(ten), expected);

  std::map<std::string, int> body = stale_findings(one, true);
  ASSERT_FALSE(body.empty());
  for (auto& [_, n] : body) n *= 10;
  EXPECT_EQ(stale_findings(ten, true), body);
  EXPECT_EQ(stale_findings(ten, false), stale_findings(one, false));  // front matter once

  const nendiff::Summary s1 = one.summary(), s10 = ten.summary();
  EXPECT_EQ(s10.changed, 10 * s1.changed);
  EXPECT_EQ(s10.moved, 10 * s1.moved);
  EXPECT_EQ(s10.numbers, 10 * s1.numbers);
  EXPECT_EQ(ten.sections.size(), 10 * one.sections.size());
}

}  // namespace
