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

// Runs block(b) for every b in [0, blocks): block 0 on the calling thread,
// the others on the kept workers (util/parallel.cpp) or, while another caller
// has them, on threads of their own. Called from a block of a round that
// already has a thread for every core (the stale check beside the alignment),
// it runs every block on the calling thread: more threads would only take
// turns. The first exception (in block order) is rethrown once every block
// has finished.
void run_blocks(size_t blocks, const std::function<void(size_t)>& block);

// Calls work(i) for every i in [0, n), in contiguous blocks on up to
// worker_count() threads, the first block on the calling thread. work(i) must
// touch only what belongs to i.
template <typename Work>
void parallel_for(size_t n, Work work) {
  const size_t threads = std::min(worker_count(), n);
  if (threads <= 1) {
    for (size_t i = 0; i < n; ++i) work(i);
    return;
  }
  run_blocks(threads, [&](size_t b) {
    for (size_t i = n * b / threads; i < n * (b + 1) / threads; ++i) work(i);
  });
}

// Runs a() and b() at once (b on another thread unless NENDIFF_THREADS=1).
template <typename A, typename B>
void in_parallel(A a, B b) {
  parallel_for(2, [&](size_t i) { i == 0 ? a() : b(); });
}

}  // namespace nendiff::detail
