// Small string helpers the server's files share.
#pragma once

#include <string>

namespace nendiff::serve {

// Every `what` in `s` replaced by `with`, left to right, never re-reading a replacement.
inline void replace_all(std::string& s, const std::string& what, const std::string& with) {
  for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + with.size()))
    s.replace(at, what.size(), with);
}

}  // namespace nendiff::serve
