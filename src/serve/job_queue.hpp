// At most `running` comparisons at once (one per core by default), at most
// `waiting` more waiting for a slot; beyond that a request is turned away at
// once (503) rather than queued without bound.
#pragma once

#include <condition_variable>
#include <functional>
#include <mutex>

namespace nendiff::serve {

class JobQueue {
 public:
  JobQueue(int running, int waiting) : slots_(running), waiting_room_(waiting) {}

  // Runs `job` in a slot, after waiting for one if need be; false, without
  // running it, when every slot is busy and the waiting room is full.
  // An exception from `job` frees its slot and goes to the caller.
  bool run(const std::function<void()>& job);

 private:
  bool enter();
  void leave();

  std::mutex mutex_;
  std::condition_variable freed_;
  const int slots_, waiting_room_;
  int running_ = 0, waiting_ = 0;
};

}  // namespace nendiff::serve
