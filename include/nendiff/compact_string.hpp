// A string in 8 bytes: one pointer to a block holding the length and the
// characters, nothing allocated when empty. A unit's two texts (as written,
// normalized) are short and a document of a million units holds two million
// of them: std::string's 32 bytes are a large share of such a unit (issue 15:
// memory bounded by the input). It reads like a std::string_view. Built whole
// or copied, it has no spare room; grown by appending (a unit read line by
// line), it doubles its room like a std::string until shrink_to_fit. Kept in
// a TextStore (keep_in), it borrows its block from the store, which must
// outlive it: a document's units keep their texts in the document's store.
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace nendiff {

namespace detail {

// Memory for texts kept side by side, left uninitialised (pages unused stay
// unmapped). A block of 2 MiB or more is made of whole huge pages where the
// kernel offers them (MADV_HUGEPAGE): it is mapped at one fault instead of
// 512, and page faults were most of the time a long edition took to read.
class Block {
 public:
  static constexpr size_t kHuge = size_t{2} << 20;

  explicit Block(size_t bytes);
  Block(Block&& o) noexcept : data_(std::exchange(o.data_, nullptr)), size_(o.size_) {}
  Block& operator=(Block&&) = delete;
  ~Block();

  char* data() const { return data_; }
  size_t size() const { return size_; }  // at least what was asked for

 private:
  char* data_;
  size_t size_;
};

}  // namespace detail

// Texts side by side in large blocks that never move: a document's units'
// texts, a few bytes each, without a heap chunk (and its 8 to 24 bytes of
// header and rounding) apiece. `expected` (the bytes it will likely hold)
// sizes its blocks: 64 KiB, or huge pages for a long edition's texts.
class TextStore {
 public:
  explicit TextStore(size_t expected = 0) : block_(block_for(expected)) {}

  // A copy of the `n` bytes at `bytes`, at an even address.
  char* keep(const char* bytes, size_t n) {
    char* at = room_for(n);
    std::memcpy(at, bytes, n);
    return at;
  }

 private:
  static constexpr size_t kBlock = size_t{64} << 10;

  static size_t block_for(size_t expected) {
    return expected < detail::Block::kHuge / 2 ? kBlock : detail::Block::kHuge;
  }

  char* room_for(size_t n) {
    if (n > kBlock / 4) return blocks_.emplace_back(n).data();  // a long text alone
    used_ += used_ % 2;
    if (blocks_.empty() || used_ + n > size_) {
      current_ = blocks_.emplace_back(block_).data();
      size_ = blocks_.back().size();
      used_ = 0;
    }
    char* at = current_ + used_;
    used_ += n;
    return at;
  }

  size_t block_;
  std::vector<detail::Block> blocks_;
  char* current_ = nullptr;  // the block being filled (long texts have their own)
  size_t used_ = 0, size_ = 0;
};

class CompactString {
 public:
  using size_type = size_t;
  using const_iterator = const char*;
  static constexpr size_t npos = std::string_view::npos;

  CompactString() = default;
  CompactString(std::string_view s) : block_(make(s, {})) {}  // NOLINT: set like a string
  CompactString(const CompactString& o) : block_(make(o, {})) {}
  CompactString(CompactString&& o) noexcept : block_(std::exchange(o.block_, nullptr)) {}
  CompactString& operator=(const CompactString& o) { return *this = std::string_view(o); }
  CompactString& operator=(CompactString&& o) noexcept {
    std::swap(block_, o.block_);
    return *this;
  }
  CompactString& operator=(std::string_view s) {
    replace_block(make(s, {}));
    return *this;
  }
  ~CompactString() { replace_block(nullptr); }

  operator std::string_view() const noexcept { return {data(), size()}; }  // NOLINT
  std::string str() const { return std::string(data(), size()); }

  const char* data() const noexcept { return block_ ? block() + sizeof(uint32_t) : ""; }
  size_t size() const noexcept { return header() & ~kGrown; }
  size_t length() const noexcept { return size(); }
  bool empty() const noexcept { return block_ == nullptr; }
  const_iterator begin() const noexcept { return data(); }
  const_iterator end() const noexcept { return data() + size(); }
  char operator[](size_t i) const { return data()[i]; }
  char front() const { return data()[0]; }
  char back() const { return data()[size() - 1]; }

  std::string_view substr(size_t pos, size_t n = npos) const { return view().substr(pos, n); }
  size_t find(std::string_view s, size_t pos = 0) const noexcept { return view().find(s, pos); }
  size_t find(char c, size_t pos = 0) const noexcept { return view().find(c, pos); }
  size_t rfind(std::string_view s, size_t pos = npos) const noexcept { return view().rfind(s, pos); }
  int compare(std::string_view s) const noexcept { return view().compare(s); }

  CompactString& operator+=(std::string_view s);
  void shrink_to_fit() {
    if (header() & kGrown) replace_block(make(view(), {}));
  }
  CompactString& operator+=(char c) { return *this += std::string_view(&c, 1); }
  void erase(size_t pos) { *this = CompactString(substr(0, pos)); }  // drops the end from `pos`
  void clear() noexcept { replace_block(nullptr); }
  // Moves the characters into `store` (which must outlive this string and
  // its copies' views): the block this string had is freed.
  void keep_in(TextStore& store) {
    if (empty() || borrowed()) return;
    const uint32_t length = static_cast<uint32_t>(size());
    char* kept = store.keep(block(), sizeof length + length);
    std::memcpy(kept, &length, sizeof length);  // exactly its length: no room to grow
    replace_block(kept);
    block_ = reinterpret_cast<char*>(reinterpret_cast<uintptr_t>(kept) | kBorrowed);
  }

  friend bool operator==(const CompactString& a, const CompactString& b) noexcept {
    return a.view() == b.view();
  }
  friend bool operator==(const CompactString& a, std::string_view b) noexcept { return a.view() == b; }
  friend bool operator==(std::string_view a, const CompactString& b) noexcept { return a == b.view(); }
  friend bool operator!=(const CompactString& a, const CompactString& b) noexcept { return !(a == b); }
  friend bool operator!=(const CompactString& a, std::string_view b) noexcept { return !(a == b); }
  friend bool operator!=(std::string_view a, const CompactString& b) noexcept { return !(a == b); }
  friend bool operator<(const CompactString& a, const CompactString& b) noexcept {
    return a.view() < b.view();
  }
  friend std::ostream& operator<<(std::ostream& out, const CompactString& s) { return out << s.view(); }

 private:
  static constexpr uint32_t kGrown = uint32_t{1} << 31;  // the block has room to grow into
  static constexpr size_t kMinRoom = 16;

  // A borrowed block is marked in the pointer's lowest bit (a store's blocks
  // are at even addresses), not in the block: a string can be destroyed after
  // its store without reading it.
  static constexpr uintptr_t kBorrowed = 1;

  std::string_view view() const noexcept { return *this; }
  bool borrowed() const noexcept { return reinterpret_cast<uintptr_t>(block_) & kBorrowed; }
  char* block() const noexcept {
    return reinterpret_cast<char*>(reinterpret_cast<uintptr_t>(block_) & ~kBorrowed);
  }
  uint32_t header() const noexcept {
    uint32_t word = 0;
    if (block_) std::memcpy(&word, block(), sizeof word);
    return word;
  }
  void set_header(uint32_t word) noexcept { std::memcpy(block(), &word, sizeof word); }
  // A grown block's room: the power of two at or above its length.
  static size_t room_for(size_t n) {
    size_t room = kMinRoom;
    while (room < n) room *= 2;
    return room;
  }

  // A block holding `head` then `tail`: the length (32 bits, unaligned) and
  // the characters; none for an empty string.
  static char* make(std::string_view head, std::string_view tail, bool grown = false) {
    const size_t n = head.size() + tail.size();
    if (n == 0) return nullptr;
    if (n >= kGrown) throw std::length_error("CompactString: longer than 2 GiB");
    char* block = new char[sizeof(uint32_t) + (grown ? room_for(n) : n)];
    const uint32_t length = static_cast<uint32_t>(n) | (grown ? kGrown : 0);
    std::memcpy(block, &length, sizeof length);
    std::memcpy(block + sizeof length, head.data(), head.size());
    if (!tail.empty()) std::memcpy(block + sizeof length + head.size(), tail.data(), tail.size());
    return block;
  }
  void replace_block(char* block) noexcept {
    if (!borrowed()) delete[] block_;
    block_ = block;
  }

  char* block_ = nullptr;
};

// Appending writes into the block's room when it has some, else moves to a
// block twice as large: a unit of many lines costs linear time.
inline CompactString& CompactString::operator+=(std::string_view s) {
  if (s.empty()) return *this;
  const size_t n = size() + s.size();
  if ((header() & kGrown) && n <= room_for(size()) && n < kGrown) {
    std::memcpy(block() + sizeof(uint32_t) + size(), s.data(), s.size());
    set_header(static_cast<uint32_t>(n) | kGrown);
  } else {
    replace_block(make(view(), s, true));
  }
  return *this;
}

}  // namespace nendiff
