#include "util/parallel.hpp"

#include <gtest/gtest.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>
#include <algorithm>

#include "nendiff/compare.hpp"
#include "nendiff/parse.hpp"
#include "nendiff/report.hpp"
#include "test_support.hpp"

namespace {

using nendiff::detail::parallel_for;

// Sets NENDIFF_THREADS for the life of the object.
class ThreadsSetting {
 public:
  explicit ThreadsSetting(const char* value) { setenv("NENDIFF_THREADS", value, 1); }
  ~ThreadsSetting() { unsetenv("NENDIFF_THREADS"); }
};

TEST(ParallelFor, VisitsEveryIndexOnce) {
  for (const char* threads : {"1", "2", "3", "8"}) {
    ThreadsSetting setting(threads);
    for (size_t n : {0u, 1u, 2u, 7u, 1000u}) {
      std::vector<std::atomic<int>> visits(n);
      parallel_for(n, [&](size_t i) { ++visits[i]; });
      for (size_t i = 0; i < n; ++i) EXPECT_EQ(visits[i], 1) << "n=" << n << " i=" << i;
    }
  }
}

TEST(ParallelFor, RethrowsTheFirstBlocksErrorAfterAllFinish) {
  ThreadsSetting setting("4");
  std::atomic<int> done{0};
  try {
    parallel_for(8, [&](size_t i) {
      ++done;
      if (i == 1 || i == 6) throw std::runtime_error("failed at " + std::to_string(i));
    });
    FAIL() << "no error";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "failed at 1");
  }
  // Each block stops at its own error; the others run to their end.
  EXPECT_GE(done.load(), 6);
}

// The workers are kept from one call to the next (a new thread for each
// parallel step cost a long comparison a tenth of its time): the second
// block of consecutive calls runs on the same thread.
TEST(ParallelFor, KeepsItsWorkersFromCallToCall) {
  ThreadsSetting setting("2");
  static thread_local int blocks_run_here = 0;
  std::vector<int> second_block;
  for (int call = 0; call < 3; ++call)
    parallel_for(2, [&](size_t i) {
      if (i == 1) second_block.push_back(++blocks_run_here);
    });
  ASSERT_EQ(second_block.size(), 3u);
  EXPECT_EQ(second_block[1], second_block[0] + 1);
  EXPECT_EQ(second_block[2], second_block[1] + 1);
}

// A kept worker never runs on the core its caller was on when it started
// it (the caller's block runs there): it may use every core the process may
// but that one.
TEST(ParallelFor, KeptWorkersStayOffTheCallersCore) {
  ThreadsSetting setting("2");
  cpu_set_t process;
  ASSERT_EQ(sched_getaffinity(0, sizeof process, &process), 0);
  if (CPU_COUNT(&process) < 2) GTEST_SKIP() << "one core: nowhere else to go";
  int worker_cores = -1;
  parallel_for(2, [&](size_t i) {
    cpu_set_t mine;
    if (i == 1 && sched_getaffinity(0, sizeof mine, &mine) == 0) worker_cores = CPU_COUNT(&mine);
  });
  EXPECT_EQ(worker_cores, CPU_COUNT(&process) - 1);
}

