// Internal: what Markdown writes into a line that is not the document's text —
// heading marks, emphasis — as the line reader (parse/lines.cpp) meets it.
// Converters from Word write editions in Markdown: a heading style becomes
// 「## 」, a bold run 「**…**」, an article's caption 「*（趣旨）*」.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace nendiff::markdown {

// Markdown's heading levels: 「#」 to 「######」.
constexpr int kHeadingLevels = 6;

// 「## 」 at the start of `s`: how many marks (0 if none), and where the text
// after them starts.
int heading_marks(std::string_view s, size_t& text_start);

// 「1. 」「12) 」 at the start of `raw`, an ordered list's item marker
// (CommonMark): the bytes of its number and mark, 0 if none.
size_t ordered_list_marker(std::string_view raw);

// Where a heading mark starts inside `raw`, after some text (a run of '#' and
// a space, not glued to a Latin word as in 「C# 」), or npos.
size_t inner_heading_mark(std::string_view raw);

// Where a caption set in emphasis (「*（趣旨）*」) starts at the end of `raw`,
// after other text, or npos.
size_t run_in_caption(std::string_view raw);

// Whether the next line with text after line i is the heading of an article
// (「#### 第百二条」): what a run-in caption at the end of line i names.
bool article_heading_follows(const std::vector<std::string_view>& raw, size_t i);

// 「*（趣旨）*」: a whole line set in emphasis, without the marks. `form` is
// the line normalized, `as_read` as written: normalizing removed the spaces
// that tell a bullet 「* 」 from a run that opens emphasis.
std::string_view without_emphasis(std::string_view form, std::string_view as_read);

// The text a line's Markdown inline syntax stands for, into `out`; false
// (and `out` untouched) when the line has none of it. `s` is normalized text
// (（ is ( by then).
// - A backslash escape (「1\\. 」「\\(1\\)」, which converters write where a
//   number would start a list) is the character escaped; one that ends the
//   line is a hard line break (pandoc's), and is left out.
// - Emphasis set around a bracketed span — a ministry tag, a caption, a label:
//   「…推進する。**【◎厚、経】**」「*（内閣府）*」 — is formatting: a run of 1–3
//   '*' or '_' right before an opening bracket and the same run right after its
//   closer, neither glued to a Latin word or a number (「2*(3+4)*5」).
// - A footnote's reference 「[^1]」 is left out, as a superscript marker is
//   (the text it points to is compared as a footnote, 「[^1]: …」).
bool inline_text(std::string_view s, std::string& out);

}  // namespace nendiff::markdown
