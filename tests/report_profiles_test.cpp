// The reports of editions in other layouts (issue 14): every format names the
// profile the editions were read with, says at its top when no profile fits
// them (in Japanese and English), calls the units by their kind (a law's
// articles by their numbers, a renumbered one as such) and quotes the changes
// outside the units verbatim. On a small law, the sample outline pair and
// plain text (profile_pairs.hpp); the workbook is in xlsx_test.cpp.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "csv.hpp"
#include "nendiff/check.hpp"
#include "nendiff/history.hpp"
#include "nendiff/report.hpp"
#include "profile_pairs.hpp"
#include "test_support.hpp"
#include "text/normalize.hpp"

namespace nendiff {
namespace {

using nlohmann::json;
using test::count;

const std::string kNoticeJa = "既知のレイアウトに当てはまらないため、段落単位で比較しました";
const std::string kNoticeEn = "No known layout fits these texts: compared paragraph by paragraph.";

std::string render(const Comparison& c, Format f) {
  std::ostringstream out;
  write_comparison(c, f, out);
  return out.str();
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// The three pairs, each with what its reports must call it.
struct Case {
  const char* name;
  Comparison (*make)();
  const char* profile;
  const char* units_en;  // the summary line's word
  const char* units_ja;  // the Markdown table's
};
const Case kCases[] = {{"law", test::law_pair, "law", "articles", "条 articles"},
                       {"outline", test::outline_pair, "outline", "items", "項目 items"},
                       {"generic", test::generic_pair, "generic", "paragraphs", "段落 paragraphs"}};

// The pairs are what the tests take them for.
TEST(ReportProfiles, EachPairIsReadInItsLayout) {
  for (const Case& k : kCases) {
    const Comparison c = k.make();
    EXPECT_EQ(c.new_doc.layout.profile, k.profile) << k.name;
    EXPECT_EQ(c.old_doc.layout.profile, k.profile) << k.name;
    EXPECT_EQ(c.new_doc.layout.generic, std::string(k.name) == "generic");
    EXPECT_FALSE(c.outside.empty()) << k.name;
    EXPECT_TRUE(c.has_differences()) << k.name;
  }
  const Comparison law = test::law_pair();
  int renumbered = 0;
  for (const MeasureDiff& d : law.measures) renumbered += d.label_changed;
  EXPECT_EQ(renumbered, 1);
}

// ---- text --------------------------------------------------------------------

TEST(ReportProfiles, TextNamesTheProfileAndTheUnits) {
  for (const Case& k : kCases) {
    const Comparison c = k.make();
    const std::string text = render(c, Format::text);
    const Layout& l = c.new_doc.layout;
    EXPECT_TRUE(has(text, "\nprofile: " + l.profile + " (" + l.description + ")\n")) << text;
    EXPECT_TRUE(has(text, "\n" + std::string(k.units_en) + ": ")) << text;
    EXPECT_TRUE(has(text, " figures changed, sentences +")) << text;
    EXPECT_FALSE(has(text, "commitments")) << text;
    const bool generic = std::string(k.name) == "generic";
    EXPECT_EQ(has(text, kNoticeJa), generic) << text;
    EXPECT_EQ(has(text, kNoticeEn), generic) << text;
    if (generic) EXPECT_LT(text.find(kNoticeEn), text.find("\nparagraphs: ")) << "at the top";
  }
}

TEST(ReportProfiles, TextShowsArticlesByTheirNumbers) {
  const std::string text = render(test::law_pair(), Format::text);
  EXPECT_TRUE(has(text, "added  — → L13  第二条の二 （法人格）会社は、法人とする。")) << text;
  EXPECT_TRUE(has(text, "changed  L13 → L16  第四条 （商号）会社は、その名称を商号とする。")) << text;
  EXPECT_TRUE(has(text, "\n      renumbered: 第三条 → 第四条\n")) << text;
}

TEST(ReportProfiles, TextQuotesTheChangesOutsideTheUnits) {
  const std::string law = render(test::law_pair(), Format::text);
  EXPECT_TRUE(has(law, "\noutside the units:\n  preamble  "  // a preamble's line is not kept
                       "（平成十七年法律第八十六号{+・令和二年改正+}）\n"))  // as written
      << law;
  const std::string outline = render(test::outline_pair(), Format::text);
  EXPECT_TRUE(has(outline, "  title  L1 → L1  医療DXの推進に関する論点整理[-（案）-]\n")) << outline;
  const std::string plain = render(test::generic_pair(), Format::text);
  EXPECT_TRUE(has(plain, "  title  L1 → L1  これは最初の段落です。内容を{+詳しく+}説明します。\n"))
      << plain;
}

// Editions parsed separately may be read with different profiles: both are named.
TEST(ReportProfiles, EditionsReadWithDifferentProfilesNameBoth) {
  ParseOptions law, generic;
  law.profile = "law";
  generic.profile = "generic";
  const Comparison c = compare(parse(test::kLawOld, "old.txt", law),
                               parse(test::kLawNew, "new.txt", generic));
  const std::string text = render(c, Format::text);
  EXPECT_TRUE(has(text, "profile: law (" + c.old_doc.layout.description + ") → generic (" +
                            c.new_doc.layout.description + ")\n"))
      << text;
  EXPECT_TRUE(has(text, kNoticeEn)) << text;  // one of them is read paragraph by paragraph
  const json j = json::parse(render(c, Format::json));
  EXPECT_EQ(j["old"]["profile"]["name"], "law");
  EXPECT_EQ(j["new"]["profile"]["name"], "generic");
  EXPECT_EQ(j["profile"]["name"], "generic");  // the new edition's
}

// ---- Markdown --------------------------------------------------------------------

TEST(ReportProfiles, MarkdownNamesTheProfileAndTheUnits) {
  for (const Case& k : kCases) {
    const Comparison c = k.make();
    const std::string md = render(c, Format::markdown);
    EXPECT_TRUE(has(md, "\n- レイアウト profile: " + c.new_doc.layout.profile + " (")) << md;
    EXPECT_TRUE(has(md, "\n| " + std::string(k.units_ja) + " | 件数 |\n")) << md;
    EXPECT_TRUE(has(md, "| 文の追加／削除／修正 sentences +/−/~ |")) << md;
    EXPECT_TRUE(has(md, "| 前付け・注 outside the units | " + std::to_string(c.outside.size()) +
                            " |"))
        << md;
    const bool generic = std::string(k.name) == "generic";
    EXPECT_EQ(has(md, "\n> 注意 note: " + kNoticeJa + " / " + kNoticeEn + "\n"), generic) << md;
  }
}

TEST(ReportProfiles, MarkdownReadsALawAsALaw) {
  const std::string md = render(test::law_pair(), Format::markdown);
  EXPECT_TRUE(has(md, "- 改正前 before: 会社法 (old.txt)\n- 改正後 after: 会社法 (new.txt)")) << md;
  EXPECT_TRUE(has(md, "- **変更 changed** 改正前 L13 → 改正後 L16: 第四条 （商号）")) << md;
  EXPECT_TRUE(has(md, "  - 番号変更 renumbered: 第三条 → 第四条\n")) << md;
  EXPECT_TRUE(has(md, "\n## 前付け・注 outside the units\n\n- 前文 preamble: "
                      "（平成十七年法律第八十六号<ins>・令和二年改正</ins>）\n"))
      << md;
  const std::string outline = render(test::outline_pair(), Format::markdown);
  EXPECT_TRUE(has(outline, "- 表題 title 旧 L1 → 新 L1: 医療DXの推進に関する論点整理<del>（案）</del>"))
      << outline;
}

// ---- HTML ----------------------------------------------------------------------------

TEST(ReportProfiles, HtmlNamesTheProfileAndBoxesTheNotice) {
  for (const Case& k : kCases) {
    const Comparison c = k.make();
    const std::string html = render(c, Format::html);
    const size_t profile = html.find("<p class=\"profile\">レイアウト profile: " +
                                     c.new_doc.layout.profile + " (");
    ASSERT_NE(profile, std::string::npos) << k.name;
    EXPECT_LT(profile, html.find("<h2>概要 Summary</h2>"));
    const bool generic = std::string(k.name) == "generic";
    const size_t box = html.find("<div class=\"notice\" role=\"note\">");
    EXPECT_EQ(box != std::string::npos, generic) << k.name;
    if (generic) {
      const std::string notice = html.substr(box, html.find("</div>", box) - box);
      EXPECT_TRUE(has(notice, kNoticeJa) && has(notice, kNoticeEn)) << notice;
      EXPECT_LT(box, html.find("<h2>概要 Summary</h2>"));
    }
  }
}

TEST(ReportProfiles, HtmlReadsALawAsALaw) {
  const std::string html = render(test::law_pair(), Format::html);
  EXPECT_LT(html.find("<th colspan=\"2\">改正後 After"), html.find("<th colspan=\"2\">改正前 Before"));
  EXPECT_FALSE(has(html, "<th colspan=\"2\">新 New"));
  EXPECT_TRUE(has(html, "<span class=\"badge s-renumbered\">番号変更 renumbered</span>"));
  EXPECT_TRUE(has(html, "<span class=\"label chg\">第四条</span> "));
  EXPECT_TRUE(has(html, "<span class=\"label chg\">第三条</span> "));
  // Quoted as the law writes it: 「（法人格）」, not the 「(法人格)」 compared; the
  // caption above the article's number, each paragraph and each item on a
  // line of its own.
  EXPECT_TRUE(has(html, "（法人格）<br><span class=\"label\">第二条の二</span> 会社は、法人とする。"));
  EXPECT_TRUE(has(html, "当該各号に定めるところによる。<br>一　会社　株式会社をいう。"));
  EXPECT_FALSE(has(html, "府省別 Per ministry"));  // a law's articles carry no ministry tags
  EXPECT_TRUE(has(html, "<p class=\"underline-note\">（傍線部分は改正部分）"));
  const std::string outline = render(test::outline_pair(), Format::html);
  EXPECT_TRUE(has(outline, "<th colspan=\"2\">新 New"));
  EXPECT_TRUE(has(outline, "<p class=\"underline-note\">（傍線部分は変更部分）"));
  EXPECT_FALSE(has(outline, "<span class=\"label"));  // items have no numbers of their own
}

// Before the 新旧対照表, in its columns, marked as its rewritten sentences are.
TEST(ReportProfiles, HtmlQuotesTheChangesOutsideTheUnits) {
  for (const Case& k : kCases) {
    const Comparison c = k.make();
    const std::string html = render(c, Format::html);
    const size_t section = html.find("<h2>前付け・注 outside the units</h2>");
    ASSERT_NE(section, std::string::npos) << k.name;
    EXPECT_LT(section, html.find("id=\"taihyo\""));
    EXPECT_EQ(count(html, "<tr class=\"o "), c.outside.size());
  }
  const std::string law = render(test::law_pair(), Format::html);
  EXPECT_TRUE(has(law, "<span class=\"badge s-changed\">前文 preamble</span>"));
  EXPECT_TRUE(has(law, "<div class=\"txt\">（平成十七年法律第八十六号<ins>・令和二年改正</ins>）</div>"));
  EXPECT_TRUE(has(law, "<div class=\"txt\">（平成十七年法律第八十六号）</div>"));
}

// ---- CSV ------------------------------------------------------------------------------

std::vector<std::vector<std::string>> csv_of(const Comparison& c) {
  const std::string csv = render(c, Format::csv);
  EXPECT_EQ(csv.rfind("\xEF\xBB\xBF", 0), 0u);
  return test::parse_csv(csv.substr(3));
}

TEST(ReportProfiles, CsvOpensWithTheNoticeOnlyWhenNoProfileFits) {
  for (const Case& k : kCases) {
    const std::vector<std::vector<std::string>> rows = csv_of(k.make());
    const bool generic = std::string(k.name) == "generic";
    ASSERT_GT(rows.size(), 2u);
    const std::vector<std::string>& header = rows[generic ? 1 : 0];
    EXPECT_EQ(header[0], "status") << k.name;
    for (const auto& row : rows) EXPECT_EQ(row.size(), header.size()) << k.name;
    if (generic) {
      EXPECT_EQ(rows[0][0], "注意 note: " + kNoticeJa + " / " + kNoticeEn);
      for (size_t i = 1; i < rows[0].size(); ++i) EXPECT_TRUE(rows[0][i].empty());
    }
  }
}

// The changes outside the units come first, their texts as the editions write
// them (the comparison's, read from them, normalized).
TEST(ReportProfiles, CsvRowsForTheChangesOutsideTheUnits) {
  for (const Case& k : kCases) {
    const Comparison c = k.make();
    std::vector<std::vector<std::string>> rows = csv_of(c);
    if (c.new_doc.layout.generic) rows.erase(rows.begin());
    ASSERT_GE(rows.size(), c.outside.size() + 1);
    for (size_t i = 0; i < c.outside.size(); ++i) {
      const TextChange& t = c.outside[i];
      const std::vector<std::string>& row = rows[i + 1];
      EXPECT_EQ(row[2].rfind("outside the units › ", 0), 0u) << row[2];
      EXPECT_TRUE(has(row[2], " " + t.part)) << row[2];
      EXPECT_EQ(text::normalize_line(row[5]), t.old_text) << row[5];
      EXPECT_EQ(text::normalize_line(row[6]), t.new_text) << row[6];
      if (t.part == "preamble" && c.new_doc.layout.profile == "law")
        EXPECT_EQ(row[5], "（平成十七年法律第八十六号）");  // full width, as the law writes it
      EXPECT_EQ(row[0], t.old_text.empty() ? "added" : t.new_text.empty() ? "dropped" : "changed");
    }
  }
}

TEST(ReportProfiles, CsvCarriesTheArticlesNumbers) {
  const std::vector<std::vector<std::string>> rows = csv_of(test::law_pair());
  const std::vector<std::string>& h = rows[0];
  ASSERT_EQ(h[14], "old_label");
  ASSERT_EQ(h[15], "new_label");
  bool renumbered = false, added = false;
  for (const auto& r : rows) {
    renumbered |= r[14] == "第三条" && r[15] == "第四条" && r[0] == "changed";
    added |= r[14].empty() && r[15] == "第二条の二" && r[0] == "added";
  }
  EXPECT_TRUE(renumbered && added);
}

// ---- JSON -----------------------------------------------------------------------------

TEST(ReportProfiles, JsonNamesTheProfileAndEachUnitsKind) {
  for (const Case& k : kCases) {
    const Comparison c = k.make();
    const json j = json::parse(render(c, Format::json));
    const Layout& l = c.new_doc.layout;
    EXPECT_EQ(j["profile"]["name"], l.profile);
    EXPECT_EQ(j["profile"]["description"], l.description);
    EXPECT_EQ(j["profile"]["generic"], l.generic);
    EXPECT_NEAR(j["profile"]["coverage"].get<double>(), l.coverage, 0.001);
    EXPECT_EQ(j["old"]["profile"]["name"], c.old_doc.layout.profile);
    const std::string kind = unit_kind_name(c.new_doc.measures.front().kind);
    for (const json& m : j["measures"])
      for (const char* side : {"old", "new"})
        if (!m[side].is_null()) EXPECT_EQ(m[side]["kind"], kind) << k.name;
  }
}

TEST(ReportProfiles, JsonGivesArticlesTheirNumbers) {
  const json j = json::parse(render(test::law_pair(), Format::json));
  int renumbered = 0;
  for (const json& m : j["measures"]) {
    EXPECT_EQ(m["new"].is_null() || m["new"].contains("label"), true) << m;
    if (!m.contains("label_changed")) continue;
    EXPECT_EQ(m["label_changed"], true);  // present only when true
    EXPECT_EQ(m["old"]["label"], "第三条");
    EXPECT_EQ(m["new"]["label"], "第四条");
    ++renumbered;
  }
  EXPECT_EQ(renumbered, 1);
  const json plain = json::parse(render(test::generic_pair(), Format::json));
  for (const json& m : plain["measures"])
    for (const char* side : {"old", "new"})
      if (!m[side].is_null()) EXPECT_FALSE(m[side].contains("label")) << m;
}

TEST(ReportProfiles, JsonListsTheChangesOutsideTheUnits) {
  for (const Case& k : kCases) {
    const Comparison c = k.make();
    const json j = json::parse(render(c, Format::json));
    ASSERT_EQ(j["outside"].size(), c.outside.size()) << k.name;
    EXPECT_EQ(j["summary"]["outside"], c.outside.size());
    for (size_t i = 0; i < c.outside.size(); ++i) {
      const TextChange& t = c.outside[i];
      const json& o = j["outside"][i];
      EXPECT_EQ(o["part"], t.part);
      EXPECT_EQ(o["old"], t.old_text.empty() ? json() : json(t.old_text));
      EXPECT_EQ(o["new"], t.new_text.empty() ? json() : json(t.new_text));
      EXPECT_EQ(o["old_line"], t.old_line ? json(t.old_line) : json());
      EXPECT_EQ(o["new_line"], t.new_line ? json(t.new_line) : json());
    }
  }
}

// ---- parse and check ----------------------------------------------------------------

std::string parse_view(const Document& d, Format f) {
  std::ostringstream out;
  write_document(d, f, out);
  return out.str();
}

std::string check_view(const Document& d, Format f) {
  std::ostringstream out;
  write_findings(d, check_stale(d), f, out);
  return out.str();
}

TEST(ReportProfiles, ParseAndCheckNameTheProfile) {
  const Document law = test::law_pair().new_doc;
  const std::string outline = parse_view(law, Format::text);
  EXPECT_TRUE(has(outline, "\n  profile law (" + law.layout.description + "), ")) << outline;
  EXPECT_TRUE(has(outline, "% of the text in units and headings\n  1 sections, 4 articles\n"))
      << outline;
  EXPECT_TRUE(has(outline, "  L13 第二条の二 （法人格）会社は、法人とする。\n")) << outline;  // as written
  const json j = json::parse(parse_view(law, Format::json));
  EXPECT_EQ(j["profile"]["name"], "law");
  EXPECT_EQ(j["measures"][2]["kind"], "article");
  EXPECT_EQ(j["measures"][2]["label"], "第二条の二");
  EXPECT_TRUE(has(check_view(law, Format::text), "\nprofile: law ("));
  EXPECT_EQ(json::parse(check_view(law, Format::json))["profile"]["name"], "law");
}

TEST(ReportProfiles, ParseAndCheckSayWhenNoProfileFits) {
  const Document plain = test::generic_pair().new_doc;
  const std::string ja = "既知のレイアウトに当てはまらないため、段落単位で読みました";
  const std::string en = "No known layout fits this text: read paragraph by paragraph.";
  for (const std::string& view : {parse_view(plain, Format::text), check_view(plain, Format::text)})
    EXPECT_TRUE(has(view, ja + " / " + en)) << view;
  EXPECT_EQ(json::parse(parse_view(plain, Format::json))["profile"]["generic"], true);
  EXPECT_EQ(json::parse(check_view(plain, Format::json))["profile"]["generic"], true);
  const std::string law = parse_view(test::law_pair().new_doc, Format::text);
  EXPECT_FALSE(has(law, en)) << law;
}

// One paragraph holding most of a long text is the sign of a layout misread.
TEST(ReportProfiles, ParseWarnsWhenOneUnitHoldsMostOfALongText) {
  std::string long_paragraph;
  for (int i = 0; i < 120; ++i) long_paragraph += "この計画は関係機関と連携して着実に進める。";
  const Document d = parse("議事メモ\n\n" + long_paragraph + "\n\n短い段落。\n", "memo.txt");
  ASSERT_GT(d.layout.largest_unit, 0.5);
  const std::string warning = "one unit holds most of the text: the profile may not fit";
  EXPECT_TRUE(has(parse_view(d, Format::text), warning)) << parse_view(d, Format::text);
  const Document short_text = parse("議事メモ\n\n短い段落。\n\nもう一つ。\n", "memo.txt");
  EXPECT_FALSE(has(parse_view(short_text, Format::text), warning));
  EXPECT_FALSE(has(parse_view(test::law_pair().new_doc, Format::text), warning));
}

// ---- history ---------------------------------------------------------------------------

TEST(ReportProfiles, HistoryNamesTheProfileAndSaysWhenNoneFits) {
  std::vector<Document> editions;
  for (int year : {2022, 2023, 2024})
    editions.push_back(parse("議事メモ" + std::to_string(year) + "\n\n予算は" +
                                 std::to_string(year) + "年度に100万円とします。\n\n関係機関と連携して進める。\n",
                             "memo-" + std::to_string(year) + ".txt"));
  ASSERT_TRUE(editions.front().layout.generic);
  const History h = follow_history(std::move(editions));
  auto view = [&h](Format f) {
    std::ostringstream out;
    write_history(h, f, out);
    return out.str();
  };
  const std::string text = view(Format::text);
  EXPECT_TRUE(has(text, "(memo-2022.txt, 2 paragraphs)\n")) << text;
  EXPECT_TRUE(has(text, "\nprofile: generic (")) << text;
  EXPECT_TRUE(has(text, kNoticeJa + " / " + kNoticeEn)) << text;
  const std::string html = view(Format::html);
  EXPECT_TRUE(has(html, "<div class=\"notice\" role=\"note\">")) << html;
  EXPECT_TRUE(has(html, "2 段落)</li>")) << html;
  const json j = json::parse(view(Format::json));
  for (const json& e : j["editions"]) EXPECT_EQ(e["profile"]["generic"], true) << e;
}

// ---- the sample law, through the command line ----------------------------------------

// Two revisions of 会社法: every article named by its number in every format.
TEST(ReportCli, TheSampleLawIsReportedArticleByArticle) {
  const std::string o = test::sample_path("law/kaishaho-2017-04-01.md");
  const std::string n = test::sample_path("law/kaishaho-2020-04-01.md");
  test::RunResult text = test::run_nendiff({"compare", o, n, "--no-color"});
  ASSERT_EQ(text.exit_code, 1) << text.err;
  EXPECT_TRUE(has(text.out, "\nレイアウト: law (")) << text.out;
  EXPECT_TRUE(has(text.out, "\n条: 変更なし 1011、変更 30、")) << text.out;
  EXPECT_FALSE(has(text.out, kNoticeEn));
  test::RunResult report = test::run_nendiff({"compare", o, n, "--format", "json"});
  ASSERT_EQ(report.exit_code, 1) << report.err;
  const json j = json::parse(report.out);
  EXPECT_EQ(j["profile"]["name"], "law");
  EXPECT_GT(j["profile"]["coverage"].get<double>(), 0.9);
  size_t changed = 0, sides = 0;
  for (const json& m : j["measures"]) {
    sides += !m["old"].is_null() + !m["new"].is_null();
    if (m["status"] != "changed") continue;
    ++changed;
    EXPECT_EQ(m["new"]["kind"], "article");
    const std::string label = m["new"]["label"];
    EXPECT_EQ(label.rfind("第", 0), 0u) << label;
    // The text views show the number before the article's text.
    EXPECT_TRUE(has(text.out, "  " + label + " ")) << label;
  }
  EXPECT_GT(changed, 10u);
  test::RunResult html = test::run_nendiff({"compare", o, n, "--format", "html"});
  EXPECT_LT(html.out.find("<th colspan=\"2\">改正後 After"), html.out.find("<th colspan=\"2\">改正前 Before"));
  EXPECT_EQ(count(html.out, "<span class=\"label"), sides);  // every article's number, each side
}

}  // namespace
}  // namespace nendiff
