// The parser on the real 2024 edition and on the tricky shapes of these documents.
#include "nendiff/parse.hpp"
#include "parse/pieces.hpp"

#include <gtest/gtest.h>

#include <memory>

#include "text/brackets.hpp"
#include "text/figures.hpp"
#include "text/normalize.hpp"
#include "test_support.hpp"
#include "text/unicode.hpp"

namespace nendiff {
namespace {

const std::string kSample = "kenko-iryo-senryaku-2024.txt";

Document parse_sample() {
  return parse(test::read_bytes(test::sample_path(kSample)), kSample);
}

const Measure* measure_at(const Document& d, int line) {
  for (const Measure& m : d.measures)
    if (m.line == line) return &m;
  return nullptr;
}

// Expected values read off the file by hand.
struct Expected {
  int line;
  const char* section;  // the innermost heading
  std::vector<std::string> leads, others;
  const char* starts;   // first characters of the normalized text
};

const Expected kExpected[] = {
    {21, "(健康経営の推進)", {"経"}, {"厚"}, "「健康経営銘柄2024」として"},
    {25, "(健康経営の推進)", {"厚"}, {"総", "経"}, "これまで、健保組合"},
    {29, "(保険者における予防・健康づくり等のインセンティブ)", {"厚"}, {}, "後期高齢者支援金"},
    {33, "(地域・職域連携の推進)", {"厚"}, {"総"}, "地域・職域連携推進事業"},  // L33+L35
    {39, "(個人の健康づくりへの取組促進)", {"厚"}, {"総"}, "2016年度に作成した"},  // 「- ・」
    {53, "(イノベーションの社会実装)", {"経"}, {"総", "厚"}, "2020年度から2022年度まで"},
    {54, "(イノベーションの社会実装)", {"厚"}, {"総"}, "2023年度までに"},
    {56, "(イノベーションの社会実装)", {"厚"}, {}, "医療機器のサイバーセキュリティ"},  // tag L60
    {74, "(健康な食、地域資源の活用)", {"消"}, {"厚", "農", "経"}, "2023年度まで、"},
    {85, "(まちづくり、住宅)", {"国"}, {}, "2023年12月までに"},  // L85+L87
    {93, "(官民ファンド等による資金支援)", {"経"}, {"REVIC室", "文", "厚"}, "中小機構については"},
    {97, "(官民ファンド等による資金支援)", {"金"}, {"経"}, "2023年度に、東証は"},  // L97–L101
    {108, "(産学官連携による戦略的取組)", {"健医"}, {"科技", "文", "厚", "農", "経"}, "2023年2月、3月"},
    {112, "(産学官連携による戦略的取組)", {"厚"}, {}, "薬価制度については"},  // tag L114
    {124, "○アジア健康構想の促進", {"戦略室"},
     {"健医", "総", "法", "外", "財", "文", "厚", "農", "経", "国"}, "2023年度も引き続き"},
    {134, "○グローバルヘルス戦略の推進", {"戦略室"}, {"外", "財", "厚", "経", "金融"},
     "2022年5月にグローバルヘルス戦略"},  // L134 + L136 「(Response)…」
    {152, "(認知症施策の推進)", {"厚"}, {"科技", "総", "文", "農", "経"}, "2021年度より実施"},
    {154, "(認知症施策の推進)", {"厚"}, {"科技", "総", "文", "農", "経"}, "認知症の予防法"},
    {166, "(AMR対策の推進)", {"統括庁"}, {"食品", "外", "文", "厚", "農", "環"}, "国際的に脅威"},
    {187, "(データヘルス改革の推進)", {"環"}, {"厚"}, "環境要因と疾病等"},  // footnote ¹
    {190, "(医療情報の利活用の推進)", {"厚"}, {"総", "文", "経"}, "これまで、「AMED研究"},
    {198, "(医療情報の利活用の推進)", {"厚"}, {"NISC", "総"}, "医療分野の情報共有"},
    {226, "○最先端の医療分野研究開発に必要な専門家の育成・確保等", {"厚", "経"}, {"文"},
     "再生医療等については"},  // two leads, tag alone on L228
    {240, "○国際展開のための人材の育成", {"厚"}, {}, "国際共同治験に係る"},  // tag L242
    {252, "○日本医療研究開発大賞", {"健医"}, {"総", "文", "厚", "経"}, "医療分野の研究開発"},
};

TEST(ParseSample, FindsAll61MeasuresOnTheirBulletLines) {
  Document d = parse_sample();
  const std::vector<int> lines = {21,  23,  25,  29,  33,  39,  43,  49,  53,  54,  55,  56,  62,
                                  64,  68,  74,  75,  76,  77,  81,  85,  93,  97,  103, 107, 108,
                                  112, 118, 124, 130, 134, 140, 146, 152, 154, 162, 166, 172, 173,
                                  174, 182, 183, 184, 186, 187, 189, 190, 196, 197, 198, 208, 214,
                                  216, 220, 224, 226, 234, 238, 240, 248, 252};
  ASSERT_EQ(d.measures.size(), 61u);
  for (size_t i = 0; i < lines.size(); ++i) EXPECT_EQ(d.measures[i].line, lines[i]) << i;
}

// Texts handed over to be parsed are freed as each edition's structure is
// read: the documents are those of texts the caller keeps.
TEST(ParseSample, TextsHandedOverParseAsTextsKept) {
  const std::vector<DecodedText> kept = {
      {test::read_bytes(test::sample_path("kenko-iryo-senryaku-2023.txt")), "UTF-8"},
      {"1. 総論\n\n・研修を実施する。【厚】\n", "UTF-8"}};
  const std::vector<Document> a = parse_editions(kept, {"x", "y"});
  const std::vector<Document> b = parse_editions(std::vector<DecodedText>(kept), {"x", "y"});
  ASSERT_EQ(a.size(), b.size());
  for (size_t d = 0; d < a.size(); ++d) {
    ASSERT_EQ(a[d].measures.size(), b[d].measures.size());
    for (size_t i = 0; i < a[d].measures.size(); ++i) {
      EXPECT_EQ(a[d].measures[i].text, b[d].measures[i].text);
      EXPECT_EQ(a[d].measures[i].original, b[d].measures[i].original);
      ASSERT_EQ(a[d].measures[i].sentences.size(), b[d].measures[i].sentences.size());
    }
  }
  EXPECT_EQ(b[1].measures.at(0).text, "研修を実施する。");
}

bool inside(std::string_view part, std::string_view whole) {
  return part.data() >= whole.data() && part.data() + part.size() <= whole.data() + whole.size();
}

// Years or figures of two sentences: the same ones, each a view of its own
// sentence.
template <typename Mentions>
void expect_same_mentions(const Mentions& side, const Mentions& alone, std::string_view sentence) {
  ASSERT_EQ(side.size(), alone.size()) << sentence;
  for (size_t k = 0; k < side.size(); ++k) {
    EXPECT_EQ(side[k].raw, alone[k].raw);
    EXPECT_EQ(side[k].offset, alone[k].offset);
    EXPECT_TRUE(inside(side[k].raw, sentence)) << side[k].raw;
  }
}

// What a unit's sentences say, and that every view in them is of its own text.
void expect_same_sentences(const Measure& side, const Measure& alone) {
  ASSERT_EQ(side.sentences.size(), alone.sentences.size()) << side.text;
  for (size_t k = 0; k < side.sentences.size(); ++k) {
    const Sentence &s = side.sentences[k], &a = alone.sentences[k];
    EXPECT_EQ(s.text, a.text);
    EXPECT_EQ(s.line, a.line);
    EXPECT_TRUE(inside(s.text, side.text)) << s.text;
    expect_same_mentions(s.years, a.years, s.text);
    expect_same_mentions(s.figures, a.figures, s.text);
    for (const Figure& f : s.figures) EXPECT_TRUE(inside(f.unit, f.raw) || f.unit.empty()) << f.raw;
  }
}

// Editions read side by side share the sentences of the units they both hold
// word for word (util/shared_table.hpp): each gets what it gets read alone,
// at its own lines, as views of its own text — here two editions of the
// sample, one measure edited and every line moved.
TEST(ParseSample, EditionsReadSideBySideGetTheSentencesEachGetsAlone) {
  const std::string older = test::read_bytes(test::sample_path("kenko-iryo-senryaku-2023.txt"));
  std::string newer = "\n\n" + older;  // its lines two further down
  const size_t edited = newer.find("推進する");
  ASSERT_NE(edited, std::string::npos);
  newer.replace(edited, std::string("推進する").size(), "強化する");
  const std::vector<Document> both = parse_editions({{older, "UTF-8"}, {newer, "UTF-8"}}, {"x", "y"});
  const std::vector<const std::string*> texts = {&older, &newer};
  size_t shared_text = 0;
  for (size_t d = 0; d < both.size(); ++d) {
    const Document alone = parse(*texts[d], "alone");
    ASSERT_EQ(both[d].measures.size(), alone.measures.size());
    for (size_t i = 0; i < alone.measures.size(); ++i)
      expect_same_sentences(both[d].measures[i], alone.measures[i]);
  }
  for (const Measure& m : both[1].measures)
    for (const Measure& o : both[0].measures) shared_text += m.text == o.text && !m.sentences.empty();
  EXPECT_GT(shared_text, 20u);  // units both editions hold: the second read copies them
}

TEST(ParseSample, MeasuresHaveTheirSectionMinistriesAndText) {
  Document d = parse_sample();
  for (const Expected& e : kExpected) {
    SCOPED_TRACE(e.line);
    const Measure* m = measure_at(d, e.line);
    ASSERT_NE(m, nullptr);
    ASSERT_FALSE(m->section_path.empty());
    EXPECT_EQ(m->section_path.back(), e.section);
    ASSERT_TRUE(m->tag.has_value());
    EXPECT_EQ(m->tag->leads(), e.leads);
    EXPECT_EQ(m->tag->others(), e.others);
    EXPECT_EQ(m->text.rfind(e.starts, 0), 0u) << m->text.substr(0, 60);
    EXPECT_EQ(m->text.find("【"), std::string::npos) << "tag left in text";
  }
}

TEST(ParseSample, SectionPathRunsFromLevelOneDown) {
  Document d = parse_sample();
  const Measure* m = measure_at(d, 21);
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->section_path,
            (std::vector<std::string>{"1.健康長寿社会の形成に資する新産業創出及び国際展開の促進等",
                                      "(1)新産業創出", "①公的保険外のヘルスケア産業の促進等",
                                      "○職域・地域・個人の健康投資の促進", "(健康経営の推進)"}));
  // A level-5 heading directly under level 1 (L150 under 「2.」).
  const Measure* dementia = measure_at(d, 152);
  ASSERT_NE(dementia, nullptr);
  EXPECT_EQ(dementia->section_path.size(), 2u);
}

TEST(ParseSample, PageBreakContinuationsJoinTheirMeasure) {
  Document d = parse_sample();
  // L33 ends 「…全」 and L35 continues 「国会議等…」 mid-word.
  EXPECT_NE(measure_at(d, 33)->text.find("全国会議等により"), std::string::npos);
  EXPECT_EQ(measure_at(d, 33)->end_line, 35);
  // L56 + L58 「DASH for SaMD2に基づき…」, tag alone on L60.
  EXPECT_NE(measure_at(d, 56)->text.find("DASH for SaMD2に基づき"), std::string::npos);
  EXPECT_EQ(measure_at(d, 56)->tag_line, 60);
  // L97, L99 and L101 are one measure; the tag at the end of L101.
  EXPECT_EQ(measure_at(d, 97)->end_line, 101);
  EXPECT_EQ(measure_at(d, 97)->tag->raw, "【◎金、経】");
  // L154 + L156 + L158: 「2023年秋以降…」 is a continuation, not a measure.
  EXPECT_EQ(measure_at(d, 154)->end_line, 158);
  EXPECT_NE(measure_at(d, 154)->text.find("2023年秋以降、世界に先駆けて"), std::string::npos);
  for (int line : {35, 58, 99, 101, 156, 158, 136, 110, 126, 142, 194, 200})
    EXPECT_EQ(measure_at(d, line), nullptr) << line;
}

TEST(ParseSample, SharedTagClosesEachBulletOfItsGroup) {
  Document d = parse_sample();
  // L172–L174: consecutive bullets, one tag at the end of L174.
  for (int line : {172, 173, 174}) {
    ASSERT_TRUE(measure_at(d, line)->tag) << line;
    EXPECT_EQ(measure_at(d, line)->tag->raw, "【健医、◎統括庁、文、厚】");
    EXPECT_TRUE(measure_at(d, line)->tag_shared);
  }
  EXPECT_FALSE(measure_at(d, 53)->tag_shared);
}

TEST(ParseSample, FootnoteTextAttachesToItsMeasure) {
  Document d = parse_sample();
  const Measure* m = measure_at(d, 187);
  ASSERT_EQ(m->footnotes.size(), 1u);
  EXPECT_EQ(m->footnotes[0].marker, "¹");
  EXPECT_EQ(m->footnotes[0].line, 192);
  EXPECT_EQ(m->text.find("¹"), std::string::npos);
  // L190 runs on after the footnote: L194 「中に取りまとめる予定である。」
  EXPECT_NE(measure_at(d, 190)->text.find("2024年度中に取りまとめる予定である"), std::string::npos);
  EXPECT_EQ(measure_at(d, 190)->end_line, 194);
}

TEST(ParseSample, FrontMatter) {
  Document d = parse_sample();
  EXPECT_EQ(d.title, "健康・医療戦略の実行状況と今後の取組方針2024(案)");
  EXPECT_EQ(d.title_line, 3);
  EXPECT_EQ(d.edition_year, 2024);
  EXPECT_TRUE(d.draft);
  EXPECT_EQ(d.date_line, 5);
  EXPECT_TRUE(d.date_blank);
  EXPECT_EQ(d.body, "健康・医療戦略推進本部決定");
  EXPECT_EQ(d.preamble.rfind("第2期の「健康・医療戦略」", 0), 0u);
}

TEST(ParseSample, HeadingsAtFiveLevels) {
  Document d = parse_sample();
  int count[6] = {};
  for (const Section& s : d.sections) ++count[s.level];
  EXPECT_EQ(count[1], 3);
  EXPECT_EQ(count[2], 4);
  EXPECT_EQ(count[3], 5);
  EXPECT_EQ(d.sections.size(), 47u);
  for (const Section& s : d.sections)
    EXPECT_EQ(measure_at(d, s.line), nullptr) << "heading parsed as measure: " << s.line;
}

TEST(ParseSample, AbolishedBodyAnnotationIsKept) {
  Document d = parse_sample();
  const Measure* m = measure_at(d, 140);
  bool found = false;
  for (const Ministry& x : m->tag->ministries)
    if (x.name == "オリパラ") found = x.annotation == "2022.03.31廃止";
  EXPECT_TRUE(found);
}

TEST(ParseSample, SentencesKnowTheirLines) {
  Document d = parse_sample();
  const Measure* m = measure_at(d, 97);
  ASSERT_GE(m->sentences.size(), 3u);
  EXPECT_EQ(m->sentences.front().line, 97);
  EXPECT_EQ(m->sentences.back().line, 101);
  EXPECT_EQ(m->sentences.back().text, "2024年度以降も、上記改訂内容を踏まえバイオベンチャーの円滑な上場を支援していく。");
}

// Sentences get their years and figures through one shared decoding of their
// text; that must find what find_years and find_figures find on their own.
TEST(ParseSample, SentencesHoldTheYearsAndFiguresOfTheirText) {
  size_t years = 0, figures = 0;
  for (const char* edition : {"kenko-iryo-senryaku-2022.txt", "kenko-iryo-senryaku-2023.txt",
                              "kenko-iryo-senryaku-2024.txt", "kenko-iryo-senryaku-2025.txt"}) {
    Document d = parse(test::read_bytes(test::sample_path(edition)));
    for (const Measure& m : d.measures) {
      for (const Sentence& s : m.sentences) {
        std::vector<YearMention> y = text::find_years(s.text);
        ASSERT_EQ(s.years.size(), y.size()) << s.text;
        for (size_t i = 0; i < y.size(); ++i) {
          EXPECT_EQ(s.years[i].raw, y[i].raw);
          EXPECT_EQ(s.years[i].offset, y[i].offset);
          EXPECT_EQ(s.years[i].year, y[i].year);
        }
        std::vector<Figure> f = text::find_figures(s.text);
        ASSERT_EQ(s.figures.size(), f.size()) << s.text;
        for (size_t i = 0; i < f.size(); ++i) {
          EXPECT_EQ(s.figures[i].raw, f[i].raw);
          EXPECT_EQ(s.figures[i].offset, f[i].offset);
          EXPECT_EQ(s.figures[i].value, f[i].value);
          EXPECT_EQ(s.figures[i].unit, f[i].unit);
        }
        years += y.size();
        figures += f.size();
      }
    }
  }
  EXPECT_GT(years, 400u);  // the editions are full of both
  EXPECT_GT(figures, 100u);
}

// ---- shapes that only context tells apart ----------------------------------

TEST(ParseContext, WrappedLinesThatLookLikeStructureAreContinuations) {
  const std::string text =
      "(1)新産業創出\n\n"
      "・研究開発を推進するため、次の取組を行った。\n"
      "①異業種との連携を図るため協議会を設け\n"
      "(2005))の改定を踏まえた対応を行い、\n"
      "6.0版を策定するとともに、予防\n"
      "・備えの強化を図る。【◎厚】\n\n"
      "(健康経営の推進)\n\n"
      "・健康経営を推進する。【◎経】\n";
  Document d = parse(text);
  ASSERT_EQ(d.measures.size(), 2u);
  EXPECT_EQ(d.sections.size(), 2u);
  EXPECT_NE(d.measures[0].text.find("予防・備えの強化"), std::string::npos);
  EXPECT_NE(d.measures[0].text.find("①異業種"), std::string::npos);
  EXPECT_EQ(d.measures[0].tag->raw, "【◎厚】");
  EXPECT_EQ(d.measures[1].section_path.back(), "(健康経営の推進)");
}

// Hard-wrapped text (pdftotext, fixed-width copies) breaks long headings over
// two or three lines; the heading is all of them, and the measures below it
// are its own.
TEST(ParseContext, HeadingsWrappedOverLinesAreWhole) {
  Document d = parse(
      "1. 総論\n\n"
      "(1)研究開発の推進及び成果の\n実用化に向けた環境整備\n\n"
      "・研究を推進する。【◎厚】\n"
      "①医療分野の研究開発の推進に関する\n施策\n"
      "・研究を支援する。【◎文】\n");
  ASSERT_EQ(d.sections.size(), 3u);
  EXPECT_EQ(d.sections[1].heading, "(1)研究開発の推進及び成果の実用化に向けた環境整備");
  EXPECT_EQ(d.sections[1].level, 2);
  EXPECT_EQ(d.sections[2].heading, "①医療分野の研究開発の推進に関する施策");
  ASSERT_EQ(d.measures.size(), 2u);
  EXPECT_EQ(d.measures[0].text, "研究を推進する。");
  EXPECT_EQ(d.measures[1].section_path.back(), "①医療分野の研究開発の推進に関する施策");
  // A heading-like line that runs on into a sentence is a paragraph.
  Document run_on =
      parse("1. 総論\n\n(1)研究開発の推進及び成果の\n実用化を図る。\n\n", "", {"follow-up"});
  EXPECT_EQ(run_on.sections.size(), 1u);
}

TEST(ParseContext, HeadingAfterClosedParagraphStartsASection) {
  Document d = parse("・一つ目の施策を実施する。【◎厚】\n①次の柱\n・二つ目の施策。【◎経】\n");
  ASSERT_EQ(d.sections.size(), 1u);
  EXPECT_EQ(d.sections[0].level, 1);  // the first heading style the document uses
  ASSERT_EQ(d.measures.size(), 2u);
  EXPECT_EQ(d.measures[1].section_path.back(), "①次の柱");
}

TEST(ParseContext, FullWidthHeadingsAndBullets) {
  Document d = parse("１．第一の柱\n\n（１）新産業\n\n○　区分\n\n（健康経営）\n\n"
                     "－　・　２０２３年度に実施した。【◎厚、経】\n");
  ASSERT_EQ(d.sections.size(), 4u);
  EXPECT_EQ(d.sections[0].label, "1.");
  EXPECT_EQ(d.sections[1].label, "(1)");
  EXPECT_EQ(d.sections[2].label, "○");
  EXPECT_EQ(d.sections[3].label, "");  // a bracketed title
  EXPECT_EQ(d.sections[3].level, 4);  // the levels of the styles it uses, in order
  EXPECT_EQ(d.sections[3].parent, 2u);
  ASSERT_EQ(d.measures.size(), 1u);
  EXPECT_EQ(d.measures[0].text, "2023年度に実施した。");
}

TEST(ParseContext, TagOnItsOwnLineClosesTheGroupAbove) {
  Document d = parse("(項目)\n\n・一つ目。\n・二つ目。\n\n【文、◎厚】\n\n・三つ目。【◎経】\n");
  ASSERT_EQ(d.measures.size(), 3u);
  EXPECT_EQ(d.measures[0].tag->raw, "【文、◎厚】");
  EXPECT_TRUE(d.measures[0].tag_shared);
  EXPECT_EQ(d.measures[1].tag->raw, "【文、◎厚】");
  EXPECT_EQ(d.measures[2].tag->raw, "【◎経】");
  EXPECT_FALSE(d.measures[2].tag_shared);
}

// Footnote markers leave the text; the spans still give each stretch its line.
TEST(ParseContext, FootnoteMarkersLeaveTextAndLinesInStep) {
  Document d = parse("・健康経営の普及¹を\n図り、支援²する。【◎経】\n\n¹ 脚注の本文。\n");
  ASSERT_EQ(d.measures.size(), 1u);
  const Measure& m = d.measures[0];
  EXPECT_EQ(m.text, "健康経営の普及を図り、支援する。");
  const size_t second = m.text.find("図り");
  ASSERT_EQ(m.spans.size(), 1u);  // the first line's stretch is the unit's own line
  EXPECT_EQ(m.spans[0].offset, second);
  EXPECT_EQ(m.line_at(second - 1), 1);
  EXPECT_EQ(m.line_at(second), 2);
  EXPECT_EQ(m.tag->raw, "【◎経】");
  ASSERT_EQ(m.footnotes.size(), 1u);
  EXPECT_EQ(m.footnotes[0].marker, "¹");
}

TEST(ParseContext, TagsWrittenAlikeAreOneTagStandingOnTheirOwnLines) {
  Document d = parse("1. 総論\n\n・健康経営を図る。【◎経】\n・支援する。【◎経】\n・調査する。【厚】\n");
  ASSERT_EQ(d.measures.size(), 3u);
  EXPECT_EQ(&*d.measures[0].tag, &*d.measures[1].tag);
  EXPECT_NE(&*d.measures[1].tag, &*d.measures[2].tag);
  EXPECT_EQ(d.measures[0].tag_line, 3);
  EXPECT_EQ(d.measures[1].tag_line, 4);
  EXPECT_EQ(d.measures[2].tag->raw, "【厚】");
  EXPECT_TRUE(d.measures[0].spans.empty());  // one line: its text stems from its line
  EXPECT_EQ(d.measures[0].line_at(0), 3);
}

TEST(ParseContext, OddDocumentsParseWithoutMeasures) {
  EXPECT_TRUE(parse("").measures.empty());
  EXPECT_TRUE(parse("   \n\n\t\n").measures.empty());
  // No layout nendiff knows: its paragraphs are the units (never silent).
  Document no_bullets = parse("題名2024\n\n本文だけの文書である。\n");
  EXPECT_EQ(no_bullets.layout.profile, "generic");
  EXPECT_TRUE(no_bullets.layout.generic);
  ASSERT_EQ(no_bullets.measures.size(), 1u);
  EXPECT_EQ(no_bullets.measures[0].kind, UnitKind::paragraph);
  EXPECT_EQ(no_bullets.measures[0].text, "本文だけの文書である。");
  EXPECT_EQ(no_bullets.edition_year, 2024);
  EXPECT_EQ(parse("令和六年度 施策の実行状況\n\n本文。\n").edition_year, 2024);  // kanji era year
  Document unclosed = parse("・「閉じない括弧の施策【◎厚\n");
  ASSERT_EQ(unclosed.measures.size(), 1u);
  EXPECT_FALSE(unclosed.measures[0].tag.has_value());
  Document lone_tag = parse("【◎厚】\n");
  EXPECT_TRUE(lone_tag.measures.empty());
}

TEST(SplitSentences, ABracketLeftOpenInsideAQuoteEndsWithTheQuote) {
  // L162 of the 2024 edition: 「…(健康日本21(第二次)」 never closes its first (.
  auto s = split_sentences("「運動(健康日本21(第二次)」に基づき推進した。また、情報発信を行った。");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[1].text, "また、情報発信を行った。");
}

