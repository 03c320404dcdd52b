#include "serve/root.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <dirent.h>
#include <sys/stat.h>

#include "nendiff/error.hpp"
#include "serve/failure.hpp"
#include "serve/upload_dir.hpp"
#include "text/unicode.hpp"

namespace nendiff::serve {
namespace {

// What a client sent, shown back on one line: its last component, no control characters.
std::string as_sent(const std::string& relative) { return "'" + shown_name(relative, "?") + "'"; }

// Said the same way for 「..」, an absolute path and a link out: nothing of
// what lies outside is told, not even whether it exists.
Failure outside() {
  return {403, "outside_root", "not in the folder the server offers (--root): refused"};
}

// Components of a relative path; throws for an absolute one or one with 「..」.
std::vector<std::string> components(const std::string& relative) {
  if (!relative.empty() && relative[0] == '/') throw outside();
  if (relative.find('\0') != std::string::npos) throw outside();
  std::vector<std::string> parts;
  for (size_t start = 0; start <= relative.size();) {
    const size_t end = std::min(relative.find('/', start), relative.size());
    const std::string part = relative.substr(start, end - start);
    if (part == "..") throw outside();
    if (!part.empty() && part != ".") parts.push_back(part);
    start = end + 1;
  }
  return parts;
}

bool is_under(const std::string& path, const std::string& root) {
  return path == root || (path.size() > root.size() && path.compare(0, root.size(), root) == 0 &&
                          (root == "/" || path[root.size()] == '/'));
}

// The path with every link resolved, or "" (and `error`, errno) when it cannot be.
std::string canonical(const std::string& path, int* error = nullptr) {
  char* real = realpath(path.c_str(), nullptr);
  if (!real) {
    if (error) *error = errno;
    return "";
  }
  std::string out(real);
  std::free(real);
  return out;
}

}  // namespace

Root::Root(const std::string& dir) : path_(canonical(dir)) {
  struct stat st {};
  if (path_.empty() || stat(path_.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
    throw Error("--root " + dir + ": not a folder that can be read");
}

std::string Root::tidy(const std::string& relative) {
  std::string out;
  for (const std::string& part : components(relative)) out += (out.empty() ? "" : "/") + part;
  return out;
}

std::string Root::resolved(const std::string& relative) const {
  const std::string tidied = tidy(relative);
  int error = 0;
  const std::string real = canonical(tidied.empty() ? path_ : path_ + "/" + tidied, &error);
  if (real.empty()) {
    if (error == ENOENT || error == ENOTDIR)
      throw Failure{404, "not_in_root", as_sent(relative) + ": no such file or folder (--root)"};
    throw outside();  // a loop of links, no permission: nothing more is told
  }
  if (!is_under(real, path_)) throw outside();  // a link that leads out
  return real;
}

std::string Root::of_kind(const std::string& relative, unsigned kind, const Failure& other) const {
  const std::string real = resolved(relative);
  struct stat st {};
  if (stat(real.c_str(), &st) != 0 || (st.st_mode & S_IFMT) != kind) throw other;
  return real;
}

std::string Root::file(const std::string& relative) const {
  return of_kind(relative, S_IFREG,
                 {422, "not_a_file", as_sent(relative) + ": not a file (a folder, a FIFO or a device)"});
}

std::string Root::folder(const std::string& relative) const {
  return of_kind(relative, S_IFDIR, {422, "not_a_folder", as_sent(relative) + ": not a folder"});
}

std::vector<RootEntry> Root::list(const std::string& relative) const {
  const std::string dir = folder(relative);
  DIR* d = opendir(dir.c_str());
  if (!d) throw outside();  // no permission: nothing more is told
  std::vector<RootEntry> entries;
  while (const dirent* e = readdir(d)) {
    const std::string name = e->d_name;
    // A name not in UTF-8 (a Shift_JIS name of old) could not be sent back as it was listed.
    if (name == "." || name == ".." || text::well_formed_prefix(name) != name.size()) continue;
    const std::string real = canonical(dir + "/" + name);
    struct stat st {};
    if (real.empty() || !is_under(real, path_) || stat(real.c_str(), &st) != 0) continue;
    if (S_ISDIR(st.st_mode) || S_ISREG(st.st_mode))
      entries.push_back({name, S_ISDIR(st.st_mode),
                         S_ISREG(st.st_mode) ? static_cast<std::uintmax_t>(st.st_size) : 0u});
  }
  closedir(d);
  std::sort(entries.begin(), entries.end(), [](const RootEntry& a, const RootEntry& b) {
    return a.folder != b.folder ? a.folder : a.name < b.name;
  });
  return entries;
}

std::optional<Root> offered_root(const std::string& dir) {
  if (dir.empty()) return std::nullopt;
  Root root(dir);
  const char* tmp = std::getenv("TMPDIR");
  const std::string temporary = canonical(tmp && *tmp ? tmp : "/tmp");
  if (!temporary.empty() && is_under(temporary, root.path()))
    throw Error("--root " + dir + ": holds the temporary folder the server writes uploads and "
                "reports to; choose a folder that does not, or set TMPDIR elsewhere");
  return root;
}

}  // namespace nendiff::serve
