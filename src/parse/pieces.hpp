// Internal: the pieces of a measure the parser reads with helpers of their own.
#pragma once

#include <string_view>
#include <vector>

#include "nendiff/model.hpp"

namespace nendiff {

// Splits normalized text into sentences on 。 (not inside 「」 or （）), and
// before each of `breaks` (byte offsets where a paragraph starts, ascending).
// Offsets are byte offsets into `text`.
std::vector<Sentence> split_sentences(std::string_view text, const std::vector<size_t>& breaks = {});

}  // namespace nendiff
