// Internal: the words of every report in one table (labels.cpp), Japanese and
// English: statuses, moved, section changes, follow-through results, the
// summary's counts and cards, column headers. A view composes them
// (「変更 changed」, 「changed 変更」, 「変更」) and never spells one of its own;
// the English of an enum value is its JSON name where it has one.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "nendiff/compare.hpp"
#include "nendiff/history.hpp"
#include "nendiff/report.hpp"

namespace nendiff::detail {

struct Label {
  std::string_view ja, en;
};

std::string ja_en(const Label& l);  // 「変更 changed」
// The label in one language (Language::automatic resolved before: layout.hpp).
std::string in(const Label& l, Language language);
std::string en_ja(const Label& l);  // 「changed 変更」
std::string ja_slash_en(const Label& l);  // a sentence in both: 「…しました / … .」

Label status_label(Status s);                     // en: status_name(s)
Label section_change_label(SectionChangeKind k);  // en: section_change_name(k)
Label follow_through_label(FollowThrough f);      // 「年未更新 rolled over」
Label follow_through_card(FollowThrough f);       // 「年未更新 rolled over, year not updated」
// done, continued, rolled over, dropped: the order the reports list them in.
const std::vector<FollowThrough>& follow_through_results();

// A count of Summary as the summaries (HTML cards, Markdown table, workbook) list it.
struct SummaryCount {
  int Summary::*field;
  Label label;  // 「取組の追加 commitments added」
  Label card;   // the HTML card's shorter words: 「取組の追加 commitments +」
};
// changed, added, dropped, moved, unchanged, then the details, in that order;
// the sentences of units of kind `k` named as they are (a follow-up's
// commitments 取組, any other's sentences 文).
const std::vector<SummaryCount>& summary_counts(UnitKind k);

// The words for a document's units, by their kind (UnitKind): what a unit is
// called, what its sentences are, and how a comparison names the two editions
// (a law's 新旧対照表 reads 改正後 / 改正前, any other's 新 / 旧).
struct UnitWords {
  Label unit, units;             // 条 article, 条 articles; en: unit_kind_name
  Label sentences;               // 取組 commitments, 文 sentences
  Label sentence_changes;        // the Markdown summary's one row for +/−/~
  Label old_side, new_side;      // 旧 old, 新 new; 改正前 before, 改正後 after
  Label old_column, new_column;  // 旧 Old, 新 New; 改正前 Before, 改正後 After
  Label underline_note;          // （傍線部分は変更部分）; a law's: 改正部分
};
const UnitWords& unit_words(UnitKind k);

// What the reports say of a caution (Comparison::cautions).
Label caution_label(Caution c);

// A part of the text outside the units (TextChange::part): 「表題 title」.
Label outside_part_label(std::string_view part);

// The columns of the compare CSV and workbook, one per cell of a measure row:
// their keys (en) and their Japanese headers.
const std::vector<Label>& measure_columns();
// The first columns of the history CSV (then a line and a status per edition).
const std::vector<std::string>& lineage_columns();

// Words more than one view shows.
namespace words {
extern const Label moved;              // 移動 moved
extern const Label moved_from_place;   // 移動元 moved from (the ghost row)
extern const Label moved_to_place;     // 移動先 moved to
extern const Label figure;             // 数値 figure
extern const Label ministries;         // 府省 ministries
extern const Label ministry;           // 府省 ministry (a column)
extern const Label ministry_changed;   // 府省変更 (a column)
extern const Label count;              // 件数 count
extern const Label none;               // なし none
extern const Label no_section;         // 見出しなし no section
extern const Label front_matter;       // 前付け front matter
extern const Label status;             // 状態 status (a column)
extern const Label old_edition;        // 旧 old
extern const Label new_edition;        // 新 new
extern const Label old_column;         // 旧 Old (the 新旧対照表's column)
extern const Label new_column;         // 新 New
extern const Label placeholder_added;  // 新設 (the old side of an added unit, as official tables print it)
extern const Label placeholder_dropped;  // 削る (the new side of a dropped unit)
extern const Label section;            // 大項目 section (a column)
extern const Label section_changes;    // 見出しの変更 Section changes (a part of the report)
extern const Label stale;              // 時点更新漏れの疑い stale
extern const Label stale_filter;       // 時点更新漏れを含む (施策) (measures) with stale findings
extern const Label differences_only;   // 差分のみ differences only (a filter preset)
extern const Label print_differences;  // 差分のみ印刷 print the differences only
extern const Label stale_findings;     // 古い記述 stale findings (the batch index)
extern const Label all;                // すべて all
extern const Label added_commitment;   // 追加 added
extern const Label dropped_commitment; // 削除 dropped
extern const Label rewritten;          // 修正 rewritten
extern const Label document;           // 文書 document (the batch index)
extern const Label reports;            // 報告 reports (the batch index)
extern const Label profile;            // レイアウト profile (how an edition was read)
extern const Label in_units;           // 単位・見出し of the text in units and headings
extern const Label generic_compared;   // the notice of a comparison no profile explains
extern const Label generic_read;       // the same for one edition (parse, check)
extern const Label largest_unit;       // one unit holds most of the text (parse)
extern const Label outside;            // 前付け・注 outside the units
extern const Label renumbered;         // 番号変更 renumbered (a unit's label changed)
extern const Label note;               // 注意 note (before a notice)
extern const Label details;            // 詳細 details (the text summary's second line)
extern const Label figures_changed;    // 数値の変更 figures changed
extern const Label tag_changes;        // 府省の変更 ministry tag changes
extern const Label stale_count;        // 時点更新漏れの疑い stale findings
extern const Label sections;           // 見出しの変更 sections
extern const Label was_under;          // 移動元 was under
extern const Label stale_in_new;       // 新版の時点更新漏れの疑い stale text in the new edition
extern const Label yes;                // あり yes
extern const Label no;                 // なし no
extern const Label roll;               // 年の繰り上げ year rolled (a quiet mark, not an edit)
extern const Label show_rolls;         // the toggle that shows rolls as edits
}  // namespace words

// A measure's step in a history (the lineage table's badges and filters).
namespace history_words {
extern const Label first;            // 初出 new
extern const Label same_text;        // 同文 same
extern const Label tag;              // 府省 tag
extern const Label changed_filter;   // 変更あり changed
extern const Label repeated_filter;  // 同文の繰り返し carried over
extern const Label added_filter;     // 途中から added
extern const Label years_not_updated;  // 年未更新 years not updated (a rolled-over commitment)
// The summary cards of the history page.
extern const Label followed, in_every_edition, carried_over, dropped_on_the_way;
// The columns of its tables.
extern const Label measure_column, edition, commitment, result, evidence;
}  // namespace history_words

}  // namespace nendiff::detail
