// The parser reads an edition line by line. Whether a line starts something
// (a heading, a unit, a tag) depends on context as well as on its form: text
// layers of PDFs break paragraphs every ~38 characters and at page ends, so a
// line that merely looks like 「①…」 or 「・…」 continues the paragraph above
// unless that paragraph was closed (a heading, 。 or a tag ended it). In text
// whose lines are paragraphs (Markdown, e-Gov, Word) every line may start one.
// What the forms are comes from the profile (parse/profile.hpp). A table's
// rows, as the PDF and Word readers mark them, belong to no structure but the
// document's tables.
//
// Longer than the rest of the stage's files: one state machine, kept whole,
// since its rules read each other's state (what is open, whether it closed,
// the group of measures waiting for its tag).
#include "parse/parser.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <unordered_map>
#include <utility>

#include "parse/front.hpp"
#include "parse/layout.hpp"
#include "parse/markdown.hpp"
#include "parse/wrapping.hpp"
#include "text/cells.hpp"
#include "text/line_joint.hpp"
#include "text/normalize.hpp"
#include "text/quote.hpp"
#include "text/unicode.hpp"
#include "text/utf8.hpp"

namespace nendiff {
namespace {

using text::to_u32;

class Parser {
 public:
  Parser(const std::vector<TextLine>& lines, const Profile& profile)
      : lines_(lines), profile_(profile), reader_(profile),
        wrapping_(profile.hard_wrapped ? wrapping_of(lines, reader_) : Wrapping{false, 0}) {
    for (auto& slot : shapes_) slot.first = lines.size();  // no line
    doc_.line_count = lines.empty() ? 0 : lines.back().number;
    size_t written = 0;
    for (const TextLine& l : lines) {
      markdown_headings_ |= l.hashes > 0;
      written += !l.normalized.empty();
    }
    // Room for a unit on every written line, the most there can be: pages a
    // vector reserves stay untouched until used, while one grown by doubling
    // holds up to three halves of its units when it moves — the largest block
    // a document of many short units needs.
    doc_.measures.reserve(written);
  }

  Structure run() {
    for (size_t i = 0; i < lines_.size(); ++i) {
      if (lines_[i].normalized.empty()) {
        blank_before_ = true;
        continue;
      }
      current_ = i;
      take(i);
      blank_before_ = false;
      in_table_ = lines_[i].table_row;
    }
    close_unclosed_tag();
    if (!doc_.measures.empty()) settle(doc_.measures.back());
    return {std::move(doc_), std::move(itemized_)};
  }

 private:
  enum class Open { front, heading, measure, footnote, table };

  // The parser looks a few lines ahead and never back: the shapes of the
  // lines around the one read are kept, each read once.
  const LineShape& shape(size_t i) {
    auto& [line, s] = shapes_[i % kShapes];
    if (line != i) line = i, s = reader_.shape(lines_[i]);
    return s;
  }

  // Where a new structure may start: after a closed paragraph, or anywhere in
  // text whose lines are paragraphs.
  bool may_start() const { return closed_ || !wrapping_.wrapped; }

  // In text of no known layout a paragraph ends as a sentence does, and where
  // a blank line follows a Latin sentence's 「.」 (English text ends none with 。).
  bool ends_paragraph_of_text() const {
    return closed_ || (blank_before_ && text::ends_latin_sentence(doc_.measures.back().text));
  }

  // A measure still waits for its tag: the lines numbered ①… or ア… before it
  // are its own points, not items of their own.
  bool awaits_tag() const { return open_ == Open::measure && group_start_.has_value(); }

  void take(size_t i) {
    const TextLine& line = lines_[i];
    if (line.table_row) return take_table_row(line);
    const LineShape s = shape(i);  // a copy: looking ahead may reuse its place
    if (open_ == Open::front && is_title(doc_, line)) return continuation(line);
    if (labels_after_the_tag(i)) return append(line, 0, false);
    // A 「#」 heading or a list's item interrupts a paragraph (CommonMark): no
    // unit runs on into it.
    const size_t listed = list_marker_bytes(line), nested = nested_list_item(line);
    if (may_start() || line.hashes > 0 || listed > 0 || nested > 0) {
      if (listed && !typed_heading(i, s)) return take_item(line, ItemShape{ItemShape::kNumbered, "", listed});
      // A point or a unit: take_item() knows; never a heading.
      if (nested) return take_item(line, ItemShape{ItemShape::kNumbered, "", nested});
      const bool heading = heads(i) && heading_confirmed(i) && (!s.item || title_length(line));
      const bool point = s.item && s.item->style == ItemShape::kNumbered && awaits_tag();
      if (s.item && !heading && !point) return take_item(line, *s.item);
      if (heading) return add_section(line, numbering_in_use(s));
      // Numbered as a heading but running on into a sentence: an item's first line.
      if (s.heading && s.numbered && !awaits_tag()) return take_item(line, *s.numbered);
    }
    if (s.tag_only) return close_group(line);
    if (s.caption && may_start() && next_is_item(i)) return void(pending_caption_ = i);
    if (s.footnote_marker > 0 && (closed_ || blank_before_)) return add_footnote(line, s);
    if (open_ != Open::front && !s.tag_only && unnumbered_title(i)) return add_section(line, std::nullopt);
    if (unnumbered_markdown_heading(line, s)) return add_section(line, std::nullopt);  // ends the front matter too
    continuation(line);
  }

