#include "report/fd_stream.hpp"

#include <cerrno>
#include <streambuf>
#include <unistd.h>
#include <vector>

namespace nendiff::detail {
namespace {

// Writes all of [data, data + size) to `fd`; false with errno set on the first
// failure.
bool write_bytes(int fd, const char* data, size_t size) {
  for (size_t done = 0; done < size;) {
    const ssize_t n = ::write(fd, data + done, size - done);
    if (n < 0 && errno == EINTR) continue;
    if (n == 0) errno = EIO;
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

// A stream buffer onto a file descriptor that remembers the first failure.
class FdBuffer : public std::streambuf {
 public:
  explicit FdBuffer(int fd) : fd_(fd), buffer_(64 * 1024) {
    setp(buffer_.data(), buffer_.data() + buffer_.size());
  }
  int error() const { return error_; }

 protected:
  int overflow(int c) override {
    if (!drain()) return traits_type::eof();
    if (c != traits_type::eof()) sputc(static_cast<char>(c));
    return traits_type::not_eof(c);
  }
  int sync() override { return drain() ? 0 : -1; }

 private:
  bool drain() {
    if (error_ == 0 && !write_bytes(fd_, pbase(), static_cast<size_t>(pptr() - pbase())))
      error_ = errno ? errno : EIO;
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    return error_ == 0;
  }
  int fd_;
  std::vector<char> buffer_;
  int error_ = 0;
};

}  // namespace

int write_to_fd(int fd, const std::function<void(std::ostream&)>& write) {
  FdBuffer buffer(fd);
  std::ostream out(&buffer);
  try {
    write(out);
  } catch (...) {
    out.flush();
    throw;
  }
  out.flush();
  return buffer.error();
}

}  // namespace nendiff::detail
