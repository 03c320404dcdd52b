// Internal: the shell every HTML page shares (compare's 新旧対照表, history's
// lineage page, the batch index.html): the page head with its no-fetch
// security policy, the base style, the filter buttons' script, and the line
// naming the profile the editions were read with.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "nendiff/model.hpp"
#include "report/labels.hpp"

namespace nendiff::detail {

// <!DOCTYPE html> … <body>: charset, viewport, a Content-Security-Policy that
// lets the page fetch nothing, `title` (escaped), the shared style, then `style`.
void write_html_head(std::ostream& out, std::string_view title, std::string_view style);

// The closing tags; a page with filters first gets a script that defines
// nendiffFilters(show) and then runs `script` (empty: no script at all).
// `script` calls nendiffFilters with a function that hides the rows a filter
// word leaves out and returns how many rows it shows; buttons
// `nav.filters button[data-filter]` switch it, `#shown` shows the count, and a
// link to a hidden row shows every row again.
void write_html_tail(std::ostream& out, std::string_view script);

// The profile the editions were read with, and a notice box (both languages)
// when no profile fits them: what a comparison's or a history's page says
// below its title.
std::string profile_html(const std::vector<const Document*>& editions);
// A boxed note in both languages (the generic notice, a caution).
std::string notice_html(const Label& what);

}  // namespace nendiff::detail