  // 「…配布する。【警察庁】」 over 「【施策番号２】」: the labels after a tag,
  // wrapped onto the next line (its line reached the page's edge), are its
  // unit's text (no heading 【…】).
  bool labels_after_the_tag(size_t i) const {
    if (i == 0 || blank_before_ || open_ != Open::measure || doc_.measures.empty()) return false;
    if (!wrapping_.wrapped || short_of_the_edge(lines_[i - 1])) return false;
    const Measure& m = doc_.measures.back();
    return m.tag && m.tag_line == lines_[i - 1].number && reader_.only_labels(lines_[i].text);
  }

  // 「## 新産業創出」: a Markdown heading is one whatever the profile, numbered
  // or not — a converter drops the numbers Word numbered automatically.
  static bool unnumbered_markdown_heading(const TextLine& line, const LineShape& s) {
    return line.hashes > 0 && !s.heading && !s.item && !s.tag_only;
  }

  // 「⇒2020年度：55％」 under a 《ＫＰＩ》: a line led by an arrow gives the
  // progress or the outcome of the paragraph above it, set apart or not.
  static bool reports_on_the_one_above(const TextLine& line) {
    return !line.text.empty() && std::u32string_view(U"⇒→⇨➡➔").find(line.text.front()) !=
                                     std::u32string_view::npos;
  }

  // The paragraphs between an unbulleted unit's first and the tag alone that
  // closes it are its own (a 規制改革実施計画's item: 「No.1 …」, its points a
  // and b, its schedule 【…】, then 〈厚生労働省〉), however far apart a PDF or
  // Word file sets them: not units of their own that share the tag. Bullets
  // (units each), headings and a line closed by its own tag end the search.
  bool runs_on_to_its_tag(size_t i) {
    constexpr size_t kLookAhead = 64;  // lines: an item's paragraphs, not a chapter's
    if (profile_.tags.empty() || reader_.trailing_tag(lines_[i].text)) return false;
    for (size_t j = i + 1; j < lines_.size() && j <= i + kLookAhead; ++j) {
      if (lines_[j].normalized.empty()) continue;
      if (lines_[j].table_row) return false;
      const LineShape s = shape(j);
      if (s.tag_only) return true;
      if (s.item || s.caption || s.footnote_marker > 0 || reader_.trailing_tag(lines_[j].text))
        return false;
      if (s.heading && !closes_the_open_measure(j + 1)) return false;
    }
    return false;
  }

  // In text of no known layout, a short line that ends no sentence and stands
  // alone between blank lines, with text after it, is a heading (「はじめに」,
  // 「現状と課題」): not the first words of the paragraph below it.
  bool unnumbered_title(size_t i) {
    const TextLine& line = lines_[i];
    if (!profile_.paragraphs_are_units || !may_start() || !blank_before_ || !title_length(line) ||
        reader_.ends_a_sentence(line.text) || text::ends_latin_sentence(line.normalized) ||
        ends_a_clause(line.text) || !stands_alone(i))
      return false;
    for (size_t next = i + 1; next < lines_.size(); ++next)
      if (!lines_[next].normalized.empty()) return true;
    return false;  // the closing words (「以上」) head nothing
  }

  // 「、」「，」「：」 at the end: the line runs on into what follows it.
  static bool ends_a_clause(std::u32string_view text) {
    return !text.empty() && std::u32string_view(U"、，,：:").find(text.back()) != std::u32string_view::npos;
  }

  // A heading by its form: one of the profile's styles, or in a profile that
  // reads Markdown, any 「# 」 line. In a document that marks its headings
  // with 「#」, a numbered line without one is a list item.
  bool heads(size_t i) {
    const TextLine& line = lines_[i];
    if (profile_.markdown && markdown_headings_) return line.hashes > 0;
    return shape(i).heading.has_value();
  }

  // 「1. 」「2) 」 at the start of a line, in a document that marks its headings
  // with 「#」: an ordered list's item (CommonMark), never a heading, and a
  // unit of its own, not a point of the one above — pandoc writes Word's
  // numbered paragraphs so. The bytes of its marker in the normalized line
  // (0: none). Indented, it is a nested list's (nested_list_item).
  size_t list_marker_bytes(const TextLine& line) const {
    return in_markdown_list(line) && line.indent == 0 ? ordered_marker_bytes(line) : 0;
  }

