// Running headers and page numbers of a PDF's pages (read/running.hpp): a
// line's place is its height on the page.
#include "read/pdf_lines.hpp"
#include "read/running.hpp"

namespace nendiff::detail {

void drop_running_lines(std::vector<Page>& pages) {
  std::vector<EdgeLine> edges;  // the first and last two lines of every page
  for (size_t p = 0; p < pages.size(); ++p) {
    const size_t n = pages[p].size();
    for (size_t i = 0; i < n; ++i)
      if (at_page_edge(i, n))
        edges.push_back({static_cast<int>(p), i, outermost_on_page(i, n), pages[p][i].text, pages[p][i].top});
  }
  const std::vector<bool> running = running_lines(edges, pages.size(), true);
  std::vector<std::vector<bool>> drop(pages.size());
  for (size_t p = 0; p < pages.size(); ++p) drop[p].assign(pages[p].size(), false);
  for (size_t k = 0; k < edges.size(); ++k)
    if (running[k]) drop[edges[k].page][edges[k].index] = true;
  for (size_t p = 0; p < pages.size(); ++p) {
    Page kept;
    for (size_t i = 0; i < pages[p].size(); ++i)
      if (!drop[p][i]) kept.push_back(std::move(pages[p][i]));
    pages[p] = std::move(kept);
  }
}

}  // namespace nendiff::detail
