#include "report/json_writer.hpp"

#include <optional>
#include <rapidjson/prettywriter.h>
#include <stdexcept>

namespace nendiff::detail {
namespace {

constexpr size_t kPieceSize = 64 * 1024;

// RapidJSON's output stream: characters gathered, written out by the piece.
class PieceStream {
 public:
  using Ch = char;
  explicit PieceStream(std::ostream& out) : out_(out) { text_.reserve(kPieceSize); }
  void Put(char c) {
    text_.push_back(c);
    if (text_.size() >= kPieceSize) Flush();
  }
  void Flush() {
    out_.write(text_.data(), static_cast<std::streamsize>(text_.size()));
    text_.clear();
  }

 private:
  std::ostream& out_;
  std::string text_;
};

using Printer = rapidjson::PrettyWriter<PieceStream>;

rapidjson::SizeType size_of(std::string_view s) { return static_cast<rapidjson::SizeType>(s.size()); }

}  // namespace

struct JsonWriter::State {
  explicit State(std::ostream& out) : stream(out), printer(stream) { printer.SetIndent(' ', 2); }
  PieceStream stream;
  Printer printer;
  std::vector<std::optional<std::string>> last_keys;  // of each open container (arrays: none)
};

JsonWriter::JsonWriter(std::ostream& out) : state_(std::make_unique<State>(out)) {}

JsonWriter::~JsonWriter() = default;

JsonWriter& JsonWriter::key(std::string_view k) {
  std::optional<std::string>& last = state_->last_keys.back();
  if (last && k <= *last)
    throw std::logic_error("JSON member '" + std::string(k) + "' after '" + *last + "'");
  last = std::string(k);
  state_->printer.Key(k.data(), size_of(k));
  return *this;
}

JsonWriter& JsonWriter::string(std::string_view s) {
  state_->printer.String(s.data(), size_of(s));
  return *this;
}

JsonWriter& JsonWriter::string_or_null(const std::string* s) { return s ? string(*s) : null(); }

JsonWriter& JsonWriter::integer(long long n) {
  state_->printer.Int64(n);
  return *this;
}

JsonWriter& JsonWriter::number(double x) {
  state_->printer.Double(x);
  return *this;
}

JsonWriter& JsonWriter::boolean(bool b) {
  state_->printer.Bool(b);
  return *this;
}

JsonWriter& JsonWriter::null() {
  state_->printer.Null();
  return *this;
}

JsonWriter& JsonWriter::start_object() {
  state_->last_keys.emplace_back();
  state_->printer.StartObject();
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  state_->last_keys.pop_back();
  state_->printer.EndObject();
  return *this;
}

JsonWriter& JsonWriter::start_array() {
  state_->last_keys.emplace_back();
  state_->printer.StartArray();
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  state_->last_keys.pop_back();
  state_->printer.EndArray();
  return *this;
}

JsonWriter& JsonWriter::strings(const std::vector<std::string>& list) {
  start_array();
  for (const std::string& s : list) string(s);
  return end_array();
}

void JsonWriter::finish() {
  state_->stream.Put('\n');
  state_->stream.Flush();
}

}  // namespace nendiff::detail
