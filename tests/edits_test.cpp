// Character edits as a reader sees them (issue 16, items 1 and 2): each side
// quoted verbatim, a year that only rolled marked as a roll, and in every run
// of changes the deletion before the insertion.
#include "compare/edits.hpp"

#include <gtest/gtest.h>

#include "nendiff/compare.hpp"
#include "nendiff/parse.hpp"
#include "nendiff/report.hpp"
#include "test_support.hpp"
#include "text/years.hpp"

namespace nendiff {
namespace {

// The edits view `o` and `n`: a literal's storage, or the caller's strings.
std::vector<TextEdit> edits(std::string_view o, std::string_view n, int gap) {
  return edit_script(o, text::find_years(o), n, text::find_years(n), gap);
}

// No inserted piece is followed by a deleted one before the next common text.
bool deletions_first(ListView<TextEdit> e) {
  for (size_t i = 1; i < e.size(); ++i)
    if (e[i - 1].kind == TextEdit::inserted && e[i].kind == TextEdit::deleted) return false;
  return true;
}

TEST(EditScript, MarksInsertionsAndDeletions) {
  std::vector<TextEdit> e = edit_script("事業に補助金", "事業に対して補助金");
  ASSERT_EQ(e.size(), 3u);
  EXPECT_EQ(e[0].text, "事業に");
  EXPECT_EQ(e[1].kind, TextEdit::inserted);
  EXPECT_EQ(e[1].text, "対して");
  EXPECT_EQ(e[2].text, "補助金");
}

// The cell: the old sentence says 2023, the new one 2024 a year later.
TEST(EditScript, AYearThatRolledIsARollAndTheOldSideIsQuotedAsWritten) {
  const std::string o = "2023年度以降も引き続き、検討を進める。";
  const std::string n = "2024年度から検討を進める。";
  std::vector<TextEdit> e = edits(o, n, 1);
  ASSERT_FALSE(e.empty());
  EXPECT_EQ(e[0].kind, TextEdit::rolled);
  EXPECT_EQ(e[0].old_text, "2023");
  EXPECT_EQ(e[0].text, "2024");
  EXPECT_EQ(quoted_side(e, Side::old_edition), o);
  EXPECT_EQ(quoted_side(e, Side::new_edition), n);
  EXPECT_TRUE(deletions_first(e));
  ASSERT_GE(e.size(), 3u);
  EXPECT_EQ(e[2].kind, TextEdit::deleted);  // 以降も引き続き、 before から
  EXPECT_EQ(e[3].kind, TextEdit::inserted);
}

// A year left as it was (a carry-over) is common text; one that moved by
// other than the gap, or in a document whose years do not roll, is an edit.
TEST(EditScript, OnlyAYearMovedByTheGapIsARoll) {
  std::vector<TextEdit> same = edits("2024年度に開始する。", "2024年度に開始する。", 1);
  ASSERT_EQ(same.size(), 1u);
  EXPECT_EQ(same[0].kind, TextEdit::same);
  for (auto [o, n, gap] : {std::tuple{"2023年度に開始する。", "2025年度に開始する。", 1},
                           std::tuple{"2023年度に開始する。", "2024年度に開始する。", 0}}) {
    std::vector<TextEdit> e = edits(o, n, gap);
    for (const TextEdit& t : e) EXPECT_NE(t.kind, TextEdit::rolled) << o << " → " << n;
    EXPECT_EQ(quoted_side(e, Side::old_edition), o);
    EXPECT_EQ(quoted_side(e, Side::new_edition), n);
  }
}

// Era years and kanji years are compared as written, character by character.
TEST(EditScript, EraAndKanjiYearsKeepTheirCharacters) {
  const std::string o = "令和5年度に二〇二三年の計画を改定する。";
  const std::string n = "令和6年度に二〇二四年の計画を改定する。";
  std::vector<TextEdit> e = edits(o, n, 1);
  for (const TextEdit& t : e) EXPECT_NE(t.kind, TextEdit::rolled);
  EXPECT_EQ(quoted_side(e, Side::old_edition), o);
  EXPECT_EQ(quoted_side(e, Side::new_edition), n);
}

TEST(EditScript, RollsAsEditsAreADeletionThenAnInsertion) {
  const std::string o = "2023年度以降も支援する。";
  const std::string n = "2024年度は支援する。";
  std::vector<TextEdit> shown = rolls_as_edits(edits(o, n, 1));
  ASSERT_GE(shown.size(), 2u);
  EXPECT_EQ(shown[0].kind, TextEdit::deleted);
  EXPECT_EQ(shown[0].text, "2023");
  EXPECT_EQ(shown[1].kind, TextEdit::inserted);
  EXPECT_EQ(shown[1].text, "2024");
  for (const TextEdit& t : shown) EXPECT_NE(t.kind, TextEdit::rolled);
  EXPECT_TRUE(deletions_first(shown));
  EXPECT_EQ(quoted_side(shown, Side::old_edition), o);
  EXPECT_EQ(quoted_side(shown, Side::new_edition), n);
}

// Long texts take the coarse script; it quotes both sides too.
TEST(EditScript, TheCoarseScriptOfLongTextsQuotesBothSides) {
  std::string o, n;
  for (int i = 0; i < 3000; ++i) o += "2023年度は計画を進める。", n += "2024年度も計画を進めた。";
  std::vector<TextEdit> e = edits(o, n, 1);
  EXPECT_EQ(quoted_side(e, Side::old_edition), o);
  EXPECT_EQ(quoted_side(e, Side::new_edition), n);
  EXPECT_TRUE(deletions_first(e));
}

// A rewrite keeps its script as kinds and lengths (issue 15): the edits it
// gives back are edit_script's, piece by piece, viewing the same characters.
TEST(Rewrite, GivesBackExactlyTheEditsItWasGiven) {
  const std::string o = "2023年度までに約49社で「AI戦略」を実施する。";
  const std::string n = "2024年度までに約53社で「AI戦略2024」を推進した。";
  const std::vector<TextEdit> script = edits(o, n, 1);
  Rewrite r;
  r.old_sentence = o;
  r.new_sentence = n;
  r.set_edits(script);
  const std::vector<TextEdit> back = r.edits();
  ASSERT_EQ(back.size(), script.size());
  int kinds[4] = {};
  for (size_t i = 0; i < back.size(); ++i) {
    EXPECT_EQ(back[i].kind, script[i].kind) << i;
    EXPECT_EQ(back[i].text.data(), script[i].text.data()) << i;
    EXPECT_EQ(back[i].text.size(), script[i].text.size()) << i;
    EXPECT_EQ(back[i].old_text.data(), script[i].old_text.data()) << i;
    EXPECT_EQ(back[i].old_text.size(), script[i].old_text.size()) << i;
    ++kinds[back[i].kind];
  }
  for (int k : kinds) EXPECT_GT(k, 0);  // same, inserted, deleted and rolled all met
  EXPECT_TRUE(Rewrite().edits().empty());
}

// On every sample pair: each rewritten sentence and each changed text outside
// the units reads back from its edits exactly as the edition writes it.
TEST(Quotation, EveryRewriteQuotesBothEditionsVerbatim) {
  int rewrites = 0, rolls = 0;
  for (auto [a, b] : {std::pair{2022, 2023}, {2023, 2024}, {2024, 2025}, {2023, 2025}}) {
    auto path = [](int y) { return test::sample_path("kenko-iryo-senryaku-" + std::to_string(y) + ".txt"); };
    const Comparison c = compare(parse(test::read_bytes(path(a)), path(a)),
                                 parse(test::read_bytes(path(b)), path(b)));
    for (const MeasureDiff& d : c.measures)
      for (const Rewrite& r : d.rewritten) {
        ++rewrites;
        EXPECT_EQ(quoted_side(r.edits(), Side::old_edition), r.old_sentence);
        EXPECT_EQ(quoted_side(r.edits(), Side::new_edition), r.new_sentence);
        EXPECT_TRUE(deletions_first(r.edits())) << r.new_sentence;
        for (const TextEdit& e : r.edits()) rolls += e.kind == TextEdit::rolled;
      }
    for (const TextChange& t : c.outside) {
      EXPECT_EQ(quoted_side(t.edits, Side::old_edition), t.old_text);
      EXPECT_EQ(quoted_side(t.edits, Side::new_edition), t.new_text);
    }
  }
  EXPECT_GT(rewrites, 40);  // the test sees real rewrites…
  EXPECT_GT(rolls, 10);     // …and real rolls among them
}

// The sample pair's rewrite of L31 → L29: 「2023年度以降も、第4期制度の施行に向けて…」
// became 「2024年度以降も引き続き…」.
TEST(ReportCli, RollsShowAsRollsUnlessAskedToShowThemAsEdits) {
  const std::string a = test::sample_path("kenko-iryo-senryaku-2023.txt");
  const std::string b = test::sample_path("kenko-iryo-senryaku-2024.txt");
  const std::string text = test::run_nendiff({"compare", a, b, "--no-color"}).out;
  EXPECT_NE(text.find("2023→2024年度以降も[-、第4期制度"), std::string::npos);
  const std::string shown = test::run_nendiff({"compare", a, b, "--no-color", "--show-rolls"}).out;
  EXPECT_NE(shown.find("[-2023-]{+2024+}年度以降も[-、第4期制度"), std::string::npos);
  EXPECT_EQ(shown.find("2023→2024"), std::string::npos);
  const std::string md = test::run_nendiff({"compare", a, b, "-f", "md"}).out;
  EXPECT_NE(md.find("2023→2024年度以降も<del>"), std::string::npos);
  // The HTML quotes each side as written; the toggle starts as --show-rolls says.
  const std::string html = test::run_nendiff({"compare", a, b, "-f", "html"}).out;
  EXPECT_NE(html.find("（新 2024） year rolled with the edition\">2023</span>年度以降も<del>"),
            std::string::npos);
  EXPECT_NE(html.find("（旧 2023） year rolled with the edition\">2024</span>年度以降も<ins>"),
            std::string::npos);
  EXPECT_EQ(html.find("id=\"rolls\" checked"), std::string::npos);
  const std::string checked = test::run_nendiff({"compare", a, b, "-f", "html", "--show-rolls"}).out;
  EXPECT_NE(checked.find("id=\"rolls\" checked"), std::string::npos);
}

}  // namespace
}  // namespace nendiff

