// How a command ends: what it built is left to the operating system, which
// takes a process's memory back whole. Freeing the documents and comparison of
// two 1.2 MB editions took 0.7 ms of a 23 ms compare; the static destructors
// (CLI11's tree, the worker pool, ICU's caches) more. Sanitized builds free
// everything as usual: their leak checks run at the normal exit.
#pragma once

#include <optional>
#include <utility>

namespace nendiff::cli {

// `value`, kept until the process ends.
template <class T>
const T& kept_to_the_end(T&& value) {
  static std::optional<T> kept;
  return kept.emplace(std::forward<T>(value));
}

// Ends the process with `status`, the C++ streams flushed and no destructor
// run; in sanitized builds, returns `status` for main to return.
int ended(int status);

}  // namespace nendiff::cli
