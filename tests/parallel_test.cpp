#include "util/parallel.hpp"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <atomic>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

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
