// The one table of government bodies: every name a tag uses for a body is
// that body, and an abolished body is found in an edition dated after its end.
#include "text/bodies.hpp"

#include <gtest/gtest.h>

#include "nendiff/check.hpp"
#include "nendiff/parse.hpp"

namespace nendiff {
namespace {

std::string body_of(const std::string& name, const std::vector<Body>& extra = {}) {
  const Body* b = text::find_body(name, extra);
  return b ? b->name : "-";
}

TEST(Bodies, AbbreviationsAndFullNamesAreOneBody) {
  for (const char* name : {"厚", "厚労", "厚労省", "厚生労働省"}) EXPECT_EQ(body_of(name), "厚生労働省") << name;
  for (const char* name : {"経", "経産", "経済産業省"}) EXPECT_EQ(body_of(name), "経済産業省") << name;
  EXPECT_EQ(body_of("文科"), "文部科学省");
  EXPECT_EQ(body_of("NISC"), "内閣サイバーセキュリティセンター");
  EXPECT_EQ(body_of("厚生"), "-");  // a word, not a name the table knows
  const std::vector<Body> own = {{"〇〇推進本部事務局", {"推進事務局"}, "", ""}};
  EXPECT_EQ(body_of("推進事務局", own), "〇〇推進本部事務局");
  EXPECT_EQ(body_of("推進事務局"), "-");
}

TEST(Bodies, AbolishedBodiesKnowTheirEndAndSuccessor) {
  const Body* miti = text::find_body("通産省");
  ASSERT_NE(miti, nullptr);
  EXPECT_EQ(miti->ended, "2001-01-05");
  EXPECT_EQ(miti->successor, "経済産業省");
  EXPECT_EQ(text::find_body("経済産業省")->ended, "");
}

// A tag naming a body abolished before the edition's date is stale; the same
// tag in an edition from when it existed is not.
TEST(Bodies, ATagNamingAnAbolishedBodyIsStale) {
  const auto findings = [](const std::string& date) {
    const Document d = parse("計画の実施状況\n\n" + date + "\n\n1. 総論\n\n・調査を行う。【◎通産、厚】\n",
                             "t.txt", {"follow-up"});
    std::vector<std::string> out;
    for (const StaleFinding& f : check_stale(d))
      if (f.reason == "abolished_body") out.push_back(f.text);
    return out;
  };
  EXPECT_EQ(findings("2024年6月2日"), std::vector<std::string>{"通産"});
  EXPECT_EQ(findings("2000年6月2日"), std::vector<std::string>{});
}

}  // namespace
}  // namespace nendiff
