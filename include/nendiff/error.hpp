// One error type for the whole library: its message is the one line a user sees,
// already naming the file and the problem ("old.txt: invalid Shift_JIS byte at offset 812").
#pragma once

#include <stdexcept>
#include <string>

namespace nendiff {

class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace nendiff
