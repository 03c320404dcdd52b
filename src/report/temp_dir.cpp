#include "report/temp_dir.hpp"

#include <boost/filesystem/operations.hpp>
#include <fstream>

#include "nendiff/error.hpp"

namespace fs = boost::filesystem;

namespace nendiff::detail {

void in_temp_dir(const std::function<void(const fs::path& dir)>& use) {
  const fs::path dir = fs::temp_directory_path() / fs::unique_path("nendiff-%%%%%%%%");
  fs::create_directory(dir);
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
