// Internal (util/parallel.cpp): a round of blocks run at once, one a thread,
// and the loops its blocks ask for. A loop asked for inside a round that has
// a thread for every core starts no thread of its own: its pieces are taken
// by its caller and by each thread of the round whose own block is done. So
// the blocks of a round end together though one is longer (the comparison's
// cross-reference check beside its alignment: 2.7 ms against 2.1 on the law
// pair, the check's articles one after the other).
#pragma once

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <vector>

namespace nendiff::detail {

using Errors = std::vector<std::exception_ptr>;

class Round {
 public:
  explicit Round(size_t blocks) : blocks_(blocks), unfinished_(blocks) {}
  Round(const Round&) = delete;
  Round& operator=(const Round&) = delete;

  // The round whose block (or shared piece) the calling thread runs, if any.
  static Round* current();
  size_t blocks() const { return blocks_; }

  // Runs block(b) on the calling thread, its error kept in errors[b]; then
  // takes pieces of the round's loops until every block of the round is done.
  void run_block(const std::function<void(size_t)>& block, size_t b, Errors& errors);

  // Runs range(from, to) over [0, n) piece by piece, here and on the round's
  // threads whose blocks are done; returns once every piece has run, and
  // rethrows the first piece's error (each piece stops at its own).
  void share(size_t n, const std::function<void(size_t, size_t)>& range);

 private:
  struct Loop;
  // Takes pieces of the open loops while waiting() holds, sleeping while
  // none is left; `lock` holds mutex_.
  void help_while(std::unique_lock<std::mutex>& lock, const std::function<bool()>& waiting);
  Loop* loop_with_pieces_left() const;

  const size_t blocks_;
  std::mutex mutex_;
  std::condition_variable changed_;  // a loop opened, a piece or a block ended
  std::vector<Loop*> open_;          // these two guarded by mutex_
  size_t unfinished_;
};

}  // namespace nendiff::detail
