#include "serve/job_queue.hpp"

namespace nendiff::serve {

bool JobQueue::enter() {
  std::unique_lock<std::mutex> lock(mutex_);
  if (running_ < slots_) {
    ++running_;
    return true;
  }
  if (waiting_ >= waiting_room_) return false;
  ++waiting_;
  freed_.wait(lock, [this] { return running_ < slots_; });
  --waiting_;
  ++running_;
  return true;
}

void JobQueue::leave() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    --running_;
  }
  freed_.notify_one();
}

bool JobQueue::run(const std::function<void()>& job) {
  if (!enter()) return false;
  struct Slot {
    JobQueue* queue;
    ~Slot() { queue->leave(); }
  } slot{this};
  job();
  return true;
}

}  // namespace nendiff::serve
