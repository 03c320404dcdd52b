// The HTML the browser sees: the start page (two editions, the options, 比較),
// and the 新旧対照表 of --format html with the downloads above it.
#pragma once

#include <string>

#include "nendiff/report.hpp"

namespace nendiff::serve {

// The start page; `problem`, when not empty, is the one line a refused
// comparison gets at its top; with `root_offered` (--root) the root's
// folders to choose from. Its script runs only with `nonce`.
std::string start_page(const std::string& nonce, const std::string& problem = "",
                       bool root_offered = false);

// The HTML report of result `id` as write_comparison (write_history, for the
// view history) wrote it, its scripts allowed by `nonce`, with links to the
// report in every format of `view` above it.
std::string result_page(std::string report_html, const std::string& id, const std::string& nonce,
                        View view = View::comparison);
// A report's HTML with its scripts allowed by `nonce` (the report escapes
// every text it shows: a bare <script> is one of its own).
std::string with_nonce(std::string report_html, const std::string& nonce);

}  // namespace nendiff::serve
