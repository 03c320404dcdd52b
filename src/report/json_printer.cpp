#include "report/json_printer.hpp"

#include <cstdint>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

namespace nendiff::detail {
namespace {

using nlohmann::json;
using Printer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void print(Printer& p, const json& value) {
  switch (value.type()) {
    case json::value_t::object:
      p.StartObject();
      for (const auto& [key, member] : value.items()) {
        p.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
        print(p, member);
      }
      p.EndObject();
      return;
    case json::value_t::array:
      p.StartArray();
      for (const json& element : value) print(p, element);
      p.EndArray();
      return;
    case json::value_t::string: {
      const std::string& s = value.get_ref<const std::string&>();
      p.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
      return;
    }
    case json::value_t::boolean: p.Bool(value.get<bool>()); return;
    case json::value_t::number_integer: p.Int64(value.get<std::int64_t>()); return;
    case json::value_t::number_unsigned: p.Uint64(value.get<std::uint64_t>()); return;
    case json::value_t::number_float: p.Double(value.get<double>()); return;
    default: p.Null(); return;
  }
}

constexpr size_t kPieceSize = 64 * 1024;

}  // namespace

struct JsonPrinter::State {
  explicit State(std::ostream& o) : out(o), printer(buffer) {}
  void flush() {
    out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
    buffer.Clear();
  }
  void flush_if_full() {
    if (buffer.GetSize() >= kPieceSize) flush();
  }
  std::ostream& out;
  rapidjson::StringBuffer buffer;
  Printer printer;
};

JsonPrinter::JsonPrinter(std::ostream& out) : state_(std::make_unique<State>(out)) {
  state_->printer.SetIndent(' ', 2);
  state_->printer.StartObject();
}

JsonPrinter::~JsonPrinter() = default;

void JsonPrinter::member(const char* key, const json& value) {
  state_->printer.Key(key);
  print(state_->printer, value);
  state_->flush_if_full();
}

void JsonPrinter::start_array(const char* key) {
  state_->printer.Key(key);
  state_->printer.StartArray();
}

void JsonPrinter::element(const json& value) {
  print(state_->printer, value);
  state_->flush_if_full();
}

void JsonPrinter::end_array() { state_->printer.EndArray(); }

void JsonPrinter::flush_if_full() { state_->flush_if_full(); }

using Writer = JsonPrinter::Writer;

Writer& Writer::key(std::string_view k) {
  state_.printer.Key(k.data(), static_cast<rapidjson::SizeType>(k.size()));
  return *this;
}
Writer& Writer::string(std::string_view s) {
  state_.printer.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  return *this;
}
Writer& Writer::string_or_null(const std::string* s) { return s ? string(*s) : null(); }
Writer& Writer::integer(long long n) {
  state_.printer.Int64(n);
  return *this;
}
Writer& Writer::number(double x) {
  state_.printer.Double(x);
  return *this;
}
Writer& Writer::boolean(bool b) {
  state_.printer.Bool(b);
  return *this;
}
Writer& Writer::null() {
  state_.printer.Null();
  return *this;
}
Writer& Writer::start_object() {
  state_.printer.StartObject();
  return *this;
}
Writer& Writer::end_object() {
  state_.printer.EndObject();
  return *this;
}
Writer& Writer::start_array() {
  state_.printer.StartArray();
  return *this;
}
Writer& Writer::end_array() {
  state_.printer.EndArray();
  return *this;
}
Writer& Writer::strings(const std::vector<std::string>& list) {
  start_array();
  for (const std::string& s : list) string(s);
  return end_array();
}

void JsonPrinter::finish() {
  state_->printer.EndObject();
  state_->buffer.Put('\n');
  state_->flush();
}

}  // namespace nendiff::detail
