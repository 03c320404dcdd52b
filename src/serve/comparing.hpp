// The work a request asks for, by the very calls the CLI makes — `nendiff
// compare` (load_editions, compare, write_comparison) and `nendiff history`
// (load_editions, follow_history, write_history) — so that its reports are
// the CLI's byte for byte.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "nendiff/compare.hpp"
#include "nendiff/history.hpp"
#include "nendiff/report.hpp"
#include "serve/uploads.hpp"

namespace nendiff::serve {

// An edition to read: where it is on the server, and the name reports and
// messages give it (the client's file name, or its path under --root).
struct Edition {
  std::string path;
  std::string shown;
};

// Two editions compared; each Document's path is its shown name (as the
// CLI's would be for a file in the current directory). Throws Failure (422)
// with the reader's one line, naming the edition by its shown name, for one
// it cannot read; 507 when memory runs out.
std::shared_ptr<const Comparison> compare_editions(const std::vector<Edition>& editions,
                                                   const Choices& choices);
// Two or more editions followed through the years (nendiff/history.hpp);
// refusals as compare_editions', and 422 for editions without a year or of
// the same year.
std::shared_ptr<const History> follow_editions(const std::vector<Edition>& editions,
                                               const Choices& choices);

// The same for uploads, written to a private directory for the readers and
// removed after.
std::shared_ptr<const Comparison> compare_uploads(const std::vector<const Upload*>& uploads,
                                                  const Choices& choices);
std::shared_ptr<const History> follow_uploads(const std::vector<const Upload*>& uploads,
                                              const Choices& choices);

// write_comparison's (write_history's) report in `format`, as a string.
std::string report_of(const Comparison& c, Format format, const ReportOptions& shown);
std::string report_of(const History& h, Format format);

}  // namespace nendiff::serve
