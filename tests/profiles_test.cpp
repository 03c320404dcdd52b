// Layouts nendiff was not written for: follow-ups of other families (the
// samples re-dressed by scripts/redress-followup.py), an outline, text of no
// known layout, and a profile file. Each must give what a careful reader finds.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <iterator>
#include <regex>
#include <sstream>

#include "nendiff/compare.hpp"
#include "nendiff/error.hpp"
#include "nendiff/parse.hpp"
#include "parse/front.hpp"
#include "test_support.hpp"
#include "text/normalize.hpp"

namespace nendiff {
namespace {

using test::findings_of;
using test::sample_path;

std::vector<Document> load_pair(const std::string& old_path, const std::string& new_path,
                                const ParseOptions& options = {}) {
  return load_editions({old_path, new_path}, {}, options);
}

Comparison compare_pair(const std::string& old_path, const std::string& new_path,
                        const ParseOptions& options = {}) {
  std::vector<Document> docs = load_pair(old_path, new_path, options);
  return compare(std::move(docs[0]), std::move(docs[1]));
}

// A re-dressed edition adds labels that are no tags (【KPI】【再掲】【新規】
// 【短期】) to some items of both editions: the same text in both, aside here.
std::string without_labels(const std::string& text) {
  static const std::regex labels("【(KPI|再掲|新規|短期)】");
  return text::compare_key(std::regex_replace(text, labels, ""));
}

class Families : public ::testing::TestWithParam<std::string> {};

// The same two editions in another family's layout — other heading numbers,
// item markers, tag brackets and ministry names, labels that are no tags —
// give the same findings, unit by unit.
TEST_P(Families, SameFindingsAsTheOriginalPair) {
  const std::string family = GetParam();
  const Comparison original = compare_pair(sample_path("kenko-iryo-senryaku-2023.txt"),
                                           sample_path("kenko-iryo-senryaku-2024.txt"));
  const std::string extension = family == "m" ? ".md" : ".txt";  // m: Markdown
  const Comparison redressed =
      compare_pair(sample_path("families/" + family + "-kenko-iryo-senryaku-2023" + extension),
                   sample_path("families/" + family + "-kenko-iryo-senryaku-2024" + extension));
  EXPECT_EQ(redressed.new_doc.layout.profile, "follow-up");
  EXPECT_EQ(redressed.new_doc.sections.size(), original.new_doc.sections.size());
  EXPECT_EQ(test::counts_of(redressed.summary()), test::counts_of(original.summary()));
  const std::vector<std::string> got = findings_of(redressed, without_labels);
  const std::vector<std::string> want = findings_of(original, without_labels);
  std::vector<std::string> extra, missing;
  std::set_difference(got.begin(), got.end(), want.begin(), want.end(), std::back_inserter(extra));
  std::set_difference(want.begin(), want.end(), got.begin(), got.end(),
                      std::back_inserter(missing));
  EXPECT_EQ(extra, std::vector<std::string>{});
  EXPECT_EQ(missing, std::vector<std::string>{});
  for (size_t i = 0; i < original.new_doc.sections.size(); ++i)
    EXPECT_EQ(redressed.new_doc.sections[i].level, original.new_doc.sections[i].level) << i;
}

INSTANTIATE_TEST_SUITE_P(Followup, Families, ::testing::Values("b", "c", "d", "m"));

// `text` as a converter to Markdown writes it (pandoc): a paragraph that
// would start a list, 「1. 」「(1) 」, escaped, 「1\\. 」「\\(1\\) 」.
std::string with_markdown_escapes(const std::string& text) {
  static const std::regex numbered(R"(^(\d+)\. )"), parenthesized(R"(^\((\d+)\) )");
  std::string out;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    line = std::regex_replace(line, numbered, "$1\\. ");
    out += std::regex_replace(line, parenthesized, "\\($1\\) ") + "\n";
  }
  return out;
}

// The headings of `text` as pandoc writes Word's automatically numbered ones:
// 「## 1. 健康長寿…」 as 「## 健康長寿…」 (the number was Word's, not the text's).
std::string without_heading_numbers(const std::string& text) {
  static const std::regex number(R"(^(#+ )(\(\d+\)|\d+\.|\xE2\x91[\xA0-\xB3]) )");
  std::string out;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) out += std::regex_replace(line, number, "$1") + "\n";
  return out;
}

