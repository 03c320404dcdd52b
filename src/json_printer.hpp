// Internal: JSON out as a stream of members. nlohmann builds each piece;
// RapidJSON's writer prints it in the layout of nlohmann's dump(2) (two-space
// indent; the caller gives members in sorted key order, as nlohmann's objects
// hold them) and the text goes out in pieces of about 64 KB, so a large report
// never sits in memory whole, as a tree or as text.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <ostream>

namespace nendiff::detail {

class JsonPrinter {
 public:
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

  // Ends the top-level object with a newline and writes what is left.
  void finish();

 private:
  void start_array(const char* key);
  void element(const nlohmann::json& value);
  void end_array();

  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace nendiff::detail