// Offsets are bytes of the text as given, ill-formed bytes included (they used
// to be counted as the three bytes of U+FFFD, which ran past the text).
TEST(SplitSentences, OffsetsAreBytesOfTheTextEvenWhereItIsIllFormed) {
  const std::string text = "計画\xFF\xFE\xFDを策定した。2023年度\xE3\x80に3件実施した。末尾\xC3";
  auto s = split_sentences(text);
  ASSERT_EQ(s.size(), 3u);
  std::string joined;
  for (const Sentence& x : s) {
    EXPECT_EQ(text.substr(x.offset, x.text.size()), x.text);
    joined += x.text;
  }
  EXPECT_EQ(joined, text);
  EXPECT_EQ(s[1].text, "2023年度\xE3\x80に3件実施した。");
  ASSERT_EQ(s[1].years.size(), 1u);
  EXPECT_EQ(s[1].years[0].year, 2023);
  ASSERT_EQ(s[1].figures.size(), 1u);
  EXPECT_EQ(s[1].figures[0].raw, "3件");
}

// finish() learns from the splitting pass whether a unit holds a footnote
// marker to strip: a superscript digit anywhere, in brackets too.
TEST(SplitSentences, UnlessMarkedGivesNoSentencesForATextWithAFootnoteMarker) {
  EXPECT_FALSE(sentences_unless_marked("計画を策定した。「支援²」を行った。", {}).has_value());
  EXPECT_FALSE(sentences_unless_marked("末尾の注⁹", {}).has_value());
  const auto plain = sentences_unless_marked("計画を策定した。2の支援を行った。", {});
  ASSERT_TRUE(plain.has_value());
  ASSERT_EQ(plain->size(), 2u);
  EXPECT_EQ((*plain)[1].text, "2の支援を行った。");
  EXPECT_EQ(split_sentences("支援²を行った。").size(), 1u);  // read as any other character
}

