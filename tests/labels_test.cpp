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

std::string spaced(std::string_view name) {
  std::string out(name);
  for (char& ch : out) ch = ch == '_' ? ' ' : ch;
  return out;
}

// Every value of the enum up to `last` has both words, its Japanese its own,
// its English the value's JSON name (「rolled_over」 read 「rolled over」).
template <typename Enum>
void expect_labels(Enum last, Label (*label)(Enum), const char* (*json_name)(Enum)) {
  std::set<std::string_view> ja;
  for (Enum value : every(last)) {
    const Label l = label(value);
    expect_both_languages(l, json_name(value));
    EXPECT_EQ(spaced(l.en), spaced(json_name(value)));
    EXPECT_TRUE(ja.insert(l.ja).second) << l.ja;
  }
  EXPECT_EQ(ja.size(), static_cast<size_t>(last) + 1);
}

TEST(Labels, EveryStatusInBothLanguagesItsEnglishTheJsonName) {
  expect_labels(Status::dropped, status_label, status_name);
  EXPECT_EQ(ja_en(status_label(Status::changed)), "変更 changed");
}

TEST(Labels, EverySectionChangeInBothLanguages) {
  expect_labels(SectionChangeKind::releveled, section_change_label, section_change_name);
  EXPECT_EQ(section_change_label(SectionChangeKind::renumbered_and_renamed).en,
            "renumbered_and_renamed");
}

TEST(Labels, EveryFollowThroughResultInBothLanguages) {
  expect_labels(FollowThrough::dropped, follow_through_label, follow_through_name);
  EXPECT_EQ(follow_through_label(FollowThrough::rolled_over).en, "rolled over");
  for (FollowThrough f : every(FollowThrough::dropped)) {
    expect_both_languages(follow_through_card(f), follow_through_name(f));
    EXPECT_EQ(follow_through_card(f).ja, follow_through_label(f).ja);
  }
  EXPECT_EQ(follow_through_results(), every(FollowThrough::dropped));
}

TEST(Labels, SummaryCountsNameEveryCountOnce) {
  Summary n;
  int value = 0;
  for (int* field : {&n.unchanged, &n.changed, &n.added, &n.dropped, &n.moved, &n.numbers,
                     &n.commitments_added, &n.commitments_dropped, &n.commitments_rewritten,
                     &n.tag_changes, &n.stale, &n.outside})
    *field = ++value;
  for (UnitKind k : every(UnitKind::paragraph)) {
    std::set<int> seen;
    for (const SummaryCount& s : summary_counts(k)) {
      expect_both_languages(s.label, std::string(s.label.en));
      expect_both_languages(s.card, std::string(s.card.en));
      EXPECT_TRUE(seen.insert(n.*s.field).second) << s.label.en;
    }
    EXPECT_EQ(seen.size(), 12u);
    EXPECT_EQ(summary_counts(k).front().label.en, "changed");
  }
}

// What a follow-up's sentences are (commitments 取組) is said of no other kind
// of unit: a law's, an outline's, a paragraph's are sentences 文.
TEST(Labels, SentenceCountsNamedAsTheUnitsKindHasThem) {
  auto added = [](UnitKind k) {
    for (const SummaryCount& s : summary_counts(k))
      if (s.field == &Summary::commitments_added) return ja_en(s.label);
    return std::string();
  };
  EXPECT_EQ(added(UnitKind::measure), "取組の追加 commitments added");
  for (UnitKind k : {UnitKind::article, UnitKind::item, UnitKind::paragraph}) {
    EXPECT_EQ(added(k), "文の追加 sentences added");
    EXPECT_EQ(unit_words(k).sentences.en, "sentences");
  }
  EXPECT_EQ(unit_words(UnitKind::measure).sentence_changes.en, "commitments +/−/~");
}

// Each kind of unit has its own words, the English its model name; only a
// law's editions read 改正前 / 改正後.
TEST(Labels, EveryUnitKindInBothLanguages) {
  std::set<std::string_view> ja;
  for (UnitKind k : every(UnitKind::paragraph)) {
    const UnitWords& w = unit_words(k);
    for (const Label* l : {&w.unit, &w.units, &w.sentences, &w.sentence_changes, &w.old_side,
                           &w.new_side, &w.old_column, &w.new_column})
      expect_both_languages(*l, unit_kind_name(k));
    EXPECT_EQ(w.unit.en, unit_kind_name(k));
    EXPECT_EQ(w.units.en, std::string(unit_kind_name(k)) + "s");
    EXPECT_TRUE(ja.insert(w.unit.ja).second) << w.unit.ja;
    const bool law = k == UnitKind::article;
    EXPECT_EQ(ja_en(w.new_column), law ? "改正後 After" : "新 New");
    EXPECT_EQ(ja_en(w.old_column), law ? "改正前 Before" : "旧 Old");
  }
  EXPECT_EQ(ja_en(unit_words(UnitKind::article).units), "条 articles");
}

TEST(Labels, EveryPartOutsideTheUnitsInBothLanguages) {
  std::set<std::string_view> ja;
  for (const char* part : {"title", "date", "body", "preamble", "footnote", "table"}) {
    const Label l = outside_part_label(part);
    expect_both_languages(l, part);
    EXPECT_EQ(l.en, part);
    EXPECT_TRUE(ja.insert(l.ja).second) << l.ja;
  }
  EXPECT_EQ(ja_en(outside_part_label("annex")), "annex annex");  // a part added since: its name
}

TEST(Labels, TheGenericNoticeInBothLanguages) {
  for (const Label* l : {&words::generic_compared, &words::generic_read}) {
    expect_both_languages(*l, "generic");
    EXPECT_NE(std::string(l->ja).find("段落単位"), std::string::npos);
    EXPECT_NE(std::string(l->en).find("paragraph by paragraph"), std::string::npos);
  }
  EXPECT_EQ(ja_slash_en(words::generic_read), std::string(words::generic_read.ja) + " / " +
                                                  std::string(words::generic_read.en));
}

TEST(Labels, ColumnsAreDistinctNames) {
  std::vector<std::string> keys, headers;
  for (const Label& l : measure_columns()) {
    keys.push_back(std::string(l.en));
    headers.push_back(std::string(l.ja));
    expect_both_languages(l, std::string(l.en));
  }
  for (const std::vector<std::string>* columns :
       std::initializer_list<const std::vector<std::string>*>{&keys, &headers, &lineage_columns()}) {
    std::set<std::string> names(columns->begin(), columns->end());
    EXPECT_EQ(names.size(), columns->size());
  }
  for (const std::vector<std::string>* columns :
       std::initializer_list<const std::vector<std::string>*>{&keys, &lineage_columns()})
    for (const std::string& name : *columns)
      EXPECT_EQ(name.find_first_not_of("abcdefghijklmnopqrstuvwxyz_"), std::string::npos) << name;
  EXPECT_EQ(keys.size(), 16u);
  EXPECT_EQ(keys.front(), "status");
  EXPECT_EQ(headers.front(), "状態");
}

}  // namespace
}  // namespace nendiff::detail