namespace nendiff {
namespace {

// A Latin word is compared whole: 「summer」 → 「autumn」 is one word replaced,
// not 「[-s-]{+a+}u{+tu+}m[-mer-]{+n+}」; the sides still read verbatim.
TEST(EditScript, ALatinWordIsReplacedWhole) {
  const std::vector<TextEdit> e = edit_script("before the summer.", "before the autumn.");
  ASSERT_EQ(e.size(), 4u);
  EXPECT_EQ(e[1].kind, TextEdit::deleted);
  EXPECT_EQ(e[1].text, "summer");
  EXPECT_EQ(e[2].kind, TextEdit::inserted);
  EXPECT_EQ(e[2].text, "autumn");
  // In Japanese text a Latin name is one word too: the name changed, not an 「s」.
  const std::vector<TextEdit> mixed = edit_script("SaMDの審査", "SaMDsの審査");
  ASSERT_EQ(mixed.size(), 3u);
  EXPECT_EQ(mixed[0].text, "SaMD");
  EXPECT_EQ(mixed[1].text, "SaMDs");
  EXPECT_EQ(mixed[2].text, "の審査");
  EXPECT_EQ(quoted_side(mixed, Side::new_edition), "SaMDsの審査");
}

}  // namespace
}  // namespace nendiff
