// The directory the workbook and Word writers write through: its owner's
// alone, and gone afterwards, whatever happened inside it.
#include "report/temp_dir.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <boost/filesystem/operations.hpp>
#include <fstream>
#include <stdexcept>

namespace nendiff {
namespace {

namespace fs = boost::filesystem;

TEST(TempDir, PrivateToItsOwnerAndRemovedAfter) {
  fs::path seen;
  detail::in_temp_dir([&](const fs::path& dir) {
    seen = dir;
    struct stat st {};
    ASSERT_EQ(::stat(dir.c_str(), &st), 0);
    EXPECT_TRUE(S_ISDIR(st.st_mode));
    EXPECT_EQ(st.st_mode & 0777, 0700u);  // whatever the umask
    std::ofstream(dir / "report.xlsx") << "bytes";
  });
  EXPECT_FALSE(seen.empty());
  EXPECT_FALSE(fs::exists(seen));
  EXPECT_THROW(detail::in_temp_dir([&](const fs::path& dir) {
                 seen = dir;
                 throw std::runtime_error("the writer failed");
               }),
               std::runtime_error);
  EXPECT_FALSE(fs::exists(seen));
}

}  // namespace
}  // namespace nendiff
