// Quoting normalized text in the characters the edition wrote.
#include "text/quote.hpp"

#include <gtest/gtest.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "nendiff/parse.hpp"
#include "test_support.hpp"
#include "text/normalize.hpp"

namespace nendiff::text {
namespace {

// `q` quotes the whole of `normalized` as `whole`, and the quotations of
// [0, p) and [p, end) join to it at every character boundary p.
void expect_quoted(const Quotation& q, std::string_view normalized, std::string_view whole) {
  EXPECT_EQ(q.quote(0, normalized.size()), whole);
  for (size_t p = 1; p < normalized.size(); ++p) {
    if (U8_IS_TRAIL(normalized[p])) continue;
    EXPECT_EQ(q.quote(0, p) + q.quote(p, normalized.size()), whole) << "split at byte " << p;
  }
}

TEST(Quote, FullWidthCharactersAreQuotedAsWritten) {
  const std::string original = "・企業（２２５社）の約８割を含む。【厚、◎経】";
  const std::string normalized = "企業(225社)の約8割を含む。";
  const Quotation q(original, normalized, Spacing::typed);
  const size_t figure = normalized.find("225");
  EXPECT_EQ(q.quote(figure, figure + 3), "２２５");
  EXPECT_EQ(q.quote(figure, normalized.find("の")), "２２５社）");
  expect_quoted(q, normalized, "企業（２２５社）の約８割を含む。");
}

TEST(Quote, HalfWidthKanaWithItsVoicedMarkIsOneCharacter) {
  const std::string original = "ｶﾞｲﾄﾞﾗｲﾝを改定";
  const std::string normalized = normalize_line(original);
  ASSERT_EQ(normalized, "ガイドラインを改定");
  const Quotation q(original, normalized, Spacing::typed);
  const size_t ido = normalized.find("イド");
  EXPECT_EQ(q.quote(ido, ido + 6), "ｲﾄﾞ");
  expect_quoted(q, normalized, original);
}

TEST(Quote, OnAPageOnlyIdeographicSpacesAreKept) {
  const std::string original = "２　前項の規定 は、2023 年度から";
  const std::string normalized = normalize_line(original);
  ASSERT_EQ(normalized, "2前項の規定は、2023年度から");
  expect_quoted(Quotation(original, normalized, Spacing::paged), normalized, "２　前項の規定は、2023年度から");
}

TEST(Quote, TypedTextKeepsItsSpacesAsWritten) {
  const std::string original = "２　前項の規定 は、2023 年度から";
  const std::string normalized = normalize_line(original);
  expect_quoted(Quotation(original, normalized, Spacing::typed), normalized, original);
  // e-Gov's Markdown: a paragraph's number, then an ASCII space.
  const std::string paragraph = "２ 発起人は、株式会社の成立後は、";
  const std::string read = normalize_line(paragraph);  // viewed by the quotation
  ASSERT_EQ(read, "2発起人は、株式会社の成立後は、");
  const Quotation q(paragraph, read, Spacing::typed);
  expect_quoted(q, read, paragraph);
  EXPECT_EQ(q.quote(0, 1), "２ ");  // the space goes with the stretch before it,
  EXPECT_EQ(q.quote(1, 4), "発");
  EXPECT_EQ(q.quote_alone(0, 1), "２");  // not with a stretch on its own
  EXPECT_EQ(q.quote_alone(0, 4), "２ 発");
  // Spaces that stand beside layout left out are layout: a line's indent.
  const std::string article = "#### 第四条\n 会社の住所は、\n 本店の所在地にある。";
  const std::string article_read = "会社の住所は、本店の所在地にある。";
  expect_quoted(Quotation(article, article_read, Spacing::typed), article_read, article_read);
}

TEST(Quote, AnIdeographicSpaceAmongLayoutIsLayout) {
  // e-Gov's plain text: the article's number and the space after it are left
  // out; the space between a term and its meaning is the law's.
  const std::string original = "（法人格）\n第二条の二　会社は、法人とする。\n一　会社　株式会社をいう。";
  const std::string normalized = "(法人格)会社は、法人とする。一会社株式会社をいう。";
  const Quotation q(original, normalized, Spacing::typed);
  expect_quoted(q, normalized, "（法人格）会社は、法人とする。一　会社　株式会社をいう。");
}

TEST(Quote, LayoutLeftOutByTheParserStaysOut) {
  // An article in e-Gov's Markdown: the caption's emphasis, the heading with
  // the article's number and the line breaks are layout.
  const std::string original = "*（住所）*\n#### 第四条\n 会社の住所は、本店の所在地にある。";
  const std::string normalized = "(住所)会社の住所は、本店の所在地にある。";
  const Quotation q(original, normalized, Spacing::typed);
  expect_quoted(q, normalized, "（住所）会社の住所は、本店の所在地にある。");
}

TEST(Quote, ACharacterFoldedIntoSeveralIsQuotedOnceWhole) {
  const std::string original = "㈱日立と⑴の件";
  const std::string normalized = "(株)日立と(1)の件";
  const Quotation q(original, normalized, Spacing::typed);
  const size_t company = normalized.find("株");
  EXPECT_EQ(q.quote(0, company), "㈱");
  EXPECT_EQ(q.quote(company, normalized.find("日")), "");  // quoted with its first character
  expect_quoted(q, normalized, original);
}

TEST(Quote, TextNotWrittenSoIsQuotedAsNormalized) {
  const Quotation q("まったく別の文", "違う文章(1)", Spacing::typed);
  EXPECT_EQ(q.quote(0, std::string("違う文章(1)").size()), "違う文章(1)");
  // A left-out stretch longer than the look-ahead: what follows it cannot be
  // found, and is quoted as normalized rather than from the wrong place.
  std::string long_tag = "・施策を推進する。【";
  for (int i = 0; i < 600; ++i) long_tag += "厚";
  long_tag += "】（ＫＰＩ）";
  const Quotation far(long_tag, "施策を推進する。(KPI)", Spacing::typed);
  EXPECT_EQ(far.quote(0, std::string("施策を推進する。(KPI)").size()), "施策を推進する。(KPI)");
}

std::string without_spaces(std::string_view s) {
  std::string out(s);
  out.erase(std::remove(out.begin(), out.end(), ' '), out.end());
  return out;
}

// Every unit of a sample edition: its quotation reads as its normalized text
// (a character quoted is one that folds to it), each a stretch of the line as
// written; returns how many quote the full-width brackets the edition uses.
size_t expect_units_quote_back(const std::string& sample) {
  const Document d = load_edition(test::sample_path(sample));
  size_t with_full_width = 0;
  for (const Measure& m : d.measures) {
    const std::string quoted = test::quoted(m);
    EXPECT_EQ(compare_key(normalize_line(quoted)), compare_key(m.text)) << sample << " L" << m.line;
    // One line: the quotation is a stretch of it (ASCII spaces aside: the
    // page's are left out).
    if (std::string_view(m.original).find('\n') == std::string_view::npos) {
      EXPECT_NE(without_spaces(m.original).find(without_spaces(quoted)), std::string::npos)
          << sample << " L" << m.line;
      if (m.page == 0)  // typed: its spaces too
        EXPECT_NE(std::string_view(m.original).find(quoted), std::string::npos) << sample << " L" << m.line;
    }
    with_full_width += quoted.find("（") != std::string::npos;
  }
  return with_full_width;
}

TEST(Quote, EveryUnitOfTheSampleEditionsQuotesBackToItsText) {
  EXPECT_GT(expect_units_quote_back("kenko-iryo-senryaku-2024.txt"), 10u);  // PDF-like spacing
  EXPECT_GT(expect_units_quote_back("families/m-kenko-iryo-senryaku-2024.md"), 10u);  // Markdown
  EXPECT_GT(expect_units_quote_back("law/kaishaho-2020-04-01.md"), 500u);  // articles in e-Gov's form
  expect_units_quote_back("outline/iryo-dx-ronten-v2.md");
}

}  // namespace
}  // namespace nendiff::text
