// The one table of the reports' words: every value of every enum a report
// shows has its Japanese and its English, and the English is the JSON name.
#include "report/labels.hpp"

#include <gtest/gtest.h>

#include <set>

namespace nendiff::detail {
namespace {

// Every value of an enum whose values run from 0 to `last`.
template <typename Enum>
std::vector<Enum> every(Enum last) {
  std::vector<Enum> out;
  for (int i = 0; i <= static_cast<int>(last); ++i) out.push_back(static_cast<Enum>(i));
  return out;
}

void expect_both_languages(const Label& l, const std::string& what) {
  EXPECT_FALSE(l.ja.empty()) << what;
  EXPECT_FALSE(l.en.empty()) << what;
  EXPECT_EQ(ja_en(l), std::string(l.ja) + " " + std::string(l.en));
  EXPECT_EQ(en_ja(l), std::string(l.en) + " " + std::string(l.ja));
}

TEST(Labels, EveryStatusInBothLanguagesItsEnglishTheJsonName) {
  std::set<std::string_view> ja;
  for (Status s : every(Status::dropped)) {
    const Label l = status_label(s);
    expect_both_languages(l, status_name(s));
    EXPECT_EQ(l.en, status_name(s));
    EXPECT_TRUE(ja.insert(l.ja).second) << l.ja;
  }
  EXPECT_EQ(ja.size(), 4u);
  EXPECT_EQ(ja_en(status_label(Status::changed)), "変更 changed");
}

TEST(Labels, EverySectionChangeInBothLanguages) {
  std::set<std::string_view> ja;
  for (SectionChangeKind k : every(SectionChangeKind::releveled)) {
    const Label l = section_change_label(k);
    expect_both_languages(l, section_change_name(k));
    EXPECT_EQ(l.en, section_change_name(k));
    EXPECT_TRUE(ja.insert(l.ja).second) << l.ja;
  }
  EXPECT_EQ(ja.size(), 8u);
}

TEST(Labels, EveryFollowThroughResultInBothLanguages) {
  std::set<std::string_view> ja;
  for (FollowThrough f : every(FollowThrough::dropped)) {
    const Label l = follow_through_label(f), card = follow_through_card(f);
    expect_both_languages(l, follow_through_name(f));
    expect_both_languages(card, follow_through_name(f));
    std::string name = follow_through_name(f);
    for (char& ch : name) ch = ch == '_' ? ' ' : ch;
    EXPECT_EQ(l.en, name);  // 「rolled over」 for rolled_over
    EXPECT_EQ(card.ja, l.ja);
    EXPECT_TRUE(ja.insert(l.ja).second) << l.ja;
  }
  EXPECT_EQ(ja.size(), 4u);
  EXPECT_EQ(follow_through_results(), every(FollowThrough::dropped));
}

TEST(Labels, SummaryCountsNameEveryCountOnce) {
  Summary n;
  int value = 0;
  for (int* field : {&n.unchanged, &n.changed, &n.added, &n.dropped, &n.moved, &n.numbers,
                     &n.commitments_added, &n.commitments_dropped, &n.commitments_rewritten,
                     &n.tag_changes, &n.stale})
    *field = ++value;
  std::set<int> seen;
  for (const SummaryCount& s : summary_counts()) {
    expect_both_languages(s.label, std::string(s.label.en));
    expect_both_languages(s.card, std::string(s.card.en));
    EXPECT_TRUE(seen.insert(n.*s.field).second) << s.label.en;
  }
  EXPECT_EQ(seen.size(), 11u);
  EXPECT_EQ(summary_counts().front().label.en, "changed");
}

TEST(Labels, ColumnsAreDistinctNames) {
  for (const auto* columns : {&measure_columns(), &lineage_columns()}) {
    std::set<std::string> names(columns->begin(), columns->end());
    EXPECT_EQ(names.size(), columns->size());
    for (const std::string& name : *columns)
      EXPECT_EQ(name.find_first_not_of("abcdefghijklmnopqrstuvwxyz_"), std::string::npos) << name;
  }
  EXPECT_EQ(measure_columns().size(), 14u);
  EXPECT_EQ(measure_columns().front(), "status");
}

}  // namespace
}  // namespace nendiff::detail
