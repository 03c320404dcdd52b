#include "util/memory.hpp"

#include <gtest/gtest.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "hostile.hpp"

namespace {

bool kernel_gives_huge_pages_on_request() {
  std::ifstream in("/sys/kernel/mm/transparent_hugepage/enabled");
  std::string modes;
  std::getline(in, modes);
  return modes.find("[never]") == std::string::npos && !modes.empty();
}

// The VmFlags of the mapping holding `address`, from /proc/self/smaps ("" if none).
std::string vm_flags_at(const void* address) {
  const auto at = reinterpret_cast<uintptr_t>(address);
  std::ifstream smaps("/proc/self/smaps");
  bool inside = false;
  for (std::string line; std::getline(smaps, line);) {
    uintptr_t from = 0, to = 0;
    char dash = 0;
    std::istringstream range(line);
    if (range >> std::hex >> from >> dash >> to && dash == '-') inside = from <= at && at < to;
    else if (inside && line.rfind("VmFlags:", 0) == 0) return line;
  }
  return "";
}

bool advised_huge(const void* address) { return vm_flags_at(address).find(" hg") != std::string::npos; }

// In a process of its own, as the hint is for the whole process: the main
// heap's pad, some huge pages below its top, is advised; and only once. Its
// own: a process in which other tests ran (a forked child of this one) holds
// their freed memory in its heap, which then need not grow at all.
void heap_is_advised_once() {
  nendiff::detail::back_heap_with_huge_pages();
  const char* top = static_cast<char*>(sbrk(0));
  if (!advised_huge(top - (8 << 20))) {
    std::fputs("the main heap's pad is not advised\n", stderr);
    std::_Exit(3);
  }
  nendiff::detail::back_heap_with_huge_pages();
  if (static_cast<char*>(sbrk(0)) != top) {
    std::fputs("a second call grew the heap again\n", stderr);
    std::_Exit(4);
  }
  std::_Exit(0);
}

TEST(Memory, MainHeapIsAdvisedForHugePagesOnce) {
  if (nendiff::test::kSanitized) GTEST_SKIP() << "a sanitizer's malloc keeps no glibc heap (no hint then)";
  if (!kernel_gives_huge_pages_on_request()) GTEST_SKIP() << "transparent huge pages are off";
  GTEST_FLAG_SET(death_test_style, "threadsafe");  // the test binary started anew for it
  EXPECT_EXIT(heap_is_advised_once(), testing::ExitedWithCode(0), "");
}

TEST(Memory, MapPagesNowMapsEveryPageOfTheBuffer) {
  const size_t page = static_cast<size_t>(sysconf(_SC_PAGESIZE)), bytes = 64 * page;
  void* buffer = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  ASSERT_NE(buffer, MAP_FAILED);
  auto resident = [&] {
    std::vector<unsigned char> pages(bytes / page);
    mincore(buffer, bytes, pages.data());
    size_t n = 0;
    for (unsigned char p : pages) n += p & 1;
    return n;
  };
  EXPECT_EQ(resident(), 0u);
  nendiff::detail::map_pages_now(buffer, bytes);
  EXPECT_EQ(resident(), bytes / page);
  munmap(buffer, bytes);
}

}  // namespace
