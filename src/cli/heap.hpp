// How the heap is set up for a command's inputs (util/memory.hpp).
#pragma once

#include <string>
#include <vector>

namespace nendiff::cli {

// Huge pages for the heap when the editions are small text files: 8 MiB
// together at most, none of them a PDF or a Word file (which unpack to many
// times their size), none read from standard input (no size known).
void prefer_huge_pages_for(const std::vector<std::string>& paths);

}  // namespace nendiff::cli
