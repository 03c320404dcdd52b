// An immutable list that its copies share. The measures of one section share
// its path of headings and tags naming the same ministries share one list: a
// document of a million short measures would otherwise hold a million copies
// of each (issue 15: memory bounded by the input).
#pragma once

#include <cstddef>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace nendiff {

template <typename T>
class SharedList {
 public:
  using value_type = T;
  using const_iterator = typename std::vector<T>::const_iterator;
  using iterator = const_iterator;

  SharedList() = default;
  SharedList(std::vector<T> items)  // NOLINT: a list reads like the vector it was made from
      : items_(items.empty() ? nullptr
                             : std::make_shared<const std::vector<T>>(std::move(items))) {}
  SharedList(std::initializer_list<T> items) : SharedList(std::vector<T>(items)) {}

  const std::vector<T>& items() const { return items_ ? *items_ : none(); }
  operator const std::vector<T>&() const { return items(); }  // NOLINT

  const_iterator begin() const { return items().begin(); }
  const_iterator end() const { return items().end(); }
  size_t size() const { return items().size(); }
  bool empty() const { return items().empty(); }
  const T& operator[](size_t i) const { return items()[i]; }
  const T& front() const { return items().front(); }
  const T& back() const { return items().back(); }

  friend bool operator==(const SharedList& a, const SharedList& b) {
    return a.items_ == b.items_ || a.items() == b.items();
  }
  friend bool operator!=(const SharedList& a, const SharedList& b) { return !(a == b); }
  friend bool operator==(const SharedList& a, const std::vector<T>& b) { return a.items() == b; }
  friend bool operator==(const std::vector<T>& a, const SharedList& b) { return a == b.items(); }

 private:
  static const std::vector<T>& none() {
    static const std::vector<T> empty;
    return empty;
  }
  std::shared_ptr<const std::vector<T>> items_;
};

// An immutable string that its copies share: 16 bytes however long, nothing
// allocated when empty. A unit's label (「第二十三条の二」), empty in most
// layouts: a std::string is twice that in every unit.
class SharedText {
 public:
  SharedText() = default;
  SharedText(std::string text)  // NOLINT: set like the string it stands for
      : text_(text.empty() ? nullptr : std::make_shared<const std::string>(std::move(text))) {}
  SharedText(const char* text) : SharedText(std::string(text)) {}  // NOLINT

  const std::string& str() const { return text_ ? *text_ : none(); }
  operator const std::string&() const { return str(); }  // NOLINT
  bool empty() const { return text_ == nullptr; }
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
  std::shared_ptr<const std::string> text_;
};

// An immutable value that its copies share, or none: an optional whose
// copies share one object. The measures closed by tags written alike share
// one tag (a follow-up closes hundreds of measures with 【◎厚】).
template <typename T>
class SharedValue {
 public:
  SharedValue() = default;
  SharedValue(T value)  // NOLINT: set like the optional it stands for
      : value_(std::make_shared<const T>(std::move(value))) {}

  bool has_value() const { return value_ != nullptr; }
  explicit operator bool() const { return has_value(); }
  const T& operator*() const { return *value_; }
  const T* operator->() const { return value_.get(); }
  const T& value() const {
    if (!value_) throw std::bad_optional_access();
    return *value_;
  }
  void reset() { value_.reset(); }

 private:
  std::shared_ptr<const T> value_;
};

}  // namespace nendiff