// The caller moved to another core between rounds: the workers follow, kept
// off the core it is on now, not the one it left.
TEST(ParallelFor, KeptWorkersStayOffTheCoreTheCallerMovedTo) {
  ThreadsSetting setting("2");
  cpu_set_t process;
  ASSERT_EQ(sched_getaffinity(0, sizeof process, &process), 0);
  if (CPU_COUNT(&process) < 2) GTEST_SKIP() << "one core: nowhere else to go";
  std::vector<int> cores;
  for (int c = 0; c < CPU_SETSIZE && cores.size() < 2; ++c)
    if (CPU_ISSET(c, &process)) cores.push_back(c);
  parallel_for(2, [](size_t) {});  // the workers started while the caller may use every core
  for (int round = 0; round < 4; ++round) {
    const int core = cores[static_cast<size_t>(round) % 2];
    cpu_set_t only;
    CPU_ZERO(&only);
    CPU_SET(core, &only);
    ASSERT_EQ(pthread_setaffinity_np(pthread_self(), sizeof only, &only), 0);
    bool worker_may_use_callers_core = true;
    parallel_for(2, [&](size_t i) {
      cpu_set_t mine;
      if (i == 1 && sched_getaffinity(0, sizeof mine, &mine) == 0)
        worker_may_use_callers_core = CPU_ISSET(core, &mine);
    });
    EXPECT_FALSE(worker_may_use_callers_core) << "round " << round << ", caller on core " << core;
  }
  pthread_setaffinity_np(pthread_self(), sizeof process, &process);
}

// A round that has a thread for every core starts no thread for what its
// blocks ask to run in parallel (more threads would only take turns): every
// item runs on one of the round's own threads.
TEST(ParallelFor, NestedCallsInARoundOfEveryCoreStartNoThread) {
  ThreadsSetting setting("2");
  std::vector<std::vector<std::thread::id>> inner(2, std::vector<std::thread::id>(60));
  std::vector<std::thread::id> outer(2);
  parallel_for(2, [&](size_t o) {
    outer[o] = std::this_thread::get_id();
    parallel_for(60, [&](size_t i) { inner[o][i] = std::this_thread::get_id(); });
  });
  EXPECT_NE(outer[0], outer[1]);
  for (size_t o = 0; o < 2; ++o)
    for (const std::thread::id& id : inner[o]) EXPECT_TRUE(id == outer[0] || id == outer[1]);
}

// The items of a loop asked for inside such a round, each taking a while,
// run on the round's two threads when the other block ends early: the
// other thread takes pieces of it, whether the loop opened before its block
// ended or after (it waits for loops until every block is done).
TEST(ParallelFor, ARoundsThreadWhoseBlockIsDoneTakesPiecesOfTheOthersLoop) {
  ThreadsSetting setting("2");
  for (const int wait_before_loop_ms : {0, 20}) {
    std::vector<std::thread::id> ran(40);
    std::thread::id loops_caller, other;
    parallel_for(2, [&](size_t o) {
      if (o == 0) return void(other = std::this_thread::get_id());
      loops_caller = std::this_thread::get_id();
      std::this_thread::sleep_for(std::chrono::milliseconds(wait_before_loop_ms));
      parallel_for(ran.size(), [&](size_t i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
        ran[i] = std::this_thread::get_id();
      });
    });
    const auto on_other = std::count(ran.begin(), ran.end(), other);
    const auto on_caller = std::count(ran.begin(), ran.end(), loops_caller);
    EXPECT_GT(on_other, 0) << "waited " << wait_before_loop_ms << " ms";
    EXPECT_GT(on_caller, 0);
    EXPECT_EQ(on_other + on_caller, 40);
  }
}

// A shared loop's caller rethrows the first piece's error, in item order,
// once every piece has run (each piece stops at its own error).
TEST(ParallelFor, ASharedLoopRethrowsItsFirstErrorAfterAllFinish) {
  ThreadsSetting setting("2");
  std::atomic<int> done{0};
  std::string caught;
  parallel_for(2, [&](size_t o) {
    if (o == 0) return;
    try {
      parallel_for(64, [&](size_t i) {
        std::this_thread::sleep_for(std::chrono::microseconds(200));
        ++done;
        if (i == 5 || i == 40) throw std::runtime_error("failed at " + std::to_string(i));
      });
    } catch (const std::runtime_error& e) {
      caught = e.what();
    }
  });
  EXPECT_EQ(caught, "failed at 5");
  // Each error leaves the rest of its piece (a few items) undone, no more.
  EXPECT_GE(done.load(), 54);
  EXPECT_LT(done.load(), 64);
}