  // 「  1. 」 indented, in such a document: a nested list's item, never a
  // heading (a point of a bulleted unit above that waits for its tag, else a
  // unit of its own: take_item). The bytes of its marker (0: none).
  size_t nested_list_item(const TextLine& line) const {
    return in_markdown_list(line) && line.indent > 0 ? ordered_marker_bytes(line) : 0;
  }

  bool in_markdown_list(const TextLine& line) const {
    return !profile_.markdown && markdown_headings_ && line.hashes == 0;
  }

  static size_t ordered_marker_bytes(const TextLine& line) {
    const size_t text = line.raw.find_first_not_of(" \t");
    if (text == std::string_view::npos) return 0;
    const std::string_view raw = line.raw.substr(text);
    const size_t marker = markdown::ordered_list_marker(raw);
    // Normalizing keeps ASCII digits and the mark, and may drop the spaces after them.
    const std::string_view normalized = line.normalized;
    if (marker == 0 || normalized.substr(0, marker) != raw.substr(0, marker)) return 0;
    size_t skip = marker;
    while (skip < normalized.size() && normalized[skip] == ' ') ++skip;
    return skip;
  }

  // 「1. 健康長寿社会の形成」 typed as a paragraph of its own in Word, which a
  // converter (markitdown) writes unescaped: an ordered list's item by its
  // form, but alone (no item of a list beside it), in a heading's words (no
  // sentence, no tag: LineShape::heading) and heading what follows — another
  // heading — it heads a section, as 「## 1. 」 would.
  bool typed_heading(size_t i, const LineShape& s) {
    if (!s.heading) return false;
    const std::optional<size_t> before = nonblank(i, -1), after = nonblank(i, +1);
    if (before && list_marker_bytes(lines_[*before]) > 0) return false;
    return after && !list_marker_bytes(lines_[*after]) &&
           (lines_[*after].hashes > 0 || (shape(*after).heading && !shape(*after).item));
  }

  // The nearest line before (`step` -1) or after (+1) line `i` that is not blank.
  std::optional<size_t> nonblank(size_t i, int step) const {
    for (size_t k = i + static_cast<size_t>(step); k < lines_.size(); k += static_cast<size_t>(step))
      if (!lines_[k].normalized.empty()) return k;
    return std::nullopt;
  }

  bool next_is_item(size_t i) {
    for (size_t next = i + 1; next < lines_.size(); ++next)
      if (!lines_[next].normalized.empty())
        return !lines_[next].table_row && shape(next).item.has_value();
    return false;
  }

  // Line i starts something of its own: a structure by its form, or a table's row.
  bool starts_something(size_t i) { return lines_[i].table_row || shape(i).starts_something(); }

  // A heading stands alone: a blank line, the end, or a new structure follows
  // it. In hard-wrapped text it may first run on for a line or two that end no
  // sentence, but only where no measure still waits for its tag: inside one, a
  // wrapped line that merely starts like 「①…」 runs on into more of it.
  bool heading_confirmed(size_t i) {
    if (closes_the_open_measure(i + 1)) return false;
    if (!profile_.hard_wrapped)
      return lines_[i].hashes > 0 || stands_alone(i) || plain_outline_title(i);
    // One paragraph a line: a heading ends where its line does, unless it
    // ends a sentence (then it is an item's, or a paragraph's).
    if (!wrapping_.wrapped) return !reader_.ends_a_sentence(lines_[i].text) || stands_alone(i);
    if (short_of_the_edge(lines_[i]) && !reader_.ends_paragraph(lines_[i].text)) return true;
    constexpr size_t kMaxWrappedLines = 2, kMaxHeadingLength = 80;
    const bool ended =
        reader_.ends_paragraph(lines_[i].text) || (open_ == Open::measure && group_start_);
    size_t length = lines_[i].text.size();
    for (size_t next = i + 1, wrapped = 0;; ++next, ++wrapped) {
      if (next >= lines_.size() || lines_[next].normalized.empty()) return true;
      if (starts_something(next) || starts_a_paragraph(lines_[next])) return true;
      const std::u32string_view s = lines_[next].text;
      length += s.size();
      if (ended || wrapped == kMaxWrappedLines || length > kMaxHeadingLength ||
          reader_.ends_paragraph(s))
        return false;
    }
  }

  // A numbered outline in plain text (a 要綱, a 通知: 「第１　趣旨」 over its
  // paragraph) marks no heading with 「#」: a numbered line that is no
  // sentence heads the paragraphs under it, as in a follow-up.
  bool plain_outline_title(size_t i) const {
    return profile_.markdown && !markdown_headings_ && !reader_.ends_a_sentence(lines_[i].text);
  }

