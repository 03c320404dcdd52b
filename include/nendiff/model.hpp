// The document model: the one vocabulary every pipeline stage shares.
//
// All text is UTF-8. "Normalized" text is what comparison works on (NFKC width
// folding, PDF spacing artefacts removed, page breaks joined); the original is
// kept alongside it for display. Line numbers are 1-based input lines.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "nendiff/compact_string.hpp"
#include "nendiff/compact_vector.hpp"
#include "nendiff/shared_list.hpp"

namespace nendiff {

// Years, figures and sentences view the text they were found in (a sentence
// its measure's text, a year its sentence's): a document of a million short
// measures holds each character once (issue 15). A Measure keeps the views of
// its sentences, years and figures on its own text when copied or moved.

// A year named in the text: 「2023年度」, 「令和6年度」, 「2023年秋」.
struct YearMention {
  std::string_view raw;     // as written in the normalized sentence
  std::string_view suffix;  // the end of `raw`, what follows the year: 年度, 年, 年度末,
                            // 度 (malformed) …
  uint32_t offset = 0;      // byte offset in the sentence's normalized text
  uint32_t length = 0;      // byte length of `raw`
  int year = 0;             // Western year, era years converted (令和6 → 2024)
  bool era = false;         // written as an era year (令和, 平成)
  bool dated = false;       // part of a full date (年月日 or 年N月): a dated fact
  bool fiscal = false;      // 年度 (fiscal year) rather than calendar 年
};

// A figure: a number with its counter or unit, e.g. 「約3,400社」 → 3400 社.
struct Figure {
  double value = 0;         // plain number: separators removed, 万/億/千 applied
  double range_end = 0;     // 「3〜5件」 → value 3, range_end 5 (when `ranged`)
  std::string_view unit;    // part of `raw`: 社, 件, 人, 億円, %, 割, 業種, 医療機関 …
                            // (may be empty)
  std::string_view raw;     // as written in the normalized sentence
  uint32_t offset = 0;      // byte offset in the sentence's normalized text; its length
                            // is raw's (56 bytes in all: one per unit of a million)
  bool approximate = false;  // 約, 程度, およそ
  bool ranged = false;       // a range: 「3〜5件」
};

struct Sentence {
  std::string_view text;    // normalized, for comparison and display: a view of its
                            // measure's text
  uint32_t offset = 0;      // byte offset of the sentence in its measure's text
  int line = 0;             // input line where the sentence starts (its PDF page:
                            // Document::page_of)
  CompactVector<YearMention> years;
  CompactVector<Figure> figures;
};

// A government body ministry tags name: 厚生労働省, known as 厚 and 厚労.
struct Body {
  std::string name;                  // in full
  std::vector<std::string> aliases;  // the abbreviations tags use
  std::string ended;                 // the last day it existed, YYYY-MM-DD; empty: it exists
  std::string successor;             // who took its work over, if anyone
};

struct Ministry {
  std::string name;        // as written: 厚, 経, 厚生労働省, REVIC室, オリパラ …
  std::string body;        // the body it names in full (厚 → 厚生労働省); `name` when unknown
  bool lead = false;       // marked ◎ or (主)
  std::string annotation;  // e.g. 2022.03.31廃止 from 「オリパラ（2022.03.31廃止）」
  bool known = false;      // `body` is one nendiff's table (or the profile) knows
  std::string ended;       // the last day of an abolished body, YYYY-MM-DD; else empty
};

// A ministry tag such as 【文、◎厚、◎経】 closing one or more measures. Where
// it stands is its measure's (Measure::tag_line): tags written alike are one.
struct MinistryTag {
  std::string raw;       // normalized, brackets included
  std::string written;   // as its line writes it, where that is not `raw`: what reports
                         // quote (a tag closing a group stands in no unit's text)
  SharedList<Ministry> ministries;

