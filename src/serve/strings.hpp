// Small string helpers the server's files share.
#pragma once

#include <string>

namespace nendiff::serve {

// Every `what` in `s` replaced by `with`, left to right, never re-reading a replacement.
inline void replace_all(std::string& s, const std::string& what, const std::string& with) {
  for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + with.size()))
    s.replace(at, what.size(), with);
}

// A JSON string of one line of text (a message never holds control characters
// but a client's file name could: they go as \u escapes).
inline std::string json_string(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    const auto b = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (b < 0x20) {
      static const char hex[] = "0123456789abcdef";
      out += "\\u00";
      out += hex[b >> 4];
      out += hex[b & 0xF];
    } else {
      out += c;
    }
  }
  return out + "\"";
}

}  // namespace nendiff::serve