  // 「○…」 may open a heading or an item. A title is short; a longer line is
  // an item's first line, even where a page break left a blank line after it.
  bool title_length(const TextLine& line) const {
    constexpr size_t kMaxTitleLength = 40;
    return line.text.size() <= kMaxTitleLength && !at_the_edge(line);
  }

  // A hard-wrapped line that fills the page's width runs on: an item's first
  // line, even where a page break follows it, rather than a title.
  bool at_the_edge(const TextLine& line) const {
    return wrapping_.wrapped && wrapping_.edge > 0 && !short_of_the_edge(line);
  }

  // Line i (blank lines aside) is a tag alone closing the measure still open:
  // the lines before it are that measure's own, such as its schedule
  // 「【令和５年度措置】」 between its text and 「〈厚生労働省〉」, never a heading.
  bool closes_the_open_measure(size_t i) {
    while (i < lines_.size() && lines_[i].normalized.empty()) ++i;  // Word's blank lines
    return open_ == Open::measure && group_start_ && i < lines_.size() && shape(i).tag_only;
  }

  // Where the edge the lines were broken at is known, a line ending well short
  // of it ended there: the author's break, not a wrap.
  bool short_of_the_edge(const TextLine& line) const {
    constexpr size_t kSlack = 2;  // 、。 pushed to the next line; a word that did not fit
    return wrapping_.edge > 0 && width(line) + kSlack < wrapping_.edge;
  }

  // Japanese paragraphs start indented 「　」: such a line is no heading's or
  // sentence's wrapped end.
  static bool starts_a_paragraph(const TextLine& line) { return line.indent > 0; }

  // A blank line, the end or a new structure follows line i.
  bool stands_alone(size_t i) {
    return i + 1 >= lines_.size() || lines_[i + 1].normalized.empty() || starts_something(i + 1);
  }

  void take_item(const TextLine& line, const ItemShape& item) {
    const bool top_level_only =
        item.style != ItemShape::kNumbered && profile_.items[item.style].top_level_only;
    // An indented sub-item (outlines) belongs to the unit above; so does, in a
    // follow-up, an indented point of another mark under a bulleted measure
    // still waiting for its tag (「・…次の取組を行う。」 over 「　－　…を支援する。」
    // 「　－　…を推進する。【◎デジ、総】」): the tag closes the measure, points and all.
    if ((top_level_only && line.indent > 0 && open_ == Open::measure) || point_of_the_open_measure(line, item))
      return append(line, item.skip, true);
    close_unclosed_tag();
    open_item_style_ = item.style;
    const std::u32string_view rest = std::u32string_view(line.text).substr(
        text::code_points(std::string_view(line.normalized).substr(0, item.skip)));
    if (const std::optional<size_t> lead = reader_.leading_tag(rest))
      return start_tagged_unit(line, item, rest.substr(0, *lead));
    start_unit(line, item.skip, item.label, true);
  }

  bool point_of_the_open_measure(const TextLine& line, const ItemShape& item) const {
    return line.indent > 0 && awaits_tag() && !itemized_.empty() && itemized_.back() &&
           item.style != open_item_style_;
  }

  // 「○【国土交通省】住宅の…」: the ministries named before the measure are its
  // own, not a group's, and no part of its text.
  void start_tagged_unit(const TextLine& line, const ItemShape& item, std::u32string_view lead) {
    group_start_.reset();
    start_unit(line, item.skip + text::utf8_length(lead), item.label, true);
    group_start_ = doc_.measures.size() - 1;
    MinistryTag tag = reader_.read_tag(lead);
    const std::string_view raw = line.raw;  // its start: about as long as marker and tag could be written
    note_written(tag, raw.substr(0, text::character_start(raw, 4 * (tag.raw.size() + item.skip) + 8)));
    assign_tag(std::move(tag), line.number);
  }