// Callers on several threads at once, each with parallel_for inside its
// blocks: one has the kept workers, the others threads of their own, and
// every index is visited once.
TEST(ParallelFor, ConcurrentAndNestedCallersEachVisitEveryIndexOnce) {
  ThreadsSetting setting("3");
  constexpr size_t kOuter = 40, kInner = 25;
  std::vector<std::vector<std::atomic<int>>> visits(4);
  for (auto& v : visits) v = std::vector<std::atomic<int>>(kOuter * kInner);
  std::vector<std::thread> callers;
  for (size_t c = 0; c < visits.size(); ++c)
    callers.emplace_back([&, c] {
      parallel_for(kOuter, [&](size_t o) {
        parallel_for(kInner, [&](size_t i) { ++visits[c][o * kInner + i]; });
      });
    });
  for (std::thread& t : callers) t.join();
  for (const auto& v : visits)
    EXPECT_TRUE(std::all_of(v.begin(), v.end(), [](const std::atomic<int>& n) { return n == 1; }));
}

// A program using the library may fork: the child has none of the parent's
// workers, and its parallel_for must still finish.
TEST(ParallelFor, ForkedChildRunsWithoutTheParentsWorkers) {
#if defined(__SANITIZE_THREAD__)
  GTEST_SKIP() << "ThreadSanitizer ends a child of a multi-threaded fork that starts a thread";
#endif
  ThreadsSetting setting("2");
  parallel_for(2, [](size_t) {});  // the parent's workers exist
  const pid_t child = fork();
  if (child == 0) {
    std::atomic<int> visits{0};
    parallel_for(8, [&](size_t) { ++visits; });
    _exit(visits == 8 ? 0 : 1);
  }
  int status = -1;
  for (int waited = 0; waited < 500 && waitpid(child, &status, WNOHANG) == 0; ++waited)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  if (!WIFEXITED(status)) kill(child, SIGKILL), waitpid(child, &status, 0);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "the child hung or failed";
}

// The kept workers block every signal: a SIGTERM meant for the program (its
// report-file handler, serve's sigwait) never lands on one of them.
TEST(ParallelFor, WorkersBlockEverySignal) {
  ThreadsSetting setting("2");
  bool blocked = false;
  parallel_for(2, [&](size_t i) {
    if (i != 1) return;
    sigset_t mask;
    pthread_sigmask(SIG_SETMASK, nullptr, &mask);
    blocked = sigismember(&mask, SIGTERM) == 1 && sigismember(&mask, SIGINT) == 1;
  });
  EXPECT_TRUE(blocked);
}

TEST(ParallelFor, WorkerCountFollowsTheSetting) {
  {
    ThreadsSetting setting("3");
    EXPECT_EQ(nendiff::detail::worker_count(), 3u);
  }
  const size_t machine = nendiff::detail::worker_count();  // NENDIFF_THREADS unset
  for (const char* unusable : {"nonsense", "0", "-2"}) {
    ThreadsSetting setting(unusable);
    EXPECT_EQ(nendiff::detail::worker_count(), machine) << unusable;
  }
}

std::string comparison_json(const char* threads) {
  ThreadsSetting setting(threads);
  using nendiff::test::sample_path;
  auto docs = nendiff::load_editions({sample_path("kenko-iryo-senryaku-2023.txt"),
                                      sample_path("kenko-iryo-senryaku-2024.txt")});
  std::ostringstream out;
  nendiff::write_comparison(nendiff::compare(std::move(docs[0]), std::move(docs[1])),
                            nendiff::Format::json, out);
  return out.str();
}

// The stale check beside the alignment and the measures diffed in blocks must
// give exactly what one thread gives.
TEST(ParallelCompare, SameReportOnOneThreadOrMany) {
  const std::string one = comparison_json("1");
  EXPECT_GT(one.size(), 10000u);
  EXPECT_EQ(comparison_json("2"), one);
  EXPECT_EQ(comparison_json("7"), one);
}

}  // namespace
