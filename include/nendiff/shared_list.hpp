// An immutable list that its copies share. The measures of one section share
// its path of headings and tags naming the same ministries share one list: a
// document of a million short measures would otherwise hold a million copies
// of each (issue 15: memory bounded by the input).
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace nendiff {

namespace detail {

// The one owner the copies of a shared value count: 8 bytes where a
// std::shared_ptr takes 16 (the measures of a document hold four each).
template <typename T>
class SharedBox {
 public:
  SharedBox() = default;
  explicit SharedBox(T value) : node_(new Node{{1}, std::move(value)}) {}
  SharedBox(const SharedBox& o) noexcept : node_(o.node_) {
    if (node_) node_->copies.fetch_add(1, std::memory_order_relaxed);
  }
  SharedBox(SharedBox&& o) noexcept : node_(std::exchange(o.node_, nullptr)) {}
  SharedBox& operator=(SharedBox o) noexcept {
    std::swap(node_, o.node_);
    return *this;
  }
  ~SharedBox() {
    if (node_ && node_->copies.fetch_sub(1, std::memory_order_acq_rel) == 1) delete node_;
  }

  const T* get() const { return node_ ? &node_->value : nullptr; }
  void reset() { SharedBox().swap(*this); }
  void swap(SharedBox& o) noexcept { std::swap(node_, o.node_); }

 private:
  struct Node {
    std::atomic<uint32_t> copies;
    const T value;
  };
  Node* node_ = nullptr;
};

}  // namespace detail

template <typename T>
class SharedList {
 public:
  using value_type = T;
  using const_iterator = typename std::vector<T>::const_iterator;
  using iterator = const_iterator;

  SharedList() = default;
  SharedList(std::vector<T> items)  // NOLINT: a list reads like the vector it was made from
      : items_(items.empty() ? detail::SharedBox<std::vector<T>>()
                             : detail::SharedBox<std::vector<T>>(std::move(items))) {}
  SharedList(std::initializer_list<T> items) : SharedList(std::vector<T>(items)) {}

  const std::vector<T>& items() const { return items_.get() ? *items_.get() : none(); }
  operator const std::vector<T>&() const { return items(); }  // NOLINT

  const_iterator begin() const { return items().begin(); }
  const_iterator end() const { return items().end(); }
  size_t size() const { return items().size(); }
  bool empty() const { return items().empty(); }
  const T& operator[](size_t i) const { return items()[i]; }
  const T& front() const { return items().front(); }
  const T& back() const { return items().back(); }

  friend bool operator==(const SharedList& a, const SharedList& b) {
    return a.items_.get() == b.items_.get() || a.items() == b.items();
  }
  friend bool operator!=(const SharedList& a, const SharedList& b) { return !(a == b); }
  friend bool operator==(const SharedList& a, const std::vector<T>& b) { return a.items() == b; }
  friend bool operator==(const std::vector<T>& a, const SharedList& b) { return a == b.items(); }

 private:
  static const std::vector<T>& none() {
    static const std::vector<T> empty;
    return empty;
  }
  detail::SharedBox<std::vector<T>> items_;
};

// An immutable string that its copies share: 8 bytes however long, nothing
// allocated when empty. A unit's label (「第二十三条の二」), empty in most
// layouts: a std::string is twice that in every unit.
class SharedText {
 public:
  SharedText() = default;
  SharedText(std::string text)  // NOLINT: set like the string it stands for
      : text_(text.empty() ? detail::SharedBox<std::string>()
                           : detail::SharedBox<std::string>(std::move(text))) {}
  SharedText(const char* text) : SharedText(std::string(text)) {}  // NOLINT

  const std::string& str() const { return text_.get() ? *text_.get() : none(); }
  operator const std::string&() const { return str(); }  // NOLINT
  bool empty() const { return text_.get() == nullptr; }
  size_t size() const { return str().size(); }

  friend bool operator==(const SharedText& a, const SharedText& b) { return a.str() == b.str(); }
  friend bool operator!=(const SharedText& a, const SharedText& b) { return !(a == b); }
  friend bool operator==(const SharedText& a, const std::string& b) { return a.str() == b; }
  friend bool operator==(const std::string& a, const SharedText& b) { return a == b.str(); }

 private:
  static const std::string& none() {
    static const std::string empty;
    return empty;
  }
  detail::SharedBox<std::string> text_;
};

// An immutable value that its copies share, or none: an optional whose
// copies share one object. The measures closed by tags written alike share
// one tag (a follow-up closes hundreds of measures with 【◎厚】).
template <typename T>
class SharedValue {
 public:
  SharedValue() = default;
  SharedValue(T value)  // NOLINT: set like the optional it stands for
      : value_(std::move(value)) {}

  bool has_value() const { return value_.get() != nullptr; }
  explicit operator bool() const { return has_value(); }
  const T& operator*() const { return *value_.get(); }
  const T* operator->() const { return value_.get(); }
  const T& value() const {
    if (!has_value()) throw std::bad_optional_access();
    return *value_.get();
  }
  void reset() { value_.reset(); }

 private:
  detail::SharedBox<T> value_;
};

}  // namespace nendiff
