// The shareable reports (HTML 新旧対照表, Markdown, CSV) over a pair of small
// editions whose differences are known (report_pair.hpp); the workbook is in
// xlsx_test.cpp.
#include "nendiff/report.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <sstream>

#include "nendiff/compare.hpp"
#include "nendiff/parse.hpp"
#include "csv.hpp"
#include "report_pair.hpp"
#include "test_support.hpp"

namespace nendiff {
namespace {

using test::kHostile;
using test::small_pair;

std::string render(const Comparison& c, Format f, bool old_left = false) {
  std::ostringstream out;
  ReportOptions o;
  o.old_left = old_left;
  write_comparison(c, f, out, o);
  return out.str();
}

using test::count;
using test::parse_csv;

// ---- HTML ---------------------------------------------------------------------

TEST(ReportHtml, DocumentTextNeverBecomesMarkup) {
  std::string html = render(small_pair(), Format::html);
  EXPECT_EQ(count(html, "<script"), 1u);  // ours, at the end
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_EQ(html.find("alert(1)</script>"), std::string::npos);
  EXPECT_NE(
      html.find(
          "&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(2)&gt;"),
      std::string::npos);
  EXPECT_NE(html.find("&amp; &#39;A,B&#39;"), std::string::npos);
}

TEST(ReportHtml, SelfContained) {
  std::string html = render(small_pair(), Format::html);
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
  for (const char* remote : {"<link", "<img", "<iframe", "https:", "@import", "url("})
    EXPECT_EQ(html.find(remote), std::string::npos) << remote;
  std::regex reference("<[^>]*\\s(src|href|action)=\"(?!#)");  // only links inside the page
  EXPECT_FALSE(std::regex_search(html, reference));
  EXPECT_NE(html.find("@page{size:A4 landscape"), std::string::npos);
  EXPECT_NE(html.find("Content-Security-Policy\" content=\"default-src 'none'"), std::string::npos);
}

TEST(ReportHtml, OneRowPerMeasureWithItsStatus) {
  Comparison c = small_pair();
  std::string html = render(c, Format::html);
  Summary s = c.summary();
  EXPECT_EQ(count(html, "<tr class=\"m changed\""), static_cast<size_t>(s.changed));
  EXPECT_EQ(count(html, "<tr class=\"m added\""), static_cast<size_t>(s.added));
  EXPECT_EQ(count(html, "<tr class=\"m dropped\""), static_cast<size_t>(s.dropped));
  EXPECT_EQ(count(html, "<tr class=\"m unchanged\""), static_cast<size_t>(s.unchanged));
  EXPECT_EQ(count(html, "data-moved=\"1\""), static_cast<size_t>(s.moved));
  EXPECT_EQ(count(html, "<tr class=\"m "), c.measures.size());
}

TEST(ReportHtml, DifferencesMarkedInsideSentences) {
  Comparison c = small_pair();
  std::string html = render(c, Format::html);
  EXPECT_NE(html.find("協議会の<ins>実施する</ins>事業に<ins>対して</ins>補助金"),
            std::string::npos);
  EXPECT_NE(html.find("<mark class=\"fig\" title=\"旧 49社\">53社</mark>"), std::string::npos);
  EXPECT_NE(html.find("<mark class=\"fig\" title=\"新 53社\">49社</mark>"), std::string::npos);
  EXPECT_NE(html.find("49社 → <b>53社</b>"), std::string::npos);
  EXPECT_NE(html.find("<div class=\"tag chg\">【◎厚、総】</div>"), std::string::npos);
  EXPECT_NE(html.find("<div class=\"tag chg\">【◎厚】</div>"), std::string::npos);
}

TEST(ReportHtml, MovedMeasureLinksToWhereItWas) {
  Comparison c = small_pair();
  std::string html = render(c, Format::html);
  const MeasureDiff* moved = nullptr;
  for (const MeasureDiff& d : c.measures)
    if (d.moved) moved = &d;
  ASSERT_NE(moved, nullptr);
  std::string old_id = "o" + std::to_string(c.old_measure(*moved)->line);
  std::string new_id = "n" + std::to_string(c.new_measure(*moved)->line);
  size_t row = html.find("id=\"" + new_id + "\"");
  size_t ghost = html.find("<tr class=\"ghost\" id=\"" + old_id + "\"");
  ASSERT_NE(row, std::string::npos);
  ASSERT_NE(ghost, std::string::npos);
  EXPECT_LT(ghost, row);  // it stood in the first section, it now stands in the second
  EXPECT_NE(html.find("href=\"#" + old_id + "\"", row), std::string::npos);
  EXPECT_NE(html.find("href=\"#" + new_id + "\"", ghost), std::string::npos);
}

TEST(ReportHtml, RowsUnderTheirSectionHeadings) {
  std::string html = render(small_pair(), Format::html);
  size_t first = html.find("<tr class=\"sec lv1\" data-level=\"1\" id=\"s3\"><th colspan=\"5\">1.");
  size_t second =
      html.find("<tr class=\"sec lv1\" data-level=\"1\" id=\"s13\"><th colspan=\"5\">2.");
  ASSERT_NE(first, std::string::npos);
  ASSERT_NE(second, std::string::npos);
  size_t figure_row = html.find("id=\"n7\"");
  size_t moved_row = html.find("id=\"n19\"");
  EXPECT_LT(first, figure_row);
  EXPECT_LT(figure_row, second);
  EXPECT_LT(second, moved_row);
  EXPECT_NE(html.find("href=\"#s13\""), std::string::npos);  // the table of contents
}

TEST(ReportHtml, AnchorsAreUnique) {
  std::string html = render(small_pair(), Format::html);
  std::set<std::string> ids;
  std::regex id("\\sid=\"([^\"]+)\"");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), id); it != std::sregex_iterator();
       ++it)
    EXPECT_TRUE(ids.insert((*it)[1]).second) << (*it)[1];
  EXPECT_GT(ids.size(), 10u);
}

