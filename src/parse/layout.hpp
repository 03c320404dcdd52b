// Internal: a profile applied to single lines — what a line could start (a
// heading, a unit, a tag, a caption, a footnote) by its form alone, and where a
// ministry tag closes a unit's text. Whether a line does start something is
// the parser's call, from the lines around it (parse/parser.cpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "nendiff/model.hpp"
#include "parse/lines.hpp"
#include "parse/profile.hpp"

namespace nendiff {

struct HeadingShape {
  size_t style = 0;   // index into Profile::headings
  std::string label;  // 「1.」「(1)」「第一章」; empty for 「(…)」「＜…＞」
  std::string title;  // the heading without its numbering or brackets
};

struct ItemShape {
  static constexpr size_t kNumbered = static_cast<size_t>(-1);
  size_t style = 0;    // index into Profile::items; kNumbered: a heading's numbering
                       // before a sentence (「ア　…した。（内閣府）」)
  std::string label;   // 「第二十三条の二」 where the style names units; else empty
  size_t skip = 0;     // bytes of the normalized line before the unit's text
};

// What a line could be, by its form.
struct LineShape {
  std::optional<HeadingShape> heading;
  // Other forms the line also matches: 「c.」 is a Latin letter or a Roman
  // hundred, 「i.」 a letter or one. The numbering in use decides (parser).
  std::vector<HeadingShape> other_headings;
  std::optional<ItemShape> item;
  // The line is numbered as a heading is (「ア　」「(1)」): were it no heading,
  // an item numbered so (kNumbered).
  std::optional<ItemShape> numbered;
  bool tag_only = false;        // a ministry tag alone: it closes the units above
  bool caption = false;         // names the unit below it (a law article's 「(趣旨)」)
  size_t footnote_marker = 0;   // bytes of the marker when the line starts a footnote
  bool starts_something() const {  // a caption starts the article below it
    return heading || item || tag_only || caption || footnote_marker > 0;
  }
};

class LineReader {
 public:
  explicit LineReader(const Profile& profile) : profile_(profile) {}

  LineShape shape(const TextLine& line) const;

  // A ministry tag closing `text`, in code points: [begin, end). Labels that
  // are no tags may follow it (「…図る。【法務省】【施策番号３】」, 「（◎厚）（再掲）」):
  // they are the unit's text, and `end` is where they start.
  struct TagSpan {
    size_t begin, end;
  };
  std::optional<TagSpan> closing_tag(std::u32string_view text) const;
  // `text` is labels only, each known as one or numbering its item
  // (「【施策番号３】」「（再掲：施策番号２）」): those after a tag, wrapped.
  bool only_labels(std::u32string_view text) const;
  // Where a ministry tag closing `text` starts, if one does (closing_tag).
  std::optional<size_t> trailing_tag(std::u32string_view text) const {
    const std::optional<TagSpan> tag = closing_tag(text);
    return tag ? std::optional<size_t>(tag->begin) : std::nullopt;
  }
  // Where a ministry tag that opens `text` ends (code points after its closing
  // bracket), if one does: 「【国土交通省】住宅の耐震化…」, the family that names
  // the ministries before the measure.
  std::optional<size_t> leading_tag(std::u32string_view text) const;
  // A paragraph ends with 。, with a tag, or with a tag that lost its closing
  // bracket after 。 (「…する。【◎厚」, a PDF artefact).
  bool ends_paragraph(std::u32string_view text) const;
  // 。 or a ministry tag; a title in brackets (【具体的取組】) ends none.
  bool ends_a_sentence(std::u32string_view text) const {
    return !text.empty() && (text.back() == U'。' || trailing_tag(text).has_value());
  }
  // The start of a tag that lost its closing bracket at the end of `text`.
  std::optional<size_t> unclosed_tag(std::u32string_view text) const;
  // The ministries of a tag (brackets included, normalized).
  MinistryTag read_tag(std::u32string_view tag) const;
  // `text` (a list's cell, no brackets) names ministries as a tag does.
  bool names_bodies(std::u32string_view text) const;
  // `c` closes one of the profile's tag forms: a text ending so may end in a tag.
  bool may_close_tag(char32_t c) const { return form_closed_by(c) != nullptr; }

  const Profile& profile() const { return profile_; }

 private:
  std::vector<HeadingShape> headings(std::u32string_view folded) const;
  std::optional<size_t> bracketed_end(std::u32string_view text, const TagForm*& form) const;
  bool names_its_item(std::u32string_view label) const;
  std::optional<ItemShape> item(const TextLine& line, std::u32string_view folded) const;
  std::optional<ItemShape> numbered_item(const TextLine& line, std::u32string_view folded) const;
  bool is_tag(const TagForm& form, std::u32string_view inner) const;
  const TagForm* form_closed_by(char32_t c) const;
  const TagForm* form_opened_by(char32_t c) const;

  const Profile& profile_;
};

}  // namespace nendiff
