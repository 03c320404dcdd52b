// Internal: ASCII's letters lowered, every other byte as it is — for what is
// ASCII by definition (file extensions, markup names, number format codes),
// never for Japanese text, which the text layer folds through ICU.
#pragma once

#include <string>
#include <string_view>

namespace nendiff::detail {

inline char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// 「.DOCX」 as 「.docx」.
inline std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

}  // namespace nendiff::detail
