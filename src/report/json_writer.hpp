// Internal: every JSON report is written through this one writer, RapidJSON's
// PrettyWriter: two-space indent, `"key": value`, `[]` and `{}` when empty.
// The members of every object go in sorted key order (the order the v1 reports
// have always had); the writer checks it, so a member out of place fails loudly
// instead of changing the output. The text goes out in pieces of about 64 KB,
// so a large report never sits in memory whole.
#pragma once

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

  // Ends the document with a newline and writes what is left.
  void finish();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace nendiff::detail
