// The editions of the other layouts (tests/layouts/) printed as PDFs by
// scripts/make-fixtures (A4, a Japanese font, wrapped at the text width, a
// running header and page numbers), and written as Word files: each pair gives
// the findings of its text.
// Found this way: a full-width space after a numbering (「第１分野　政策…」,
// 「ア　衆議院…」) is no box, only a gap — poppler read the words after it as a
// block of their own, after the page, and the table finder took every
// numbered line for a table's row. A PDF's and a Word file's paragraphs are
// set apart, as a text's consecutive lines are not: a 《ＫＰＩ》 and its 「⇒」
// line, or a 規制改革 item's points a and b before its 〈府省〉, read as units of
// their own, finer than the text's (seicho, kisei).
#include <gtest/gtest.h>

#include "nendiff/compare.hpp"
#include "nendiff/parse.hpp"
#include "pdf_support.hpp"

namespace nendiff {
namespace {

std::string layout(const std::string& name) {
  return test::read_bytes(test::sample_path("../tests/layouts/" + name + ".txt"));
}

class PdfLayouts : public ::testing::TestWithParam<std::pair<const char*, const char*>> {};

void expect_text_findings(const std::pair<const char*, const char*>& pair, const char* mode) {
  const auto [old_name, new_name] = pair;
  const Comparison text = compare(parse(layout(old_name)), parse(layout(new_name)));
  test::TempDir dir;
  std::vector<Document> docs = load_editions({test::render(dir, "old", layout(old_name), mode),
                                              test::render(dir, "new", layout(new_name), mode)});
  const Comparison got = compare(std::move(docs[0]), std::move(docs[1]));
  EXPECT_EQ(got.new_doc.layout.profile, text.new_doc.layout.profile);
  EXPECT_EQ(test::counts_of(got.summary()), test::counts_of(text.summary()));
  EXPECT_EQ(test::findings_of(got), test::findings_of(text));
  EXPECT_EQ(got.new_doc.sections.size(), text.new_doc.sections.size());
}

TEST_P(PdfLayouts, PrintedTheyFindWhatTheirTextFinds) { expect_text_findings(GetParam(), "--pdf"); }

TEST_P(PdfLayouts, AsWordFilesTheyFindWhatTheirTextFinds) { expect_text_findings(GetParam(), "--docx"); }

INSTANTIATE_TEST_SUITE_P(OtherPlans, PdfLayouts,
                         ::testing::Values(std::make_pair("danjo-2022", "danjo-2023"),
                                           std::make_pair("kyoujin-2023", "kyoujin-2024"),
                                           std::make_pair("chizai-2023", "chizai-2024"),
                                           std::make_pair("sosei-2023", "sosei-2024"),
                                           std::make_pair("honebuto-2023", "honebuto-2024"),
                                           std::make_pair("kentoukai-2023", "kentoukai-2024"),
                                           std::make_pair("seicho-2020", "seicho-2021"),
                                           std::make_pair("kisei-2023", "kisei-2024"),
                                           std::make_pair("tsuchi-2023", "tsuchi-2024")),
                         [](const auto& info) {
                           std::string name = info.param.first;
                           return name.substr(0, name.find('-'));
                         });

}  // namespace
}  // namespace nendiff