TEST(SplitSentences, NotInsideQuotesOrBrackets) {
  auto s = split_sentences("「計画。案」を策定した(注。参照)。次に進める。末尾");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].text, "「計画。案」を策定した(注。参照)。");
  EXPECT_EQ(s[1].text, "次に進める。");
  EXPECT_EQ(s[2].text, "末尾");
  EXPECT_EQ(s[1].offset, s[0].text.size());
}

}  // namespace
}  // namespace nendiff

namespace nendiff {
namespace {

// A heading is never a sentence: a line numbered as one that holds a 。 or
// ends with a tag is an item (「ア　…した。（内閣府）」), however its family
// numbers its headings, and one that closes a bracket it never opened is the
// wrapped end of a longer text.
TEST(ParseContext, NumberedSentencesAreItemsNotHeadings) {
  Document d = parse(
      "第１分野　政治分野\n\n"
      "（１）具体的な取組\n"
      "ア　候補者の割合を高める取組を行った。（内閣府）\n"
      "イ　事例集を作成した。（総務省、内閣府）\n"
      "（２）推進体制\n"
      "ア　会議を開催した。このほか、資料を公表。（最高裁判所）\n",
      "", {"follow-up"});
  ASSERT_EQ(d.sections.size(), 3u);
  EXPECT_EQ(d.sections[0].heading, "第1分野政治分野");
  ASSERT_EQ(d.measures.size(), 3u);
  EXPECT_EQ(d.measures[0].text, "候補者の割合を高める取組を行った。");
  EXPECT_EQ(d.measures[1].tag->raw, "(総務省、内閣府)");
  EXPECT_EQ(d.measures[2].section_path.back(), "(2)推進体制");
  ASSERT_TRUE(d.measures[2].tag.has_value());
  EXPECT_EQ(d.measures[2].tag->ministries.front().body, "最高裁判所");
}

// PDF and Word files set paragraphs apart. The paragraphs of one item before
// the tag alone that closes it stay the item's (its points a and b, its
// schedule), and a 「⇒」 line stays with the 《ＫＰＩ》 above it; bullets are
// units each, sharing the tag, and a heading ends the item.
TEST(ParseContext, ParagraphsSetApartStayTheirUnits) {
  Document d = parse(
      "規制改革実施計画\n\n令和６年６月21日\n\n（１）医療\n\n"
      "No.1　オンライン診療の推進\n\na　指針を見直す。\n\nb　要件を明確化する。\n\n"
      "【a：令和５年度検討開始、b：令和６年度措置】\n\n〈厚生労働省〉\n\n"
      "・電子処方箋を普及する。\n\n・薬局の体制を整える。\n\n〈厚生労働省、デジタル庁〉\n\n"
      "No.2　介護ロボットを活用する。\n\n（２）介護\n\n特例を検討する。\n\n〈厚生労働省〉\n\n"
      "《ＫＰＩ》2025年度までに60％とする。\n\n⇒2024年度：55％\n",
      "", {"follow-up"});
  std::vector<std::string> texts;
  for (const Measure& m : d.measures) texts.push_back(m.text.str());
  EXPECT_EQ(texts, (std::vector<std::string>{
                       "No.1オンライン診療の推進a指針を見直す。b要件を明確化する。"
                       "【a:令和5年度検討開始、b:令和6年度措置】",
                       "電子処方箋を普及する。", "薬局の体制を整える。", "No.2介護ロボットを活用する。",
                       "特例を検討する。", "《KPI》2025年度までに60%とする。⇒2024年度:55%"}));
  ASSERT_TRUE(d.measures[0].tag.has_value());
  EXPECT_EQ(d.measures[0].tag->raw, "〈厚生労働省〉");
  EXPECT_FALSE(d.measures[0].tag_shared);
  EXPECT_TRUE(d.measures[1].tag_shared);
  EXPECT_FALSE(d.measures[3].tag.has_value());  // a heading came before its tag
}

// Indented points of another mark under a bulleted measure that still waits
// for its tag are the measure's, and its tag closes them all; a point after a
// measure its own tag closed, or a bullet of the measure's own mark, is a unit.
TEST(ParseContext, IndentedPointsBelongToTheMeasureAbove) {
  Document d = parse(
      "1. 基盤整備\n\n"
      "・カードの取得を促進するため、次の取組を行う。\n"
      "　－　出張申請受付を支援する。\n"
      "　－　一括申請を推進する。【◎デジ、総】\n\n"
      "・口座の登録を促進する。【◎デジ】\n"
      "　－　金融機関と連携する。【金】\n"
      "　・　窓口を案内する。【総】\n",
      "", {"follow-up"});
  std::vector<std::string> texts;
  for (const Measure& m : d.measures) texts.push_back(m.text.str());
  EXPECT_EQ(texts, (std::vector<std::string>{
                       "カードの取得を促進するため、次の取組を行う。出張申請受付を支援する。一括申請を推進する。",
                       "口座の登録を促進する。", "金融機関と連携する。", "窓口を案内する。"}));
  ASSERT_TRUE(d.measures[0].tag.has_value());
  EXPECT_EQ(d.measures[0].tag->raw, "【◎デジ、総】");
  EXPECT_FALSE(d.measures[0].tag_shared);
}

TEST(ParseContext, AHeadingNeverClosesABracketItDidNotOpen) {
  EXPECT_TRUE(text::closes_unopened(U"広島ビジョン」を発表し、「MCM"));
  EXPECT_TRUE(text::closes_unopened(U"人から100人と30%増加)である"));
  EXPECT_FALSE(text::closes_unopened(U"「健康・医療戦略」の推進(仮称)"));
  EXPECT_FALSE(text::closes_unopened(U"研究開発の推進「(仮"));
}

// The units' texts live in the document's store (issue 15): a copy of the
// document owns its texts and sentences, and reads the same once the parsed
// document is gone.
TEST(Parse, ACopiedDocumentKeepsItsTextsWhenTheParsedOneIsGone) {
  auto parsed = std::make_unique<Document>(parse_sample());
  ASSERT_TRUE(parsed->unit_texts);
  std::vector<std::string> texts, sentences;
  for (const Measure& m : parsed->measures) {
    texts.push_back(m.text.str() + "|" + m.original.str());
    for (const Sentence& s : m.sentences) sentences.emplace_back(s.text);
  }
  const Document copy = *parsed;
  parsed.reset();
  std::vector<std::string> copied_texts, copied_sentences;
  for (const Measure& m : copy.measures) {
    copied_texts.push_back(m.text.str() + "|" + m.original.str());
    for (const Sentence& s : m.sentences) copied_sentences.emplace_back(s.text);
  }
  EXPECT_GT(texts.size(), 50u);
  EXPECT_EQ(copied_texts, texts);
  EXPECT_EQ(copied_sentences, sentences);
}

}  // namespace
}  // namespace nendiff
