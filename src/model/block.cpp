// Blocks of texts: huge pages for the large ones (include/nendiff/compact_string.hpp).
#include <sys/mman.h>

#include <cstdint>
#include <new>

#include "nendiff/compact_string.hpp"
#include "util/pages.hpp"

namespace nendiff::detail {
namespace {

// `bytes` (a multiple of kHuge) mapped at a kHuge boundary, where a huge page
// can back each kHuge of it: more is mapped, and the ends cut off.
char* map_huge(size_t bytes) {
  const size_t slack = Block::kHuge;
  void* p = ::mmap(nullptr, bytes + slack, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) throw std::bad_alloc();
  char* start = static_cast<char*>(p);
  char* aligned = reinterpret_cast<char*>(round_up(reinterpret_cast<uintptr_t>(start), slack));
  if (aligned > start) ::munmap(start, static_cast<size_t>(aligned - start));
  if (char* end = aligned + bytes; end < start + bytes + slack)
    ::munmap(end, static_cast<size_t>(start + bytes + slack - end));
  ::madvise(aligned, bytes, MADV_HUGEPAGE);  // a hint: refused where huge pages are off
  return aligned;
}

}  // namespace

Block::Block(size_t bytes)
    : data_(bytes < kHuge ? new char[bytes] : map_huge(round_up(bytes, kHuge))),
      size_(bytes < kHuge ? bytes : round_up(bytes, kHuge)) {}

Block::~Block() {
  if (!data_) return;
  if (size_ < kHuge) delete[] data_;
  else ::munmap(data_, size_);
}

}  // namespace nendiff::detail
