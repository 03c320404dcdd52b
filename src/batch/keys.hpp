// Internal: how batch mode tells that two files are editions of one document.
#pragma once

#include <string>

namespace nendiff {

// The pairing keys: a title without its years (西暦, 令和…) and draft mark
// （案）; a file path without its years (2024, R6, 令和6年度), spacing and case.
std::string title_key(const std::string& normalized_title);
std::string file_key(const std::string& file_name);

}  // namespace nendiff
