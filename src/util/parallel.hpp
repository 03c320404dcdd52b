// Internal: independent pieces of work spread over the machine's cores (both
// editions read at once, the aligned measures diffed in two halves …).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <exception>
#include <future>
#include <thread>
#include <vector>

namespace nendiff::detail {

// Threads to use: NENDIFF_THREADS if set (1 = everything on the calling
// thread), else the cores the machine has, at most 8.
inline size_t worker_count() {
  if (const char* env = std::getenv("NENDIFF_THREADS")) {
    long n = std::strtol(env, nullptr, 10);
    if (n >= 1) return static_cast<size_t>(std::min(n, 64L));
  }
  return std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 8);
}

// Calls work(i) for every i in [0, n), in contiguous blocks on up to
// worker_count() threads, the first block on the calling thread. work(i) must
// touch only what belongs to i. The first exception (in block order) is
// rethrown once every block has finished.
template <typename Work>
void parallel_for(size_t n, Work work) {
  const size_t threads = std::min(worker_count(), n);
  if (threads <= 1) {
    for (size_t i = 0; i < n; ++i) work(i);
    return;
  }
  auto block = [&](size_t b) {
    for (size_t i = n * b / threads; i < n * (b + 1) / threads; ++i) work(i);
  };
  std::vector<std::future<void>> others;
  for (size_t b = 1; b < threads; ++b) others.push_back(std::async(std::launch::async, block, b));
  std::exception_ptr first;
  try {
    block(0);
  } catch (...) {
    first = std::current_exception();
  }
  for (std::future<void>& f : others) {
    try {
      f.get();
    } catch (...) {
      if (!first) first = std::current_exception();
    }
  }
  if (first) std::rethrow_exception(first);
}

// Runs a() and b() at once (b on another thread unless NENDIFF_THREADS=1).
template <typename A, typename B>
void in_parallel(A a, B b) {
  parallel_for(2, [&](size_t i) { i == 0 ? a() : b(); });
}

}  // namespace nendiff::detail