// A sample pair (`stem`-2023 and -2024) and the same with `rewrite` applied
// to both editions: the same findings, unit by unit, and the same sections.
void expect_same_findings(const std::string& stem, const std::function<std::string(const std::string&)>& rewrite) {
  auto compare_texts = [](const std::string& old_text, const std::string& new_text) {
    return compare(parse(old_text), parse(new_text));
  };
  const size_t dot = stem.find('.');
  const std::string old_text = test::read_bytes(sample_path(stem.substr(0, dot) + "-2023" + stem.substr(dot)));
  const std::string new_text = test::read_bytes(sample_path(stem.substr(0, dot) + "-2024" + stem.substr(dot)));
  ASSERT_NE(rewrite(new_text), new_text);
  const Comparison original = compare_texts(old_text, new_text);
  const Comparison read = compare_texts(rewrite(old_text), rewrite(new_text));
  EXPECT_EQ(test::counts_of(read.summary()), test::counts_of(original.summary()));
  EXPECT_EQ(findings_of(read), findings_of(original));
  EXPECT_EQ(read.new_doc.sections.size(), original.new_doc.sections.size());
}

// The escapes are Markdown's, not the text's.
TEST(Markdown, AnEditionWrittenWithEscapesGivesTheSameFindings) {
  const std::string escaped = with_markdown_escapes("1. 健康長寿社会\n(1) 新産業創出\n");
  EXPECT_EQ(escaped, "1\\. 健康長寿社会\n\\(1\\) 新産業創出\n");
  expect_same_findings("kenko-iryo-senryaku.txt", with_markdown_escapes);
}

// Markdown headings whose numbers a converter dropped are still headings, above
// the numbered ones (「○…」「(…)」) under them.
TEST(Markdown, HeadingsWithoutTheirNumbersGiveTheSameFindings) {
  EXPECT_EQ(without_heading_numbers("## 1. 健康\n### (2) 新産業\n#### ③ 公的\n(1) 本文\n"),
            "## 健康\n### 新産業\n#### 公的\n(1) 本文\n");
  expect_same_findings("families/m-kenko-iryo-senryaku.md", without_heading_numbers);
}

// `text`'s 「- 」 items as an ordered list (「1. 」「2. 」…, counted again
// under each heading): pandoc's rendering of Word's numbered paragraphs.
std::string as_ordered_list(const std::string& text) {
  std::string out;
  std::istringstream lines(text);
  int n = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("- ", 0) == 0) line = std::to_string(++n) + ". " + line.substr(2);
    else if (line.rfind("#", 0) == 0 || line.rfind("*", 0) == 0) n = 0;
    out += line + "\n";
  }
  return out;
}

// Measures written as an ordered list are units each — not headings (「1.」
// is a heading's numbering in a follow-up), nor the points of a measure
// above still waiting for its tag.
TEST(Markdown, MeasuresWrittenAsAnOrderedListGiveTheSameFindings) {
  EXPECT_EQ(as_ordered_list("## 1. 章\n\n- 甲\n- 乙\n*（節）*\n- 丙\n"),
            "## 1. 章\n\n1. 甲\n2. 乙\n*（節）*\n1. 丙\n");
  expect_same_findings("families/m-kenko-iryo-senryaku.md", as_ordered_list);
}

// `text` with its top headings typed as paragraphs in Word (「1. 健康…」, no
// 「## 」), as markitdown writes them: unescaped, an ordered list's form.
std::string with_typed_top_headings(const std::string& text) {
  return std::regex_replace(text, std::regex("(^|\n)## ([0-9]+\\. )"), "$1$2");
}

