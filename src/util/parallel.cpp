// The threads parallel_for runs its blocks on, started once and kept for the
// process's life. A comparison has several parallel steps (reading, parsing,
// finishing both editions; the stale check beside the alignment); a new
// thread for each cost the law pair (1.25 MB a side) some 10 ms of its 73 on
// our two-core VM (median of 60 runs: 72.8 → 63.0 ms), and nothing measurable
// on the sample pair. Workers that also spin awake between steps gained no
// more and cost the sample pair 2.5 ms, so they sleep.
#include "util/parallel.hpp"
#include "util/round.hpp"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <future>
#include <mutex>
#include <vector>

#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <unistd.h>

namespace nendiff::detail {
namespace {

// Blocks every signal in the calling thread while it lives; a thread started
// meanwhile inherits that mask.
class AllSignalsBlocked {
 public:
  AllSignalsBlocked() {
    sigset_t all;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &before_);
  }
  ~AllSignalsBlocked() { pthread_sigmask(SIG_SETMASK, &before_, nullptr); }
  AllSignalsBlocked(const AllSignalsBlocked&) = delete;
  AllSignalsBlocked& operator=(const AllSignalsBlocked&) = delete;

 private:
  sigset_t before_;
};

// Workers kept for the process's life. One caller at a time: each round
// hands block w + 1 to worker w, and every worker acknowledges every round,
// so the caller may set up the next round once the count is back to zero.
// The round's fields are guarded by the mutex.
class Workers {
 public:
  // Runs the round (block 0 here) and returns true, or returns false at once
  // when another caller, or this one further up its stack, has the workers.
  bool run(size_t blocks, const std::function<void(size_t)>& block, Errors& errors) {
    bool free = false;
    if (!busy_.compare_exchange_strong(free, true, std::memory_order_acquire)) return false;
    try {
      while (started_ + 1 < blocks) start_worker();
    } catch (...) {  // no thread to be had: the caller's fallback fails alike
      busy_.store(false, std::memory_order_release);
      throw;
    }
    keep_off_callers_core();
    Round shared(blocks);
    {
      std::lock_guard<std::mutex> lock(mutex_);
      block_ = &block;
      shared_ = &shared;
      errors_ = &errors;
      pending_ = started_;
      ++round_;
    }
    wake_.notify_all();
    shared.run_block(block, 0, errors);
    {
      std::unique_lock<std::mutex> lock(mutex_);
      done_.wait(lock, [this] { return pending_ == 0; });
    }
    busy_.store(false, std::memory_order_release);
    return true;
  }

 private:
  // A worker blocks every signal: a SIGTERM or SIGINT goes to the program's
  // own threads, where its handler (report/file.cpp's) or its sigwait (serve)
  // expects it. (round_ is written only by the caller holding busy_.)
  void start_worker() {
    if (handles_.empty() && sched_getaffinity(0, sizeof cores_, &cores_) != 0) CPU_ZERO(&cores_);
    const AllSignalsBlocked blocked;
    std::thread worker(&Workers::serve, this, started_, round_);
    handles_.push_back(worker.native_handle());
    worker.detach();
    ++started_;
    kept_off_ = -1;  // the new worker may go anywhere yet
  }

  // The workers never run on the core the caller is on as a round starts,
  // where the caller runs its own block. On our two-core VM, Linux put a
  // woken worker on the waker's core rather than on the idle one, and the two
  // took turns: the first round (reading both editions) ran one file after
  // the other, 1.5 ms of the law pair's 27. The caller may have moved since
  // the last round: kept off the core it left, the workers would share its
  // new one while the old stood idle (a third of the sample pair's runs read
  // the structure of one edition after the other). A worker detached and
  // ended with the process keeps its handle valid. The cores are those the
  // caller might use when the first worker started. (Where only one core is
  // allowed, or it cannot be told, the workers go where they will.)
  void keep_off_callers_core() {
    const int callers = sched_getcpu();
    if (callers == kept_off_) return;
    if (callers < 0 || !CPU_ISSET(callers, &cores_) || CPU_COUNT(&cores_) < 2) return;
    cpu_set_t allowed = cores_;
    CPU_CLR(callers, &allowed);
    for (pthread_t worker : handles_) pthread_setaffinity_np(worker, sizeof allowed, &allowed);
    kept_off_ = callers;
  }

  void serve(size_t worker, uint64_t seen) {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      wake_.wait(lock, [&] { return round_ != seen; });
      seen = round_;
      const std::function<void(size_t)>* block = block_;
      Round* shared = shared_;
      Errors* errors = errors_;
      lock.unlock();
      if (worker + 1 < shared->blocks()) shared->run_block(*block, worker + 1, *errors);
      lock.lock();
      if (--pending_ == 0) done_.notify_all();
    }
  }

  std::atomic<bool> busy_{false};
  size_t started_ = 0;  // these four touched only by the caller holding busy_
  std::vector<pthread_t> handles_;
  cpu_set_t cores_{};  // the cores the workers may use
  int kept_off_ = -1;  // the core the workers are kept off, if any
  std::mutex mutex_;
  std::condition_variable wake_, done_;
  const std::function<void(size_t)>* block_ = nullptr;
  Round* shared_ = nullptr;
  Errors* errors_ = nullptr;
  uint64_t round_ = 0;
  size_t pending_ = 0;  // workers yet to acknowledge the round
};

// While the workers are taken: a thread for each other block, as before
// they were kept.
void on_threads_of_their_own(size_t blocks, const std::function<void(size_t)>& block, Errors& errors) {
  Round shared(blocks);
  std::vector<std::future<void>> others;
  for (size_t b = 1; b < blocks; ++b)
    others.push_back(std::async(std::launch::async, [&, b] { shared.run_block(block, b, errors); }));
  shared.run_block(block, 0, errors);
  for (std::future<void>& f : others) f.get();
}

// Runs block(b) for every b in [0, blocks) on threads: the kept workers or,
// while another caller has them, threads of their own. The first error (in
// block order) is rethrown once every block has finished.
void run_blocks(size_t blocks, const std::function<void(size_t)>& block) {
  static Workers* const workers = new Workers;  // never destroyed: its threads never end
  // A child forked by a program using the library has none of the workers.
  static const pid_t owner = getpid();
  Errors errors(blocks);
  if (getpid() != owner || !workers->run(blocks, block, errors))
    on_threads_of_their_own(blocks, block, errors);
  for (const std::exception_ptr& e : errors)
    if (e) std::rethrow_exception(e);
}

}  // namespace

void run_ranges(size_t n, const std::function<void(size_t, size_t)>& range) {
  const size_t threads = std::min(worker_count(), n);
  if (threads <= 1) return range(0, n);
  // Inside a round that has a thread for every core, more threads would only
  // take turns: the round's own threads share the pieces.
  if (Round* round = Round::current(); round && round->blocks() >= worker_count())
    return round->share(n, range);
  run_blocks(threads, [&](size_t b) { range(n * b / threads, n * (b + 1) / threads); });
}

}  // namespace nendiff::detail
