#include "serve/results.hpp"

#include <random>

namespace nendiff::serve {

std::string random_hex() {
  static thread_local std::random_device source;  // /dev/urandom (getrandom) on Linux
  static const char digits[] = "0123456789abcdef";
  std::string hex;
  for (int i = 0; i < 4; ++i) {
    const unsigned word = source();
    for (int shift = 0; shift < 32; shift += 4) hex += digits[(word >> shift) & 0xF];
  }
  return hex;
}

std::string Results::keep(Result r) {
  const std::string id = random_hex();
  auto kept = std::make_shared<const Result>(std::move(r));
  std::lock_guard<std::mutex> lock(mutex_);
  kept_.emplace_back(id, std::move(kept));
  while (kept_.size() > capacity_) kept_.pop_front();
  return id;
}

std::shared_ptr<const Result> Results::find(const std::string& id) const {
  std::lock_guard<std::mutex> lock(mutex_);
  for (const auto& [kept_id, result] : kept_)
    if (kept_id == id) return result;
  return nullptr;
}

}  // namespace nendiff::serve
