// The 新旧対照表's official form: its head, its rows (units that differ under
// their headings, elisions between), its summary, its paper.
#include "report/taihyo.hpp"

#include "report/labels.hpp"
#include "report/layout.hpp"
#include "report/printable.hpp"
#include "report/quoted.hpp"
#include "report/rows.hpp"
#include "report/util.hpp"

namespace nendiff::detail {
namespace {

std::string safe(std::string_view text) { return printable(text, LineBreaks::kept); }

MarkedText safe_runs(const MarkedText& runs) {
  MarkedText out;
  for (const MarkedRun& r : runs) append_run(out, safe(r.text), r.changed);
  return out;
}

MarkedText plain(std::string_view text) { return {{safe(text), false}}; }

std::string bracketed(std::string_view text) { return "（" + std::string(text) + "）"; }

// 「（新設）」 on the old side of an added unit, 「（削る）」 on the new side of a dropped one.
TaihyoCell placeholder(bool new_side) {
  return {plain(bracketed((new_side ? words::placeholder_dropped : words::placeholder_added).ja))};
}

// 「旧 L12 1. 総論」: where a moved unit stands in the other edition.
std::string place(const Label& side, const Row& r) {
  const Measure& m = r.ghost ? *r.new_measure : *r.old_measure;
  return std::string(side.ja) + " " + line_ref(&m) + " " +
         section_path_text(quoted_path(r.moved_headings), bracketed(words::no_section.ja));
}

TaihyoCell measure_cell(const Row& r, bool new_side, bool show_rolls) {
  const Measure* m = new_side ? r.new_measure : r.old_measure;
  if (!m) return placeholder(new_side);
  MarkedText text;
  // A unit only one edition has is new (or gone) in full, as official tables underline it.
  const bool whole = !(new_side ? r.old_measure : r.new_measure);
  for (const MarkedRun& run : side_runs(r, *m, new_side, show_rolls))
    append_run(text, run.text, run.changed || whole);
  TaihyoCell cell{safe_runs(text)};
  if (m->tag) cell.push_back(safe_runs({{quoted_tag(*m), r.diff->tag_changed || whole}}));
  if (new_side && r.diff->moved)
    cell.push_back(plain(bracketed(std::string(words::moved.ja) + "：" +
                                   place(words::old_edition, r))));
  return cell;
}

// Where a moved unit stood: its old text, and where it went.
std::pair<TaihyoCell, TaihyoCell> ghost_cells(const Row& r) {
  TaihyoCell new_cell{plain(bracketed(std::string(words::moved_to_place.ja) + "：" +
                                      place(words::new_edition, r)))};
  TaihyoCell old_cell{plain(excerpt(quoted_text(*r.old_measure), 80)),
                      plain(bracketed(words::moved_from_place.ja))};
  return {new_cell, old_cell};
}

TaihyoCell outside_cell(const Comparison& c, const TextChange& t, bool new_side, bool show_rolls) {
  if ((new_side ? t.new_text : t.old_text).empty()) return placeholder(new_side);
  MarkedText text;
  append_edit_runs(text, t.edits, new_side, show_rolls, quoted_outside(c, t, new_side));
  return {safe_runs(text)};
}

// The units a table lists: o.only, by default those that differ; o.full all.
UnitFilter listed_units(const ReportOptions& o) {
  if (o.full) return {};
  if (!o.only.statuses.empty() || o.only.moved) return o.only;
  return parse_unit_filter("changed,added,dropped,moved");
}

// Walks the rows, emitting heading rows where the chain of headings changes
// and one 「（略）」 for each run of rows left out.
class RowWalker {
 public:
  RowWalker(const Comparison& c, const ReportOptions& o,
            const std::function<void(const TaihyoRow&)>& emit)
      : c_(c), o_(o), only_(listed_units(o)), emit_(emit) {}

  void run() {
    outside();
    for (const Row& r : table_rows(c_)) {
      if (!only_.lists(*r.diff)) {
        skipped_ = true;
        continue;
      }
      elide();
      enter(r.headings);
      auto [new_cell, old_cell] =
          r.ghost ? ghost_cells(r)
                  : std::make_pair(measure_cell(r, true, o_.show_rolls),
                                   measure_cell(r, false, o_.show_rolls));
      unit(std::move(new_cell), std::move(old_cell));
    }
    elide();
  }

