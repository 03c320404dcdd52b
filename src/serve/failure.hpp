// A request the server turns down: its HTTP status, a code for programs and
// one readable line for people (never a stack or a path on the server).
#pragma once

#include <string>

namespace nendiff::serve {

struct Failure {
  int status;
  std::string code;     // 「too_large」, 「missing_file」 …
  std::string message;  // one line
};

}  // namespace nendiff::serve
