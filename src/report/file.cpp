// Where a report file goes, and how. A regular file of one's own is replaced
// atomically: a temporary file beside the target, filled, synced, renamed over
// it, so a reader sees the old report or the new one, never half of one. What
// cannot be replaced that way is written in place, as `cp` writes: a device, a
// FIFO, /dev/stdout, a file someone else owns (it stays theirs). A target the
// user may not write, or a directory, is refused, never replaced.
#include <atomic>
#include <boost/filesystem.hpp>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <ostream>
#include <sys/stat.h>
#include <unicode/utf8.h>
#include <unistd.h>

#include "nendiff/error.hpp"
#include "nendiff/report.hpp"
#include "report/fd_stream.hpp"
#include "report/file.hpp"

namespace fs = boost::filesystem;

namespace nendiff {
namespace {

// ---- Temporary files an interrupt must remove ----------------------------------
// Fixed slots of plain characters and lock-free flags: all a signal handler may
// touch. `claimed` hands a slot to one writer; `ready` says its path is whole.
struct PendingSlot {
  std::atomic<bool> claimed{false}, ready{false};
  char path[4096] = {};  // every member set: the slots are zeros in .bss, not written at start-up
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

// ---- The target ------------------------------------------------------------------

std::string failure(const std::string& path, const char* what, int error) {
  return path + ": " + what + " (" + std::strerror(error) + ")";
}

// The file a report replaces: `path`, or the file its symbolic links lead to,
// so that the link stays a link (as with a shell's `>`). A dangling link names
// the file to create. `through_proc`: a hop lies in /proc, as /dev/stdout's and
// /dev/fd/N's do: /proc/self/fd/1 names an open file, not a file to rename over.
struct Resolved {
  fs::path file;
  bool through_proc = false;
};

bool in_proc(const fs::path& p) { return fs::absolute(p).generic_string().rfind("/proc/", 0) == 0; }

Resolved resolve(const std::string& path) {
  Resolved r{path, in_proc(path)};
  boost::system::error_code ec;
  for (int hops = 0; hops < 40 && fs::is_symlink(fs::symlink_status(r.file, ec)); ++hops) {
    fs::path next = fs::read_symlink(r.file, ec);
    if (ec) break;
    r.file = next.is_absolute() ? next : r.file.parent_path() / next;
    r.through_proc = r.through_proc || in_proc(r.file);
  }
  return r;
}

enum class Delivery { replace, in_place };

// How a report reaches `path`; throws Error for a target it must not touch.
Delivery delivery(const std::string& path, const Resolved& target) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    if (errno != ENOENT) throw Error(failure(path, "cannot write", errno));
    boost::system::error_code ec;
    const fs::path dir = target.file.parent_path().empty() ? "." : target.file.parent_path();
    if (!fs::is_directory(dir, ec)) throw Error(path + ": output directory does not exist");
    return Delivery::replace;
  }
  if (S_ISDIR(st.st_mode)) throw Error(path + ": is a directory");
  if (!S_ISREG(st.st_mode) || target.through_proc) return Delivery::in_place;
  // As `cp` and a shell's `>` would find it: the permission bits (and ACLs)
  // for this user, a read-only file system; root may write what it likes.
  if (::faccessat(AT_FDCWD, path.c_str(), W_OK, AT_EACCESS) != 0)
    throw Error(failure(path, "cannot write", errno));
  return st.st_uid == ::geteuid() ? Delivery::replace : Delivery::in_place;
}

// ---- Writing ---------------------------------------------------------------------

// 「.NAME.tmp-XXXXXXXX」, NAME cut (at a character) to keep within NAME_MAX.
fs::path temporary_beside(const fs::path& target) {
  std::string name = target.filename().string();
  constexpr size_t kRoom = 255 - std::char_traits<char>::length("..tmp-XXXXXXXX");
  if (name.size() > kRoom) {
    int32_t length = static_cast<int32_t>(kRoom);
    U8_TRUNCATE_IF_INCOMPLETE(reinterpret_cast<const uint8_t*>(name.data()), 0, length);
    name.resize(static_cast<size_t>(length));
  }
  const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  return dir / fs::unique_path("." + name + ".tmp-%%%%%%%%");
}

// Throws for a failed write; ReaderGone when the reader of a pipe has left.
void check_written(const std::string& path, int error) {
  if (error == EPIPE) throw ReaderGone(path + ": the reader has gone");
  if (error != 0) throw Error(failure(path, "write failed", error));
}

// The file is on disk before the rename makes it the report (EINVAL from
// fsync: a file system that cannot sync, nothing more to wait for); close()
// reports what a network file system deferred.
int finish(int fd, int error) {
  if (error == 0 && ::fsync(fd) != 0 && errno != EINVAL) error = errno;
  if (::close(fd) != 0 && error == 0) error = errno;
  return error;
}

void write_in_place(const std::string& path, const std::function<void(std::ostream&)>& write) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_TRUNC | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) throw Error(failure(path, "cannot write", errno));
  int error = 0;
  try {
    error = detail::write_to_fd(fd, write);
  } catch (...) {
    ::close(fd);
    throw;
  }
  check_written(path, finish(fd, error));
}

// False, before anything is written, when the directory refuses the temporary
// file but the target may be written in place (a read-only directory).
bool replace(const std::string& path, const fs::path& target,
             const std::function<void(std::ostream&)>& write) {
  const fs::path tmp = temporary_beside(target);
  // O_EXCL: never through a file or link that is already there.
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  const int refused = errno;
  struct stat before {};
  const bool exists = ::stat(target.c_str(), &before) == 0;
  if (fd < 0 && exists && (refused == EACCES || refused == EPERM)) return false;
  if (fd < 0) throw Error(failure(path, "cannot write", refused));
  PendingFile pending(tmp);
  // The report replaces the file, not its permissions.
  if (exists) (void)::fchmod(fd, before.st_mode & 0777);  // not set-id bits: a report is no program
  boost::system::error_code ec;
  int error = 0;
  try {
    error = finish(fd, detail::write_to_fd(fd, write));
  } catch (...) {
    ::close(fd);
    fs::remove(tmp, ec);
    throw;
  }
  if (error == 0) fs::rename(tmp, target, ec);
  if (error != 0 || ec) fs::remove(tmp, ec);
  if (error != 0) throw Error(failure(path, "write failed", error));
  if (ec) throw Error(path + ": cannot replace (" + ec.message() + ")");
  return true;
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
  const Resolved target = resolve(path);
  if (delivery(path, target) == Delivery::replace && replace(path, target.file, write)) return;
  write_in_place(path, write);
}

void write_to_stdout(const std::function<void(std::ostream&)>& write) {
  check_written("<stdout>", detail::write_to_fd(STDOUT_FILENO, write));
}

}  // namespace nendiff
