#include "report/temp_dir.hpp"

#include <stdlib.h>

#include <boost/filesystem/operations.hpp>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <string>

#include "nendiff/error.hpp"

namespace fs = boost::filesystem;

namespace nendiff::detail {

// mkdtemp: made in one step, readable by its owner alone (a report of a draft
// 「案」 is no one else's business on a shared machine or server), never an
// existing directory or a link someone left under that name.
void in_temp_dir(const std::function<void(const fs::path& dir)>& use) {
  std::string name = (fs::temp_directory_path() / "nendiff-XXXXXX").string();
  if (::mkdtemp(name.data()) == nullptr)
    throw Error(name + ": cannot make a temporary directory (" + std::strerror(errno) + ")");
  const fs::path dir = name;
  auto remove = [&dir] {
    boost::system::error_code ec;
    fs::remove_all(dir, ec);
  };
  try {
    use(dir);
  } catch (...) {
    remove();
    throw;
  }
  remove();
}

void copy_file_to(const fs::path& path, std::ostream& out) {
  std::ifstream in(path.string(), std::ios::binary);
  if (!in || !(out << in.rdbuf())) throw Error(path.string() + ": cannot read the report back");
}

}  // namespace nendiff::detail
