#include "util/memory.hpp"

#include <cstdlib>  // defines __GLIBC__ where glibc is the C library

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace nendiff::detail {

void return_free_memory() {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

// glibc's tunables; another C library keeps its own ways.
#if defined(__GLIBC__)
void map_large_blocks_apart(std::size_t from) { mallopt(M_MMAP_THRESHOLD, static_cast<int>(from)); }
void keep_free_heap_up_to(std::size_t bytes) { mallopt(M_TRIM_THRESHOLD, static_cast<int>(bytes)); }
#else
void map_large_blocks_apart(std::size_t) {}
void keep_free_heap_up_to(std::size_t) {}
#endif

}  // namespace nendiff::detail
