// The text outside the units is compared too, or a change there would go
// unsaid: the title (its years may roll, like the units'), the decision date,
// the deciding body and the preamble, then the footnotes and the rows of the
// tables set between the text, each a sequence aligned by text (compare/tables.cpp).
#include "compare/outside.hpp"

#include <algorithm>
#include <iterator>

#include "compare/edits.hpp"
#include "compare/tables.hpp"
#include "text/year_mask.hpp"

namespace nendiff {
namespace {

bool same(const std::string& a, const std::string& b, int gap) {
  return a == b || text::same_but_years(text::mask_years(a), text::mask_years(b), gap);
}

void compare_part(const char* part, const std::string& o, int old_line, const std::string& n,
                  int new_line, int gap, std::vector<TextChange>& out) {
  if (same(o, n, gap)) return;
  out.push_back(text_change(part, o, n, o.empty() ? 0 : old_line, n.empty() ? 0 : new_line, gap));
}

}  // namespace

std::vector<TextChange> outside_changes(const Document& o, const Document& n, int gap) {
  std::vector<TextChange> out;
  compare_part("title", o.title, o.title_line, n.title, n.title_line, gap, out);
  compare_part("date", o.date_text, o.date_line, n.date_text, n.date_line, gap, out);
  compare_part("body", o.body, 0, n.body, 0, gap, out);
  compare_part("preamble", o.preamble, 0, n.preamble, 0, gap, out);
  auto append = [&](std::vector<TextChange> rows) {
    out.insert(out.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
  };
  append(footnote_changes(o, n, gap));
  append(table_changes(o, n, gap));
  return out;
}

}  // namespace nendiff
