// A vector in 16 bytes: a pointer and two 32-bit counts, nothing allocated
// when empty, copies exactly as long as their contents. The model's per-unit
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
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace nendiff {

template <typename T>
class CompactVector {
 public:
  using value_type = T;
  using iterator = T*;
  using const_iterator = const T*;

  CompactVector() = default;
  CompactVector(std::vector<T> items)  // NOLINT: set like the vector it stands for
      : CompactVector(std::make_move_iterator(items.begin()), items.size()) {}
  CompactVector(std::initializer_list<T> items) : CompactVector(items.begin(), items.size()) {}
  CompactVector(const CompactVector& o) : CompactVector(o.begin(), o.size()) {}
  CompactVector(CompactVector&& o) noexcept
      : items_(std::exchange(o.items_, nullptr)), size_(std::exchange(o.size_, 0)),
        capacity_(std::exchange(o.capacity_, 0)) {}
  CompactVector& operator=(const CompactVector& o) {
    if (this != &o) *this = CompactVector(o);
    return *this;
  }
  CompactVector& operator=(CompactVector&& o) noexcept {
    if (this == &o) return *this;
    release();
    items_ = std::exchange(o.items_, nullptr);
    size_ = std::exchange(o.size_, 0);
    capacity_ = std::exchange(o.capacity_, 0);
    return *this;
  }
  ~CompactVector() { release(); }

  iterator begin() { return items_; }
  iterator end() { return items_ + size_; }
  const_iterator begin() const { return items_; }
  const_iterator end() const { return items_ + size_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T& operator[](size_t i) { return items_[i]; }
  const T& operator[](size_t i) const { return items_[i]; }
  T& at(size_t i) { return items_[checked_index(i)]; }
  const T& at(size_t i) const { return items_[checked_index(i)]; }
  T& front() { return items_[0]; }
  const T& front() const { return items_[0]; }
  T& back() { return items_[size_ - 1]; }
  const T& back() const { return items_[size_ - 1]; }
  T* data() { return items_; }
  const T* data() const { return items_; }

  void push_back(T item) {
    if (size_ == capacity_) grow();
    ::new (static_cast<void*>(items_ + size_)) T(std::move(item));
    ++size_;
  }
  void clear() { *this = CompactVector(); }

  friend bool operator==(const CompactVector& a, const CompactVector& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
  }
  friend bool operator!=(const CompactVector& a, const CompactVector& b) { return !(a == b); }

 private:
  // The items live in raw storage of exactly `capacity_` slots, the first
  // `size_` constructed: `new T[n]` would put a count before them (8 bytes on
  // every block of items with a destructor, a sentence's or a rewrite's) and
  // construct slots nobody uses.
  template <typename It>
  CompactVector(It first, size_t count) : capacity_(checked(count)) {
    if (count == 0) return;
    items_ = std::allocator<T>().allocate(count);
    try {
      for (; size_ < capacity_; ++first) {
        ::new (static_cast<void*>(items_ + size_)) T(*first);
        ++size_;
      }
    } catch (...) {
      release();
      throw;
    }
  }

  static uint32_t checked(size_t count) {
    if (count > UINT32_MAX) throw std::length_error("CompactVector: more than 2^32 items");
    return static_cast<uint32_t>(count);
  }

  size_t checked_index(size_t i) const {
    if (i >= size_) throw std::out_of_range("CompactVector::at: no item " + std::to_string(i));
    return i;
  }

  void grow() {
    CompactVector bigger;
    bigger.capacity_ = checked(capacity_ == 0 ? 1 : size_t{capacity_} * 2);
    bigger.items_ = std::allocator<T>().allocate(bigger.capacity_);
    for (T& item : *this) {
      ::new (static_cast<void*>(bigger.items_ + bigger.size_)) T(std::move_if_noexcept(item));
      ++bigger.size_;
    }
    *this = std::move(bigger);
  }

  void release() noexcept {
    if (items_ == nullptr) return;
    std::destroy(begin(), end());
    std::allocator<T>().deallocate(items_, capacity_);
    items_ = nullptr;
    size_ = capacity_ = 0;
  }

  T* items_ = nullptr;
  uint32_t size_ = 0;
  uint32_t capacity_ = 0;
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
