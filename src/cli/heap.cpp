#include "cli/heap.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <string_view>

#include "read/formats.hpp"
#include "util/memory.hpp"

namespace nendiff::cli {
namespace {

constexpr std::uintmax_t kSmallInputs = std::uintmax_t{8} << 20;

// The file's size when it is a regular file of text, else nothing (0). Its
// first KiB tells a PDF or a ZIP archive, as the reader tells them.
std::uintmax_t text_size(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) return 0;
  struct stat st {};
  char head[1024];
  ssize_t n = -1;
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) n = ::read(fd, head, sizeof head);
  ::close(fd);
  if (n <= 0) return 0;
  const std::string_view bytes(head, static_cast<size_t>(n));
  return detail::is_pdf(bytes) || detail::is_zip(bytes) ? 0 : static_cast<std::uintmax_t>(st.st_size);
}

}  // namespace

void prefer_huge_pages_for(const std::vector<std::string>& paths) {
  std::uintmax_t total = 0;
  for (const std::string& path : paths) {
    const std::uintmax_t size = path == "-" ? 0 : text_size(path);
    if (size == 0) return;
    total += size;
  }
  if (total <= kSmallInputs) detail::back_heap_with_huge_pages();
}

}  // namespace nendiff::cli
