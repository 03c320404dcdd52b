// Format names and the atomic file writer every report goes through.
#include <boost/filesystem.hpp>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <ostream>
#include <streambuf>
#include <vector>
#include <unistd.h>

#include "nendiff/error.hpp"
#include "nendiff/report.hpp"
#include "report_views.hpp"

namespace fs = boost::filesystem;

namespace nendiff {

Format parse_format(const std::string& name) {
  if (name == "text" || name == "txt") return Format::text;
  if (name == "json") return Format::json;
  if (name == "md" || name == "markdown") return Format::markdown;
  if (name == "csv") return Format::csv;
  if (name == "xlsx") return Format::xlsx;
  if (name == "html" || name == "htm") return Format::html;
  throw Error("unknown format '" + name + "' (text, json, md, csv, xlsx, html)");
}

Format format_for_path(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  if (ext.empty()) return Format::text;
  try {
    return parse_format(ext.substr(1));
  } catch (const Error&) {
    return Format::text;
  }
}

void write_comparison(const Comparison& c, Format f, std::ostream& out,
                      const ReportOptions& options) {
  switch (f) {
    case Format::text: return detail::write_comparison_text(c, out, options);
    case Format::json: return detail::write_comparison_json(c, out);
    case Format::html: return detail::write_comparison_html(c, out, options);
    case Format::markdown: return detail::write_comparison_markdown(c, out);
    case Format::csv: return detail::write_comparison_csv(c, out);
    case Format::xlsx: return detail::write_comparison_xlsx(c, out);
  }
  throw Error("unknown report format");
}

namespace {

// Writes all of [data, data + size) to `fd`; false with errno set on the first
// failure (a full disk, a file size limit, an I/O error).
bool write_bytes(int fd, const char* data, size_t size) {
  for (size_t done = 0; done < size;) {
    const ssize_t n = ::write(fd, data + done, size - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

// A stream buffer onto a file descriptor: a report goes to its temporary file
// as it is written, never held whole in memory. Remembers the first failure.
class FdBuffer : public std::streambuf {
 public:
  explicit FdBuffer(int fd) : fd_(fd), buffer_(64 * 1024) {
    setp(buffer_.data(), buffer_.data() + buffer_.size());
  }
  bool failed() const { return failed_; }
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
    if (!failed_ && !write_bytes(fd_, pbase(), static_cast<size_t>(pptr() - pbase()))) {
      failed_ = true;
      error_ = errno;
    }
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    return !failed_;
  }
  int fd_;
  std::vector<char> buffer_;
  bool failed_ = false;
  int error_ = 0;
};

// Fills the open temporary file; 0, or the errno of the first failure. The
// file is on disk before the rename makes it the report (EINVAL from fsync: a
// file system that cannot sync, nothing more to wait for).
int fill(int fd, const std::function<void(std::ostream&)>& write) {
  FdBuffer buffer(fd);
  std::ostream out(&buffer);
  write(out);
  out.flush();
  if (buffer.failed()) return buffer.error() ? buffer.error() : EIO;
  return ::fsync(fd) == 0 || errno == EINVAL ? 0 : errno;
}

}  // namespace

void write_file_atomically(const std::string& path, const std::string& contents) {
  write_file_atomically(path, [&](std::ostream& out) {
    out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
  });
}

void write_file_atomically(const std::string& path,
                           const std::function<void(std::ostream&)>& write) {
  fs::path target(path);
  fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  boost::system::error_code ec;
  if (!fs::is_directory(dir, ec)) throw Error(path + ": output directory does not exist");
  fs::path tmp = dir / fs::unique_path("." + target.filename().string() + ".tmp-%%%%%%%%");
  // O_EXCL: never through a file or link that is already there.
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) throw Error(path + ": cannot write (" + std::strerror(errno) + ")");
  int error = 0;
  try {
    error = fill(fd, write);
  } catch (...) {
    ::close(fd);
    fs::remove(tmp, ec);
    throw;
  }
  // close() reports what a network file system deferred.
  if (::close(fd) != 0 && error == 0) error = errno;
  if (error != 0) {
    fs::remove(tmp, ec);
    throw Error(path + ": write failed (" + std::strerror(error) + ")");
  }
  fs::rename(tmp, target, ec);
  if (ec) {
    fs::remove(tmp, ec);
    throw Error(path + ": cannot replace (" + ec.message() + ")");
  }
}

}  // namespace nendiff
