// The 新旧対照表's official form (report/taihyo.hpp) that Word and PDF lay
// out: each side quoted verbatim, underlines exactly on what the edits
// changed, placeholders, elisions, the column heads.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "nendiff/parse.hpp"
#include "report/taihyo.hpp"
#include "report_pair.hpp"
#include "test_support.hpp"

namespace nendiff::detail {
namespace {

std::string all_text(const MarkedText& runs, bool only_changed = false) {
  std::string out;
  for (const MarkedRun& r : runs)
    if (r.changed || !only_changed) out += r.text;
  return out;
}

std::vector<TaihyoRow> rows_of(const Comparison& c, const ReportOptions& o = {}) {
  std::vector<TaihyoRow> rows;
  for_each_taihyo_row(c, o, [&rows](const TaihyoRow& r) { rows.push_back(r); });
  return rows;
}

// What a side's edits change, worked out from the diff alone: the inserted
// (new side) or deleted (old side) pieces and the commitments added or dropped whole.
std::vector<std::string> changed_pieces(const MeasureDiff& d, bool new_side) {
  std::vector<std::string> pieces;
  for (const Rewrite& w : d.rewritten)
    for (const TextEdit& e : w.edits())
      if (e.kind == (new_side ? TextEdit::inserted : TextEdit::deleted)) pieces.emplace_back(e.text);
  for (const Commitment& c : new_side ? d.commitments_added : d.commitments_dropped)
    pieces.emplace_back(c.sentence);
  return pieces;
}

TEST(Taihyo, EachSideQuotesItsEditionAndUnderlinesExactlyWhatTheEditsChanged) {
  const Comparison c = test::small_pair();
  std::map<std::string, TaihyoRow> by_new_text, by_old_text;
  for (const TaihyoRow& r : rows_of(c))
    if (r.kind == TaihyoRow::unit_row) {
      by_new_text[all_text(r.left.front())] = r;
      by_old_text[all_text(r.right.front())] = r;
    }
  int checked = 0;
  for (const MeasureDiff& d : c.measures) {
    if (d.status != Status::changed) continue;
    const Measure& n = c.new_doc.measures[*d.new_index];
    const Measure& o = c.old_doc.measures[*d.old_index];
    ASSERT_TRUE(by_new_text.count(n.text.str())) << n.text;
    const TaihyoRow& row = by_new_text[n.text.str()];
    EXPECT_EQ(all_text(row.right.front()), o.text);
    for (bool new_side : {true, false}) {
      const std::string underlined = all_text((new_side ? row.left : row.right).front(), true);
      size_t expected = 0;
      for (const std::string& piece : changed_pieces(d, new_side)) {
        EXPECT_NE(underlined.find(piece), std::string::npos) << piece << " in " << underlined;
        expected += piece.size();
      }
      EXPECT_EQ(underlined.size(), expected) << underlined;
    }
    ++checked;
  }
  EXPECT_GE(checked, 2);
}

Comparison sample_pair() {
  return compare(load_edition(test::sample_path("kenko-iryo-senryaku-2023.txt")),
                 load_edition(test::sample_path("kenko-iryo-senryaku-2024.txt")));
}

TEST(Taihyo, ARolledYearIsNotUnderlinedUnlessRollsAreShown) {
  const Comparison c = sample_pair();
  auto underlined = [&](bool show_rolls) {
    ReportOptions o;
    o.show_rolls = show_rolls;
    std::string all;
    for (const TaihyoRow& r : rows_of(c, o))
      if (r.kind == TaihyoRow::unit_row) all += all_text(r.left.front(), true);
    return all;
  };
  size_t rolled = 0;  // the new side's rolled years in rewritten sentences and outside the units
  auto count = [&rolled](ListView<TextEdit> edits) {
    for (const TextEdit& e : edits) rolled += e.kind == TextEdit::rolled ? e.text.size() : 0;
  };
  for (const MeasureDiff& d : c.measures)
    for (const Rewrite& w : d.rewritten) count(w.edits());
  for (const TextChange& t : c.outside) count(t.edits);  // the title's year
  ASSERT_GT(rolled, 0u);
  // (A space typed after a rolled year is quoted with it.)
  auto letters = [](const std::string& s) { return s.size() - std::count(s.begin(), s.end(), ' '); };
  EXPECT_EQ(letters(underlined(true)), letters(underlined(false)) + rolled);
}

TEST(Taihyo, AddedAndDroppedUnitsGetThePlaceholdersOfOfficialTables) {
  const Comparison c = test::small_pair();
  int added = 0, dropped = 0;
  for (const TaihyoRow& r : rows_of(c)) {
    if (r.kind != TaihyoRow::unit_row) continue;
    if (all_text(r.right.front()) == "（新設）") {
      ++added;
      EXPECT_EQ(all_text(r.left.front(), true), all_text(r.left.front()));  // all of it new
    }
    if (all_text(r.left.front()) == "（削る）") {
      ++dropped;
      EXPECT_EQ(all_text(r.right.front()), "旧年度のみの試行事業を実施した。");
      EXPECT_EQ(all_text(r.right.front(), true), all_text(r.right.front()));
    }
  }
  EXPECT_EQ(added, c.summary().added);
  EXPECT_EQ(dropped, c.summary().dropped);
}

TEST(Taihyo, UnchangedRunsAreElidedUnlessFull) {
  const Comparison c = sample_pair();
  const std::vector<TaihyoRow> diff_only = rows_of(c);
  ReportOptions full;
  full.full = true;
  const std::vector<TaihyoRow> all = rows_of(c, full);
  auto count = [](const std::vector<TaihyoRow>& rows, TaihyoRow::Kind k) {
    return std::count_if(rows.begin(), rows.end(), [k](const TaihyoRow& r) { return r.kind == k; });
  };
  int differing = 0;
  for (const MeasureDiff& d : c.measures) differing += d.status != Status::unchanged || d.moved;
  const long outside = static_cast<long>(c.outside.size());
  EXPECT_EQ(count(diff_only, TaihyoRow::unit_row) - outside, differing + c.summary().moved);
  EXPECT_GT(count(diff_only, TaihyoRow::elided_row), 0);
  EXPECT_EQ(count(all, TaihyoRow::elided_row), 0);
  EXPECT_EQ(count(all, TaihyoRow::unit_row) - outside,
            static_cast<long>(c.measures.size()) + c.summary().moved);
  // Never two elisions in a row, nor one under a heading that only it fills.
  for (size_t i = 1; i < diff_only.size(); ++i)
    EXPECT_FALSE(diff_only[i].kind == TaihyoRow::elided_row &&
                 diff_only[i - 1].kind == TaihyoRow::elided_row);
}

TEST(Taihyo, ColumnsAreHeadedByTheEditionsOrByALawsWordsAndSwapWithOldLeft) {
  const Comparison c = test::small_pair();
  const TaihyoHead head = taihyo_head(c, {});
  EXPECT_EQ(head.title, "健康・医療戦略の実行状況と今後の取組方針2024（案）　新旧対照表");  // as written
  EXPECT_EQ(head.note, "（傍線部分は変更部分）");
  EXPECT_EQ(head.left_label, "2024年版");
  EXPECT_EQ(head.right_label, "2023年版");
  ReportOptions old_left;
  old_left.old_left = true;
  EXPECT_EQ(taihyo_head(c, old_left).left_label, "2023年版");
  for (const TaihyoRow& r : rows_of(c, old_left))
    if (r.kind == TaihyoRow::unit_row && all_text(r.left.front()) == "（新設）") return;
  ADD_FAILURE() << "with the old edition left, an added unit's （新設） is on the left";
}

TEST(Taihyo, ALawReadsKaiseigoAndKaiseizen) {
  const Comparison c = compare(load_edition(test::sample_path("law/kaishaho-2017-04-01.md")),
                               load_edition(test::sample_path("law/kaishaho-2020-04-01.md")));
  const TaihyoHead head = taihyo_head(c, {});
  EXPECT_EQ(head.left_label, "改正後");
  EXPECT_EQ(head.right_label, "改正前");
  EXPECT_EQ(head.note, "（傍線部分は改正部分）");
}

}  // namespace
}  // namespace nendiff::detail