  void continuation(const TextLine& line) {
    // After a finished footnote and a blank line, the page's measure runs on.
    if (open_ == Open::footnote && closed_ && blank_before_ && !doc_.measures.empty() &&
        !doc_.measures.back().tag)
      open_ = Open::measure;
    switch (open_) {
      case Open::measure:
        if (profile_.paragraphs_are_units && ends_paragraph_of_text())
          return start_unit(line, 0, "");
        // A tag closed the last measure: a paragraph after it is not more of
        // that measure but one of its own, unbulleted, or the document's
        // closing words (「以上」). Page breaks split measures before their tag.
        if (closed_ && blank_before_ && !doc_.measures.empty() && doc_.measures.back().tag &&
            !group_start_)
          return start_unit(line, 0, "");
        // Only a bulleted measure runs on over paragraphs (its notes, its
        // progress lines): unbulleted paragraphs are units each, such as
        // 「《KPI》…」 after 「《KPI》…」 or a 骨太の方針's paragraphs — after a
        // blank line, or indented 「　」 as a paragraph starts (「⇒2020年度：
        // 55％」 under its KPI is not).
        if (may_start() && (blank_before_ || starts_a_paragraph(line)) && !itemized_.empty() &&
            !itemized_.back())
          return runs_on_to_its_tag(current_) || reports_on_the_one_above(line)
                     ? append(line, 0, true)
                     : start_unit(line, 0, "");
        return append(line, 0, !wrapping_.wrapped);
      case Open::footnote: {
        Footnote& f = doc_.footnotes.back();
        f.text += text::line_joint(f.text, line.normalized);
        f.text += line.normalized;
        f.written += '\n';
        f.written += line.raw;
        closed_ = reader_.ends_paragraph(line.text);
        return;
      }
      case Open::table:  // a paragraph after a table is a unit of its own
        return start_unit(line, 0, "");
      case Open::heading:
        if (!blank_before_ && wrapping_.wrapped && heading_at_edge_ && !starts_a_paragraph(line)) {
          Section& s = doc_.sections.back();  // a heading wrapped over lines
          s.heading += text::line_joint(s.heading, line.normalized);
          s.heading += line.normalized;
          s.title += text::line_joint(s.title, line.normalized);
          s.title += line.normalized;
          heading_at_edge_ = !short_of_the_edge(line);
          path_ = section_path();
          return;
        }
        return start_unit(line, 0, "");  // an unbulleted paragraph under a heading
      case Open::front:
        if (read_front_matter(doc_, line, line.text, !profile_.paragraphs_are_units)) {
          doc_.front_written.append(line.raw).push_back('\n');
          closed_ = true;
          return;
        }
        if (unnumbered_title(current_)) return add_section(line, std::nullopt);
        return start_unit(line, 0, "");
    }
  }

  // Of the forms a heading matches, the one whose numbering is open nearest
  // (「c.」 after 「b.」 is a letter, not a Roman hundred); else the first.
  std::optional<HeadingShape> numbering_in_use(const LineShape& s) const {
    if (s.other_headings.empty()) return s.heading;
    for (auto open = stack_.rbegin(); open != stack_.rend(); ++open) {
      const int level = doc_.sections[*open].level;
      if (level == level_of_style(s.heading->style)) return s.heading;
      for (const HeadingShape& other : s.other_headings)
        if (level == level_of_style(other.style)) return other;
    }
    return s.heading;
  }

  static int level_of_style(size_t style) { return static_cast<int>(style) + 1; }

  // The raw level: the style's place among the profile's (outermost first),
  // or a Markdown heading's marks (structure.hpp).
  int level_of(const TextLine& line, const std::optional<HeadingShape>& h) const {
    if (profile_.markdown && line.hashes > 0) return line.hashes;
    // Unnumbered Markdown headings (Word's heading styles) stand above every
    // numbered style, ordered among themselves by their marks.
    if (!h && line.hashes > 0) return line.hashes - markdown::kHeadingLevels - 1;
    // A heading without numbering stands under every numbered one (a numbered
    // heading after it closes it): its place among them is unknown.
    constexpr int kUnnumbered = 1000;
    return h ? level_of_style(h->style) : kUnnumbered;
  }

  void add_section(const TextLine& line, const std::optional<HeadingShape>& h) {
    close_unclosed_tag();
    const int level = level_of(line, h);
    while (!stack_.empty() && doc_.sections[stack_.back()].level >= level) stack_.pop_back();
    Section s;
    s.level = level;
    s.heading = line.normalized;
    if (line.raw != line.normalized) s.written = line.raw;  // 8 bytes when not (issue 15)
    s.label = h ? h->label : "";
    s.title = h ? h->title : line.normalized;
    s.line = line.number;
    s.parent = innermost_section();
    heading_at_edge_ = !short_of_the_edge(line);
    stack_.push_back(doc_.sections.size());
    doc_.sections.push_back(std::move(s));
    path_ = section_path();
    open_ = Open::heading;
    closed_ = true;
    group_start_.reset();
  }

  std::optional<size_t> innermost_section() const {
    return stack_.empty() ? std::nullopt : std::optional<size_t>(stack_.back());
  }

  // The open sections' headings, one list every unit under them shares.
  SharedList<std::string> section_path() const {
    std::vector<std::string> path;
    for (size_t i : stack_) path.push_back(doc_.sections[i].heading);
    return path;
  }

