// Internal: addresses and sizes rounded to pages (the system's, or huge ones).
#pragma once

#include <cstdint>

namespace nendiff::detail {

// `n` rounded up, or down, to a multiple of `to`, a power of two.
constexpr uintptr_t round_up(uintptr_t n, uintptr_t to) { return (n + to - 1) & ~(to - 1); }
constexpr uintptr_t round_down(uintptr_t n, uintptr_t to) { return n & ~(to - 1); }

}  // namespace nendiff::detail
