// Internal: how the heap takes memory from the system and hands it back.
#pragma once

#include <cstddef>

namespace nendiff::detail {

// Returns the free pages of every malloc arena to the system. The aligner
// frees its indexes at once, in its thread's arena; the diffs are then made
// on other threads and arenas, so without this the freed pages stay counted
// against the process (issue 15: peak memory bounded by the input). Nothing
// once back_heap_with_huge_pages took effect: the inputs are small then.
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

// Maps the pages of [data, data + bytes) at once, for a large buffer about to
// be written to its end: one call instead of a page fault for each of its
// pages (a hint: nothing is done where the kernel cannot, before Linux 5.14).
void map_pages_now(const void* data, std::size_t bytes);

// A 64 MiB pad each time a heap grows (only pages touched count), and huge
// pages for the main heap where the kernel gives them on request (transparent
// huge pages in "madvise" mode). A page fault costs some 10 µs on our VM, and
// the law pair (1.25 MB a side) took 2,300 of them: one huge page replaces
// 512. What the pad keeps after frees counts against memory, so the CLI asks
// for this for small inputs only (well inside issue 15's fixed 100 MiB).
// Threads' arenas get the pad alone: advising them too gained nothing.
void back_heap_with_huge_pages();

}  // namespace nendiff::detail
