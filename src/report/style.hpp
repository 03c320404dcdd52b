// Internal: how the terminal views mark text: ANSI colours (compare's and
// check's text output on a terminal) or plain marks, the word-diff ones of
// `git diff --word-diff` ([-deleted-]{+inserted+}) that CSV cells use too.
#pragma once

#include <string>
#include <vector>

#include "nendiff/compare.hpp"
#include "report/labels.hpp"
#include "report/quoted.hpp"

namespace nendiff::detail {

struct Style {
  bool color = false;
  bool show_rolls = false;  // a year that only rolled shown as an edit, not as 2023→2024
  Language language = Language::en;  // of the labels (resolved: never automatic)

  std::string say(const Label& l) const { return in(l, language); }

  // `text` in the SGR colour `code` (「1;36」), or as it is without colours.
  std::string paint(const std::string& text, const char* code) const;
  std::string deleted(const std::string& text) const;   // red, struck through: [-text-]
  std::string inserted(const std::string& text) const;  // green, underlined: {+text+}
  std::string rolled(const std::string& old_year, const std::string& new_year) const;  // 2023→2024, dim
};

// An edition as a terminal report names it: its title (bold) and its file, or
// the file alone where it has no title (a table saved as CSV).
std::string edition_name(const Document& d, const Style& s);

// An edit script (a rewritten sentence's, a changed title's), quoted
// (quoted_script, with s.show_rolls), with its deletions and insertions marked
// and its rolls shown as rolls, its text through printable().
std::string marked_edits(const std::vector<QuotedEdit>& edits, const Style& s);

}  // namespace nendiff::detail
