// An edition published as a web page is read as the page shows it: blocks as
// paragraphs, headings and list items marked as Markdown marks them, tables as
// rows, nothing of what a browser does not show.
#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "nendiff/compare.hpp"
#include "nendiff/error.hpp"
#include "nendiff/parse.hpp"
#include "nendiff/read.hpp"
#include "test_support.hpp"

namespace nendiff {
namespace {

bool has_line(const std::string& text, const std::string& line) {
  return ("\n" + text + "\n").find("\n" + line + "\n") != std::string::npos;
}

const std::string kPage = R"(<!DOCTYPE html>
<html lang="ja"><head><meta charset="Shift_JIS"><title>計画｜内閣府</title>
<style>p { color: red }</style><script>var html = "<p>台本</p>";</script></head>
<body>
<nav><ul><li><a href="/">ホーム</a></li></ul></nav>
<h1>健康・医療戦略の実行状況と今後の取組方針2024</h1>
<p>令和６年６月４日<br>健康・医療戦略推進本部決定</p>
<h2>1. 健康長寿社会の形成</h2>
<h3>（健康経営の推進）</h3>
<ul>
<li>「健康経営銘柄2024」として、27業種53社を選定した。
    引き続き普及を促進する。<strong>【厚、◎経】</strong>
<li>研修を実施した。【◎厚】
  <ol><li>第一の点</li><li>第二の点</li></ol>
</ul>
<table><tr><th>施策</th><th>2024年度</th></tr><tr><td>研修<br>（座学）</td><td>実施</td></tr></table>
<pre>行一
  行二</pre>
<p>AI &amp; IoT の活用 &lt;試行&gt;</p>
</body></html>
)";

TEST(Html, APageIsReadAsItShowsItsText) {
  const DecodedText read = read_input_bytes(kPage, "page.html");
  const std::string& text = read.utf8;
  EXPECT_EQ(read.encoding, "HTML");
  for (const char* line : {"# 健康・医療戦略の実行状況と今後の取組方針2024", "令和６年６月４日", "健康・医療戦略推進本部決定",
                           "## 1. 健康長寿社会の形成", "### （健康経営の推進）",
                           "- 「健康経営銘柄2024」として、27業種53社を選定した。引き続き普及を促進する。【厚、◎経】",
                           "- 研修を実施した。【◎厚】", "  1. 第一の点", "  2. 第二の点", "施策\t2024年度",
                           "研修 （座学）\t実施", "行一", "  行二", "AI & IoT の活用 <試行>"})
    EXPECT_TRUE(has_line(text, line)) << line << "\n" << text;
  for (const char* hidden : {"内閣府", "color", "台本", "ホーム"}) EXPECT_EQ(text.find(hidden), std::string::npos) << hidden;
  ASSERT_EQ(read.table_rows.size(), 2u);
  std::istringstream lines(text);
  std::string line;
  for (int n = 1; std::getline(lines, line); ++n)
    if (line == "施策\t2024年度") EXPECT_EQ(read.table_rows[0], n);
  const Document d = parse(read, "page.html");
  EXPECT_EQ(d.title, "健康・医療戦略の実行状況と今後の取組方針2024");
  ASSERT_GE(d.measures.size(), 4u);
  EXPECT_EQ(d.measures[1].text, "研修を実施した。");
  EXPECT_EQ(d.measures[2].text, "第一の点");  // a nested list's items: units of their own, no headings
  EXPECT_EQ(d.measures[3].text, "第二の点");
  EXPECT_EQ(d.sections.size(), 2u);  // the h1 is the title
}

// What a heading holds — a block, a list — is its text: one heading still.
TEST(Html, AHeadingHoldingBlocksIsOneHeading) {
  const std::string text = read_input_bytes(
      "<!DOCTYPE html><html><body><h1>計画2024</h1><h2><div>1. 総論</div><span>（案）</span></h2>"
      "<ul><li>研究を進める。【◎文】</li></ul><h2>2. <ul><li>各論</li></ul></h2><ul><li>医療を支える。【◎厚】</li></ul>"
      "</body></html>",
      "page.html").utf8;
  EXPECT_TRUE(has_line(text, "## 1. 総論（案）")) << text;
  EXPECT_TRUE(has_line(text, "## 2. 各論")) << text;
  EXPECT_TRUE(has_line(text, "- 医療を支える。【◎厚】")) << text;
  EXPECT_EQ(parse(text, "page.html").sections.size(), 2u);
}

// A ministry's page as sites are built for screen readers: the site's banner,
// skip link, breadcrumbs, side column and footer around the document's <main>.
std::string site_page(const std::string& document, const std::string& updated, const std::string& news) {
  return "<!DOCTYPE html><html lang=\"ja\"><head><title>計画｜内閣府</title></head><body>"
         "<header><p>内閣府</p><a href=\"#main\">本文へ移動</a><form role=\"search\"><p>サイト内検索</p></form></header>"
         "<div class=\"breadcrumb\" role=\"navigation\">ホーム ＞ 政策</div>"
         "<div class=\"title\"><h1>計画2024</h1></div><div class=\"share\">シェアする</div>"
         "<main id=\"main\"><header><p>令和６年６月４日</p></header>" +
         document +
         "</main><aside><h2>関連情報</h2><ul><li>" + news + "</li></ul></aside>"
         "<div hidden>隠された版</div><p style=\"DISPLAY : none\">印刷用</p>"
         "<footer><p>最終更新日：" + updated + "</p><p>Copyright 内閣府</p></footer></body></html>";
}

const std::string kMainDocument =
    "<section><h2>1. 総論</h2><ul><li>研究を進める。【◎文】</li></ul>"
    "<aside><p>（注）補足の説明。</p></aside><footer><p>（出典）白書</p></footer></section>";

TEST(Html, TheSitesBannerMenusSideColumnAndFooterAreNotTheDocuments) {
  const std::string text = read_input_bytes(site_page(kMainDocument, "2024年6月4日", "お知らせ"), "page.html").utf8;
  for (const char* line : {"# 計画2024", "令和６年６月４日", "## 1. 総論", "- 研究を進める。【◎文】", "（注）補足の説明。", "（出典）白書"})
    EXPECT_TRUE(has_line(text, line)) << line << "\n" << text;
  for (const char* chrome : {"内閣府", "本文へ移動", "サイト内検索", "ホーム", "シェアする", "関連情報", "お知らせ", "隠された版",
                             "印刷用", "最終更新日", "Copyright"})
    EXPECT_EQ(text.find(chrome), std::string::npos) << chrome << "\n" << text;
  // Without a <main>, the page's own banner and footer are still the site's;
  // an article's header and footer are the article's.
  const std::string no_main = read_input_bytes(
      "<!DOCTYPE html><html><body><header><p>内閣府</p></header><div role=\"banner\">ロゴ</div>"
      "<article><header><h1>計画2024</h1><p>令和６年６月４日</p></header><p>研究を進める。</p>"
      "<footer><p>（出典）白書</p></footer></article><div role=\"contentinfo\">連絡先</div>"
      "<footer><p>Copyright</p></footer></body></html>",
      "page.html").utf8;
  for (const char* line : {"# 計画2024", "令和６年６月４日", "研究を進める。", "（出典）白書"})
    EXPECT_TRUE(has_line(no_main, line)) << line << "\n" << no_main;
  for (const char* chrome : {"内閣府", "ロゴ", "連絡先", "Copyright"}) EXPECT_EQ(no_main.find(chrome), std::string::npos) << chrome;
  // Two shown <main>s: no one of them is the page's; everything but the chrome is read.
  const std::string two = read_input_bytes(
      "<!DOCTYPE html><html><body><main><p>前半。</p></main><p>間の文。</p><main><p>後半。</p></main>"
      "<main hidden><p>隠し。</p></main></body></html>",
      "page.html").utf8;
  for (const char* line : {"前半。", "間の文。", "後半。"}) EXPECT_TRUE(has_line(two, line)) << line << "\n" << two;
  EXPECT_EQ(two.find("隠し"), std::string::npos) << two;
  // An element of role main is the page's <main>: a header inside it is its own.
  const std::string role = read_input_bytes(
      "<!DOCTYPE html><html><body><div role=\"banner\">内閣府</div><div role=\"main\"><header><p>令和６年６月４日</p>"
      "</header><p>研究を進める。</p></div><footer>Copyright</footer></body></html>",
      "page.html").utf8;
  for (const char* line : {"令和６年６月４日", "研究を進める。"}) EXPECT_TRUE(has_line(role, line)) << line << "\n" << role;
  for (const char* chrome : {"内閣府", "Copyright"}) EXPECT_EQ(role.find(chrome), std::string::npos) << chrome;
}

// An older site marks no landmark: its template's ids name the banner, menus,
// breadcrumbs, side column and footer, which are the site's. A page with
// landmarks is read by them alone (an id there is no sign).
TEST(Html, AnOldSitesPartsAreKnownByTheirIds) {
  auto old_site = [](const char* updated, const char* news) {
    return std::string("<!DOCTYPE html><html><body><div id=\"header\"><p>内閣府</p><p>サイト内検索</p></div>"
                       "<ul id=\"global-navi\"><li>ホーム</li><li>政策</li></ul>"
                       "<div id=\"topicpath\">ホーム &gt; 政策</div><div id=\"contents\"><h1>計画2024</h1>"
                       "<p>令和６年６月４日</p><h2>1. 総論</h2><ul><li>研究を進める。【◎文】</li></ul></div>"
                       "<div id=\"side\"><p>") + news + "</p></div><div id=\"footer\"><p>最終更新日：" + updated +
           "</p><p>Copyright</p></div></body></html>";
  };
  const std::string text = read_input_bytes(old_site("2024年6月4日", "お知らせ"), "page.html").utf8;
  for (const char* line : {"# 計画2024", "令和６年６月４日", "## 1. 総論", "- 研究を進める。【◎文】"})
    EXPECT_TRUE(has_line(text, line)) << line << "\n" << text;
  for (const char* chrome : {"内閣府", "サイト内検索", "ホーム", "政策", "お知らせ", "最終更新日", "Copyright"})
    EXPECT_EQ(text.find(chrome), std::string::npos) << chrome << "\n" << text;
  const Document a = parse(read_input_bytes(old_site("2023年6月1日", "お知らせ"), "page.html"), "page.html");
  const Document b = parse(read_input_bytes(old_site("2024年6月4日", "新着"), "page.html"), "page.html");
  EXPECT_FALSE(compare(a, b).has_differences());
  // With a landmark anywhere, ids are not read as signs: a document's own
  // 「id="side"」 inside <main> stays.
  const std::string marked = read_input_bytes(
      "<!DOCTYPE html><html><body><main><p>本文。</p><div id=\"side\"><p>補足。</p></div></main></body></html>",
      "page.html").utf8;
  EXPECT_TRUE(has_line(marked, "補足。")) << marked;
}

// The site changing around the document is no difference; the document
// changing inside it is one.
TEST(Html, PagesWhoseSiteChangedAroundTheSameDocumentCompareEqual) {
  auto page = [](const std::string& document, const char* updated, const char* news) {
    return parse(read_input_bytes(site_page(document, updated, news), "page.html"), "page.html");
  };
  const Document before = page(kMainDocument, "2023年6月1日", "お知らせ");
  EXPECT_FALSE(compare(before, page(kMainDocument, "2024年6月4日", "新着情報")).has_differences());
  const std::string changed = std::regex_replace(kMainDocument, std::regex("研究を進める"), "研究を加速する");
  EXPECT_TRUE(compare(before, page(changed, "2023年6月1日", "お知らせ")).has_differences());
}

// The Markdown edition as a ministry's site would publish it: headings,
// lists, paragraphs, emphasis.
std::string as_page(const std::string& markdown) {
  auto escaped = [](std::string s) {
    s = std::regex_replace(s, std::regex("&"), "&amp;");
    s = std::regex_replace(s, std::regex("<"), "&lt;");
    s = std::regex_replace(s, std::regex("\\\\(.)"), "$1");
    s = std::regex_replace(s, std::regex("\\*\\*([^*]+)\\*\\*"), "<strong>$1</strong>");
    return std::regex_replace(s, std::regex("\\*([^*]+)\\*"), "<em>$1</em>");
  };
  std::string page = "<!DOCTYPE html>\n<html><head><title>サイト</title></head><body>\n";
  std::istringstream lines(markdown);
  for (std::string line; std::getline(lines, line);) {
    std::smatch m;
    if (line.empty()) continue;
    if (std::regex_match(line, m, std::regex("(#+) (.*)")))
      page += "<h" + std::to_string(m[1].length()) + ">" + escaped(m[2]) + "</h" + std::to_string(m[1].length()) + ">\n";
    else if (line.rfind("- ", 0) == 0) page += "<ul><li>" + escaped(line.substr(2)) + "</li></ul>\n";
    else page += "<p>" + escaped(line) + "</p>\n";
  }
  return page + "</body></html>\n";
}

TEST(Html, APublishedEditionGivesTheSameFindingsAsItsText) {
  auto markdown = [](const char* year) {
    return test::read_bytes(test::sample_path(std::string("families/m-kenko-iryo-senryaku-") + year + ".md"));
  };
  auto page = [&](const char* year) {
    return parse(read_input_bytes(as_page(markdown(year)), std::string(year) + ".html"), std::string(year) + ".html");
  };
  const Comparison original = compare(parse(markdown("2023")), parse(markdown("2024")));
  const Comparison published = compare(page("2023"), page("2024"));
  EXPECT_EQ(published.new_doc.title, original.new_doc.title);
  EXPECT_EQ(test::counts_of(published.summary()), test::counts_of(original.summary()));
  ASSERT_EQ(published.measures.size(), original.measures.size());
  for (size_t i = 0; i < original.measures.size(); ++i)
    EXPECT_EQ(published.measures[i].status, original.measures[i].status) << i;
  EXPECT_EQ(published.stale.size(), original.stale.size());
  const Comparison same = compare(parse(markdown("2024")), page("2024"));
  EXPECT_FALSE(same.has_differences()) << test::counts_of(same.summary());
}

TEST(Html, AHostilePageIsReadOrRefusedNamingIt) {
  std::string deep = "<!DOCTYPE html><html><body>";
  for (int i = 0; i < 100000; ++i) deep += "<div><span>";
  deep += "深い本文。";
  const DecodedText read = read_input_bytes(deep, "deep.html");  // no recursion to exhaust
  EXPECT_EQ(read.encoding, "HTML");
  InputOptions small;
  small.max_size = 2000;
  std::string long_page = "<!DOCTYPE html><html><body>";
  for (int i = 0; i < 60; ++i) long_page += "<p>本文の段落。</p>";
  const DecodedText ok = read_input_bytes(long_page, "long.html", small);
  EXPECT_LT(ok.utf8.size(), 2000u);
  try {
    read_input_bytes("<!DOCTYPE html>", "empty.html");
    ADD_FAILURE() << "an empty page was read";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()).rfind("empty.html: ", 0), 0u) << e.what();
  }
  // A text that opens as a page is read as one; one that mentions a tag, as text.
  EXPECT_EQ(read_input_bytes("<html> 要素の説明。\n", "note.txt").encoding, "HTML");
  EXPECT_EQ(read_input_bytes("本文で <html> に触れる。\n", "note.txt").encoding, "UTF-8");
}

TEST(Html, TheCommandComparesTwoPages) {
  test::TempDir dir;
  const std::string page = kPage;
  test::write_bytes(dir.file("2023.html"), std::regex_replace(page, std::regex("27業種53社"), "31業種49社"));
  test::write_bytes(dir.file("2024.html"), page);
  const auto run = test::run_nendiff({"compare", dir.file("2023.html"), dir.file("2024.html")});
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_NE(run.out.find("[-31業種-] → {+27業種+}"), std::string::npos) << run.out;
  const auto same = test::run_nendiff({"compare", dir.file("2024.html"), dir.file("2024.html")});
  EXPECT_EQ(same.exit_code, 0) << same.out;
}

}  // namespace
}  // namespace nendiff
