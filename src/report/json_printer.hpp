// Internal: JSON out as a stream of members. nlohmann builds each piece;
// RapidJSON's writer prints it in the layout of nlohmann's dump(2) (two-space
// indent; the caller gives members in sorted key order, as nlohmann's objects
// hold them) and the text goes out in pieces of about 64 KB, so a large report
// never sits in memory whole, as a tree or as text.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace nendiff::detail {

class JsonPrinter {
  struct State;

 public:
  // Writes values straight to the output, for the pieces that are most of a
  // report and need no tree: keys in sorted order, as nlohmann's pieces have them.
  class Writer {
   public:
    Writer& key(std::string_view k);
    Writer& string(std::string_view s);
    Writer& string_or_null(const std::string* s);  // null when s is
    Writer& integer(long long n);
    Writer& number(double x);
    Writer& boolean(bool b);
    Writer& null();
    Writer& start_object();
    Writer& end_object();
    Writer& start_array();
    Writer& end_array();
    Writer& strings(const std::vector<std::string>& list);  // an array of them

   private:
    friend class JsonPrinter;
    explicit Writer(State& state) : state_(state) {}
    State& state_;
  };

  // Starts the top-level object.
  explicit JsonPrinter(std::ostream& out);
  ~JsonPrinter();
  JsonPrinter(const JsonPrinter&) = delete;
  JsonPrinter& operator=(const JsonPrinter&) = delete;

  void member(const char* key, const nlohmann::json& value);

  // An array member printed one element at a time.
  template <typename Items, typename ToJson>
  void array_member(const char* key, const Items& items, ToJson to_json) {
    start_array(key);
    for (const auto& item : items) element(to_json(item));
    end_array();
  }

  // An array member whose elements `write(Writer&, item)` writes directly.
  template <typename Items, typename Write>
  void array_member_written(const char* key, const Items& items, Write write) {
    start_array(key);
    Writer w(*state_);
    for (const auto& item : items) {
      write(w, item);
      flush_if_full();
    }
    end_array();
  }

  // Ends the top-level object with a newline and writes what is left.
  void finish();

 private:
  void start_array(const char* key);
  void element(const nlohmann::json& value);
  void end_array();
  void flush_if_full();

  std::unique_ptr<State> state_;
};

}  // namespace nendiff::detail