// Such a line, alone and heading what follows, is the heading it was: the
// same sections, the same units under them.
TEST(Markdown, HeadingsTypedAsParagraphsGiveTheSameFindings) {
  EXPECT_EQ(with_typed_top_headings("## 1. 健康\n\n### (1) 新産業\n"), "1. 健康\n\n### (1) 新産業\n");
  expect_same_findings("families/m-kenko-iryo-senryaku.md", with_typed_top_headings);
}

// The Markdown outline pair: its units are the top-level items under their
// headings, each with its sub-items.
TEST(Outline, TopLevelItemsWithTheirSubItemsAreTheUnits) {
  const Comparison c = compare_pair(sample_path("outline/iryo-dx-ronten-v1.md"),
                                    sample_path("outline/iryo-dx-ronten-v2.md"));
  EXPECT_EQ(c.new_doc.layout.profile, "outline");
  EXPECT_EQ(c.new_doc.title, "医療DXの推進に関する論点整理");
  ASSERT_EQ(c.new_doc.sections.size(), 7u);
  EXPECT_EQ(c.new_doc.sections[2].heading, "(1)オンライン資格確認の拡充");
  EXPECT_EQ(c.new_doc.sections[2].level, 2);
  EXPECT_EQ(c.new_doc.measures.size(), 13u);
  EXPECT_EQ(c.new_doc.measures[0].kind, UnitKind::item);
  EXPECT_EQ(c.new_doc.measures[0].sentences.size(), 3u);  // the item and its two sub-items
  std::map<std::string, std::string> by_text;  // the unit's first words → what became of it
  for (const MeasureDiff& d : c.measures)
    by_text[std::string(c.shown(d).text.substr(0, 18))] =
        std::string(status_name(d.status)) + (d.moved ? "+moved" : "");
  EXPECT_EQ(by_text.at("国・地方公共"), "dropped");
  EXPECT_EQ(by_text.at("オンライン資"), "changed");
  EXPECT_EQ(by_text.at("マイナ保険証"), "added");
  EXPECT_EQ(by_text.at("電子処方箋の"), "changed");
  EXPECT_EQ(by_text.at("診療報酬改定"), "unchanged+moved");
  EXPECT_EQ(by_text.at("共通算定モジ"), "changed");
  EXPECT_EQ(c.summary().numbers, 2);  // 約92% → 約94%, 約8,000 → 約12,000
  EXPECT_EQ(c.summary().commitments_added, 1);  // the sub-item 「2026年度の改定から…」
  // The title lost its draft mark and the date moved: said, not silent.
  ASSERT_EQ(c.outside.size(), 2u);
  EXPECT_EQ(c.outside[0].part, "title");
  EXPECT_EQ(c.outside[1].part, "preamble");
}

// A numbered outline in plain text (a 要綱, a 通知) writes each heading over
// its paragraph with no blank line and no 「#」: 「第２　基金の設置」 heads the
// paragraphs under it, which the outline reads as one unit (it was one unit
// with everything from the first heading on).
TEST(Outline, APlainNumberedOutlineHeadsItsParagraphs) {
  const std::string yoko =
      "基金管理運営要領\n\n"
      "第１　趣旨\n"
      "　この要領は、基金の管理運営について必要な事項を定めるものとする。\n\n"
      "第２　基金の設置\n"
      "１　都道府県は、基金を設置するものとする。\n"
      "２　基金の運用は、安全かつ確実な方法により行うものとする。\n\n"
      "第３　報告\n"
      "都道府県は、毎年度６月末までに、実施状況を報告するものとする。\n";
  const Document d = parse(yoko, "yoko.txt", {"outline"});
  ASSERT_EQ(d.sections.size(), 3u);
  EXPECT_EQ(d.sections[1].heading, "第2基金の設置");
  ASSERT_EQ(d.measures.size(), 3u);
  EXPECT_EQ(d.measures[1].section_path.back(), "第2基金の設置");
  EXPECT_EQ(d.measures[2].text, "都道府県は、毎年度6月末までに、実施状況を報告するものとする。");
}

