// Uploads as the readers take them: files in a private directory (mode 0700)
// under names the server chooses, keeping only the extension the client's
// name had; the directory goes, with all it holds, when its owner does.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace nendiff::serve {

// The name a client gave a file, as reports and messages show it: its last
// component only (「../../etc/passwd」 → 「passwd」), without control
// characters; `fallback` when nothing is left.
std::string shown_name(const std::string& client_name, const std::string& fallback);

class UploadDir {
 public:
  UploadDir();  // under $TMPDIR (else /tmp); throws Error when it cannot be made
  ~UploadDir();
  UploadDir(const UploadDir&) = delete;
  UploadDir& operator=(const UploadDir&) = delete;

  // Writes `bytes` as the `index`th edition and returns the path to read it from.
  std::string store(const std::string& bytes, size_t index, const std::string& shown);
  const std::string& path() const { return dir_; }  // also a private place for reports
  // `message` with every stored path replaced by the name it was shown as:
  // the client never sees a path on the server.
  std::string as_told(std::string message) const;

 private:
  std::string dir_;
  std::vector<std::pair<std::string, std::string>> stored_;  // path, shown name
};

}  // namespace nendiff::serve
