// Internal: the pieces of a measure the parser reads with helpers of their own.
#pragma once

#include <string_view>
#include <vector>

#include "nendiff/model.hpp"

namespace nendiff {

// Parses a ministry tag's inside or whole: 「【文、◎厚、◎経】」.
MinistryTag parse_tag(std::string_view normalized_tag);

// The inside of a trailing 【…】 that reads as a ministry tag: short names
// separated by 、 (annotations in brackets aside).
bool looks_like_tag(std::u32string_view inner);

// Splits normalized text into sentences on 。 (not inside 「」 or （）).
// Offsets are byte offsets into `text`.
std::vector<Sentence> split_sentences(std::string_view text);

}  // namespace nendiff
