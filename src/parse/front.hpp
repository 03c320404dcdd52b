// Internal: an edition's front matter — the lines before its first heading or
// unit: title, decision date, deciding body, preamble.
#pragma once

#include <string_view>

#include "nendiff/model.hpp"
#include "parse/lines.hpp"

namespace nendiff {

// Takes `line` into the front matter: the title (the first line, or a
// Markdown 「# 」 title further down), the decision date 「2024年6月3日」, the
// deciding body 「…本部決定」, else the preamble — unless `preamble` is false
// (where every paragraph is a unit): then returns false and takes nothing.
bool read_front_matter(Document& d, const TextLine& line, std::u32string_view text, bool preamble);

// A decision is dated to its day (「令和３年６月18日」, 「2024年　月　日」 left
// blank): a report's month (「令和５年８月」) dates no decision.
bool dated_to_the_day(const Document& d);

// A 通知 or 事務連絡 (its letterhead read: parse/letterhead.hpp): a notice, dated
// to the day as it may be, is no decision whose paragraphs are measures.
bool is_notice(const Document& d);

// A Markdown 「# 」 line that is the document's title: no title yet, or only a
// line above it (a law's number).
bool is_title(const Document& d, const TextLine& line);

}  // namespace nendiff
