// Internal: years and figures of a sentence found together.
#pragma once

#include <string_view>
#include <vector>

#include "nendiff/model.hpp"

namespace nendiff::detail {

// find_years(normalized), then find_figures(normalized, years), on one
// decoding of the text (split_sentences runs this on every sentence).
void find_years_and_figures(std::string_view normalized, std::vector<YearMention>& years,
                            std::vector<Figure>& figures);

}  // namespace nendiff::detail
