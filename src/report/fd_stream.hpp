// Internal: a report written as it is made onto an open file descriptor (a
// temporary file, a device, a pipe, stdout), never held whole in memory.
#pragma once

#include <functional>
#include <ostream>

namespace nendiff::detail {

// Runs `write` on a stream onto `fd` and flushes it, also when `write` throws
// (then rethrows). 0, or the errno of the first failed write (a full disk, a
// file size limit, a reader that has gone); nothing is written after it.
int write_to_fd(int fd, const std::function<void(std::ostream&)>& write);

}  // namespace nendiff::detail
