// Running headers and page numbers: what stands at the same place on every
// page (the title, 「－ 12 －」, 「12 / 40」) is no part of the text.
#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "read/pdf_lines.hpp"
#include "text/normalize.hpp"
#include "text/unicode.hpp"

namespace nendiff::detail {
namespace {

using text::to_u32;
using text::to_utf8;

// What stays the same in a running line from page to page: digits (page
// numbers, 「3/12」) masked, spacing ignored.
std::string running_key(const std::string& text) {
  std::u32string masked;
  for (char32_t c : to_u32(text::compare_key(text::normalize_line(text)))) {
    const bool digit = c >= U'0' && c <= U'9';
    if (!digit || masked.empty() || masked.back() != U'#') masked.push_back(digit ? U'#' : c);
  }
  return to_utf8(masked);
}

// 「3」「- 3 -」「(3)」「3/12」「p.3」「3頁」: a page number alone.
bool is_page_number(std::string key) {
  auto strip = [&](char32_t open, char32_t close) {
    std::u32string k = to_u32(key);
    if (k.size() > 2 && k.front() == open && k.back() == close)
      key = to_utf8(k.substr(1, k.size() - 2));
  };
  for (auto [open, close] : {std::pair{U'-', U'-'}, {U'—', U'—'}, {U'(', U')'}, {U'[', U']'}})
    strip(open, close);
  for (const char* shape : {"#", "#/#", "p.#", "P.#", "page#", "Page#", "#頁", "#ページ"})
    if (key == shape) return true;
  return false;
}

struct Candidate {
  int page = 0;
  size_t index = 0;
  std::string key;
  double top = 0;
};

// The first and last two lines of every page: where headers and footers stand.
std::vector<Candidate> edge_lines(const std::vector<Page>& pages) {
  std::vector<Candidate> out;
  for (size_t p = 0; p < pages.size(); ++p) {
    const size_t n = pages[p].size();
    for (size_t i = 0; i < n; ++i)
      if (i < 2 || i + 2 >= n)
        out.push_back({static_cast<int>(p), i, running_key(pages[p][i].text), pages[p][i].top});
  }
  return out;
}

// For every candidate, how many pages carry the same line at the same height
// (tops at most 3 points apart). Each key's candidates are swept in order of
// height with a window of ±3 points that counts the pages in it: n log n in the
// pages, where comparing every pair with every other took a minute at 20,000.
std::vector<int> pages_repeating(const std::vector<Candidate>& all) {
  std::unordered_map<std::string_view, std::vector<size_t>> by_key;
  for (size_t i = 0; i < all.size(); ++i)
    if (std::isfinite(all[i].top)) by_key[all[i].key].push_back(i);  // NaN is at no height
  std::vector<int> out(all.size(), 0);
  for (auto& key_group : by_key) {
    std::vector<size_t>& group = key_group.second;  // C++17 lambdas capture no bindings
    auto top = [&](size_t k) { return all[group[k]].top; };
    std::sort(group.begin(), group.end(), [&](size_t a, size_t b) { return all[a].top < all[b].top; });
    std::unordered_map<int, int> window;  // page → its candidates within 3 points
    for (size_t i = 0, low = 0, high = 0; i < group.size(); ++i) {
      for (; high < group.size() && top(high) - top(i) <= 3; ++high) ++window[all[group[high]].page];
      for (; top(i) - top(low) > 3; ++low)
        if (--window[all[group[low]].page] == 0) window.erase(all[group[low]].page);
      out[group[i]] = static_cast<int>(window.size());
    }
  }
  return out;
}

}  // namespace

void drop_running_lines(std::vector<Page>& pages) {
  const std::vector<Candidate> edges = edge_lines(pages);
  const std::vector<int> repeats = pages_repeating(edges);
  const int needed = std::max(2, static_cast<int>(pages.size() + 1) / 2);
  std::vector<std::vector<bool>> drop(pages.size());
  for (size_t p = 0; p < pages.size(); ++p) drop[p].assign(pages[p].size(), false);
  for (size_t k = 0; k < edges.size(); ++k) {
    const Candidate& c = edges[k];
    const bool outermost = c.index == 0 || c.index + 1 == pages[c.page].size();
    if (repeats[k] >= needed || (outermost && is_page_number(c.key)))
      drop[c.page][c.index] = true;
  }
  for (size_t p = 0; p < pages.size(); ++p) {
    Page kept;
    for (size_t i = 0; i < pages[p].size(); ++i)
      if (!drop[p][i]) kept.push_back(std::move(pages[p][i]));
    pages[p] = std::move(kept);
  }
}

}  // namespace nendiff::detail