// Text of no known layout is compared paragraph by paragraph: a differing
// pair differs, an identical pair does not.
TEST(Generic, ParagraphsOfTextInNoKnownLayout) {
  const std::string essay =
      "医療提供体制の将来像について\n\n"
      "人口構造の変化に伴い、医療需要は地域によって大きく異なる動きを示している。\n\n"
      "このため、地域の実情に応じた提供体制の見直しが求められる。\n\n"
      "関係者の合意形成には時間を要することから、早期に議論を始める必要がある。\n";
  std::string revised = essay;
  revised.replace(revised.find("早期に"), std::string("早期に").size(), "直ちに");
  std::vector<Document> same = parse_editions({{essay, "UTF-8"}, {essay, "UTF-8"}}, {"a", "b"});
  EXPECT_TRUE(same[0].layout.generic);
  EXPECT_EQ(same[0].measures.size(), 3u);
  EXPECT_EQ(same[0].measures[0].kind, UnitKind::paragraph);
  EXPECT_FALSE(compare(same[0], same[1]).has_differences());
  std::vector<Document> both = parse_editions({{essay, "UTF-8"}, {revised, "UTF-8"}}, {"a", "b"});
  const Comparison c = compare(std::move(both[0]), std::move(both[1]));
  EXPECT_TRUE(c.has_differences());
  ASSERT_EQ(c.summary().changed, 1);
  ASSERT_EQ(c.measures[2].rewritten.size(), 1u);
  EXPECT_EQ(c.measures[2].rewritten[0].new_sentence,
            "関係者の合意形成には時間を要することから、直ちに議論を始める必要がある。");
}

// A paper of no known layout names its parts with short lines standing alone,
// numbered or not: they head the paragraphs below them and are no part of
// their text. A line that runs on (「、」), closing words (「以上」) and a
// report's month (「令和５年８月」, its date: no decision's day) head nothing:
// they stay paragraphs, as the author broke them.
TEST(Generic, ShortLinesStandingAloneAreHeadings) {
  const std::string paper =
      "検討会　報告書\n\n令和５年８月\n\n"
      "はじめに\n\n本検討会は、議論を重ねてきた。\n\n"
      "１．現状と課題\n\n路線バス\n\n減便が相次いでいる。\n\n"
      "このため、\n\n早期の対応が求められる。\n\n"
      "Next steps\n\nWe will report again next year.\n\n以上\n";
  const Document d = parse(paper, "paper.txt");
  EXPECT_TRUE(d.layout.generic);
  EXPECT_EQ(d.date_text, "令和5年8月");
  EXPECT_FALSE(dated_to_the_day(d));
  std::vector<std::string> headings, labels, texts;
  for (const Section& s : d.sections) headings.push_back(s.heading), labels.push_back(s.label);
  for (const Measure& m : d.measures) texts.push_back(m.text.str());
  EXPECT_EQ(headings, (std::vector<std::string>{"はじめに", "1.現状と課題", "路線バス", "Next steps"}));
  EXPECT_EQ(labels, (std::vector<std::string>{"", "1.", "", ""}));
  EXPECT_EQ(texts, (std::vector<std::string>{"本検討会は、議論を重ねてきた。", "減便が相次いでいる。",
                                             "このため、", "早期の対応が求められる。",
                                             "We will report again next year.", "以上"}));
  ASSERT_EQ(d.measures[1].section_path.size(), 2u);  // 「路線バス」 under 「1.現状と課題」
  EXPECT_EQ(d.measures[1].section_path.front(), "1.現状と課題");
}

