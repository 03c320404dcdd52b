// Year phrases (text/year_phrase): how far a year reaches and how it attaches,
// on phrases of the labelled 2024 edition (tests/check_labels.inc).
#include "text/year_phrase.hpp"

#include <gtest/gtest.h>

#include "text/unicode.hpp"
#include "text/years.hpp"

namespace nendiff::text {
namespace {

struct Read {
  PhraseKind kind;
  std::string shown;  // the phrase as an editor sees it
  bool close;
};

// The phrase of the first year of `text`.
Read phrase(const std::string& text) {
  static std::vector<YearMention> years;  // the phrase points at its year
  years = find_years(text);
  EXPECT_FALSE(years.empty()) << text;
  const std::u32string t = to_u32(text);
  const size_t begin = to_u32(text.substr(0, years[0].offset)).size();
  YearPhrase p = read_year_phrase(t, begin, years[0]);
  EXPECT_EQ(p.year, &years[0]);
  return {p.kind, to_utf8(t.substr(p.begin, p.end - p.begin)), p.close};
}

TEST(YearPhrase, KindsFromQualifiers) {
  EXPECT_EQ(phrase("2023年度以降は、大規模実証事業").kind, PhraseKind::onward);
  EXPECT_EQ(phrase("2023年度以降は、大規模実証事業").shown, "2023年度以降");
  EXPECT_EQ(phrase("2021年度に作成した手引き").kind, PhraseKind::point);
  EXPECT_EQ(phrase("2023年度末時点で累計614件").kind, PhraseKind::as_of);
  EXPECT_EQ(phrase("2023年度までに厚生労働科学研究").kind, PhraseKind::until);
  EXPECT_EQ(phrase("2023年度を目途に制度の見直し").kind, PhraseKind::target);
  EXPECT_EQ(phrase("2023年度健康経営度調査に").kind, PhraseKind::attributive);
  EXPECT_EQ(phrase("2023年度の参加者").kind, PhraseKind::attributive);
  EXPECT_EQ(phrase("2023年度、研修を").kind, PhraseKind::point);
}

TEST(YearPhrase, MonthAndDayAndSuffixesBelongToThePhrase) {
  EXPECT_EQ(phrase("2019年4月に策定した").shown, "2019年4月");
  EXPECT_EQ(phrase("2015年4月から2023年12月にかけて").kind, PhraseKind::onward);
  EXPECT_EQ(phrase("2023年秋以降、地域住民コホート").kind, PhraseKind::onward);  // 秋 is a point, 以降 stronger
  EXPECT_EQ(phrase("2023年度中に、日本で開発").kind, PhraseKind::point);
}

// A topic (は, も, においては) or a comma scopes over the clause; a case
// particle attaches to the very next predicate.
TEST(YearPhrase, AttachmentByParticle) {
  EXPECT_TRUE(phrase("2021年度に作成した手引き").close);
  EXPECT_FALSE(phrase("2023年度は、後発医薬品").close);
  EXPECT_FALSE(phrase("2023年度においても、農林").close);
  EXPECT_FALSE(phrase("2022年度から、アプリケーション").close);
  EXPECT_TRUE(phrase("2023年度にかけて研究開発を実施し").close);
  EXPECT_FALSE(phrase("2023年度の参加者").close);
}

TEST(YearPhrase, ARangeAttachesAsItsLastMember) {
  const std::string text = "2020年度から2022年度まで、保険者等に";
  std::vector<YearMention> years = find_years(text);
  ASSERT_EQ(years.size(), 2u);
  const std::u32string t = to_u32(text);
  std::vector<YearPhrase> phrases = {read_year_phrase(t, 0, years[0]),
                                     read_year_phrase(t, t.find(U"2022"), years[1])};
  EXPECT_TRUE(phrases[0].close);  // 「から」 alone attaches to the next predicate
  chain_ranges(phrases, t);
  EXPECT_FALSE(phrases[0].close);  // …but the range ends in 「まで、」
  EXPECT_EQ(phrases[1].kind, PhraseKind::until);
}

}  // namespace
}  // namespace nendiff::text
