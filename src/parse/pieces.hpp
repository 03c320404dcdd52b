// Internal: the pieces of a measure the parser reads with helpers of their own.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "nendiff/model.hpp"

namespace nendiff {

// Splits normalized text into sentences on 。 (not inside 「」 or （）), and
// before each of `breaks` (byte offsets where a paragraph starts, ascending).
// Offsets are byte offsets into `text`.
std::vector<Sentence> split_sentences(std::string_view text, const std::vector<size_t>& breaks = {});

// split_sentences, unless the text holds a footnote marker (a superscript
// digit, 「¹」): then nullopt, known from the same pass over the text.
std::optional<std::vector<Sentence>> sentences_unless_marked(std::string_view text,
                                                             const std::vector<size_t>& breaks);

}  // namespace nendiff
