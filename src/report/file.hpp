// Internal: what programs add to the report files' writer (nendiff/report.hpp).
#pragma once

#include <functional>
#include <ostream>

#include "nendiff/error.hpp"

namespace nendiff {

// For programs: SIGINT, SIGTERM and SIGHUP (unless ignored, as under nohup)
// first remove the temporary file of every write_file_atomically in progress,
// then end the process as they would have. The CLI calls it first thing; the
// library never sets a signal handler on its own.
void remove_partial_reports_on_interrupt();

// A write found the reading end of its pipe closed (`nendiff … | head`, a FIFO
// whose reader left). Programs end quietly, as `diff` and `git diff` do: by
// SIGPIPE.
class ReaderGone : public Error {
 public:
  using Error::Error;
};

// Writes a report as it is made to standard output (fd 1, not std::cout's
// buffer). Throws Error("<stdout>: write failed (…)") on a failed write, also
// after `write` threw; ReaderGone for a closed pipe.
void write_to_stdout(const std::function<void(std::ostream&)>& write);

}  // namespace nendiff