 private:
  // Title, date, preamble, footnotes that differ, under a heading of their own.
  void outside() {
    const std::vector<const TextChange*> changes = listed_outside(c_, only_);
    if (changes.empty()) return;
    heading(1, words::outside.ja);
    for (const TextChange* t : changes)
      unit(outside_cell(c_, *t, true, o_.show_rolls), outside_cell(c_, *t, false, o_.show_rolls));
  }

  void unit(TaihyoCell new_cell, TaihyoCell old_cell) {
    TaihyoRow row;
    row.left = std::move(o_.old_left ? old_cell : new_cell);
    row.right = std::move(o_.old_left ? new_cell : old_cell);
    emit_(row);
  }

  void heading(int level, std::string_view text) {
    TaihyoRow row;
    row.kind = TaihyoRow::heading_row;
    row.level = level;
    row.text = safe(text);
    emit_(row);
  }

  void elide() {
    if (!skipped_) return;
    skipped_ = false;
    TaihyoRow row;
    row.kind = TaihyoRow::elided_row;
    row.text = "（略）";
    emit_(row);
  }

  void enter(const std::vector<Heading>& chain) {
    size_t same = 0;
    while (same < chain.size() && same < current_.size() &&
           chain[same].section->heading == current_[same].section->heading)
      ++same;
    for (size_t i = same; i < chain.size(); ++i)
      heading(chain[i].section->level, heading_text(chain[i]));
    current_ = chain;
  }

  // The heading, and how it changed: 「（見出しの変更 改称：旧 …）」.
  std::string heading_text(const Heading& h) const {
    std::string text = quoted_heading(*h.section);
    if (!h.change) return text;
    std::string note(section_change_label(h.change->kind).ja);
    if (const Section* old = c_.old_section(*h.change))
      note += "：" + std::string(words::old_edition.ja) + " " + quoted_heading(*old);
    return text + "　" + bracketed(note);
  }

  const Comparison& c_;
  const ReportOptions& o_;
  const UnitFilter only_;
  const std::function<void(const TaihyoRow&)>& emit_;
  std::vector<Heading> current_;
  bool skipped_ = false;
};

}  // namespace

TaihyoHead taihyo_head(const Comparison& c, const ReportOptions& o) {
  const UnitKind kind = unit_kind(c);
  const UnitWords& unit = unit_words(kind);
  const Document& d = c.new_doc.title.empty() ? c.old_doc : c.new_doc;
  TaihyoHead head;
  head.title = safe((d.title.empty() ? edition_label(d) : quoted_title(d)) + "　新旧対照表");
  head.note = std::string(unit.underline_note.ja);
  // A law's columns read 改正後 / 改正前; any other's name the editions.
  std::string new_label = kind == UnitKind::article ? std::string(unit.new_column.ja)
                                                    : safe(edition_label(c.new_doc));
  std::string old_label = kind == UnitKind::article ? std::string(unit.old_column.ja)
                                                    : safe(edition_label(c.old_doc));
  head.left_label = o.old_left ? old_label : new_label;
  head.right_label = o.old_left ? new_label : old_label;
  return head;
}

void for_each_taihyo_row(const Comparison& c, const ReportOptions& o,
                         const std::function<void(const TaihyoRow&)>& row) {
  RowWalker(c, o, row).run();
}

TaihyoSummary taihyo_summary(const Comparison& c) {
  TaihyoSummary out;
  out.heading = "概要";
  const Summary s = c.summary();
  for (const SummaryCount& n : summary_counts(unit_kind(c)))
    out.counts.push_back(std::string(n.label.ja) + "：" + std::to_string(s.*n.field));
  out.stale_heading = std::string(words::stale.ja) + "（" + std::to_string(c.stale.size()) + "件）";
  for (const StaleFinding& f : c.stale) {
    const QuotedFinding q = quoted_finding(c, f);
    out.stale.push_back(safe(line_ref(c.new_doc, f.line) + "　「" + q.phrase + "」　" + q.message_ja));
  }
  return out;
}

PaperSize paper_size(Paper p) {
  constexpr double kA4Short = 595.28, kA4Long = 841.89, kA3Long = 1190.55;
  switch (p) {
    case Paper::a4_portrait: return {kA4Short, kA4Long};
    case Paper::a3: return {kA3Long, kA4Long};
    case Paper::a4: break;
  }
  return {kA4Long, kA4Short};
}

}  // namespace nendiff::detail
