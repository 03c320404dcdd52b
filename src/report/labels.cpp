#include "report/labels.hpp"

namespace nendiff::detail {

std::string in(const Label& l, Language language) {
  return std::string(language == Language::en ? l.en : l.ja);
}

std::string ja_en(const Label& l) { return std::string(l.ja) + " " + std::string(l.en); }
std::string en_ja(const Label& l) { return std::string(l.en) + " " + std::string(l.ja); }
std::string ja_slash_en(const Label& l) { return std::string(l.ja) + " / " + std::string(l.en); }

Label status_label(Status s) {
  switch (s) {
    case Status::unchanged: return {"変更なし", "unchanged"};
    case Status::changed: return {"変更", "changed"};
    case Status::added: return {"追加", "added"};
    case Status::dropped: return {"削除", "dropped"};
  }
  return {"", ""};
}

Label section_change_label(SectionChangeKind k) {
  switch (k) {
    case SectionChangeKind::same: return {"変更なし", "same"};
    case SectionChangeKind::renamed: return {"名称変更", "renamed"};
    case SectionChangeKind::renumbered: return {"番号変更", "renumbered"};
    case SectionChangeKind::renumbered_and_renamed: return {"番号・名称変更", "renumbered_and_renamed"};
    case SectionChangeKind::relocated: return {"所属変更", "relocated"};
    case SectionChangeKind::added: return {"追加", "added"};
    case SectionChangeKind::removed: return {"削除", "removed"};
    case SectionChangeKind::releveled: return {"階層変更", "releveled"};
  }
  return {"", ""};
}

namespace {

// A follow-through result: its words on a badge and, longer, on a summary card.
struct Result {
  std::string_view ja, en, card_en;
};

Result result_words(FollowThrough f) {
  switch (f) {
    case FollowThrough::done: return {"実施報告", "done", "promises reported done"};
    case FollowThrough::continued: return {"継続", "continued", "still promised"};
    case FollowThrough::rolled_over:
      return {"年未更新", "rolled over", "rolled over, year not updated"};
    case FollowThrough::dropped: return {"言及なし", "dropped", "silently dropped"};
  }
  return {"", "", ""};
}

}  // namespace

Label follow_through_label(FollowThrough f) {
  const Result r = result_words(f);
  return {r.ja, r.en};
}

Label follow_through_card(FollowThrough f) {
  const Result r = result_words(f);
  return {r.ja, r.card_en};
}

const std::vector<FollowThrough>& follow_through_results() {
  static const std::vector<FollowThrough> results = {
      FollowThrough::done, FollowThrough::continued, FollowThrough::rolled_over,
      FollowThrough::dropped};
  return results;
}

namespace {

// What the summaries call the sentence changes of one kind of unit.
struct SentenceCounts {
  Label added, dropped, rewritten;        // 取組の追加 commitments added
  Label added_card, dropped_card, rewritten_card;  // the HTML card's shorter words
};

std::vector<SummaryCount> counts_with(const SentenceCounts& w) {
  return {
      {&Summary::changed, status_label(Status::changed), status_label(Status::changed)},
      {&Summary::added, status_label(Status::added), status_label(Status::added)},
      {&Summary::dropped, status_label(Status::dropped), status_label(Status::dropped)},
      {&Summary::moved, words::moved, words::moved},
      {&Summary::unchanged, status_label(Status::unchanged), status_label(Status::unchanged)},
      {&Summary::numbers, {"数値の変更", "figures"}, {"数値の変更", "figures"}},
      {&Summary::commitments_added, w.added, w.added_card},
      {&Summary::commitments_dropped, w.dropped, w.dropped_card},
      {&Summary::commitments_rewritten, w.rewritten, w.rewritten_card},
      {&Summary::tag_changes, {"府省の変更", "ministry tags"}, {"府省の変更", "ministry tags"}},
      {&Summary::stale, words::stale, {"時点更新漏れの疑い", "stale findings"}},
      {&Summary::outside, words::outside, words::outside},
  };
}

}  // namespace

const std::vector<SummaryCount>& summary_counts(UnitKind k) {
  static const std::vector<SummaryCount> commitments = counts_with(
      {{"取組の追加", "commitments added"}, {"取組の削除", "commitments dropped"},
       {"取組の修正", "commitments rewritten"}, {"取組の追加", "commitments +"},
       {"取組の削除", "commitments −"}, {"取組の修正", "rewritten"}});
  static const std::vector<SummaryCount> sentences = counts_with(
      {{"文の追加", "sentences added"}, {"文の削除", "sentences dropped"},
       {"文の修正", "sentences rewritten"}, {"文の追加", "sentences +"},
       {"文の削除", "sentences −"}, {"文の修正", "rewritten"}});
  return k == UnitKind::measure ? commitments : sentences;
}

Label caution_label(Caution c) {
  if (c == Caution::reversed)
    return {"旧版の年が新版の年より後です。ファイルの順序が逆ではありませんか（指定の順に比較しました）",
            "The old edition is dated after the new one: were the files given in the wrong order? "
            "(Compared as given.)"};
  return {"二つのファイルは同じ文書の版に見えません（表題とレイアウトが異なるか、対応する単位がほとんどありません）。"
          "そのまま比較しました",
          "These files do not look like editions of one document (their titles and layouts differ, or "
          "almost no unit pairs); compared all the same."};
}

const UnitWords& unit_words(UnitKind k) {
  static const Label commitments{"取組", "commitments"}, sentences{"文", "sentences"};
  static const Label commitment_changes{"取組の追加／削除／修正", "commitments +/−/~"};
  static const Label sentence_changes{"文の追加／削除／修正", "sentences +/−/~"};
  static const Label changed{"（傍線部分は変更部分）", "(underlined: what changed)"};
  static const Label amended{"（傍線部分は改正部分）", "(underlined: what the amendment changes)"};
  static const UnitWords measure{{"施策", "measure"}, {"施策", "measures"}, commitments,
                                 commitment_changes, words::old_edition, words::new_edition,
                                 words::old_column, words::new_column, changed};
  static const UnitWords article{{"条", "article"},     {"条", "articles"},
                                 sentences,             sentence_changes,
                                 {"改正前", "before"},  {"改正後", "after"},
                                 {"改正前", "Before"},  {"改正後", "After"}, amended};
  static const UnitWords item{{"項目", "item"}, {"項目", "items"}, sentences, sentence_changes,
                              words::old_edition, words::new_edition, words::old_column,
                              words::new_column, changed};
  static const UnitWords paragraph{{"段落", "paragraph"}, {"段落", "paragraphs"}, sentences,
                                   sentence_changes, words::old_edition, words::new_edition,
                                   words::old_column, words::new_column, changed};
  switch (k) {
    case UnitKind::measure: return measure;
    case UnitKind::article: return article;
    case UnitKind::item: return item;
    case UnitKind::paragraph: return paragraph;
  }
  return measure;
}

Label outside_part_label(std::string_view part) {
  if (part == "title") return {"表題", "title"};
  if (part == "date") return {"決定日", "date"};
  if (part == "body") return {"決定主体", "body"};
  if (part == "preamble") return {"前文", "preamble"};
  if (part == "footnote") return {"注", "footnote"};
  if (part == "table") return {"表", "table"};
  return {part, part};  // a part added since: its own name
}

const std::vector<Label>& measure_columns() {
  static const std::vector<Label> columns = {
      {"状態", "status"},
      {"移動", "moved"},
      {"見出し", "section"},
      {"旧・行", "old_line"},
      {"新・行", "new_line"},
      {"旧・本文", "old_text"},
      {"新・本文", "new_text"},
      {"数値の変更", "figures"},
      {"追加された文", "commitments_added"},
      {"削除された文", "commitments_dropped"},
      {"修正された文", "commitments_rewritten"},
      {"旧・府省", "ministries_old"},
      {"新・府省", "ministries_new"},
      {"時点更新漏れの疑い", "stale"},
      {"旧・番号", "old_label"},
      {"新・番号", "new_label"}};
  return columns;
}

const std::vector<std::string>& lineage_columns() {
  static const std::vector<std::string> columns = {"lineage", "first",   "last",
                                                   "same_text_editions", "section", "text"};
  return columns;
}

namespace words {
const Label moved{"移動", "moved"};
const Label moved_from_place{"移動元", "moved from"};
const Label moved_to_place{"移動先", "moved to"};
const Label figure{"数値", "figure"};
const Label ministries{"府省", "ministries"};
const Label ministry{"府省", "ministry"};
const Label ministry_changed{"府省変更", "ministry changed"};
const Label count{"件数", "count"};
const Label none{"なし", "none"};
const Label no_section{"見出しなし", "no section"};
const Label front_matter{"前付け", "front matter"};
const Label status{"状態", "status"};
const Label old_edition{"旧", "old"};
const Label new_edition{"新", "new"};
const Label old_column{"旧", "Old"};
const Label new_column{"新", "New"};
const Label placeholder_added{"新設", "added"};
const Label placeholder_dropped{"削る", "dropped"};
const Label section{"大項目", "section"};
const Label section_changes{"見出しの変更", "Section changes"};
const Label stale{"時点更新漏れの疑い", "stale"};
const Label stale_filter{"時点更新漏れを含む", " with stale findings"};
const Label differences_only{"差分のみ", "differences only"};
const Label print_differences{"差分のみ印刷", "print the differences"};
const Label stale_findings{"古い記述", "stale findings"};
const Label all{"すべて", "all"};
const Label added_commitment{"追加", "added"};
const Label dropped_commitment{"削除", "dropped"};
const Label rewritten{"修正", "rewritten"};
const Label document{"文書", "document"};
const Label reports{"報告", "reports"};
const Label profile{"レイアウト", "profile"};
const Label in_units{"単位・見出しに読めた本文", "of the text in units and headings"};
const Label generic_compared{"既知のレイアウトに当てはまらないため、段落単位で比較しました",
                             "No known layout fits these texts: compared paragraph by paragraph."};
const Label generic_read{"既知のレイアウトに当てはまらないため、段落単位で読みました",
                         "No known layout fits this text: read paragraph by paragraph."};
const Label largest_unit{"一つの単位が本文の大半を占めています。レイアウトの判定が誤っている可能性があります",
                         "one unit holds most of the text: the profile may not fit this document"};
const Label outside{"前付け・注", "outside the units"};
const Label renumbered{"番号変更", "renumbered"};
const Label note{"注意", "note"};
const Label details{"詳細", "details"};
const Label figures_changed{"数値の変更", "figures changed"};
const Label tag_changes{"府省の変更", "ministry tag changes"};
const Label stale_count{"時点更新漏れの疑い", "stale findings"};
const Label sections{"見出しの変更", "sections"};
const Label was_under{"移動元", "was under"};
const Label stale_in_new{"新版の時点更新漏れの疑い", "stale text in the new edition"};
const Label yes{"あり", "yes"};
const Label no{"なし", "no"};
const Label roll{"年の繰り上げ", "year rolled with the edition"};
const Label show_rolls{"年の繰り上げも変更として表示", "show rolled years as edits"};
}  // namespace words

namespace history_words {
const Label first{"初出", "new"};
const Label same_text{"同文", "same"};
const Label tag{"府省", "tag"};
const Label changed_filter{"変更あり", "changed"};
const Label repeated_filter{"同文の繰り返し", "carried over"};
const Label added_filter{"途中から", "added"};
const Label years_not_updated{"年未更新", "years not updated"};
const Label followed{"施策", "measures followed"};
const Label in_every_edition{"全版に掲載", "in every edition"};
const Label carried_over{"同文の繰り返し", "text carried over"};
const Label dropped_on_the_way{"途中で削除", "dropped"};
const Label measure_column{"施策", "measure (latest text)"};
const Label edition{"版", "edition"};
const Label commitment{"前年の記述", "commitment"};
const Label result{"判定", "result"};
const Label evidence{"翌年の記述", "evidence"};
}  // namespace history_words

}  // namespace nendiff::detail
