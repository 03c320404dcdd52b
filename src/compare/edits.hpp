// Internal: character edits between two texts (dtl over code points, a year
// in ASCII digits taken whole so that a roll shows as a roll).
#pragma once

#include <string>
#include <vector>

#include "nendiff/compare.hpp"
#include "nendiff/model.hpp"

namespace nendiff {

// Old → new, with each text's years as the parser found them; an old year
// that is `gap` years behind the new one in the same place is `rolled`.
std::vector<TextEdit> edit_script(const std::string& old_text, const std::vector<YearMention>& old_years,
                                  const std::string& new_text, const std::vector<YearMention>& new_years,
                                  int gap);
// The same for texts not parsed into sentences (the title, the preamble).
std::vector<TextEdit> edit_script(const std::string& old_text, const std::string& new_text, int gap = 0);

}  // namespace nendiff
