// Internal: what programs add to the report files' writer (nendiff/report.hpp).
#pragma once

namespace nendiff {

// For programs: SIGINT, SIGTERM and SIGHUP (unless ignored, as under nohup)
// first remove the temporary file of every write_file_atomically in progress,
// then end the process as they would have. The CLI calls it first thing; the
// library never sets a signal handler on its own.
void remove_partial_reports_on_interrupt();

}  // namespace nendiff
