#include "util/round.hpp"

#include <algorithm>
#include <atomic>

namespace nendiff::detail {
namespace {

thread_local Round* current_round = nullptr;

// While it lives, the calling thread works for `round`.
class Entered {
 public:
  explicit Entered(Round* round) : outer_(current_round) { current_round = round; }
  ~Entered() { current_round = outer_; }
  Entered(const Entered&) = delete;
  Entered& operator=(const Entered&) = delete;

 private:
  Round* outer_;
};

// Pieces a loop is cut into, for each thread of the round: enough that a
// thread that comes late still finds some.
constexpr size_t kPiecesPerThread = 8;

}  // namespace

struct Round::Loop {
  Loop(size_t n, size_t threads, const std::function<void(size_t, size_t)>& range)
      : n(n), piece(std::max<size_t>(1, n / (threads * kPiecesPerThread))),
        pieces((n + piece - 1) / piece), range(range), errors(pieces) {}

  bool pieces_left() const { return next.load(std::memory_order_relaxed) < pieces; }

  void take() {
    for (size_t k; (k = next.fetch_add(1, std::memory_order_relaxed)) < pieces;) {
      try {
        range(k * piece, std::min(n, (k + 1) * piece));
      } catch (...) {
        errors[k] = std::current_exception();
      }
    }
  }

  const size_t n, piece, pieces;
  const std::function<void(size_t, size_t)>& range;
  Errors errors;  // each written by the piece's thread, read once every helper has left
  std::atomic<size_t> next{0};
  size_t helpers = 0;  // threads taking its pieces besides its caller: guarded by the round's mutex
};

Round* Round::current() { return current_round; }

Round::Loop* Round::loop_with_pieces_left() const {
  for (Loop* loop : open_)
    if (loop->pieces_left()) return loop;
  return nullptr;
}

void Round::help_while(std::unique_lock<std::mutex>& lock, const std::function<bool()>& waiting) {
  while (waiting()) {
    Loop* loop = loop_with_pieces_left();
    if (!loop) {
      changed_.wait(lock);
      continue;
    }
    ++loop->helpers;
    lock.unlock();
    {
      const Entered in(this);
      loop->take();
    }
    lock.lock();
    --loop->helpers;
    changed_.notify_all();
  }
}

void Round::run_block(const std::function<void(size_t)>& block, size_t b, Errors& errors) {
  {
    const Entered in(this);
    try {
      block(b);
    } catch (...) {
      errors[b] = std::current_exception();
    }
  }
  std::unique_lock<std::mutex> lock(mutex_);
  if (--unfinished_ == 0) changed_.notify_all();
  help_while(lock, [this] { return unfinished_ > 0; });
}

void Round::share(size_t n, const std::function<void(size_t, size_t)>& range) {
  Loop loop(n, blocks_, range);
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    open_.push_back(&loop);
  }
  changed_.notify_all();
  loop.take();
  {
    std::unique_lock<std::mutex> lock(mutex_);
    open_.erase(std::find(open_.begin(), open_.end(), &loop));
    help_while(lock, [&loop] { return loop.helpers > 0; });
  }
  for (const std::exception_ptr& e : loop.errors)
    if (e) std::rethrow_exception(e);
}

}  // namespace nendiff::detail