  // The unit's text starts `skip` bytes into the normalized line (after its
  // bullet or number); a caption read just before it comes first.
  void start_unit(const TextLine& line, size_t skip, const std::string& label,
                  bool itemized = false) {
    Measure m;
    m.kind = profile_.unit;
    m.label = label;
    m.line = line.number;
    m.end_line = line.number;
    m.section = innermost_section();
    m.section_path = path_;
    if (!group_start_) group_start_ = doc_.measures.size();
    if (!doc_.measures.empty()) settle(doc_.measures.back());
    doc_.measures.push_back(std::move(m));
    itemized_.push_back(itemized);
    open_ = Open::measure;
    if (pending_caption_) {
      const TextLine& caption = lines_[*pending_caption_];
      pending_caption_.reset();
      Measure& unit = doc_.measures.back();
      unit.captioned = true;
      unit.line = caption.number;
      unit.original = caption.raw;
      unit.text = caption.normalized;
    }
    append(line, skip, !doc_.measures.back().text.empty());
  }

  // A unit's strings grow line by line, to up to twice their length; once the
  // next unit starts, only units after it grow: its texts go to the
  // document's store, exactly their length and without a heap chunk each.
  void settle(Measure& m) {
    if (!doc_.unit_texts) doc_.unit_texts = std::make_shared<TextStore>(unit_text_bytes());
    m.text.keep_in(*doc_.unit_texts);
    m.original.keep_in(*doc_.unit_texts);
  }

  // What the units' texts will take at most: each line as written and normalized.
  size_t unit_text_bytes() const {
    size_t bytes = 0;
    for (const TextLine& l : lines_) bytes += l.raw.size() + l.normalized.size();
    return bytes;
  }

  // `paragraph`: the line starts a paragraph of its own (項, a sub-item), which
  // a sentence never runs across.
  void append(const TextLine& line, size_t skip, bool paragraph) {
    Measure& m = doc_.measures.back();
    if (!m.original.empty()) m.original += "\n";
    m.original += line.raw;
    m.end_line = line.number;
    const std::string_view own = std::string_view(line.normalized).substr(skip);
    m.text += text::line_joint(m.text, own);
    // The first stretch stems from the unit's own line: no span for it (one
    // less allocation a unit; most units are one line).
    if (!m.text.empty() || line.number != m.line)
      m.spans.push_back({static_cast<uint32_t>(m.text.size()), line.number, paragraph});
    m.text += own;
    const std::u32string_view rest = std::u32string_view(line.text).substr(
        text::code_points(std::string_view(line.normalized).substr(0, skip)));
    // A line ending short of the page's edge ended its paragraph, 。 or not
    // (「⇒2020年度：55％」); a tag wrapped over lines closes it where it ends.
    closed_ = reader_.ends_paragraph(rest) || short_of_the_edge(line);
    unclosed_tag_line_ = reader_.unclosed_tag(rest) ? line.number : 0;
    if (!rest.empty() && reader_.may_close_tag(rest.back()))
      closed_ |= cut_tag(m, line.number, TagEnd::closed);
  }

  // 「…。【◎厚」 then a new bullet, heading or the end: the tag lost its
  // closing bracket (a hard-wrapped tag would have gone on with it on the next
  // line). It is cut off and given like a closed one, so that the measure
  // keeps its own ministries rather than borrowing the next measure's tag.
  void close_unclosed_tag() {
    if (unclosed_tag_line_ == 0 || doc_.measures.empty()) return;
    const int line = unclosed_tag_line_;
    unclosed_tag_line_ = 0;
    cut_tag(doc_.measures.back(), line, TagEnd::unclosed);
  }

  // A measure's text that ends in a ministry tag (or one that lost its
  // closing bracket): cut the tag off and give it to every untagged measure of
  // the group.
  enum class TagEnd { closed, unclosed };
  bool cut_tag(Measure& m, int line, TagEnd how) {
    if (!group_start_) return false;  // no measure to give it to: it stays text
    const std::u32string text = to_u32(m.text);
    const std::optional<LineReader::TagSpan> span = how == TagEnd::closed ? reader_.closing_tag(text)
                                                                          : unclosed_span(text);
    if (!span) return false;
    const std::u32string_view whole(text), written_tag = whole.substr(span->begin, span->end - span->begin);
    MinistryTag tag = reader_.read_tag(written_tag);
    cut_out(m, text::utf8_length(whole.substr(0, span->begin)), text::utf8_length(written_tag));
    const std::string_view original = m.original;  // its end: about as long as the tag could be written
    const size_t end_length = 4 * tag.raw.size() + 8;
    note_written(tag, original.substr(
        original.size() > end_length ? text::character_start(original, original.size() - end_length) : 0));
    assign_tag(std::move(tag), line);
    return true;
  }

  // 「…。【◎厚」 at the end of `text`: the tag, to the end.
  std::optional<LineReader::TagSpan> unclosed_span(std::u32string_view text) const {
    const std::optional<size_t> at = reader_.unclosed_tag(text);
    return at ? std::optional<LineReader::TagSpan>({*at, text.size()}) : std::nullopt;
  }