// A 通知's numbering 「１　」 (a number and a space) heads the paragraphs
// indented under it, with no blank line between: 「1実施に当たっての留意点オンライン
// 診療は…」 was one paragraph.
TEST(Generic, ANumberAndASpaceHeadTheParagraphsBelow) {
  const Document d = parse(
      "事務連絡\n\n記\n\n１　実施に当たっての留意点\n　対面診療と組み合わせて行うこと。\n\n"
      "２　報告\n　年度末までに報告すること。\n\n3 件の報告があった。\n", "tsuchi.txt");
  std::vector<std::string> headings, texts;
  for (const Section& s : d.sections) headings.push_back(s.heading);
  for (const Measure& m : d.measures) texts.push_back(m.text.str());
  EXPECT_EQ(headings, (std::vector<std::string>{"記", "1実施に当たっての留意点", "2報告"}));
  EXPECT_EQ(texts, (std::vector<std::string>{"対面診療と組み合わせて行うこと。",
                                             "年度末までに報告すること。", "3件の報告があった。"}));
}

// Detection: each sample is read with the profile of its family.
TEST(Profiles, EachSampleIsReadWithItsFamilysProfile) {
  const std::pair<const char*, const char*> expected[] = {
      {"kenko-iryo-senryaku-2025.txt", "follow-up"},
      {"families/b-kenko-iryo-senryaku-2024.txt", "follow-up"},
      {"families/m-kenko-iryo-senryaku-2024.md", "follow-up"},
      {"law/kaishaho-2017-04-01.md", "law"},
      {"outline/iryo-dx-ronten-v1.md", "outline"}};
  for (const auto& [file, profile] : expected) {
    const Document d = load_edition(sample_path(file));
    EXPECT_EQ(d.layout.profile, profile) << file;
    EXPECT_FALSE(d.layout.generic) << file;
    EXPECT_GT(d.layout.coverage, 0.8) << file;
    EXPECT_LT(d.layout.largest_unit, 0.2) << file;
  }
}

// A 規制改革実施計画's item: 「No.1 …」, its paragraphs a, b, its schedule
// 【…】 and its ministries 〈…〉 on lines of their own. The schedule is the
// item's own (not a heading), the 〈…〉 line its tag.
TEST(Profiles, ARegulatoryReformItemKeepsItsScheduleAndTag) {
  auto plan = [](const std::string& date, const std::string& ministries) {
    return "規制改革実施計画\n\n" + date + "\n閣議決定\n\n１．医療・介護・感染症対策\n\n"
           "No.1　オンライン診療の更なる推進\n"
           "a　厚生労働省は、オンライン診療の適切な実施に関する指針を見直し、受診機会を確保する。\n"
           "b　厚生労働省は、医師非常駐の診療所の開設要件を明確化し、その周知を図ることとする。\n"
           "【a：令和５年度検討開始、令和６年度結論・措置、b：令和５年度措置】\n〈厚生労働省〉\n\n"
           "No.2　医療機関における電子処方箋の普及\n"
           "電子処方箋の導入医療機関数を２０２５年３月までに約２２万施設とすることを目指す。\n"
           "【令和５年度以降継続的に措置】\n〈" + ministries + "〉\n";
  };
  const Document old_doc = parse(plan("令和５年６月16日", "厚生労働省"));
  EXPECT_EQ(old_doc.sections.size(), 1u);
  ASSERT_EQ(old_doc.measures.size(), 2u);
  ASSERT_TRUE(old_doc.measures[0].tag.has_value());
  EXPECT_EQ(old_doc.measures[0].tag->ministries[0].body, "厚生労働省");
  EXPECT_NE(old_doc.measures[0].text.find("【a:令和5年度検討開始"), std::string::npos);
  const Comparison c = compare(old_doc, parse(plan("令和６年６月21日", "厚生労働省、デジタル庁")));
  EXPECT_EQ(c.summary().tag_changes, 1);
  EXPECT_TRUE(c.measures[1].tag_changed);
}

// A tag alone on its line with no measure left to close (the measure above
// has its own, and a heading came in between) is kept as text of the measure
// before it: a changed one is a difference, never dropped unseen.
TEST(Profiles, ATagWithNoMeasureToCloseIsStillCompared) {
  auto edition = [](const std::string& tag) {
    return "計画2024\n\n1. 総論\n\n・研究開発を推進するため、新たな支援の枠組みを設ける。【◎厚】\n\n"
           "(1)研究開発\n\n" + tag + "\n";
  };
  const Comparison c = compare(parse(edition("【◎経】")), parse(edition("【◎文】")));
  EXPECT_TRUE(c.has_differences());
  ASSERT_EQ(c.new_doc.measures.size(), 1u);
  EXPECT_NE(c.new_doc.measures[0].text.find("【◎文】"), std::string::npos);
}

