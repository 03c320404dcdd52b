#include "read/running.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>
#include <utility>

#include "text/normalize.hpp"
#include "text/unicode.hpp"

namespace nendiff::detail {
namespace {

using text::to_u32;
using text::to_utf8;

constexpr double kSamePlace = 3;

// What a line says, spacing ignored.
std::string key_of(std::string_view text) { return text::compare_key(text::normalize_line(text)); }

// A key with its digits masked (page numbers, 「3/12」).
std::string masked(const std::string& key) {
  std::u32string out;
  for (char32_t c : to_u32(key)) {
    const bool digit = c >= U'0' && c <= U'9';
    if (!digit || out.empty() || out.back() != U'#') out.push_back(digit ? U'#' : c);
  }
  return to_utf8(out);
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

// For every edge line, how many pages carry the same line at the same place.
// Each key's lines are swept in order of place with a window of ±kSamePlace
// that counts the pages in it: comparing every pair took a minute at 20,000
// pages.
std::vector<int> pages_repeating(const std::vector<EdgeLine>& edges,
                                 const std::vector<std::string>& keys) {
  std::unordered_map<std::string_view, std::vector<size_t>> by_key;
  for (size_t i = 0; i < edges.size(); ++i)
    if (std::isfinite(edges[i].place)) by_key[keys[i]].push_back(i);  // NaN is at no place
  std::vector<int> out(edges.size(), 0);
  for (auto& key_group : by_key) {
    std::vector<size_t>& group = key_group.second;  // C++17 lambdas capture no bindings
    auto place = [&](size_t k) { return edges[group[k]].place; };
    std::sort(group.begin(), group.end(),
              [&](size_t a, size_t b) { return edges[a].place < edges[b].place; });
    std::unordered_map<int, int> window;  // page → its lines within kSamePlace
    for (size_t i = 0, low = 0, high = 0; i < group.size(); ++i) {
      for (; high < group.size() && place(high) - place(i) <= kSamePlace; ++high)
        ++window[edges[group[high]].page];
      for (; place(i) - place(low) > kSamePlace; ++low)
        if (--window[edges[group[low]].page] == 0) window.erase(edges[group[low]].page);
      out[group[i]] = static_cast<int>(window.size());
    }
  }
  return out;
}

}  // namespace

std::vector<bool> running_lines(const std::vector<EdgeLine>& edges, size_t pages,
                                bool digits_vary) {
  std::vector<std::string> keys, masked_keys;  // each line normalized once
  for (const EdgeLine& e : edges) {
    keys.push_back(key_of(e.text));
    masked_keys.push_back(masked(keys.back()));
  }
  const std::vector<int> repeats = pages_repeating(edges, digits_vary ? masked_keys : keys);
  const int needed = std::max(2, static_cast<int>(pages + 1) / 2);
  std::vector<bool> out(edges.size(), false);
  for (size_t k = 0; k < edges.size(); ++k)
    out[k] = repeats[k] >= needed || (edges[k].outermost && is_page_number(masked_keys[k]));
  return out;
}

}  // namespace nendiff::detail
