// Test PDFs made by the fixture scripts, and what an edition read from one
// must share with its text: shared by the PDF reader's tests.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>
#include <sys/wait.h>

#include "nendiff/compare.hpp"
#include "nendiff/parse.hpp"
#include "text/normalize.hpp"
#include "test_support.hpp"

namespace nendiff::test {

using nendiff::Comparison;
using nendiff::Document;
using nendiff::load_edition;
using nendiff::text::compare_key;

// Renders `text` with scripts/make-fixtures: mode "--pdf" or "--docx".
inline std::string render(const TempDir& dir, const std::string& name, const std::string& text,
                   const std::string& mode, const std::string& options = "") {
  const std::string in = dir.file(name + ".txt");
  const std::string out = dir.file(name + (mode == "--pdf" ? ".pdf" : ".docx"));
  write_bytes(in, text);
  const std::string command =
      std::string(NENDIFF_MAKE_FIXTURES) + " " + mode + " " + in + " " + out + " " + options;
  EXPECT_EQ(std::system(command.c_str()), 0) << command;
  return out;
}

// Prints `in` to the PDF `out` with scripts/print-fixtures: mode "--chromium"
// (a text edition) or "--libreoffice" (a .docx). False, with the reason
// printed, when the tool is not installed (the script exits 77).
inline bool print_pdf(const std::string& mode, const std::string& in, const std::string& out,
               const std::string& options = "") {
  const std::string command = std::string(NENDIFF_PRINT_FIXTURES) + " " + mode + " " + in + " " +
                              out + " " + options;
  const int status = std::system(command.c_str());
  if (WIFEXITED(status) && WEXITSTATUS(status) == 77) return false;
  EXPECT_EQ(status, 0) << command;
  return true;
}

// What comparison depends on: the structure and every measure's text, tag,
// sentences and figures (spacing aside: PDFs drop and add spaces).
inline void expect_same_edition(const Document& got, const Document& want) {
  EXPECT_EQ(got.title, want.title);
  EXPECT_EQ(got.edition_year, want.edition_year);
  EXPECT_EQ(got.date_blank, want.date_blank);
  EXPECT_EQ(got.body, want.body);
  EXPECT_EQ(compare_key(got.preamble), compare_key(want.preamble));
  ASSERT_EQ(got.sections.size(), want.sections.size());
  for (size_t i = 0; i < got.sections.size(); ++i) {
    EXPECT_EQ(got.sections[i].level, want.sections[i].level);
    EXPECT_EQ(compare_key(got.sections[i].heading), compare_key(want.sections[i].heading));
  }
  ASSERT_EQ(got.measures.size(), want.measures.size());
  for (size_t i = 0; i < got.measures.size(); ++i) {
    const nendiff::Measure &g = got.measures[i], &w = want.measures[i];
    EXPECT_EQ(compare_key(g.text), compare_key(w.text)) << "measure " << i;
    EXPECT_EQ(g.tag.has_value(), w.tag.has_value()) << "measure " << i;
    if (g.tag && w.tag) EXPECT_EQ(g.tag->raw, w.tag->raw);
    EXPECT_EQ(g.section_path.size(), w.section_path.size());
    ASSERT_EQ(g.sentences.size(), w.sentences.size()) << "measure " << i;
    for (size_t s = 0; s < g.sentences.size(); ++s)
      EXPECT_EQ(g.sentences[s].figures.size(), w.sentences[s].figures.size());
  }
  EXPECT_EQ(got.footnotes.size(), want.footnotes.size());
}

inline void expect_same_comparison(const Comparison& got, const Comparison& want) {
  EXPECT_EQ(counts_of(got.summary()), counts_of(want.summary()));
  EXPECT_EQ(findings_of(got), findings_of(want));
}

inline Comparison compare_files(const std::string& old_path, const std::string& new_path) {
  return nendiff::compare(load_edition(old_path), load_edition(new_path));
}

}  // namespace nendiff::test
