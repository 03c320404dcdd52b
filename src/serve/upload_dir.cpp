#include "serve/upload_dir.hpp"

#include <boost/filesystem/operations.hpp>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include "nendiff/error.hpp"
#include "serve/strings.hpp"

namespace nendiff::serve {
namespace {

// A UTF-8 string cut to at most `bytes`, never inside a character.
std::string cut(std::string s, size_t bytes) {
  if (s.size() <= bytes) return s;
  size_t end = bytes;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return s.substr(0, end);
}

// 「.txt」 of 「2024.TXT」: letters and digits only, or nothing.
std::string extension_of(const std::string& name) {
  const size_t dot = name.rfind('.');
  if (dot == std::string::npos || dot == 0 || name.size() - dot > 9) return "";
  std::string ext = ".";
  for (char c : name.substr(dot + 1)) {
    if (!std::isalnum(static_cast<unsigned char>(c))) return "";
    ext += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return ext.size() > 1 ? ext : "";
}


}  // namespace

std::string shown_name(const std::string& client_name, const std::string& fallback) {
  std::string name = client_name.substr(client_name.find_last_of("/\\") + 1);
  std::string kept;
  for (char c : name)
    if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) kept += c;
  kept = cut(kept, 200);
  return kept.empty() || kept == "." || kept == ".." ? fallback : kept;
}

UploadDir::UploadDir() {
  const char* tmp = std::getenv("TMPDIR");
  std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/nendiff-serve-XXXXXX";
  if (!mkdtemp(pattern.data()))  // mode 0700
    throw Error(std::string("cannot make a temporary directory for the uploads: ") +
                std::strerror(errno));
  dir_ = pattern;
}

UploadDir::~UploadDir() {
  boost::system::error_code ignored;  // nothing to tell a client who has had the answer
  boost::filesystem::remove_all(dir_, ignored);
}

std::string UploadDir::store(const std::string& bytes, size_t index, const std::string& shown) {
  const std::string path = dir_ + "/edition-" + std::to_string(index + 1) + extension_of(shown);
  const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  bool written = fd >= 0;
  for (size_t done = 0; written && done < bytes.size();) {
    const ssize_t n = write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    written = n > 0;
    done += written ? static_cast<size_t>(n) : 0;
  }
  const int error = errno;
  if (fd >= 0 && close(fd) != 0) written = false;
  if (!written) throw Error(shown + ": cannot keep the upload for reading: " + std::strerror(error));
  stored_.emplace_back(path, shown);
  return path;
}

std::string UploadDir::as_told(std::string message) const {
  // The later paths first: 「edition-1」 is the start of 「edition-10」.
  for (auto it = stored_.rbegin(); it != stored_.rend(); ++it) replace_all(message, it->first, it->second);
  replace_all(message, dir_, "(upload)");
  return message;
}

}  // namespace nendiff::serve