TEST(Profiles, AForcedProfileIsUsed) {
  const Document d = load_edition(sample_path("kenko-iryo-senryaku-2024.txt"), {}, {"generic"});
  EXPECT_EQ(d.layout.profile, "generic");
  EXPECT_TRUE(d.layout.generic);
  EXPECT_THROW(check_profile({"nosuch"}), Error);
}

// A family nendiff has no profile for, told by a profile file: 「第１」
// headings, 「◇」 items, tags 〈所管：…〉 in brackets the built-in profile does
// not know, with a body of its own.
TEST(ProfileFile, ReadsAFamilyTheBuiltInsDoNot) {
  test::TempDir dir;
  test::write_bytes(dir.file("p.toml"),
                    "name = \"keikaku\"\n"
                    "description = \"〇〇計画の工程表\"\n"
                    "lead_marks = [\"（主）\"]\n"
                    "[[heading]]\nform = \"第{n}{_}{t}\"\n"
                    "[[heading]]\nform = \"{n}. {t}\"\n"
                    "[[item]]\nform = \"◇{t}\"\n"
                    "[[tag]]\nbrackets = \"〈〉\"\nprefixes = [\"所管：\"]\nknown_bodies_only = true\n"
                    "[[body]]\nname = \"〇〇推進本部事務局\"\naliases = [\"推進事務局\"]\n");
  const std::string text =
      "〇〇計画工程表2024\n\n第１ 総論\n\n１．推進体制\n\n"
      "◇推進体制を整備した。〈所管：推進事務局（主）、厚生労働省〉\n\n"
      "◇研修を実施する。〈所管：文部科学省（主）〉\n";
  const Document d = parse(text, "p.txt", {dir.file("p.toml")});
  EXPECT_EQ(d.layout.profile, "keikaku");
  ASSERT_EQ(d.sections.size(), 2u);
  EXPECT_EQ(d.sections[1].parent, 0u);
  ASSERT_EQ(d.measures.size(), 2u);
  EXPECT_EQ(d.measures[0].text, "推進体制を整備した。");
  ASSERT_TRUE(d.measures[0].tag.has_value());
  EXPECT_EQ(d.measures[0].tag->ministries[0].body, "〇〇推進本部事務局");
  EXPECT_TRUE(d.measures[0].tag->ministries[0].lead);
  EXPECT_EQ(d.measures[1].tag->leads(), std::vector<std::string>{"文部科学省"});
}

TEST(ProfileFile, AMistakeIsOneLineNamingTheKeyAndTheLine) {
  test::TempDir dir;
  auto error = [&](const std::string& toml) {
    test::write_bytes(dir.file("bad.toml"), toml);
    try {
      check_profile({dir.file("bad.toml")});
    } catch (const Error& e) {
      const std::string m = e.what();
      EXPECT_EQ(m.find('\n'), std::string::npos) << m;
      return m.substr(m.find("bad.toml") + 8);
    }
    return std::string("no error");
  };
  EXPECT_EQ(error("name = \"x\"\n[[heading]]\nform = \"第{x}章 {t}\"\n"),
            ":3: heading[1].form: '第{x}章 {t}': unknown {x} (use {n} {k} {p} {b} {c} {r} {a} {l} {s} "
            "{t} {t?} {_})");
  EXPECT_EQ(error("name = \"x\"\nunit = \"chapter\"\n"),
            ":2: unit: 'chapter' is not one of measure, article, item, paragraph");
  EXPECT_EQ(error("name = \"x\"\nhedaing = 1\n").substr(0, 24), ":2: hedaing: unknown key");
  EXPECT_EQ(error("name = \"x\"\n[[tag]]\nbrackets = \"【\"\n"),
            ":3: tag[1].brackets: expected the opening and the closing bracket, e.g. \"【】\"");
  EXPECT_EQ(error("name = \"x\"\nextends = \"memo\"\n"),
            ":2: extends: no built-in profile 'memo' (follow-up, law, outline, generic)");
  EXPECT_EQ(error("name = [\n").substr(0, 3), ":1:");  // TOML itself
  EXPECT_EQ(error("description = \"no name\"\n"), ":1: name: a profile needs a name");
}

