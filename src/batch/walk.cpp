#include "batch/walk.hpp"

#include <algorithm>
#include <boost/filesystem.hpp>
#include <sys/stat.h>

#include "batch/keys.hpp"
#include "nendiff/error.hpp"
#include "util/ascii.hpp"

namespace nendiff::detail {
namespace {

namespace fs = boost::filesystem;

// A file in a format nendiff reads (or refuses by name: a legacy .doc).
bool is_edition_file(const fs::path& p) {
  static const char* const kExtensions[] = {".txt", ".text", ".md",   ".markdown", ".csv", ".pdf", ".docx",
                                            ".doc", ".xlsx", ".html", ".htm",      ".xml"};
  const std::string name = p.filename().string(), ext = ascii_lower(p.extension().string());
  if (name.empty() || name[0] == '.' || name.rfind("~$", 0) == 0) return false;  // hidden, Word lock
  return std::any_of(std::begin(kExtensions), std::end(kExtensions), [&](const char* e) { return ext == e; });
}

// Whether canonical `p` is `root` or lies under it.
bool is_within(const fs::path& p, const fs::path& root) {
  auto r = root.begin();
  for (auto it = p.begin(); r != root.end(); ++it, ++r)
    if (it == p.end() || *it != *r) return false;
  return true;
}

class Walk {
 public:
  Walk(const std::string& root, const fs::path& out_dir, bool follow_links)
      : root_(root), out_dir_(out_dir), follow_links_(follow_links) {
    boost::system::error_code ec;
    canonical_root_ = fs::canonical(root, ec);
    if (ec) throw Error(root + ": cannot read folder (" + ec.message() + ")");
  }

  TreeFiles run() {
    folders_.push_back("");
    visited_.insert(canonical_root_.string());
    bool first = true;
    while (!folders_.empty()) {
      const fs::path relative = folders_.back();
      folders_.pop_back();
      read_folder(relative, first);
      first = false;
    }
    std::sort(tree_.files.begin(), tree_.files.end());
    auto by_path = [](const BatchFailure& a, const BatchFailure& b) { return a.path < b.path; };
    std::sort(tree_.failures.begin(), tree_.failures.end(), by_path);
    std::sort(tree_.not_followed.begin(), tree_.not_followed.end(), by_path);
    return std::move(tree_);
  }

 private:
  std::string shown(const fs::path& relative) const {
    return (fs::path(root_) / relative).string();
  }

  void fail(const fs::path& relative, const std::string& problem) {
    tree_.failures.push_back({shown(relative), shown(relative) + ": " + problem});
  }

  void read_folder(const fs::path& relative, bool is_root) {
    boost::system::error_code ec;
    fs::directory_iterator it(fs::path(root_) / relative, ec), end;
    for (; !ec && it != end; it.increment(ec)) visit(relative / it->path().filename());
    if (!ec) return;
    if (is_root) throw Error(root_ + ": cannot read folder (" + ec.message() + ")");
    fail(relative, "cannot read folder (" + ec.message() + ")");
  }

  void visit(const fs::path& relative) {
    const fs::path path = fs::path(root_) / relative;
    boost::system::error_code ec;
    const fs::file_status link = fs::symlink_status(path, ec);
    const fs::file_status st = fs::is_symlink(link) && !ec ? fs::status(path, ec) : link;
    if (ec) {  // what it is cannot be known: a file, if named like one, that cannot be read
      if (is_edition_file(relative))
        fail(relative, fs::is_symlink(link) && ec == boost::system::errc::no_such_file_or_directory
                           ? "a link to nothing"
                           : "cannot read (" + ec.message() + ")");
      return;
    }
    if (fs::is_directory(st)) return enter(relative, fs::is_symlink(link));
    if (!is_edition_file(relative)) return;
    if (!fs::is_regular_file(st)) return fail(relative, "not a regular file");
    if (fs::is_symlink(link) && !follow_links_ && !is_within(fs::canonical(path, ec), canonical_root_))
      return not_followed(relative);
    tree_.files.push_back(relative.generic_string());
  }

  void enter(const fs::path& relative, bool through_link) {
    boost::system::error_code ec;
    const fs::path canonical = fs::canonical(fs::path(root_) / relative, ec);
    if (ec) return fail(relative, "cannot read folder (" + ec.message() + ")");
    if (canonical == out_dir_) return;  // the reports of this run
    if (through_link && !follow_links_) {
      // Inside the tree its files are found where they are.
      if (!is_within(canonical, canonical_root_)) not_followed(relative);
      return;
    }
    if (visited_.insert(canonical.string()).second) folders_.push_back(relative);
  }

  void not_followed(const fs::path& relative) {
    tree_.not_followed.push_back(
        {shown(relative), shown(relative) + ": a link out of the folder, not followed "
                                            "(--follow-links reads it)"});
  }

  std::string root_;
  fs::path out_dir_, canonical_root_;
  bool follow_links_;
  std::vector<fs::path> folders_;   // still to read, relative to the root
  std::set<std::string> visited_;   // canonical folders entered: links may lead back
  TreeFiles tree_;
};

}  // namespace

TreeFiles edition_files(const std::string& root, const fs::path& out_dir, bool follow_links) {
  return Walk(root, out_dir, follow_links).run();
}

std::set<FileId> file_ids(const std::vector<std::string>& paths) {
  std::set<FileId> ids;
  struct stat st {};
  for (const std::string& p : paths)
    if (::stat(p.c_str(), &st) == 0) ids.insert({st.st_dev, st.st_ino});
  return ids;
}

bool is_one_of(const std::string& path, const std::set<FileId>& files) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && files.count({st.st_dev, st.st_ino}) > 0;
}

}  // namespace nendiff::detail
