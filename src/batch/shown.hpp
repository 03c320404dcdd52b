// Internal: paths as a batch run names them (BatchOptions::shown_from).
#pragma once

#include <string>

#include "nendiff/batch.hpp"

namespace nendiff::detail {

// `path` relative to `base` when it lies under it (「/srv/root/2024/a.txt」 →
// 「2024/a.txt」; `base` itself: 「.」), else as it is; `base` empty: as it is.
std::string shown_path(const std::string& path, const std::string& base);
// Every path the result holds, and every message naming one, through shown_path.
void show_from(BatchResult& r, const std::string& base);

}  // namespace nendiff::detail
