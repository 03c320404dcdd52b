// Stage 3 — parse: decoded text → Document (sections, measures, sentences).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "nendiff/model.hpp"

namespace nendiff {

// Parses a decoded edition. `path` and `encoding` are recorded in the Document.
// Never throws on odd text: a document with no headings or no measures parses
// to an empty structure.
Document parse(std::string_view utf8, const std::string& path = "",
               const std::string& encoding = "");

// Parses a ministry tag's inside or whole: 「【文、◎厚、◎経】」.
MinistryTag parse_tag(std::string_view normalized_tag);

// Splits normalized text into sentences on 。 (not inside 「」 or （）).
// Offsets are byte offsets into `text`.
std::vector<Sentence> split_sentences(std::string_view text);

}  // namespace nendiff
