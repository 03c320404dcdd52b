// --root DIR: a folder on the server whose editions the start page may pick
// instead of uploading them. Read only. A client names what is in it by a
// path relative to it; each path is resolved — links followed — and must
// stay under it: no 「..」, no absolute path, no link that leads out, only
// folders and regular files (never a FIFO or a device, which would block or
// read without end). A refusal never shows where the root or a link's
// target is on the server.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "serve/failure.hpp"

namespace nendiff::serve {

// One thing in a folder of the root, as the start page lists it.
struct RootEntry {
  std::string name;
  bool folder = false;
  std::uintmax_t size = 0;  // bytes, of a file
};

class Root {
 public:
  // Throws Error when `dir` is not a folder that can be read.
  explicit Root(const std::string& dir);

  // Where `relative` is on the server: a regular file, or a folder ("" is the
  // root itself). Throws Failure: 403 outside_root (「..」, an absolute path,
  // a link out), 404 not_in_root, 422 not_a_file / not_a_folder.
  std::string file(const std::string& relative) const;
  std::string folder(const std::string& relative) const;
  // The folders and files of the folder `relative` (checked as folder()),
  // folders first, each by name; what leads out of the root, is neither a
  // folder nor a regular file, or is not named in UTF-8 is left out.
  std::vector<RootEntry> list(const std::string& relative) const;
  // `relative` as reports name it: without empty and 「.」 components
  // (「./2024//a.txt」 → 「2024/a.txt」), as the CLI run in the root would.
  static std::string tidy(const std::string& relative);
  const std::string& path() const { return path_; }  // canonical

 private:
  std::string resolved(const std::string& relative) const;
  // resolved(), when it is of `kind` (S_IFREG, S_IFDIR); else throws `other`.
  std::string of_kind(const std::string& relative, unsigned kind, const Failure& other) const;
  std::string path_;
};

// The root of --root `dir` (none when empty). Throws Error when it is not a
// folder, or when the server's temporary directory ($TMPDIR, else /tmp) lies
// in it: uploads and reports are written there, and never into the root.
std::optional<Root> offered_root(const std::string& dir);

}  // namespace nendiff::serve
