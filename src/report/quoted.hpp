// Internal: the editions' text as the reports quote it. Comparison reads
// normalized text; a report quotes what the edition wrote (text/quote.hpp):
// 「（２２５社）」 where the edition wrote so, not the 「(225社)」 compared. Every
// report takes a unit's text, its heading, tag, figures and front matter
// through here.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "nendiff/batch.hpp"
#include "nendiff/compare.hpp"
#include "report/rows.hpp"
#include "text/quote.hpp"

namespace nendiff::detail {

// Text read from written lines, quoted back: a unit's, or the front matter's.
class Quoted {
 public:
  Quoted() = default;  // quotes nothing: text as given
  explicit Quoted(const Measure& m) : Quoted(m.original, m.text, text::spacing_on(m.page)) {}
  explicit Quoted(const Measure* m) : Quoted(m ? Quoted(*m) : Quoted()) {}  // none: nothing
  // `read`, as normalized from `written` (the lines it was read from).
  Quoted(std::string_view written, std::string_view read, text::Spacing spacing)
      : written_(written), read_(read), spacing_(spacing), any_(true) {}

  // `stretch`, standing at byte `offset` of the text read, as written; as
  // given where it does not stand there. Consecutive stretches join to the
  // whole (spaces between two go with the first).
  std::string operator()(size_t offset, std::string_view stretch) const;
  // The same stretch on its own: without the spaces after it.
  std::string alone(size_t offset, std::string_view stretch) const;
  // A stretch to be marked (an insertion, a rolled year, a figure), quoted as
  // operator() quotes it, cut in two: its own characters, which the mark
  // holds, and the spaces typed after it, which stand outside the mark.
  struct Cut {
    std::string own, spaces_after;
  };
  Cut cut(size_t offset, std::string_view stretch) const;
  // Edit `i` of a script, its `stretch` of this text at `offset`, as a mark
  // holds it: cut() where the edit replaces text (replaces()), else quoted
  // whole, spaces and all.
  Cut marked(ListView<TextEdit> edits, size_t i, size_t offset, std::string_view stretch) const;
  // A view into the text read (a sentence, a commitment), as written, on its
  // own (no spaces after it).
  std::string operator()(std::string_view view) const { return alone(offset_of(view), view); }
  // Where `view` stands in the text read; npos if it views other text.
  size_t offset_of(std::string_view view) const;
  // A phrase of the text read (a figure, a stale phrase) as written where it
  // first stands; as given where it does not.
  std::string phrase(std::string_view phrase) const;

 private:
  const text::Quotation* quotation(size_t offset, std::string_view stretch) const;

  std::string_view written_, read_;
  text::Spacing spacing_ = text::Spacing::typed;
  bool any_ = false;
  mutable std::optional<text::Quotation> quotation_;  // made when first asked
};

// A unit's whole text as written.
std::string quoted_text(const Measure& m);
// A heading as written (its line's Markdown marks left out); as read where
// its line is not known.
std::string quoted_heading(const Section& s);
// The headings a row stands under, from level 1 down, as written.
std::vector<std::string> quoted_path(const Row& r);
// The headings of a path (Row::moved_headings), each as written.
std::vector<std::string> quoted_path(const std::vector<Heading>& headings);
// The headings `m` stands under in its edition `d`, from level 1 down, as
// written (for reports that list units without rows).
std::vector<std::string> quoted_path(const Document& d, const Measure& m);
// A unit's ministry tag as written (「（厚生労働省）」 for the 「(厚生労働省)」 read),
// also where it closes a group of items on a line of its own; empty if it has
// none.
std::string quoted_tag(const Measure& m);
// A stale finding as a report shows it: its phrase as written in its unit,
// and its messages naming the phrase so (the check's name it as read, in 「」).
struct QuotedFinding {
  std::string phrase, message_ja, message_en;
  const std::string& message(Language language) const { return language == Language::en ? message_en : message_ja; }
};
// The unit of `d` that `f` was found in; in the front matter, none (quoting
// nothing: as read).
Quoted finding_unit(const Document& d, const StaleFinding& f);
// `f`, found in the unit `unit` quotes.
QuotedFinding quoted_finding(const StaleFinding& f, const Quoted& unit);
// `f`, found in the Comparison's newer edition (in the front matter: as read).
QuotedFinding quoted_finding(const Comparison& c, const StaleFinding& f);

// `f` kept for a folder comparison's index (nendiff/batch.hpp).
BatchFinding indexed_finding(const Comparison& c, const StaleFinding& f);

// Text of the front matter (a title, a date, a deciding body, a preamble) as
// its document writes it; as read where its lines are not known.
Quoted quoted_front(const Document& d, std::string_view read);
// A document's title as written.
std::string quoted_title(const Document& d);
// A change outside the units, one side: quoted from its document's front
// matter where it stands there (title, date, body, preamble), else as read.
Quoted quoted_outside(const Comparison& c, const TextChange& t, bool new_side);

// The text an edit has on one side: a kept or rolled stretch on both, an
// insertion on the new side only, a deletion on the old; else empty.
std::string_view side_text(const TextEdit& e, bool new_side);

// Whether edit `i` of a script replaces text: a rolled year, or a deletion
// and an insertion side by side (a word or a figure changed). Spaces typed
// after a replaced stretch stand where both editions have text: a mark leaves
// them out (Quoted::cut). Spaces after text inserted or deleted outright were
// typed or deleted with it, and are marked with it.
bool replaces(ListView<TextEdit> edits, size_t i);

// An edit of a script that shows both editions in one line (terminal,
// Markdown, CSV, the workbook), its texts quoted: kept and inserted text as
// the newer edition writes it, deleted text and a roll's old year as the
// older does; the newer edition's spaces after a replacement as kept text.
struct QuotedEdit {
  TextEdit::Kind kind = TextEdit::same;
  std::string text, old_text;
};
std::vector<QuotedEdit> quoted_script(const Rewrite& w, const Quoted& old_unit,
                                      const Quoted& new_unit, bool show_rolls);
// A change outside the units, quoted from both sides (quoted_outside).
std::vector<QuotedEdit> quoted_script(const TextChange& t, const Quoted& old_side, const Quoted& new_side,
                                      bool show_rolls);

// The units of a row (or of a diff), quoted for the lists of its changes.
// A figure that changed, as each edition writes it.
struct QuotedFigure {
  std::string old_raw, new_raw;
};

struct QuotedPair {
  Quoted old_unit, new_unit;
  explicit QuotedPair(const Row& r) : old_unit(r.old_measure), new_unit(r.new_measure) {}
  QuotedPair(const Comparison& c, const MeasureDiff& d);
  // A change outside the units: its two sides (a table's row, a note).
  QuotedPair(const Comparison& c, const TextChange& t)
      : old_unit(quoted_outside(c, t, false)), new_unit(quoted_outside(c, t, true)) {}
  std::vector<QuotedEdit> script(const Rewrite& w, bool show_rolls) const {
    return quoted_script(w, old_unit, new_unit, show_rolls);
  }
  std::vector<QuotedEdit> script(const TextChange& t, bool show_rolls) const {
    return quoted_script(t, old_unit, new_unit, show_rolls);
  }
  QuotedFigure figure(const NumberChange& n) const {
    return {old_unit.phrase(n.old_raw), new_unit.phrase(n.new_raw)};
  }
};

}  // namespace nendiff::detail
