// The one grammar of --format, the format an output file implies, and which
// formats each view comes in.
#include <gtest/gtest.h>

#include <boost/filesystem.hpp>

#include "nendiff/error.hpp"
#include "nendiff/report.hpp"
#include "test_support.hpp"

namespace nendiff {
namespace {

TEST(Formats, ANameOrACommaListEachOnceInOrder) {
  EXPECT_EQ(parse_formats("json"), std::vector<Format>{Format::json});
  EXPECT_EQ(parse_formats("html,json,html"), (std::vector<Format>{Format::html, Format::json}));
  EXPECT_EQ(parse_formats("txt,markdown,htm"),
            (std::vector<Format>{Format::text, Format::markdown, Format::html}));
  EXPECT_TRUE(parse_formats("").empty());
  try {
    parse_formats("json,odt");
    FAIL() << "odt accepted";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("'odt'"), std::string::npos) << e.what();
  }
  EXPECT_THROW(parse_formats("json,,html"), Error);
  EXPECT_EQ(parse_formats("JSON,Html"), (std::vector<Format>{Format::json, Format::html}));  // any case
}

TEST(Formats, NamesAndExtensionsGoBothWays) {
  for (Format f : {Format::text, Format::json, Format::markdown, Format::csv, Format::xlsx,
                   Format::html, Format::docx, Format::pdf}) {
    EXPECT_EQ(parse_formats(format_name(f)), std::vector<Format>{f});
    EXPECT_EQ(format_for_path(std::string("d.x/report.") + format_extension(f)), f);
  }
  EXPECT_STREQ(format_extension(Format::text), "txt");
  EXPECT_STREQ(format_name(Format::markdown), "md");
  EXPECT_EQ(format_for_path("report"), Format::text);
  EXPECT_EQ(format_for_path("report.htm"), Format::html);
  EXPECT_EQ(format_for_path("R.HTML"), Format::html);
  EXPECT_EQ(format_for_path("notes.markdown"), Format::markdown);
  // Extensions nendiff does not write: no plain text under their names.
  EXPECT_EQ(format_for_path("table.PDF"), Format::pdf);
  EXPECT_EQ(format_for_path("table.docx"), Format::docx);
  for (const char* name : {"report.odt", "report.xls", "report.doc"})
    EXPECT_EQ(format_for_path(name), std::nullopt) << name;
}

TEST(Usage, AnOutputExtensionNendiffDoesNotWriteIsRefusedBeforeReading) {
  test::TempDir dir;
  const std::string out = dir.file("table.odt");
  const test::RunResult r = test::run_nendiff({"compare", "missing-old.txt", "missing-new.txt", "-o", out});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "nendiff: " + out + ": nendiff does not write .odt files (compare output is text, "
                   "json, md, csv, xlsx, html, docx or pdf; --format FORMAT writes one under any "
                   "name)\n");
  EXPECT_FALSE(boost::filesystem::exists(out));
  const test::RunResult named = test::run_nendiff(
      {"compare", test::sample_path("kenko-iryo-senryaku-2023.txt"),
       test::sample_path("kenko-iryo-senryaku-2024.txt"), "-f", "JSON", "-o", dir.file("r.data")});
  EXPECT_EQ(named.exit_code, 1) << named.err;
  EXPECT_EQ(test::read_bytes(dir.file("r.data")).substr(0, 1), "{");
}

TEST(Formats, EachViewComesInItsFormats) {
  EXPECT_EQ(formats_of(View::document), (std::vector<Format>{Format::text, Format::json}));
  EXPECT_EQ(formats_of(View::findings), formats_of(View::document));
  EXPECT_EQ(formats_of(View::comparison).size(), 8u);
  EXPECT_NO_THROW(require_format(View::comparison, Format::pdf));
  EXPECT_THROW(require_format(View::findings, Format::docx), Error);
  EXPECT_EQ(formats_of(View::history),
            (std::vector<Format>{Format::text, Format::json, Format::html, Format::csv, Format::pdf}));
  EXPECT_EQ(format_rule(View::findings), "check output is text or json");
  EXPECT_EQ(format_rule(View::history), "history output is text, json, html, csv or pdf");
  EXPECT_NO_THROW(require_format(View::history, Format::csv));
  EXPECT_THROW(require_format(View::history, Format::markdown), Error);
  EXPECT_THROW(require_format(View::document, Format::html), Error);
}

TEST(Formats, PaperNames) {
  EXPECT_EQ(parse_paper("a4"), Paper::a4);
  EXPECT_EQ(parse_paper("a4-portrait"), Paper::a4_portrait);
  EXPECT_EQ(parse_paper("a3"), Paper::a3);
  EXPECT_THROW(parse_paper("letter"), Error);
}

}  // namespace
}  // namespace nendiff
