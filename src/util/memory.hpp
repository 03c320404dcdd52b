// Internal: handing memory freed in bulk back to the system.
#pragma once

#include <cstddef>

namespace nendiff::detail {

// Returns the free pages of every malloc arena to the system. The aligner
// frees its indexes at once, in its thread's arena; the diffs are then made
// on other threads and arenas, so without this the freed pages stay counted
// against the process (issue 15: peak memory bounded by the input).
void return_free_memory();

// Blocks of `from` bytes and more (an edition's units, a comparison's diffs)
// are mapped apart and unmapped when freed. glibc raises that threshold each
// time such a block is freed, after which the next large blocks come from the
// heap, where their pages stay after they are freed: a fixed threshold keeps
// the peak at what is in use (issue 15). Call at the start.
void map_large_blocks_apart(std::size_t from = 128 * 1024);

// Free memory at the top of a heap is handed back to the system once it
// exceeds `bytes` (glibc's default: 128 KiB, raised as large blocks are freed).
void keep_free_heap_up_to(std::size_t bytes);

}  // namespace nendiff::detail
