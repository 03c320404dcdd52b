// Internal: independent pieces of work spread over the machine's cores (both
// editions read at once, the aligned measures diffed in two halves …).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <functional>
#include <thread>

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

// Runs range(from, to) over [0, n): in contiguous blocks on up to
// worker_count() threads, the first on the calling thread (the other threads
// are kept for the process's life, util/parallel.cpp). Called from inside a
// round that already has a thread for every core (the stale check beside the
// alignment), it starts no thread: its pieces are taken by the caller and by
// the threads of the round whose blocks are done (util/round.hpp). The first
// error (in order) is rethrown once every piece has finished; each block or
// piece stops at its own.
void run_ranges(size_t n, const std::function<void(size_t, size_t)>& range);

// Calls work(i) for every i in [0, n) as run_ranges does. work(i) must touch
// only what belongs to i.
template <typename Work>
void parallel_for(size_t n, Work work) {
  run_ranges(n, [&](size_t from, size_t to) {
    for (size_t i = from; i < to; ++i) work(i);
  });
}

// Runs a() and b() at once (b on another thread unless NENDIFF_THREADS=1).
template <typename A, typename B>
void in_parallel(A a, B b) {
  parallel_for(2, [&](size_t i) { i == 0 ? a() : b(); });
}

}  // namespace nendiff::detail
