// The bytes of an input (source.hpp). A path is looked at twice: stat() for the
// refusals that need no reading, then fstat() on what open() gave, since the
// path may name a FIFO by then; it is opened without blocking, so that even
// then nothing waits for a writer that never comes.
#include "read/source.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <new>

#include "read/support.hpp"
#include "util/memory.hpp"

namespace nendiff::detail {
namespace {

const char kStdin[] = "<stdin>";  // the name of "-" in refusals

std::string cannot_read(int error) {
  if (error == EACCES) return "cannot read (permission denied)";
  return std::string("cannot read (") + std::strerror(error) + ")";
}

// A FIFO or a device would block or never end; a socket cannot be opened.
std::string not_regular(mode_t mode) {
  if (S_ISDIR(mode)) return "is a directory";
  const char* what = S_ISFIFO(mode)  ? "a named pipe"
                     : S_ISCHR(mode) ? "a character device"
                     : S_ISBLK(mode) ? "a block device"
                     : S_ISSOCK(mode) ? "a socket"
                                      : "a special file";
  return std::string("not a regular file (") + what + "); to read a pipe, give - for standard input";
}

struct Closer {
  int fd;
  ~Closer() { ::close(fd); }
};

// Reads `fd` to its end: at most max_size bytes, more is an error even where
// no size was known (a pipe). `expected` is the size stat() gave, if any. The
// bytes are read into place, not through a buffer.
std::string read_all(const std::string& name, int fd, std::uintmax_t max_size,
                     std::uintmax_t expected) {
  // Never more than one byte past the limit: that byte says the input is too
  // large. A file is given a byte past its size, so that it is read to its end
  // in one read() (and one that grew since is still read whole).
  const std::uintmax_t most = max_size == UINTMAX_MAX ? max_size : max_size + 1;
  constexpr std::uintmax_t kStep = 64 * 1024;
  const auto room = static_cast<size_t>(std::min(expected > 0 ? expected + 1 : kStep, most));
  std::string bytes;
  bytes.reserve(room);
  map_pages_now(bytes.data(), bytes.capacity());
  bytes.resize(room);
  size_t used = 0;
  for (;;) {
    if (used == bytes.size())
      bytes.resize(static_cast<size_t>(std::min<std::uintmax_t>(2 * used + kStep, most)));
    const ssize_t n = ::read(fd, bytes.data() + used, bytes.size() - used);
    if (n == 0) break;
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {  // a pipe left non-blocking
      pollfd ready{fd, POLLIN, 0};
      ::poll(&ready, 1, -1);
      continue;
    }
    if (n < 0) refuse(name, cannot_read(errno));
    used += static_cast<size_t>(n);
    if (used > max_size)
      refuse(name, "file too large (more than " + std::to_string(max_size) +
                       " bytes; use --max-size)");
  }
  if (used == 0) refuse(name, "empty file");
  bytes.resize(used);
  return bytes;
}

}  // namespace

std::string too_large(std::uintmax_t size, std::uintmax_t limit) {
  return "file too large (" + std::to_string(size) + " bytes, limit " + std::to_string(limit) +
         "; use --max-size)";
}

namespace {

// Standard input is read once: two editions cannot both come from it.
Source read_stdin(std::uintmax_t max_size) {
  static std::atomic<bool> taken{false};
  Source source{kStdin, ""};
  if (taken.exchange(true))
    refuse(source.name, "standard input gives one edition only, and it was read already");
  source.bytes = read_all(source.name, STDIN_FILENO, max_size, 0);
  return source;
}

Source read_file(const std::string& path, std::uintmax_t max_size) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0)
    refuse(path, errno == ENOENT || errno == ENOTDIR ? "no such file" : cannot_read(errno));
  if (!S_ISREG(st.st_mode)) refuse(path, not_regular(st.st_mode));
  const auto size = static_cast<std::uintmax_t>(st.st_size);
  if (size == 0) refuse(path, "empty file");
  if (size > max_size) refuse(path, too_large(size, max_size));
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) refuse(path, cannot_read(errno));
  const Closer closer{fd};
  if (::fstat(fd, &st) != 0) refuse(path, cannot_read(errno));
  if (!S_ISREG(st.st_mode)) refuse(path, not_regular(st.st_mode));  // replaced since stat()
  return {path, read_all(path, fd, max_size, static_cast<std::uintmax_t>(st.st_size))};
}

}  // namespace

Source read_source(const std::string& path, std::uintmax_t max_size) {
  try {
    return path == "-" ? read_stdin(max_size) : read_file(path, max_size);
  } catch (const std::bad_alloc&) {
    refuse(path == "-" ? kStdin : path, "out of memory while reading it");
  }
}

}  // namespace nendiff::detail
