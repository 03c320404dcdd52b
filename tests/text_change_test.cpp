// Who owns the text an edit views: a TextChange its own texts (kept right
// through copies, moves and a vector's growth, short texts inside std::string
// included), a Comparison its documents (it moves, it is not copied).
#include "compare/edits.hpp"
#include "nendiff/compare.hpp"

#include <gtest/gtest.h>

#include <type_traits>
#include <utility>
#include <vector>

#include "nendiff/parse.hpp"

namespace nendiff {
namespace {

// Every piece of every edit is a stretch of the change's own texts, and the
// edits quote both of them.
void expect_views_own_texts(const TextChange& t) {
  for (const TextEdit& e : t.edits)
    for (std::string_view piece : {e.text, e.old_text})
      EXPECT_TRUE(piece.empty() || is_within(piece, t.old_text) || is_within(piece, t.new_text))
          << piece;
  EXPECT_EQ(quoted_side(t.edits, Side::old_edition), t.old_text);
  EXPECT_EQ(quoted_side(t.edits, Side::new_edition), t.new_text);
}

// Under 16 bytes (held inside std::string) and a long one (on the heap).
TextChange short_change() { return text_change("title", "方針2023", "方針2024案", 1, 1, 1); }
TextChange long_change() {
  return text_change("preamble", "2023年度の取組を踏まえ、施策を着実に推進する。",
                     "2024年度の取組を踏まえ、施策を一層着実に推進する。", 3, 3, 1);
}

TEST(TextChangeOwnership, EditsViewTheChangesOwnTexts) {
  for (const TextChange& t : {short_change(), long_change()}) {
    ASSERT_FALSE(t.edits.empty());
    expect_views_own_texts(t);
  }
  EXPECT_EQ(short_change().edits[1].kind, TextEdit::rolled);
}

TEST(TextChangeOwnership, ACopyViewsItsOwnTexts) {
  for (auto make : {short_change, long_change}) {
    TextChange copy;
    {
      const TextChange original = make();
      copy = original;
      const TextChange constructed(original);
      expect_views_own_texts(constructed);
    }  // the original is gone: the copy must not view it
    expect_views_own_texts(copy);
  }
}

// `expect` holds of `made`, of what it is moved into, and of what that is
// move-assigned to.
template <typename T, typename Expectation>
void expect_kept_through_moves(T made, Expectation expect) {
  expect(made);
  T moved(std::move(made));
  expect(moved);
  T assigned;
  assigned = std::move(moved);
  expect(assigned);
}

TEST(TextChangeOwnership, AMoveViewsItsOwnTexts) {
  for (auto make : {short_change, long_change}) expect_kept_through_moves(make(), expect_views_own_texts);
}

TEST(TextChangeOwnership, AGrowingVectorKeepsEveryChangeRight) {
  std::vector<TextChange> changes;
  for (int i = 0; i < 100; ++i) changes.push_back(i % 2 ? short_change() : long_change());
  for (const TextChange& t : changes) expect_views_own_texts(t);
  const std::vector<TextChange> copied = changes;
  changes.clear();
  for (const TextChange& t : copied) expect_views_own_texts(t);
}

TEST(TextChangeOwnership, RollsAsEditsViewTheSameTexts) {
  const TextChange t = long_change();
  const std::vector<TextEdit> shown = rolls_as_edits(t.edits);
  for (const TextEdit& e : shown) {
    EXPECT_NE(e.kind, TextEdit::rolled);
    EXPECT_TRUE(is_within(e.text, t.old_text) || is_within(e.text, t.new_text)) << e.text;
  }
  EXPECT_EQ(quoted_side(shown, Side::old_edition), t.old_text);
  EXPECT_EQ(quoted_side(shown, Side::new_edition), t.new_text);
}

static_assert(!std::is_copy_constructible_v<Comparison> && !std::is_copy_assignable_v<Comparison>,
              "a Comparison's diffs view its documents: a copy would view the original's");
static_assert(std::is_move_constructible_v<Comparison> && std::is_move_assignable_v<Comparison>);

Comparison rewritten_pair() {
  const std::string head = "健康・医療戦略の実行状況と今後の取組方針";
  return compare(parse(head + "2023\n\n(節)\n\n・研修を実施する。【◎厚】\n・会議を開く。【◎厚】\n"),
                 parse(head + "2024\n\n(節)\n\n・研修を実施した。【◎厚】\n・会議を開く。引き続き周知を図る。【◎厚】\n"));
}

// Each rewrite and commitment views a sentence of the comparison's own
// documents, and reads the same.
void expect_views_own_documents(const Comparison& c) {
  int rewrites = 0, commitments = 0;
  for (const MeasureDiff& d : c.measures) {
    const Measure* o = c.old_measure(d);
    const Measure* n = c.new_measure(d);
    for (const Rewrite& r : d.rewritten) {
      ++rewrites;
      EXPECT_TRUE(is_within(r.old_sentence, o->text) && is_within(r.new_sentence, n->text));
      EXPECT_EQ(quoted_side(r.edits(), Side::old_edition), r.old_sentence);
      EXPECT_EQ(quoted_side(r.edits(), Side::new_edition), r.new_sentence);
    }
    for (const Commitment& a : d.commitments_added) {
      ++commitments;
      EXPECT_TRUE(is_within(a.sentence, n->text));
    }
  }
  EXPECT_EQ(rewrites, 1);
  EXPECT_EQ(commitments, 1);
}

TEST(ComparisonOwnership, AMovedComparisonViewsItsOwnDocuments) {
  expect_kept_through_moves(rewritten_pair(), expect_views_own_documents);
}

TEST(ComparisonOwnership, AGrowingVectorOfComparisonsKeepsThemRight) {
  std::vector<Comparison> all;  // as a history keeps them
  for (int i = 0; i < 9; ++i) all.push_back(rewritten_pair());
  for (const Comparison& c : all) expect_views_own_documents(c);
}

}  // namespace
}  // namespace nendiff
