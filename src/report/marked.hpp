// Internal: one side of a unit as the 新旧対照表 marks it, whatever the format.
// A side reads sentence by sentence (sentences tile the text): a rewritten
// sentence quotes its edit script (its own changes marked, a rolled year not),
// a sentence added or dropped whole is marked whole, any other is plain. The
// HTML rows (html_rows.cpp) walk a side to write markup; Word and PDF
// (taihyo.cpp) take the marked runs.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "nendiff/compare.hpp"
#include "report/rows.hpp"
#include "text/quote.hpp"

namespace nendiff::detail {

// What a measure's diff says about the sentences of one side, looked up by
// (line, text) and gathered once per measure: scanning the lists per sentence
// is quadratic in a measure of thousands of sentences.
struct SideNotes {
  using Key = std::pair<int, std::string>;
  std::map<Key, const Rewrite*> rewrites;             // the first one of each
  std::set<Key> whole;                                // added (new side) or dropped (old side)
  std::multimap<int, const NumberChange*> numbers;    // by line on this side
  std::multimap<std::string, const StaleFinding*, std::less<>> stale;  // new side, by sentence

  SideNotes(const Row& r, bool new_side);
};

// The callbacks of walk_side(), one per kind of stretch, in text order. Each
// stretch knows where it stands in the unit's text (a sentence its offset, a
// rewrite its sentence's), which is how it is quoted (Quoted).
struct SideWalk {
  std::function<void(size_t, std::string_view)> between;    // text between sentences, at an offset
  std::function<void(const Rewrite&, const Sentence&)> rewritten;  // a sentence reworded: this side's
  std::function<void(const Sentence&)> whole;               // added or dropped whole
  std::function<void(const Sentence&)> plain;               // the same in both editions
  // Before a sentence that starts a paragraph of its own (an article's 項, a
  // sub-item), but the first: where the edition breaks the line. Optional.
  std::function<void()> paragraph;
};
void walk_side(const SideNotes& notes, const Measure& m, const SideWalk& walk);

// A unit's text as its edition wrote it: the reports compare normalized text
// and quote the original (text/quote.hpp), 「（２２５社）」 where the edition
// wrote so, not 「(225社)」.
class Quoted {
 public:
  Quoted() = default;  // no unit: text (outside the units) quoted as given
  explicit Quoted(const Measure& m) : unit_(&m) {}
  explicit Quoted(const Measure* m) : unit_(m) {}  // none: quotes nothing
  // `stretch`, standing at byte `offset` of the unit's normalized text, as
  // written; as given where it does not stand there.
  std::string operator()(size_t offset, std::string_view stretch) const;
  // A view into the unit's text (a sentence, a commitment), as written.
  std::string operator()(std::string_view view) const { return (*this)(offset_of(view), view); }
  // Where `view` stands in the unit's text; npos if it views other text.
  size_t offset_of(std::string_view view) const;
  // A phrase of the unit's text (a figure, a stale phrase) as written where
  // it first stands; as given where it does not.
  std::string phrase(std::string_view phrase) const;

 private:
  const Measure* unit_ = nullptr;
  mutable std::optional<text::Quotation> quotation_;  // made when first asked
};

// A unit's whole text as written.
std::string quoted_text(const Measure& m);
// A stale finding's phrase as written in its unit of the Comparison's newer
// edition (as read in the front matter).
std::string quoted_phrase(const Comparison& c, const StaleFinding& f);

// A heading as written (its line's Markdown marks left out); as read where
// its line is not known.
std::string quoted_heading(const Section& s);
// A unit's ministry tag as written where its text ends with it (「（厚生労働省）」
// for the 「(厚生労働省)」 read), else as read (a tag closing a group of items
// stands apart from their texts); empty if it has none.
std::string quoted_tag(const Measure& m);

// The text an edit has on one side: a kept or rolled stretch on both, an
// insertion on the new side only, a deletion on the old; else empty.
std::string_view side_text(const TextEdit& e, bool new_side);

// An edit of a script that shows both editions in one line (Markdown, the
// workbook), its texts quoted: kept and inserted text as the new unit writes
// it, deleted text and a roll's old year as the old one does.
struct QuotedEdit {
  TextEdit::Kind kind = TextEdit::same;
  std::string text, old_text;
};
std::vector<QuotedEdit> quoted_script(const Rewrite& w, const Quoted& old_unit,
                                      const Quoted& new_unit, bool show_rolls);
// The units of a row (or of a diff), quoted for the lists of its changes.
struct QuotedPair {
  Quoted old_unit, new_unit;
  explicit QuotedPair(const Row& r) : old_unit(r.old_measure), new_unit(r.new_measure) {}
  QuotedPair(const Comparison& c, const MeasureDiff& d);
  std::vector<QuotedEdit> script(const Rewrite& w, bool show_rolls) const {
    return quoted_script(w, old_unit, new_unit, show_rolls);
  }
};
// A script outside the units (a title, a footnote), as given.
std::vector<QuotedEdit> quoted_script(ListView<TextEdit> edits, bool show_rolls);

// A stretch of one side's text, underlined (傍線) where it differs.
struct MarkedRun {
  std::string text;
  bool changed = false;
};
using MarkedText = std::vector<MarkedRun>;

// One side of an edit script, verbatim (quoted_side): inserted (new side) or
// deleted (old side) characters changed; a rolled year plain unless
// `show_rolls`. The script's side starts at byte `offset` of what `quoted`
// quotes.
void append_edit_runs(MarkedText& out, ListView<TextEdit> edits, bool new_side,
                      bool show_rolls, const Quoted& quoted = {}, size_t offset = 0);
// A measure's side, sentence by sentence as walk_side() reads it.
MarkedText side_runs(const Row& r, const Measure& m, bool new_side, bool show_rolls);
// `text` appended as one run, merged with the last run when it is marked alike.
void append_run(MarkedText& out, std::string_view text, bool changed);

}  // namespace nendiff::detail
