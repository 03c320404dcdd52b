// The atomic file writer every report goes through: a temporary file beside the
// target, filled, synced, then renamed over it. A reader of the target sees the
// old report or the new one, never half of one.
#include <atomic>
#include <boost/filesystem.hpp>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <ostream>
#include <streambuf>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

#include "nendiff/error.hpp"
#include "nendiff/report.hpp"
#include "report/file.hpp"

namespace fs = boost::filesystem;

namespace nendiff {
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

// ---- Temporary files an interrupt must remove ----------------------------------
// Fixed slots of plain characters and lock-free flags: all a signal handler may
// touch. `claimed` hands a slot to one writer; `ready` says its path is whole.
struct PendingSlot {
  std::atomic<bool> claimed{false}, ready{false};
  char path[4096];
};
constexpr int kPendingSlots = 64;
PendingSlot g_pending[kPendingSlots];

// Holds `tmp` in a slot while it lives (none free or too long a path: not held,
// and an interrupt leaves that file behind, as before).
class PendingFile {
 public:
  explicit PendingFile(const fs::path& tmp) {
    const std::string& p = tmp.native();
    if (p.size() >= sizeof(PendingSlot::path)) return;
    for (PendingSlot& s : g_pending) {
      bool free = false;
      if (!s.claimed.compare_exchange_strong(free, true)) continue;
      std::memcpy(s.path, p.c_str(), p.size() + 1);
      s.ready.store(true);
      slot_ = &s;
      return;
    }
  }
  ~PendingFile() {
    if (!slot_) return;
    slot_->ready.store(false);
    slot_->claimed.store(false);
  }
  PendingFile(const PendingFile&) = delete;
  PendingFile& operator=(const PendingFile&) = delete;

 private:
  PendingSlot* slot_ = nullptr;
};

extern "C" void remove_pending_and_end(int signal) {
  for (PendingSlot& s : g_pending)
    if (s.ready.load()) ::unlink(s.path);
  std::signal(signal, SIG_DFL);
  std::raise(signal);
}

// The file a report replaces: `path`, or the file its symbolic links lead to,
// so that the link stays a link (as with a shell's `>`). A dangling link names
// the file to create.
fs::path final_target(const fs::path& path) {
  fs::path p = path;
  boost::system::error_code ec;
  for (int hops = 0; hops < 40 && fs::is_symlink(fs::symlink_status(p, ec)); ++hops) {
    fs::path next = fs::read_symlink(p, ec);
    if (ec) break;
    p = next.is_absolute() ? next : p.parent_path() / next;
  }
  return p;
}

}  // namespace

void remove_partial_reports_on_interrupt() {
  for (int signal : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction now {}, before {};
    if (::sigaction(signal, nullptr, &before) != 0 || before.sa_handler == SIG_IGN) continue;  // nohup
    now.sa_handler = remove_pending_and_end;
    sigemptyset(&now.sa_mask);
    ::sigaction(signal, &now, nullptr);
  }
}

void write_file_atomically(const std::string& path, const std::string& contents) {
  write_file_atomically(path, [&](std::ostream& out) {
    out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
  });
}

void write_file_atomically(const std::string& path,
                           const std::function<void(std::ostream&)>& write) {
  const fs::path target = final_target(path);
  fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  boost::system::error_code ec;
  if (!fs::is_directory(dir, ec)) throw Error(path + ": output directory does not exist");
  fs::path tmp = dir / fs::unique_path("." + target.filename().string() + ".tmp-%%%%%%%%");
  // O_EXCL: never through a file or link that is already there.
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) throw Error(path + ": cannot write (" + std::strerror(errno) + ")");
  PendingFile pending(tmp);
  // The report replaces the file, not its permissions.
  struct stat before {};
  if (::stat(target.c_str(), &before) == 0 && S_ISREG(before.st_mode))
    (void)::fchmod(fd, before.st_mode & 0777);  // not set-id bits: a report is no program
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