TEST(ReportHtml, NewLeftUnlessOldLeft) {
  Comparison c = small_pair();
  std::string html = render(c, Format::html), swapped = render(c, Format::html, true);
  EXPECT_LT(html.find("<th colspan=\"2\">新 New"), html.find("<th colspan=\"2\">旧 Old"));
  EXPECT_GT(swapped.find("<th colspan=\"2\">新 New"), swapped.find("<th colspan=\"2\">旧 Old"));
  std::string row = html.substr(html.find("id=\"n7\""));
  std::string row_swapped = swapped.substr(swapped.find("id=\"n7\""));
  EXPECT_LT(row.find("side new"), row.find("side old"));
  EXPECT_GT(row_swapped.find("side new"), row_swapped.find("side old"));
}

TEST(ReportHtml, EditionAgainstItselfHasNoMarks) {
  Document d = load_edition(test::sample_path("kenko-iryo-senryaku-2024.txt"));
  Comparison c = compare(d, d);
  std::string html = render(c, Format::html);
  EXPECT_EQ(count(html, "<tr class=\"m unchanged\""), d.measures.size());
  EXPECT_EQ(html.find("<ins>"), std::string::npos);
  EXPECT_EQ(html.find("<del>"), std::string::npos);
  EXPECT_EQ(html.find("class=\"ghost\""), std::string::npos);
  EXPECT_EQ(html, render(c, Format::html));  // deterministic
}

TEST(ReportHtml, SamplePairRowsMatchTheSummary) {
  Comparison c = compare(load_edition(test::sample_path("kenko-iryo-senryaku-2023.txt")),
                         load_edition(test::sample_path("kenko-iryo-senryaku-2024.txt")));
  std::string html = render(c, Format::html);
  Summary s = c.summary();
  EXPECT_EQ(count(html, "<tr class=\"m changed\""), static_cast<size_t>(s.changed));
  EXPECT_EQ(count(html, "<tr class=\"m added\""), static_cast<size_t>(s.added));
  EXPECT_EQ(count(html, "<tr class=\"m dropped\""), static_cast<size_t>(s.dropped));
  EXPECT_EQ(count(html, "<tr class=\"ghost\""), static_cast<size_t>(s.moved));
  size_t in_measures = 0;
  for (const StaleFinding& f : c.stale) in_measures += f.measure.has_value();
  EXPECT_EQ(count(html, "<span class=\"badge stale"), in_measures);  // a badge in its row
  EXPECT_GT(count(html, "<ins>"), 0u);
  EXPECT_GT(count(html, "<del>"), 0u);
}

// ---- Markdown -------------------------------------------------------------------

