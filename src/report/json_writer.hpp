// Internal: every JSON report is written through this one writer, RapidJSON's
// PrettyWriter: two-space indent, `"key": value`, `[]` and `{}` when empty.
// The members of every object go in sorted key order (the order the v1 reports
// have always had); the writer checks it, so a member out of place fails loudly
// instead of changing the output. The text goes out in pieces of about 64 KB,
// so a large report never sits in memory whole.
#pragma once

#include <algorithm>
#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace nendiff::detail {

class JsonWriter {
 public:
  explicit JsonWriter(std::ostream& out);
  ~JsonWriter();
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  // Throws std::logic_error when `k` does not sort after the object's last key.
  JsonWriter& key(std::string_view k);
  JsonWriter& string(std::string_view s);
  JsonWriter& string_or_null(const std::string* s);  // null when s is
  JsonWriter& integer(long long n);
  JsonWriter& number(double x);
  JsonWriter& boolean(bool b);
  JsonWriter& null();
  JsonWriter& start_object();
  JsonWriter& end_object();
  JsonWriter& start_array();
  JsonWriter& end_array();
  JsonWriter& strings(const std::vector<std::string>& list);  // an array of them

  // An array of `items`, each written by `write(JsonWriter&, item)`.
  template <typename Items, typename Write>
  JsonWriter& array(const Items& items, Write write) {
    start_array();
    for (const auto& item : items) write(*this, item);
    return end_array();
  }

  // array(), its items written on the threads a batch at a time, each into
  // text of its own, then copied out in order: a large report's measures.
  // `items` is indexed; write(w, item) must only read what it shares.
  template <typename Items, typename Write>
  JsonWriter& array_in_parallel(const Items& items, Write write) {
    start_array();
    for (size_t from = 0; from < items.size(); from += kBatch)
      items_text(std::min(kBatch, items.size() - from),
                 [&](JsonWriter& w, size_t i) { write(w, items[from + i]); });
    return end_array();
  }

  // Ends the document with a newline and writes what is left.
  void finish();

 private:
  static constexpr size_t kBatch = 2048;  // items held as text at once

  explicit JsonWriter(std::vector<std::string>& pieces);  // text kept, piece by piece

  // Items 0 … n - 1 of the open array, written by write(w, i) on the threads.
  void items_text(size_t n, const std::function<void(JsonWriter&, size_t)>& write);

  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace nendiff::detail
