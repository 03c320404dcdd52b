// The one grammar of --format, the format an output file implies, and which
// formats each view comes in.
#include <gtest/gtest.h>

#include "nendiff/error.hpp"
#include "nendiff/report.hpp"

namespace nendiff {
namespace {

TEST(Formats, ANameOrACommaListEachOnceInOrder) {
  EXPECT_EQ(parse_formats("json"), std::vector<Format>{Format::json});
  EXPECT_EQ(parse_formats("html,json,html"), (std::vector<Format>{Format::html, Format::json}));
  EXPECT_EQ(parse_formats("txt,markdown,htm"),
            (std::vector<Format>{Format::text, Format::markdown, Format::html}));
  EXPECT_TRUE(parse_formats("").empty());
  try {
    parse_formats("json,pdf");
    FAIL() << "pdf accepted";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("'pdf'"), std::string::npos) << e.what();
  }
  EXPECT_THROW(parse_formats("json,,html"), Error);
  EXPECT_THROW(parse_formats("JSON"), Error);
}

TEST(Formats, NamesAndExtensionsGoBothWays) {
  for (Format f : {Format::text, Format::json, Format::markdown, Format::csv, Format::xlsx,
                   Format::html}) {
    EXPECT_EQ(parse_formats(format_name(f)), std::vector<Format>{f});
    EXPECT_EQ(format_for_path(std::string("d.x/report.") + format_extension(f)), f);
  }
  EXPECT_STREQ(format_extension(Format::text), "txt");
  EXPECT_STREQ(format_name(Format::markdown), "md");
  EXPECT_EQ(format_for_path("report"), Format::text);
  EXPECT_EQ(format_for_path("report.pdf"), Format::text);
  EXPECT_EQ(format_for_path("report.htm"), Format::html);
}

TEST(Formats, EachViewComesInItsFormats) {
  EXPECT_EQ(formats_of(View::document), (std::vector<Format>{Format::text, Format::json}));
  EXPECT_EQ(formats_of(View::findings), formats_of(View::document));
  EXPECT_EQ(formats_of(View::comparison).size(), 6u);
  EXPECT_EQ(formats_of(View::history),
            (std::vector<Format>{Format::text, Format::json, Format::html, Format::csv}));
  EXPECT_EQ(format_rule(View::findings), "check output is text or json");
  EXPECT_EQ(format_rule(View::history), "history output is text, json, html or csv");
  EXPECT_NO_THROW(require_format(View::history, Format::csv));
  EXPECT_THROW(require_format(View::history, Format::markdown), Error);
  EXPECT_THROW(require_format(View::document, Format::html), Error);
}

}  // namespace
}  // namespace nendiff