  std::vector<std::string> leads() const;
  std::vector<std::string> others() const;
};

struct Section {
  int level = 0;           // 1 = outermost: the order in which the document first uses each
                           // heading style, or the marks of a Markdown heading
  std::string heading;     // normalized, as written (number and title)
  CompactString written;   // its line as written where that is not `heading` (Markdown's
                           // marks, widths): what reports quote; empty: as read
  std::string label;       // the numbering part: 「1.」「(1)」「①」「第一章」, empty for 「(…)」
  std::string title;       // the heading without its numbering or brackets
  int line = 0;
  int page = 0;            // PDF page of `line`; 0 when the input has no pages
  std::optional<size_t> parent;  // index into Document::sections; none: a top-level section
};

struct Footnote {
  std::string marker;      // ¹, ※1 …
  std::string text;        // normalized
  int line = 0;
  CompactString written;   // its lines as written: what reports quote
};

// A table set in the text (a 工程表: 施策 | 2024年度 | 2025年度 …), as the PDF
// and Word readers mark one. Its rows belong to no unit: they are compared
// row by row as text outside the units (TextChange part "table").
// A row's cells as the model and the reports join them: 「施策 | 担当」, from
// cell `from` on.
std::string joined_cells(const std::vector<std::string>& cells, size_t from = 0);

struct TableRow {
  std::vector<std::string> cells;  // normalized, in reading order; empty cells left out
  int line = 0;
  CompactString written;           // its cells as written, joined as text() joins them, where that
                                   // differs (widths, tabs): what reports quote; empty: as read
  std::string text() const;        // the cells joined by " | "
};

struct Table {
  int line = 0;                    // its first row's line
  std::optional<size_t> section;   // index into Document::sections; none: before any heading
  std::vector<TableRow> rows;
};

// Where a stretch of normalized text came from: text from `offset` on (until the
// next span) stems from input line `line`.
struct LineSpan {
  uint32_t offset = 0;  // in its unit's text (a unit's offsets are 32-bit, as a sentence's)
  int line = 0;
  bool starts_paragraph = false;  // a paragraph of its own (項, a sub-item): no sentence runs on
};

// What the units of comparison are, in the document's layout (its profile).
enum class UnitKind : unsigned char { measure, article, item, paragraph };
const char* unit_kind_name(UnitKind k);  // "measure", "article", "item", "paragraph"

// A unit of comparison: a measure (施策, a bullet, its continuation paragraphs
// and its ministry tag) in a follow-up; an article (条, its caption and its
// paragraphs 項 and items 号) in a law; a top-level item with its sub-items in
// an outline; a paragraph in text of no known layout.
// A Measure's data; Measure adds the copying that keeps its sentences viewing
// its own text.
struct MeasureFields {
  UnitKind kind = UnitKind::measure;
  bool tag_shared = false;           // the tag closes several consecutive bullets
  bool captioned = false;            // an article whose text opens with its caption
                                     // (「(商号)」, a line above it), a sentence of its own
  int line = 0;                      // the line the bullet stands on
  int end_line = 0;                  // last line of its text (tag excluded)
  int page = 0;                      // PDF page of `line`; 0 when the input has no pages
  int tag_line = 0;                  // the line its tag stands on; 0: no tag
  std::optional<uint32_t> section;   // index into Document::sections; none: before any heading
  SharedList<std::string> section_path;  // headings from level 1 down (shared by the section's units)
  SharedText label;                  // the unit's own number where the layout names
                                     // units: 「第二十三条の二」; else empty
  CompactString original;            // input text as written, lines joined
  CompactString text;                // normalized, page breaks joined, tag removed (an article's
                                     // caption comes first, a sentence of its own)
  CompactVector<LineSpan> spans;     // input line of each stretch of `text` after the first,
                                     // which stems from `line`
  SharedValue<MinistryTag> tag;      // also set when the tag closes a group of bullets;
                                     // tags written alike share one
  CompactVector<Sentence> sentences;
  SharedList<Footnote> footnotes;    // footnote texts whose marker stands in this measure
};

struct Measure : MeasureFields {
  Measure() = default;
  Measure(const Measure& o) : MeasureFields(o) { view_own_text(); }
  Measure(Measure&& o) noexcept : MeasureFields(std::move(o)) { view_own_text(); }
  Measure& operator=(const Measure& o) {
    MeasureFields::operator=(o);
    view_own_text();
    return *this;
  }
  Measure& operator=(Measure&& o) noexcept {
    MeasureFields::operator=(std::move(o));
    view_own_text();
    return *this;
  }

  // The input line of byte `offset` of `text`.
  int line_at(size_t offset) const;

  // Points each sentence at its stretch of this measure's `text` (by its
  // offset): after a copy or a move, or after `text` was rebuilt.
  void view_own_text() noexcept;
};

// How an edition was read: the profile that explains its layout.
struct Layout {
  std::string profile;       // "follow-up", "law", "outline", "generic", or a profile file's name
  std::string description;   // what the profile is for
  bool generic = false;      // no profile explained the text: it is read paragraph by paragraph
  bool rolls_years = true;   // its years move with each edition (annual follow-ups)
  double coverage = 0;       // share of the text (in characters) in units and headings
  double largest_unit = 0;   // share of the text in the largest unit
};

struct Document {
  std::string path;
  std::string encoding;              // detected or given, e.g. UTF-8, Shift_JIS
  std::string title;                 // normalized
  int title_line = 0;
  int edition_year = 0;              // 0 when unknown
  bool draft = false;                // （案）
  std::string date_text;             // the decision-date line as written (normalized)
  int date_line = 0;
  bool date_blank = false;           // 「2024年 月 日」
  std::string body;                  // deciding body, e.g. 健康・医療戦略推進本部決定
  std::string preamble;
  std::string front_written;         // the lines of the title, date, body and preamble as
                                     // written, in order: what reports quote them from
  std::vector<Section> sections;
  // The measures' texts once parsed (CompactString::keep_in): a copied
  // measure owns its texts; one moved out of the document needs the store.
  std::shared_ptr<TextStore> unit_texts;
  std::vector<Measure> measures;
  std::vector<Footnote> footnotes;   // every footnote text found
  std::vector<Table> tables;         // tables between the text (PDF, Word), outside the units
  int line_count = 0;
  std::vector<int> line_pages;       // PDF: page of each input line (line 1 first); else empty
  Layout layout;

  // The sections `section` stands under and itself, from level 1 in (none:
  // standing under no section, none).
  std::vector<size_t> section_chain(std::optional<size_t> section) const;
  // The PDF page an input line stands on; 0 when the input has no pages.
  int page_of(int line) const {
    return line >= 1 && static_cast<size_t>(line) <= line_pages.size()
               ? line_pages[static_cast<size_t>(line) - 1]
               : 0;
  }
};

}  // namespace nendiff