// What a user at a terminal sees for text of no known layout: the pair is
// compared, differences give exit 1, and one line on stderr says how it was read.
TEST(ProfileCli, GenericTextIsComparedAndSaidSo) {
  test::TempDir dir;
  const std::string a = dir.file("memo-v1.txt"), b = dir.file("memo-v2.txt");
  test::write_bytes(a, "検討メモ\n\n需要は地域により異なる。\n\n早期に議論を始める。\n");
  test::write_bytes(b, "検討メモ\n\n需要は地域により異なる。\n\n直ちに議論を始める。\n");
  const test::RunResult differ = test::run_nendiff({"compare", a, b});
  EXPECT_EQ(differ.exit_code, 1) << differ.err;
  EXPECT_NE(differ.out.find("直ちに"), std::string::npos) << differ.out;
  EXPECT_EQ(test::count(differ.err, "\n"), 1u) << differ.err;
  EXPECT_NE(differ.err.find("paragraph by paragraph"), std::string::npos) << differ.err;
  EXPECT_NE(differ.err.find("memo-v1.txt"), std::string::npos) << differ.err;
  const test::RunResult same = test::run_nendiff({"compare", a, a});
  EXPECT_EQ(same.exit_code, 0) << same.out;
  // Chosen on purpose, the profile needs no notice.
  EXPECT_EQ(test::run_nendiff({"compare", "--profile", "generic", a, b}).err, "");
}

TEST(ProfileCli, ABadProfileIsOneLineAndExitTwo) {
  test::TempDir dir;
  const std::string a = sample_path("outline/iryo-dx-ronten-v1.md");
  test::write_bytes(dir.file("bad.toml"), "name = \"x\"\n[[item]]\nfrom = \"・{t}\"\n");
  for (const std::string& profile : {dir.file("bad.toml"), std::string("nosuch"),
                                     dir.file("missing.toml")}) {
    const test::RunResult r = test::run_nendiff({"compare", "--profile", profile, a, a});
    EXPECT_EQ(r.exit_code, 2) << profile;
    EXPECT_EQ(test::count(r.err, "\n"), 1u) << r.err;
    EXPECT_EQ(r.out, "");
  }
  const test::RunResult r = test::run_nendiff({"compare", "--profile", dir.file("bad.toml"), a, a});
  EXPECT_NE(r.err.find("bad.toml:3: item[1].from: unknown key"), std::string::npos) << r.err;
}

// Each layout pair through the CLI: differences found, exit 1.
TEST(ProfileCli, EachLayoutsPairExitsOne) {
  for (const auto& [old_file, new_file] :
       std::vector<std::pair<std::string, std::string>>{
           {"outline/iryo-dx-ronten-v1.md", "outline/iryo-dx-ronten-v2.md"},
           {"families/b-kenko-iryo-senryaku-2023.txt", "families/b-kenko-iryo-senryaku-2024.txt"},
           {"families/d-kenko-iryo-senryaku-2023.txt", "families/d-kenko-iryo-senryaku-2024.txt"},
           {"families/m-kenko-iryo-senryaku-2023.md", "families/m-kenko-iryo-senryaku-2024.md"}}) {
    const test::RunResult r = test::run_nendiff({"compare", sample_path(old_file), sample_path(new_file)});
    EXPECT_EQ(r.exit_code, 1) << old_file << r.err;
    EXPECT_EQ(r.err, "") << old_file;
  }
}

}  // namespace
}  // namespace nendiff
