// Internal: character edits between two texts (dtl over code points, a year
// in ASCII digits taken whole so that a roll shows as a roll).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "nendiff/compare.hpp"
#include "nendiff/model.hpp"

namespace nendiff {

// Old → new, with each text's years as the parser found them; an old year
// that is `gap` years behind the new one in the same place is `rolled`. The
// edits view `old_text` (what is the same, deleted, or rolled from) and
// `new_text` (what is inserted or rolled to): both must outlive them.
std::vector<TextEdit> edit_script(std::string_view old_text, ListView<YearMention> old_years,
                                  std::string_view new_text, ListView<YearMention> new_years,
                                  int gap);
// The same for texts not parsed into sentences (the title, the preamble).
std::vector<TextEdit> edit_script(std::string_view old_text, std::string_view new_text, int gap = 0);

// Whether `piece` is a stretch of `text` (where in memory, not what it reads):
// which of the texts compared an edit views.
bool is_within(std::string_view piece, std::string_view text);

// A change of `part` outside the units, its edits viewing its own texts.
TextChange text_change(std::string part, std::string old_text, std::string new_text, int old_line,
                       int new_line, int gap);

}  // namespace nendiff
