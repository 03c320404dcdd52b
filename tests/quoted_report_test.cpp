// Every report quotes the editions as written: the comparison reads 「(1)」 and
// 「2021」 where an edition wrote 「（１）」 and 「２０２１」; the reports show
// what each edition wrote, changes marked on it.
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "nendiff/compare.hpp"
#include "nendiff/parse.hpp"
#include "nendiff/report.hpp"
#include "report/marked.hpp"
#include "test_support.hpp"
#include "text/normalize.hpp"

namespace nendiff {
namespace {

// The older edition writes its digits and brackets full-width, the newer
// half-width: the same text to the comparison, but for one rewrite and one
// update of figures (written full-width in both).
const std::string kOld =
    "健康・医療戦略の実行状況と今後の取組方針2023（案）\n令和５年６月２日\n\n1. 健康長寿社会の形成\n\n（健康経営の推進）\n\n"
    "・「地域特性に応じた研究（第２期）」において２０２１年度に手引きを作成した。"
    "２０２３年度以降も活用を図る。【◎厚】\n\n"
    "・ＡＭＥＤによる伴走支援を実施した。【◎厚、経】\n\n"
    "・健康経営銘柄として３１業種４９社を選定した。【◎経】\n";
const std::string kNew =
    "健康・医療戦略の実行状況と今後の取組方針2024（案）\n令和６年６月４日\n\n1. 健康長寿社会の形成\n\n（健康経営の推進）\n\n"
    "・「地域特性に応じた研究(第2期)」において2021年度に手引きを作成し、周知した。"
    "2024年度以降も活用を図る。【◎厚】\n\n"
    "・AMEDによる伴走支援を実施した。【◎厚、経】\n\n"
    "・健康経営銘柄として２７業種５３社を選定した。【◎経】\n";

Comparison pair() { return compare(parse(kOld, "old.txt"), parse(kNew, "new.txt")); }

std::string render(const Comparison& c, Format f) {
  std::ostringstream out;
  write_comparison(c, f, out, {});
  return out.str();
}

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

TEST(QuotedReport, TheComparisonSeesOneChangeOnly) {
  const Summary s = pair().summary();
  EXPECT_EQ(s.changed, 2);  // a sentence rewritten, figures updated
  EXPECT_EQ(s.unchanged, 1);  // widths are no change
}

TEST(QuotedReport, EachSideOfThe新旧対照表QuotesItsEdition) {
  const std::string html = render(pair(), Format::html);
  EXPECT_TRUE(has(html, "「地域特性に応じた研究（第２期）」において２０２１年度に手引きを作成"));
  EXPECT_TRUE(has(html, "「地域特性に応じた研究(第2期)」において2021年度に手引きを作成"));
  EXPECT_FALSE(has(html, "研究(第2期)」において２０２１"));  // no mix of the two
  EXPECT_TRUE(has(html, "<th colspan=\"5\">（健康経営の推進）</th>"));  // a heading as written
}

// Spaces typed between words are the author's; on a page (a PDF's text) they
// are the typesetting's.
Comparison spaced_pair(bool paged) {
  auto edition = [paged](const std::string& text, const char* path) {
    DecodedText t{text, "UTF-8"};
    if (paged) t.line_pages.assign(static_cast<size_t>(std::count(text.begin(), text.end(), '\n')) + 1, 1);
    return parse(t, path, {});
  };
  const std::string head = "取組方針2024\n\n1. 健康長寿社会の形成\n\n";
  return compare(edition(head + "・健康経営 銘柄として３１ 業種を選定した。【◎経】\n", "old.txt"),
                 edition(head + "・健康経営 銘柄として２７ 業種を選定した。【◎経】\n", "new.txt"));
}

TEST(QuotedReport, TypedSpacesAreQuotedAndThoseOnAPageAreNot) {
  const std::string typed = render(spaced_pair(false), Format::html);
  EXPECT_TRUE(has(typed, "健康経営 銘柄として")) << typed;
  EXPECT_TRUE(has(typed, "３１ 業種 → <b>２７ 業種</b>")) << typed;  // figures: no space after
  EXPECT_TRUE(has(typed, "1. 健康長寿社会の形成")) << typed;
  const std::string paged = render(spaced_pair(true), Format::html);
  EXPECT_TRUE(has(paged, "健康経営銘柄として")) << paged;
  EXPECT_FALSE(has(paged, "健康経営 銘柄")) << paged;
  EXPECT_TRUE(has(paged, "３１業種 → <b>２７業種</b>")) << paged;
  EXPECT_TRUE(has(paged, "1.健康長寿社会の形成")) << paged;
}

// A rolled year, a replaced word, a changed figure is marked on its own
// characters: a space typed after it stands where both editions have text.
// Text inserted outright is marked with the spaces typed with it.
Comparison replaced_pair() {
  const std::string head = "1. 健康長寿社会の形成\n\n";
  return compare(parse("取組方針2023\n\n" + head + "・2022 年度 に研修を 毎年 実施した。 31 業種 を選定した。【◎経】\n", "old.txt"),
                 parse("取組方針2024\n\n" + head + "・2023 年度 に研修を 隔月 必ず 実施した。 27 業種 を 新たに 選定した。【◎経】\n",
                       "new.txt"));
}

std::string render(const Comparison& c, Format f, bool show_rolls) {
  ReportOptions o;
  o.show_rolls = show_rolls;
  std::ostringstream out;
  write_comparison(c, f, out, o);
  return out.str();
}

TEST(QuotedReport, AReplacedStretchIsMarkedWithoutTheSpaceTypedAfterIt) {
  const Comparison c = replaced_pair();
  ASSERT_EQ(c.measures.size(), 1u);
  const std::string html = render(c, Format::html);
  EXPECT_TRUE(has(html, ">2023</span> 年度 に研修を <ins>隔月 必ず</ins> 実施した。")) << html;
  EXPECT_TRUE(has(html, ">2022</span> 年度 に研修を <del>毎年</del> 実施した。")) << html;
  EXPECT_TRUE(has(html, "<ins>27</ins> 業種 を <ins>新たに </ins>選定")) << html;  // inserted with its space
  const std::string text = render(c, Format::text, false);
  EXPECT_TRUE(has(text, "2022→2023 年度 に研修を [-毎年-]{+隔月 必ず+} 実施した。")) << text;
  EXPECT_TRUE(has(text, "[-31-]{+27+} 業種 を {+新たに +}選定")) << text;
  EXPECT_TRUE(has(render(c, Format::text, true), "[-2022-]{+2023+} 年度")) << render(c, Format::text, true);
  EXPECT_TRUE(has(render(c, Format::markdown, false), "<del>毎年</del><ins>隔月 必ず</ins> 実施した"));
  const detail::Row row = detail::measure_rows(c).front();
  std::string underlined;
  for (const detail::MarkedRun& run : detail::side_runs(row, *row.new_measure, true, true))
    if (run.changed) underlined += "[" + run.text + "]";
  EXPECT_EQ(underlined, "[2023][隔月 必ず][27][新たに ]");
}

TEST(QuotedReport, AMovedUnitsOtherPlaceIsQuotedAsWritten) {
  const std::string head = "取組方針2024\n\n";
  const std::string a = "（健康経営の推進）\n\n", b = "（人材の育成）\n\n";
  const std::string moved = "・若手研究者の育成を支援し、公募を継続する。【◎文】\n\n";
  const std::string stays = "・健康経営銘柄を選定した。【◎経】\n\n", other = "・研究基盤を整備した。【◎文】\n\n";
  const Comparison c = compare(parse(head + a + stays + moved + b + other, "old.txt"),
                               parse(head + a + stays + b + other + moved, "new.txt"));
  ASSERT_EQ(c.summary().moved, 1);
  for (Format f : {Format::text, Format::markdown, Format::html}) {
    const std::string report = render(c, f);
    EXPECT_TRUE(has(report, "（健康経営の推進）")) << report;  // where it came from, as written
    EXPECT_FALSE(has(report, "(健康経営の推進)")) << report;
  }
}

TEST(QuotedReport, AStaleFindingsMessageNamesThePhraseAsWritten) {
  const std::string body = "1. 健康長寿社会の形成\n\n・研修を実施した。２０２３年度以降も研修を継続する。【◎厚】\n";
  const Comparison c = compare(parse("取組方針2023\n\n" + body, "old.txt"), parse("取組方針2024\n\n" + body, "new.txt"));
  ASSERT_FALSE(c.stale.empty());
  for (Format f : {Format::text, Format::markdown, Format::html, Format::csv}) {
    const std::string report = render(c, f);
    EXPECT_TRUE(has(report, "「２０２３年度以降」")) << report;
    EXPECT_FALSE(has(report, "「2023年度以降」")) << report;
  }
}

TEST(QuotedReport, TheDateIsQuotedFromItsOwnLine) {
  // The title above it holds the date's digits, written otherwise.
  const Document d = parse("健康・医療戦略の実行状況と今後の取組方針2024\n２０２４年６月４日\n\n1. 健康\n\n・研修を実施した。【◎厚】\n",
                           "d.txt");
  ASSERT_EQ(d.date_text, "2024年6月4日");
  EXPECT_EQ(detail::quoted_front(d, d.date_text)(0, d.date_text), "２０２４年６月４日");
  EXPECT_EQ(detail::quoted_title(d), "健康・医療戦略の実行状況と今後の取組方針2024");
}

TEST(QuotedReport, FootnotesAndTableRowsAreQuotedAsWritten) {
  auto edition = [](const char* year, const char* goal, const char* count) {
    return std::string("取組方針") + year + "\n\n1. 健康\n\n・研修を実施した。【◎厚】\n\n| 施策 | 目標 |\n|---|---|\n| 研修 | " +
           goal + " |\n\n※１ 件数は" + count + "件（速報値）。\n";
  };
  test::TempDir dir;  // read as files are: a Markdown table's rows are marked so when read
  test::write_bytes(dir.file("old.txt"), edition("2023", "１００件", "３０"));
  test::write_bytes(dir.file("new.txt"), edition("2024", "１５０件", "４０"));
  const Comparison c = compare(load_edition(dir.file("old.txt")), load_edition(dir.file("new.txt")));
  ASSERT_EQ(c.outside.size(), 2u);
  for (Format f : {Format::text, Format::markdown, Format::html}) {
    const std::string report = render(c, f);
    EXPECT_TRUE(has(report, "０件（速報値）。")) << report;  // the footnote
    EXPECT_TRUE(has(report, "５")) << report;  // the table's inserted digit as written
    EXPECT_FALSE(has(report, "+5+") || has(report, ">5<") || has(report, "+4+") || has(report, ">4<")) << report;
    EXPECT_FALSE(has(report, "(速報値)")) << report;
  }
}

// A row of cells parted by tabs (a spreadsheet saved as text) is quoted as
// its cells are written, joined as the report joins cells: no tab in it.
TEST(QuotedReport, ATabbedRowIsQuotedCellByCell) {
  auto edition = [](const char* state) {
    return std::string("# 一覧\n\nＮｏ．\t事項名\t措置状況\n２\t薬剤師の　業務\t") + state + "\n";
  };
  test::TempDir dir;
  test::write_bytes(dir.file("old.txt"), edition("検討中"));
  test::write_bytes(dir.file("new.txt"), edition("措置済"));
  const Comparison c = compare(load_edition(dir.file("old.txt")), load_edition(dir.file("new.txt")));
  ASSERT_EQ(c.outside.size(), 1u);
  for (Format f : {Format::text, Format::markdown, Format::csv, Format::html}) {
    const std::string report = render(c, f);
    EXPECT_TRUE(has(report, f == Format::markdown ? "２ \\| 薬剤師の　業務 \\| " : "２ | 薬剤師の　業務 | ")) << report;
    EXPECT_FALSE(has(report, "\t|") || has(report, "|\t")) << report;
  }
}

TEST(QuotedReport, FiguresAreListedAsWritten) {
  const Comparison c = pair();
  EXPECT_TRUE(has(render(c, Format::html), "４９社 → <b>５３社</b>"));
  EXPECT_TRUE(has(render(c, Format::markdown), "４９社 → **５３社**"));
  EXPECT_TRUE(has(render(c, Format::csv), "４９社 → ５３社"));
  EXPECT_TRUE(has(render(c, Format::html), "title=\"旧 ４９社\"")) << render(c, Format::html);  // a mark's title
}

TEST(QuotedReport, TheFrontMatterAndTheHeadingsAreQuotedAsWritten) {
  const std::string text = render(pair(), Format::text);
  EXPECT_TRUE(has(text, "取組方針2024（案） (new.txt)")) << text;          // the title
  EXPECT_TRUE(has(text, "令和[-５-]{+６+}年６月[-２-]{+４+}日")) << text;  // the date's change
  EXPECT_TRUE(has(text, "■ 1. 健康長寿社会の形成 › （健康経営の推進）")) << text;  // typed: its space too
  const std::string html = render(pair(), Format::html);
  EXPECT_TRUE(has(html, "令和<del>５</del>年６月<del>２</del>日")) << html;
}

TEST(QuotedReport, AScriptShowingBothEditionsQuotesKeptTextFromTheNewer) {
  const Comparison c = pair();
  const MeasureDiff& d = c.measures.front();
  ASSERT_EQ(d.status, Status::changed);
  ASSERT_FALSE(d.rewritten.empty());
  const detail::QuotedPair quoted(c, d);
  std::string kept, inserted, deleted;
  for (const detail::QuotedEdit& e : quoted.script(d.rewritten.front(), false)) {
    if (e.kind == TextEdit::same) kept += e.text;
    if (e.kind == TextEdit::inserted) inserted += e.text;
    if (e.kind == TextEdit::deleted) deleted += e.text;
  }
  EXPECT_TRUE(has(kept, "(第2期)」において2021年度に手引きを作成")) << kept;
  EXPECT_TRUE(has(inserted, "、周知")) << inserted;
  EXPECT_EQ(deleted, "") << deleted;
  EXPECT_FALSE(has(kept + inserted, "２")) << kept;
}

TEST(QuotedReport, TextMarkdownAndCsvQuoteTheUnitsAsWritten) {
  const Comparison c = pair();
  for (Format f : {Format::text, Format::markdown, Format::csv}) {
    const std::string report = render(c, f);
    EXPECT_TRUE(has(report, "研究(第2期)」において2021年度")) << report;
    EXPECT_TRUE(has(report, "周知")) << report;
  }
  const std::string csv = render(c, Format::csv);  // both texts in their columns
  EXPECT_TRUE(has(csv, "「地域特性に応じた研究（第２期）」において２０２１年度に手引きを作成した。"));
}

// Tags written with full names in full-width brackets (a re-dressed sample):
// each is quoted as the unit's text ends with it; a tag closing a group of
// items stands on a line of its own, not in any unit's text, and is shown as
// read.
TEST(QuotedReport, ATagIsQuotedAsTheTextEndsWithIt) {
  const Document d = load_edition(test::sample_path("families/b-kenko-iryo-senryaku-2024.txt"));
  size_t written = 0;
  for (const Measure& m : d.measures) {
    if (!m.tag) continue;
    const std::string tag = detail::quoted_tag(m);
    EXPECT_EQ(text::normalize_line(tag), m.tag->raw) << m.line;  // the same tag, read again
    std::string text(m.original);
    text.erase(std::remove(text.begin(), text.end(), '\n'), text.end());
    if (m.tag_shared) continue;
    EXPECT_EQ(text.substr(text.size() - std::min(text.size(), tag.size())), tag) << m.line;
    written += tag.rfind("（", 0) == 0;
  }
  EXPECT_GT(written, 20u);
}

TEST(QuotedReport, ATagClosingAGroupIsQuotedAsWrittenForEachUnit) {
  const std::string text =
      "取組方針2024\n\n1. 健康長寿社会の形成\n\n"
      "・健康経営の普及を促進した。\n・中小企業への裾野の拡大を図る。\n【◎経済産業省、厚生労働省】\n\n"
      "・データヘルス計画を推進した。\n・保険者の取組を支援する。\n（厚生労働省，◎経済産業省）\n";
  const Document d = parse(text, "tags.txt");
  ASSERT_EQ(d.measures.size(), 4u);
  for (size_t i = 0; i < 4; ++i) {
    ASSERT_TRUE(d.measures[i].tag && d.measures[i].tag_shared) << i;
    // every unit of the group, not only the last (whose lines end with the tag)
    EXPECT_EQ(detail::quoted_tag(d.measures[i]), i < 2 ? "【◎経済産業省、厚生労働省】" : "（厚生労働省，◎経済産業省）") << i;
  }
  EXPECT_EQ(d.measures[2].tag->raw, "(厚生労働省,◎経済産業省)");  // read half-width
  const std::string html = render(compare(d, d), Format::html);
  EXPECT_TRUE(has(html, ">（厚生労働省，◎経済産業省）<")) << html;
  EXPECT_FALSE(has(html, "(厚生労働省")) << html;
}

}  // namespace
}  // namespace nendiff
