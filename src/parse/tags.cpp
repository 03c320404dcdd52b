// Ministry tags: 【文、◎厚、◎経】 at the end of a measure, or alone on a line
// after the measures it closes.
#include "parse/pieces.hpp"

#include "text/unicode.hpp"

namespace nendiff {
namespace {

using text::ends_with;
using text::starts_with;
using text::to_u32;
using text::to_utf8;

std::string trim_name(std::u32string s) {
  while (!s.empty() && (s.front() == U' ' || s.front() == U'◎')) s.erase(0, 1);
  while (!s.empty() && s.back() == U' ') s.pop_back();
  return to_utf8(s);
}

}  // namespace

// The inside of a trailing 【…】 that reads as a ministry tag: short names
// separated by 、 (annotations in brackets aside).
bool looks_like_tag(std::u32string_view inner) {
  if (inner.empty()) return false;
  size_t start = 0;
  while (start <= inner.size()) {
    size_t end = inner.find_first_of(U"、,", start);
    if (end == std::u32string::npos) end = inner.size();
    std::u32string_view item = inner.substr(start, end - start);
    size_t paren = item.find(U'(');
    if (paren != std::u32string::npos) item = item.substr(0, paren);
    if (item.empty() || item.size() > 12 || item.find(U'。') != std::u32string::npos)
      return false;
    start = end + 1;
  }
  return true;
}

MinistryTag parse_tag(std::string_view normalized_tag) {
  MinistryTag tag;
  tag.raw = std::string(normalized_tag);
  std::u32string s = to_u32(normalized_tag);
  if (starts_with(s, U"【")) s.erase(0, 1);
  if (ends_with(s, U"】")) s.pop_back();
  size_t start = 0;
  while (start < s.size()) {
    size_t end = s.find_first_of(U"、,", start);
    if (end == std::u32string::npos) end = s.size();
    std::u32string item = s.substr(start, end - start);
    start = end + 1;
    Ministry m;
    m.lead = item.find(U'◎') != std::u32string::npos;
    size_t paren = item.find(U'(');
    if (paren != std::u32string::npos) {
      size_t close = item.rfind(U')');
      if (close == std::u32string::npos || close < paren) close = item.size();
      m.annotation = to_utf8(item.substr(paren + 1, close - paren - 1));
      item = item.substr(0, paren);
    }
    m.name = trim_name(item);
    if (!m.name.empty()) tag.ministries.push_back(std::move(m));
  }
  return tag;
}


}  // namespace nendiff
