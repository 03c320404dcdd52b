// Internal: for writers whose library only writes to a file name (the
// workbook, the Word package): a private directory that goes away after.
#pragma once

#include <boost/filesystem/path.hpp>
#include <functional>
#include <ostream>

namespace nendiff::detail {

// A fresh directory under the system's temporary one, removed with all it
// holds when `use` returns or throws.
void in_temp_dir(const std::function<void(const boost::filesystem::path& dir)>& use);
// The bytes of the file at `path` to `out`; throws Error naming it when unreadable.
void copy_file_to(const boost::filesystem::path& path, std::ostream& out);

}  // namespace nendiff::detail