  // Bytes [from, from + length) of the unit's text (its tag) taken out; what
  // follows (labels after the tag) moves up, its line spans with it.
  static void cut_out(Measure& m, size_t from, size_t length) {
    if (from + length >= m.text.size()) return m.text.erase(from);
    std::string rest(std::string_view(m.text).substr(from + length));
    m.text.erase(from);
    m.text += rest;
    for (LineSpan& span : m.spans)
      if (span.offset > from)
        span.offset = static_cast<uint32_t>(span.offset >= from + length ? span.offset - length : from);
  }

  // The tag as `written` writes it, kept where that is not as read.
  static void note_written(MinistryTag& tag, std::string_view written) {
    std::string as_written = text::written_stretch(written, tag.raw);
    if (!as_written.empty() && as_written != tag.raw) tag.written = std::move(as_written);
  }

  void close_group(const TextLine& line) {
    closed_ = true;
    unclosed_tag_line_ = 0;
    if (doc_.measures.empty()) return continuation(line);  // before any measure: as text
    // A tag with no measure left to close (a heading came between) is kept as
    // text of the last measure, a paragraph of its own: never lost unseen.
    if (!group_start_) return append(line, 0, true);
    Measure& last = doc_.measures.back();
    last.original += '\n';
    last.original += line.raw;
    MinistryTag tag = reader_.read_tag(line.text);
    note_written(tag, line.raw);
    assign_tag(std::move(tag), line.number);
  }

  // Tags written alike are one tag, which their measures share.
  SharedValue<MinistryTag> shared_tag(MinistryTag tag) {
    auto [known, added] = tags_by_text_.try_emplace(tag.written.empty() ? tag.raw : tag.raw + '\n' + tag.written);
    if (added) known->second = std::move(tag);
    return known->second;
  }

  void assign_tag(MinistryTag read, int line) {
    if (!group_start_) return;
    const SharedValue<MinistryTag> tag = shared_tag(std::move(read));
    const size_t first = *group_start_;
    bool shared = doc_.measures.size() - first > 1;
    for (size_t i = first; i < doc_.measures.size(); ++i) {
      doc_.measures[i].tag = tag;
      doc_.measures[i].tag_line = line;
      doc_.measures[i].tag_shared = shared;
    }
    group_start_.reset();
  }

  // A table's row (a 工程表 between measures, as the PDF and Word readers mark
  // it) belongs to no unit: the unit before the table ends where it starts,
  // and what follows it starts afresh — a heading is a heading, a paragraph a
  // unit of its own; in the front matter, the front matter goes on.
  void take_table_row(const TextLine& line) {
    close_unclosed_tag();
    if (!in_table_) {
      doc_.tables.push_back({line.number, innermost_section(), {}});
      ministry_column_ = ministry_column(line);
    } else if (ministry_column_ && group_title(line)) {
      return add_section(line, numbering_in_use(shape(current_)));
    } else if (ministry_column_ && take_measure_row(line)) {
      return;
    }
    TableRow row;
    row.line = line.number;
    std::vector<std::string> written;  // the cells as written
    for (std::string_view cell_written : text::cells_of(line.raw)) {
      std::string cell = text::normalize_line(cell_written);
      if (cell.empty()) continue;
      written.emplace_back(text::cell_text(cell_written));
      row.cells.push_back(std::move(cell));
    }
    if (written != row.cells) row.written = joined_cells(written);
    // A Markdown table's delimiter row 「|---|---|」 holds no content.
    if (!text::is_delimiter_row(line.raw)) doc_.tables.back().rows.push_back(std::move(row));
    closed_ = true;
    if (open_ != Open::front) open_ = Open::table;
  }

  // The column of a table's header (its first row) over the ministries in
  // charge: 「担当府省」「所管省庁」, no person's column (「担当者」).
  std::optional<size_t> ministry_column(const TextLine& header) const {
    if (profile_.tags.empty() || profile_.ministry_columns.empty()) return std::nullopt;
    constexpr size_t kMaxHeader = 10;
    const std::vector<std::string_view> cells = text::cells_of(header.raw);
    for (size_t k = 0; k < cells.size(); ++k) {
      const std::u32string c = to_u32(text::compare_key(text::normalize_line(cells[k])));
      if (c.empty() || c.size() > kMaxHeader || c.back() == U'者') continue;
      for (const std::u32string& word : profile_.ministry_columns)
        if (c.find(word) != std::u32string::npos) return k;
    }
    return std::nullopt;
  }

  // A row of a list of measures holding one cell before the ministries'
  // column (「１．健康長寿社会の形成」 across the row): the title of the
  // measures under it, a heading.
  bool group_title(const TextLine& line) const {
    const std::vector<std::string_view> cells = text::cells_of(line.raw);
    size_t filled = 0, at = 0;
    for (size_t k = 0; k < cells.size(); ++k)
      if (!text::cell_text(cells[k]).empty()) ++filled, at = k;
    return filled == 1 && at < *ministry_column_;
  }