TEST(ReportMarkdown, SummaryThenChangesPerSection) {
  Comparison c = small_pair();
  std::string md = render(c, Format::markdown);
  EXPECT_EQ(md.rfind("# 新旧対照表", 0), 0u);
  EXPECT_NE(md.find("| 変更 changed | " + std::to_string(c.summary().changed) + " |"),
            std::string::npos);
  size_t first = md.find("### 1. 健康長寿社会の形成 › (健康経営の推進)");  // headings as typed
  size_t second = md.find("### 2. 研究開発の基盤 › (人材の育成)");
  ASSERT_NE(first, std::string::npos);
  ASSERT_NE(second, std::string::npos);
  EXPECT_LT(first, second);
  EXPECT_NE(md.find("49社 → **53社**"), std::string::npos);
  EXPECT_NE(md.find("協議会の<ins>実施する</ins>事業に<ins>対して</ins>補助金"), std::string::npos);
  EXPECT_NE(md.find("<del>旧年度のみの試行事業を実施した。</del>"), std::string::npos);
  EXPECT_NE(md.find("移動 moved from: 1. 健康長寿社会の形成 › (健康経営の推進)"), std::string::npos);  // as written
  EXPECT_EQ(md.find("(移動 moved)", 0), md.find("(移動 moved)", second));  // under its new section
}

TEST(ReportMarkdown, DocumentTextIsInert) {
  std::string md = render(small_pair(), Format::markdown);
  EXPECT_EQ(md.find("<script"), std::string::npos);
  EXPECT_EQ(md.find("<img"), std::string::npos);
  EXPECT_NE(md.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(md.find("\\*注\\*\\_x\\_"), std::string::npos);
}

// ---- CSV ----------------------------------------------------------------------------

TEST(ReportCsv, Utf8BomAndRfc4180) {
  Comparison c = small_pair();
  std::string csv = render(c, Format::csv);
  ASSERT_EQ(csv.rfind("\xEF\xBB\xBF", 0), 0u);
  std::vector<std::vector<std::string>> rows = parse_csv(csv.substr(3));
  ASSERT_EQ(rows.size(), c.measures.size() + 1);
  const std::vector<std::string>& header = rows[0];
  ASSERT_EQ(header.size(), 16u);
  EXPECT_EQ(header[0], "status");
  EXPECT_EQ(header[14], "old_label");  // the units' own numbers (a law's articles)
  EXPECT_EQ(header[15], "new_label");
  for (size_t i = 1; i < rows.size(); ++i) {
    ASSERT_EQ(rows[i].size(), header.size()) << i;
    const MeasureDiff& d = c.measures[i - 1];
    EXPECT_EQ(rows[i][0], status_name(d.status));
    EXPECT_EQ(rows[i][1], d.moved ? "yes" : "no");
    if (d.new_index) EXPECT_EQ(rows[i][6], test::quoted(*c.new_measure(d)));  // as written
  }
}

TEST(ReportCsv, RowsCarryFiguresCommitmentsAndMinistries) {
  Comparison c = small_pair();
  std::vector<std::vector<std::string>> rows = parse_csv(render(c, Format::csv).substr(3));
  const std::vector<std::string>& h = rows[0];
  auto col = [&](const char* name) {
    return static_cast<size_t>(std::find(h.begin(), h.end(), name) - h.begin());
  };
  const std::vector<std::string>* figure = nullptr;
  const std::vector<std::string>* rewrite = nullptr;
  const std::vector<std::string>* added = nullptr;
  for (const auto& r : rows) {
    if (r[col("figures")].find("49社") != std::string::npos) figure = &r;
    if (!r[col("commitments_rewritten")].empty()) rewrite = &r;
    if (r[col("status")] == "added") added = &r;
  }
  ASSERT_TRUE(figure && rewrite && added);
  EXPECT_EQ((*figure)[col("figures")], "31業種 → 27業種\n49社 → 53社");  // a line break, quoted
  EXPECT_NE((*rewrite)[col("commitments_rewritten")].find("協議会の{+実施する+}事業"),
            std::string::npos);
  EXPECT_EQ((*rewrite)[col("ministries_old")], "【◎厚】");
  EXPECT_EQ((*rewrite)[col("ministries_new")], "【◎厚、総】");
  EXPECT_NE((*added)[col("new_text")].find(kHostile),
            std::string::npos);  // quotes and commas survive
  EXPECT_TRUE((*added)[col("old_line")].empty());
}

TEST(ReportCsv, FormulaLikeCellsAreDefused) {
  std::string body = "健康・医療戦略の実行状況と今後の取組方針2024\n\n(節)\n\n";
  std::vector<Document> both = parse_editions(
      {{body, "UTF-8"}, {body + "・=HYPERLINK(\"http://x\")を実施する。【◎経】\n", "UTF-8"}},
      {"o.txt", "n.txt"});
  Comparison c = compare(std::move(both[0]), std::move(both[1]));
  std::vector<std::vector<std::string>> rows = parse_csv(render(c, Format::csv).substr(3));
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1][6].rfind("'=HYPERLINK", 0), 0u) << rows[1][6];
}

}  // namespace
}  // namespace nendiff
