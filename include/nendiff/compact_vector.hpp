// A vector in 8 bytes: a pointer to its items with their count before them,
// nothing allocated when empty, copies exactly as long as their contents. The model's per-unit
// lists (a measure's sentences, a sentence's years and figures, a unit's line
// spans) are mostly empty or one long, and a document of a million short
// units holds millions of them: std::vector's 24 bytes and the slack its
// doubling leaves are a large share of such a unit (issue 15: memory bounded
// by the input).
#pragma once

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <new>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace nendiff {

template <typename T>
class CompactVector {
  // The count and the room are kept before the items, in their block: the
  // vector is one pointer, and an empty one allocates nothing.
  struct alignas(8) Header {
    uint32_t size;
    uint32_t capacity;
  };
  static_assert(alignof(T) <= alignof(Header), "CompactVector: items aligned beyond 8 bytes");

 public:
  using value_type = T;
  using iterator = T*;
  using const_iterator = const T*;

  CompactVector() = default;
  CompactVector(std::vector<T> items)  // NOLINT: set like the vector it stands for
      : CompactVector(std::make_move_iterator(items.begin()), items.size()) {}
  CompactVector(std::initializer_list<T> items) : CompactVector(items.begin(), items.size()) {}
  CompactVector(const CompactVector& o) : CompactVector(o.begin(), o.size()) {}
  CompactVector(CompactVector&& o) noexcept : block_(std::exchange(o.block_, nullptr)) {}
  CompactVector& operator=(const CompactVector& o) {
    if (this != &o) *this = CompactVector(o);
    return *this;
  }
  CompactVector& operator=(CompactVector&& o) noexcept {
    if (this == &o) return *this;
    release();
    block_ = std::exchange(o.block_, nullptr);
    return *this;
  }
  ~CompactVector() { release(); }

  iterator begin() { return items(); }
  iterator end() { return items() + size(); }
  const_iterator begin() const { return items(); }
  const_iterator end() const { return items() + size(); }
  size_t size() const { return block_ == nullptr ? 0 : block_->size; }
  bool empty() const { return size() == 0; }
  T& operator[](size_t i) { return items()[i]; }
  const T& operator[](size_t i) const { return items()[i]; }
  T& at(size_t i) { return items()[checked_index(i)]; }
  const T& at(size_t i) const { return items()[checked_index(i)]; }
  T& front() { return items()[0]; }
  const T& front() const { return items()[0]; }
  T& back() { return items()[size() - 1]; }
  const T& back() const { return items()[size() - 1]; }
  T* data() { return items(); }
  const T* data() const { return items(); }

  void push_back(T item) {
    if (block_ == nullptr || block_->size == block_->capacity) grow();
    ::new (static_cast<void*>(end())) T(std::move(item));
    ++block_->size;
  }
  void clear() { *this = CompactVector(); }

  friend bool operator==(const CompactVector& a, const CompactVector& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
  }
  friend bool operator!=(const CompactVector& a, const CompactVector& b) { return !(a == b); }

 private:
  // The items live in raw storage of exactly `capacity` slots, the first
  // `size` constructed: `new T[n]` would put a count before them (8 bytes on
  // every block of items with a destructor, a sentence's or a rewrite's) and
  // construct slots nobody uses.
  template <typename It>
  CompactVector(It first, size_t count) {
    if (count == 0) return;
    allocate(count);
    try {
      for (; block_->size < count; ++first) {
        ::new (static_cast<void*>(end())) T(*first);
        ++block_->size;
      }
    } catch (...) {
      release();
      throw;
    }
  }

  void allocate(size_t capacity) {
    if (capacity > UINT32_MAX) throw std::length_error("CompactVector: more than 2^32 items");
    void* raw = ::operator new(sizeof(Header) + capacity * sizeof(T));
    block_ = ::new (raw) Header{0, static_cast<uint32_t>(capacity)};
  }

  T* items() const {
    return block_ == nullptr ? nullptr
                             : std::launder(reinterpret_cast<T*>(block_ + 1));
  }

  size_t checked_index(size_t i) const {
    if (i >= size()) throw std::out_of_range("CompactVector::at: no item " + std::to_string(i));
    return i;
  }

  void grow() {
    CompactVector bigger;
    bigger.allocate(block_ == nullptr ? 1 : size_t{block_->capacity} * 2);
    for (T& item : *this) {
      ::new (static_cast<void*>(bigger.end())) T(std::move_if_noexcept(item));
      ++bigger.block_->size;
    }
    *this = std::move(bigger);
  }

  void release() noexcept {
    if (block_ == nullptr) return;
    std::destroy(begin(), end());
    ::operator delete(static_cast<void*>(block_));
    block_ = nullptr;
  }

  Header* block_ = nullptr;
};

// A read-only view of the items of a vector or a CompactVector: what a
// function that only reads a list takes, whichever holds it.
template <typename T>
class ListView {
 public:
  ListView() = default;
  ListView(const std::vector<T>& v) : first_(v.data()), size_(v.size()) {}  // NOLINT
  ListView(const CompactVector<T>& v) : first_(v.data()), size_(v.size()) {}  // NOLINT

  const T* begin() const { return first_; }
  const T* end() const { return first_ + size_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const T& operator[](size_t i) const { return first_[i]; }
  const T& front() const { return first_[0]; }
  const T& back() const { return first_[size_ - 1]; }

 private:
  const T* first_ = nullptr;
  size_t size_ = 0;
};

}  // namespace nendiff
