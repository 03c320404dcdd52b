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

void map_large_blocks_apart(std::size_t from) {
#if defined(__GLIBC__)
  mallopt(M_MMAP_THRESHOLD, static_cast<int>(from));
#else
  (void)from;
#endif
}

}  // namespace nendiff::detail
