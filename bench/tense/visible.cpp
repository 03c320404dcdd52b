#include "tense/visible.hpp"

#include <string_view>

#include "text/unicode.hpp"

namespace tense {
namespace {

using nendiff::text::to_u32;
using nendiff::text::to_utf8;

bool is_open(char32_t c) {
  return std::u32string_view(U"(（「『【[［〔").find(c) != std::u32string_view::npos;
}
bool is_close(char32_t c) {
  return std::u32string_view(U")）」』】]］〕").find(c) != std::u32string_view::npos;
}
bool is_note(char32_t c) { return c == U'(' || c == U'（' || c == U'[' || c == U'［'; }

}  // namespace

Visible visible_text(const std::string& sentence) {
  std::u32string s = to_u32(sentence);
  std::vector<long> pair(s.size(), -1), stack;
  for (size_t i = 0; i < s.size(); ++i) {
    if (is_open(s[i])) stack.push_back(static_cast<long>(i));
    if (is_close(s[i]) && !stack.empty())
      pair[static_cast<size_t>(stack.back())] = static_cast<long>(i), stack.pop_back();
  }
  Visible v;
  v.at.assign(sentence.size(), -1);
  size_t byte = 0;
  auto bytes = [&](size_t i) { return to_utf8(s.substr(i, 1)).size(); };
  for (size_t i = 0; i < s.size(); ++i) {
    if (pair[i] >= 0) {
      if (!is_note(s[i])) v.text += "事項";  // a quoted title reads as a noun
      for (size_t end = static_cast<size_t>(pair[i]); i < end; ++i) byte += bytes(i);
      byte += bytes(i);
      continue;
    }
    size_t n = bytes(i);
    for (size_t k = 0; k < n; ++k) v.at[byte + k] = static_cast<long>(v.text.size() + k);
    v.text += to_utf8(s.substr(i, 1));
    byte += n;
  }
  return v;
}

}  // namespace tense
