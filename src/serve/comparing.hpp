// One comparison of uploaded editions, by the very calls `nendiff compare`
// makes (load_editions, compare, write_comparison), so that its reports are
// the CLI's byte for byte.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "nendiff/compare.hpp"
#include "nendiff/report.hpp"
#include "serve/uploads.hpp"

namespace nendiff::serve {

// The editions, written to a private directory for the readers and removed
// after; each Document's path is the name the client gave its file (as the
// CLI's would be for a file in the current directory). Throws Failure (422)
// with the reader's one line, naming the upload, for an edition it cannot read.
std::shared_ptr<const Comparison> compare_uploads(const std::vector<const Upload*>& editions,
                                                  const Choices& choices);

// write_comparison's report in `format`, as a string.
std::string report_of(const Comparison& c, Format format, const ReportOptions& shown);

}  // namespace nendiff::serve
