// Internal: the edition files of a folder tree as batch mode finds them. A
// folder that cannot be read is said and the walk goes on (as `diff -r`); a
// link that leads out of the tree is not followed unless asked, so that
// new/passwd.txt → /etc/passwd never reaches a report.
#pragma once

#include <boost/filesystem/path.hpp>
#include <set>
#include <string>
#include <sys/types.h>
#include <utility>
#include <vector>

#include "nendiff/batch.hpp"

namespace nendiff::detail {

struct TreeFiles {
  std::vector<std::string> files;         // edition files, relative to the root ('/'), sorted
  std::vector<BatchFailure> failures;     // folders that could not be read, links to nothing,
                                          // edition names on what is no file (a FIFO)
  std::vector<BatchFailure> not_followed; // links out of the tree
};

// Throws Error when `root` itself cannot be read. `out_dir` (canonical) is not
// entered.
TreeFiles edition_files(const std::string& root, const boost::filesystem::path& out_dir,
                        bool follow_links);

// A file as the system knows it, whatever path names it (links, hard links).
using FileId = std::pair<dev_t, ino_t>;
// The files of `paths` that exist.
std::set<FileId> file_ids(const std::vector<std::string>& paths);
// Whether `path` names one of `files`.
bool is_one_of(const std::string& path, const std::set<FileId>& files);

}  // namespace nendiff::detail
