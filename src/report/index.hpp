// Internal: the index of a batch run (batch/batch.cpp walks the trees, pairs
// and compares; the index is a view like any other report). The report stage
// uses only the plain structs of nendiff/batch.hpp, no function of the batch
// stage.
#pragma once

#include <ostream>
#include <string>

#include "nendiff/batch.hpp"

namespace nendiff::detail {

// index.json: every pair with its counts, reports and stale findings, the
// documents without a partner and the files skipped.
void write_index_json(const BatchResult& r, const std::string& old_dir, const std::string& new_dir,
                      std::ostream& out);
// index.html: the same for a person, on the shared page shell.
void write_index_html(const BatchResult& r, const std::string& old_dir, const std::string& new_dir,
                      std::ostream& out);

}  // namespace nendiff::detail
