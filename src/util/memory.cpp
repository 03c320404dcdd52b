#include "util/memory.hpp"

#include <cstdlib>  // defines __GLIBC__ where glibc is the C library

#include <atomic>
#include <cstdint>
#include <cstring>
#include <mutex>

#include <sys/mman.h>
#include <unistd.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "util/pages.hpp"
#include "util/sanitizers.hpp"

namespace nendiff::detail {

void map_pages_now(const void* data, std::size_t bytes) {
#if defined(MADV_POPULATE_WRITE)
  const uintptr_t page = static_cast<uintptr_t>(::sysconf(_SC_PAGESIZE));
  const auto at = reinterpret_cast<uintptr_t>(data);
  const uintptr_t from = round_up(at, page), to = round_down(at + bytes, page);
  if (to > from + page) ::madvise(reinterpret_cast<void*>(from), to - from, MADV_POPULATE_WRITE);
#else
  static_cast<void>(data);
  static_cast<void>(bytes);
#endif
}

// glibc's tunables and heap; another C library keeps its own ways.
#if defined(__GLIBC__)
namespace {

constexpr uintptr_t kHugePage = uintptr_t{2} << 20;
constexpr std::size_t kHeapPad = std::size_t{64} << 20;

std::atomic<bool> huge_heaps{false};

// The hint covers the huge pages lying wholly in [from, to).
void advise_huge(uintptr_t from, uintptr_t to) {
  from = round_up(from, kHugePage);
  to = round_down(to, kHugePage);
  if (to > from) ::madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE);
}

uintptr_t program_break() { return reinterpret_cast<uintptr_t>(::sbrk(0)); }

// Takes blocks of 64 KiB (under the mapping threshold) from the main heap
// until it grows, or up to `limit` of them: each holds the previous one's
// address, and all are freed after. Returns whether the heap grew.
bool grow_main_heap(uintptr_t before, int limit) {
  void* last = nullptr;
  for (int n = 0; n < limit && program_break() == before; ++n) {
    void* block = std::malloc(64 * 1024);
    if (!block) break;
    std::memcpy(block, &last, sizeof last);  // the compiler keeps a block that is used
    last = block;
  }
  while (last) {
    void* previous;
    std::memcpy(&previous, last, sizeof previous);
    std::free(last);
    last = previous;
  }
  return program_break() > before;
}

}  // namespace

void map_large_blocks_apart(std::size_t from) { mallopt(M_MMAP_THRESHOLD, static_cast<int>(from)); }
void keep_free_heap_up_to(std::size_t bytes) { mallopt(M_TRIM_THRESHOLD, static_cast<int>(bytes)); }

// Trimming would also cut the main heap's advised range short: the heap grown
// again after it would have none of the hint.
void return_free_memory() {
  if (!huge_heaps.load(std::memory_order_relaxed)) malloc_trim(0);
}

void back_heap_with_huge_pages() {
  if (kSanitized) return;  // its malloc keeps no glibc heap
  static std::once_flag once;
  std::call_once(once, [] {
    mallopt(M_TOP_PAD, static_cast<int>(kHeapPad));
    // The main heap grows now, by the pad, and is advised once. One that does
    // not grow within 16 MiB is not glibc's (valgrind's malloc), or holds that
    // much free already: it gets no hint.
    const uintptr_t before = program_break();
    if (!grow_main_heap(before, 256)) return;
    advise_huge(before, program_break());
    huge_heaps.store(true);
  });
}

#else
void map_large_blocks_apart(std::size_t) {}
void keep_free_heap_up_to(std::size_t) {}
void return_free_memory() {}
void back_heap_with_huge_pages() {}
#endif

}  // namespace nendiff::detail
