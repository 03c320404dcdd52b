#include "report_util.hpp"

#include "unicode.hpp"

namespace nendiff::detail {

std::string indent(size_t depth) { return std::string(depth * 2, ' '); }

std::string excerpt(std::string_view text, size_t chars) {
  std::u32string s = to_u32(text);
  if (s.size() <= chars) return std::string(text);
  return to_utf8(s.substr(0, chars)) + "…";
}

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

}  // namespace nendiff::detail