  // A row of a list of measures: a measure, its cells its text (each a
  // paragraph: no sentence runs across cells; a first cell numbering the row
  // left out, as a bullet is) and the ministries' cell its tag. A row whose
  // cell names no ministries stays a table's row.
  bool take_measure_row(const TextLine& line) {
    const std::vector<std::string_view> cells = text::cells_of(line.raw);
    if (*ministry_column_ >= cells.size() || text::is_delimiter_row(line.raw)) return false;
    const std::u32string ministries = to_u32(text::normalize_line(cells[*ministry_column_]));
    const std::vector<std::string> content = measure_cells(cells);
    if (content.empty() || !reader_.names_bodies(ministries)) return false;
    group_start_.reset();
    start_unit(line, line.normalized.size(), "", true);  // its text follows, cell by cell
    Measure& m = doc_.measures.back();
    for (const std::string& cell : content) {
      if (!m.text.empty()) {
        m.text += ' ';  // where the row parts its cells (a tab, a comma): shown as a space
        m.spans.push_back({static_cast<uint32_t>(m.text.size()), line.number, true});
      }
      m.text += cell;
    }
    MinistryTag tag = reader_.read_tag(ministries);
    note_written(tag, cells[*ministry_column_]);
    assign_tag(std::move(tag), line.number);
    closed_ = true;
    open_ = Open::table;
    return true;
  }

  // A measure row's cells that are its text: not the ministries', not a first
  // cell numbering the row, none empty.
  std::vector<std::string> measure_cells(const std::vector<std::string_view>& cells) const {
    std::vector<std::string> out;
    for (size_t k = 0; k < cells.size(); ++k) {
      std::string cell = text::normalize_line(cells[k]);
      if (k != *ministry_column_ && !cell.empty() && !(k == 0 && text::row_number(cell)))
        out.push_back(std::move(cell));
    }
    return out;
  }

  void add_footnote(const TextLine& line, const LineShape& s) {
    Footnote f;
    f.marker = line.normalized.substr(0, s.footnote_marker);
    while (!f.marker.empty() && f.marker.back() == ' ') f.marker.pop_back();
    f.text = line.normalized.substr(s.footnote_marker);
    f.line = line.number;
    f.written = line.raw;
    doc_.footnotes.push_back(std::move(f));
    open_ = Open::footnote;
    closed_ = reader_.ends_paragraph(to_u32(doc_.footnotes.back().text));
  }

  Document doc_;
  std::vector<bool> itemized_;  // each unit began with an item's marker
  size_t open_item_style_ = ItemShape::kNumbered;  // the marker the last bulleted unit began with
  const std::vector<TextLine>& lines_;
  const Profile& profile_;
  LineReader reader_;
  // Lines broken at a page's edge (only where the profile allows it): a
  // heading may run on, a paragraph over lines (parse/wrapping.hpp).
  const Wrapping wrapping_;
  bool heading_at_edge_ = false;  // the open heading's last line may have wrapped
  static constexpr size_t kShapes = 16;
  std::array<std::pair<size_t, LineShape>, kShapes> shapes_;  // (line, its shape)
  bool markdown_headings_ = false;  // some line is a 「# 」 heading
  std::vector<size_t> stack_;       // open sections, outermost first
  SharedList<std::string> path_;    // their headings
  std::unordered_map<std::string, SharedValue<MinistryTag>> tags_by_text_;
  Open open_ = Open::front;
  size_t current_ = 0;  // the line being taken
  bool closed_ = true;              // the last paragraph ended: a new structure may start
  bool blank_before_ = false;       // a blank line stands before the current line
  bool in_table_ = false;           // the last line read was a table's row
  std::optional<size_t> group_start_;      // first measure still waiting for its tag
  std::optional<size_t> pending_caption_;  // a caption line waiting for its unit
  std::optional<size_t> ministry_column_;  // the open table lists measures: their tags' column
  int unclosed_tag_line_ = 0;  // the last line ended in a tag without 】 (「。【◎厚」)
};

}  // namespace

Structure read_structure(const std::vector<TextLine>& lines, const Profile& profile) {
  return Parser(lines, profile).run();
}

void number_levels(const std::vector<Document*>& editions) {
  std::vector<int> used;
  for (const Document* d : editions)
    for (const Section& s : d->sections) used.push_back(s.level);
  std::sort(used.begin(), used.end());
  used.erase(std::unique(used.begin(), used.end()), used.end());
  for (Document* d : editions)
    for (Section& s : d->sections)
      s.level = static_cast<int>(std::lower_bound(used.begin(), used.end(), s.level) - used.begin()) + 1;
}

}  // namespace nendiff
