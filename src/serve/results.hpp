// The comparisons made through the start page — of two editions, the history
// of more, or two folders — each under a random id for its permalink (/r/ID)
// for as long as the server keeps it: at most `capacity`, the oldest out
// first (with a folder comparison's reports).
#pragma once

#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <utility>

#include "nendiff/compare.hpp"
#include "nendiff/history.hpp"
#include "nendiff/report.hpp"
#include "serve/folders.hpp"

namespace nendiff::serve {

// One of the three.
struct Result {
  std::shared_ptr<const Comparison> comparison;  // two editions
  std::shared_ptr<const History> history;        // two or more, followed
  std::shared_ptr<const FolderReports> folders;  // two folders of --root
  ReportOptions shown;
};

class Results {
 public:
  explicit Results(int capacity) : capacity_(capacity > 0 ? capacity : 1) {}
  // Keeps `r` and returns its id: 32 hex digits from the system's random source.
  std::string keep(Result r);
  // The result kept under `id`, or none (never kept, or dropped since).
  std::shared_ptr<const Result> find(const std::string& id) const;

 private:
  const size_t capacity_;
  mutable std::mutex mutex_;
  std::deque<std::pair<std::string, std::shared_ptr<const Result>>> kept_;  // oldest first
};

// 32 hex digits that nobody can guess (an id, a nonce).
std::string random_hex();

}  // namespace nendiff::serve
