// Internal: work two editions share. Editions are read side by side, one
// thread each, and most of what one holds the other holds word for word (the
// law pair: 1,011 of 1,041 articles). Each thread looks up what it is about to
// work out, and publishes what it worked out: the second edition to meet a
// line or a unit copies the first's result instead.
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>
#include <string_view>

namespace nendiff::detail {

// Items by a text key, shared between threads without a lock: open addressing
// in a fixed number of slots, each set once. `KeyOf` gives an item's key; an
// item must stay in place, unchanged, while the table lives. A key is looked
// for in a few slots only: an item that finds them taken (a table made too
// small) is dropped, and worked out again by the next edition, never wrong.
template <typename Item, std::string_view (*KeyOf)(const Item&)>
class SharedTable {
 public:
  // Room for `expected` items at half load.
  explicit SharedTable(size_t expected) : mask_(slots_for(expected) - 1), slots_(new Slot[mask_ + 1]()) {}

  static size_t hash(std::string_view key) { return std::hash<std::string_view>{}(key); }

  // The item published under `key`, or nullptr.
  const Item* find(std::string_view key, size_t hash) const {
    for (size_t i = hash, probes = 0; probes < kProbes; ++i, ++probes) {
      const Item* item = slots_[i & mask_].load(std::memory_order_acquire);
      if (!item || KeyOf(*item) == key) return item;
    }
    return nullptr;
  }

  // Publishes `item` under its key unless an equal key is there already.
  void publish(const Item* item, size_t hash) {
    for (size_t i = hash, probes = 0; probes < kProbes; ++i, ++probes) {
      const Item* there = nullptr;
      if (slots_[i & mask_].compare_exchange_strong(there, item, std::memory_order_acq_rel) ||
          KeyOf(*there) == KeyOf(*item))
        return;
    }
  }

 private:
  using Slot = std::atomic<const Item*>;
  static constexpr size_t kProbes = 32;

  static size_t slots_for(size_t expected) {
    size_t n = 64;
    while (n < 2 * expected) n *= 2;
    return n;
  }

  size_t mask_;
  std::unique_ptr<Slot[]> slots_;
};

// Where the edition `edition` of `editions` read side by side starts going
// through its `n` items (it goes on from there and wraps around): each at a
// different place, so that the threads work out different items first and
// then meet the others' results.
inline size_t side_by_side_start(size_t edition, size_t editions, size_t n) {
  return editions == 0 ? 0 : n * edition / editions;
}

}  // namespace nendiff::detail
