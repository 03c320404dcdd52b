#include "report/json_writer.hpp"

#include <array>
#include <cstring>
#include <optional>
#include <rapidjson/prettywriter.h>
#include <stdexcept>

#include "report/printable.hpp"
#include "util/parallel.hpp"

namespace nendiff::detail {
namespace {

using detail::LineBreaks;
using detail::Unsafe;

constexpr size_t kPieceSize = 64 * 1024;

// RapidJSON's output stream: characters gathered, written out by the piece
// (or kept, piece by piece, where items are written on the threads). RapidJSON
// reserves room for a whole string before writing it character by character
// (PutReserve, PutUnsafe below): each character is then a store.
class PieceStream {
 public:
  using Ch = char;
  explicit PieceStream(std::ostream& out) : out_(&out), text_(kPieceSize, '\0') {}
  explicit PieceStream(std::vector<std::string>& kept) : kept_(&kept), text_(kPieceSize, '\0') {}

  // Spaces after every line break: the indent of the containers the text goes in.
  void indent_lines(size_t spaces) { indent_ = spaces; }

  void Put(char c) {
    if (used_ == text_.size()) Flush();
    text_[used_++] = c;
    if (c == '\n')  // only a line break of the layout: strings hold none as written
      for (size_t i = 0; i < indent_; ++i) Put(' ');
  }
  void Reserve(size_t count) {
    if (text_.size() - used_ >= count) return;
    Flush();
    if (text_.size() < count) text_.resize(count);  // a string longer than a piece
  }
  void PutUnsafe(char c) { text_[used_++] = c; }
  // Where the next byte goes: what is written after Reserve stays in one run.
  const char* cursor() const { return text_.data() + used_; }
  // Bytes copied at once, after Reserve.
  void PutUnsafe(const char* bytes, size_t count) {
    std::memcpy(&text_[used_], bytes, count);
    used_ += count;
  }
  // Text written straight out (what is gathered having gone first), or, in
  // a stream that keeps its text, gathered with its line breaks indented: an
  // item may hold an array written in parallel.
  void write_through(const std::string& text) {
    if (out_) out_->write(text.data(), static_cast<std::streamsize>(text.size()));
    else for (char c : text) Put(c);
  }

  void Flush() {
    if (out_) out_->write(text_.data(), static_cast<std::streamsize>(used_));
    else if (used_ > 0) kept_->emplace_back(text_.data(), used_);
    used_ = 0;
  }

 private:
  std::ostream* out_ = nullptr;
  std::vector<std::string>* kept_ = nullptr;
  std::string text_;
  size_t used_ = 0;
  size_t indent_ = 0;
};

}  // namespace
}  // namespace nendiff::detail

namespace rapidjson {
template <>
inline void PutReserve(nendiff::detail::PieceStream& stream, size_t count) {
  stream.Reserve(count);
}
template <>
inline void PutUnsafe(nendiff::detail::PieceStream& stream, char c) {
  stream.PutUnsafe(c);
}
}  // namespace rapidjson

namespace nendiff::detail {
namespace {

// RapidJSON's PrettyWriter, with strings escaped as it escapes them ('"',
// '\\' and the C0 controls: \b \t \n \f \r, else \u001B in upper case) but
// copied run by run between the characters escaped, not a character at a
// time: a report is mostly text.
class Printer : public rapidjson::PrettyWriter<PieceStream> {
 public:
  using PrettyWriter::PrettyWriter;

  // Returns the literal as written (valid until the next write).
  std::string_view EscapedString(std::string_view s) {
    PrettyPrefix(rapidjson::kStringType);
    os_->Reserve(2 + s.size() * 6);  // "\u001B" for each, at worst
    const char* const start = os_->cursor();
    os_->PutUnsafe('"');
    const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
    for (size_t i = 0; i < s.size(); ++i) {
      const size_t run = i;  // start of the stretch copied as it is
      while (i < s.size() && !escaped()[bytes[i]]) ++i;
      os_->PutUnsafe(s.data() + run, i - run);
      if (i < s.size()) Escape(bytes[i]);
    }
    os_->PutUnsafe('"');
    EndValue(true);
    return {start, static_cast<size_t>(os_->cursor() - start)};
  }

  // A string literal written already, escaped and quoted, copied at once.
  void Literal(std::string_view literal) {
    PrettyPrefix(rapidjson::kStringType);
    os_->Reserve(literal.size());
    os_->PutUnsafe(literal.data(), literal.size());
    EndValue(true);
  }

 private:
  // The bytes escaped, by value: one look-up a byte.
  static const std::array<bool, 256>& escaped() {
    static const std::array<bool, 256> table = [] {
      std::array<bool, 256> t{};
      for (int b = 0; b < 0x20; ++b) t[b] = true;
      t['"'] = t['\\'] = true;
      return t;
    }();
    return table;
  }

  void Escape(unsigned char byte) {
    static const char hex[] = "0123456789ABCDEF";
    static const char shorthand[] = {'b', 't', 'n', 0, 'f', 'r'};  // U+0008 on
    os_->PutUnsafe('\\');
    if (byte == '"' || byte == '\\') {
      os_->PutUnsafe(static_cast<char>(byte));
    } else if (byte >= 8 && byte <= 13 && shorthand[byte - 8]) {
      os_->PutUnsafe(shorthand[byte - 8]);
    } else {
      os_->PutUnsafe("u00", 3);
      os_->PutUnsafe(hex[byte >> 4]);
      os_->PutUnsafe(hex[byte & 15]);
    }
  }
};

rapidjson::SizeType size_of(std::string_view s) { return static_cast<rapidjson::SizeType>(s.size()); }

// The printer escapes the C0 controls, '"' and '\\', and copies the rest. Text
// with another unsafe character (printable.hpp) is written here instead, in
// the same style: those characters as \u escapes, so that the report stays
// safe to print; a stray byte, which no JSON string can hold, as the text
// \xff (docs/report-json-v1.md).
bool rapidjson_suffices(std::string_view s) { return detail::only_controls_unsafe(s); }

// \u001B in upper case as RapidJSON writes it.
void append_code(std::string& out, unsigned code) {
  static const char hex[] = "0123456789ABCDEF";
  out += "\\u";
  for (int shift = 12; shift >= 0; shift -= 4) out += hex[(code >> shift) & 15];
}

std::string json_literal(std::string_view s) {
  std::string out = "\"";
  auto plain = [&](std::string_view piece) {
    for (char c : piece) {
      if (c == '"' || c == '\\') out += '\\';
      out += c == '\t' ? std::string("\\t") : std::string(1, c);
    }
  };
  auto unsafe = [&](Unsafe u) {
    static const char* const shorthand[] = {"b", "t", "n", nullptr, "f", "r"};  // U+0008 on
    if (u.stray_byte)  // the text printable() shows, its backslash escaped
      out += "\\" + detail::printable(std::string(1, static_cast<char>(u.code)));
    else if (u.code >= 8 && u.code <= 13 && shorthand[u.code - 8])
      out += std::string("\\") + shorthand[u.code - 8];
    else
      append_code(out, u.code);
  };
  detail::split_unsafe(s, LineBreaks::escaped, plain, unsafe);
  return out + "\"";
}

}  // namespace

struct JsonWriter::State {
  template <typename Out>
  explicit State(Out& out) : stream(out), printer(stream) { printer.SetIndent(' ', 2); }
  PieceStream stream;
  Printer printer;
  std::vector<std::optional<std::string>> last_keys;  // of each open container (arrays: none)
  std::string last_long, last_literal;  // the last long string written, and as written
};

JsonWriter::JsonWriter(std::ostream& out) : state_(std::make_unique<State>(out)) {}

JsonWriter::JsonWriter(std::vector<std::string>& pieces) : state_(std::make_unique<State>(pieces)) {}

JsonWriter::~JsonWriter() = default;

JsonWriter& JsonWriter::key(std::string_view k) {
  std::optional<std::string>& last = state_->last_keys.back();
  if (last && k <= *last)
    throw std::logic_error("JSON member '" + std::string(k) + "' after '" + *last + "'");
  last = std::string(k);
  state_->printer.Key(k.data(), size_of(k));
  return *this;
}

// An unchanged unit's text is written twice, once for each edition: a long
// string equal to the last long one is copied as it was written, neither
// checked nor escaped again (a third of the law pair's report).
JsonWriter& JsonWriter::string(std::string_view s) {
  constexpr size_t kLong = 256;
  State& st = *state_;
  if (s.size() >= kLong && s == st.last_long) {
    st.printer.Literal(st.last_literal);
    return *this;
  }
  std::string_view written;
  std::string literal;
  if (rapidjson_suffices(s)) {
    written = st.printer.EscapedString(s);
  } else {
    literal = json_literal(s);
    written = literal;
    st.printer.Literal(literal);
  }
  if (s.size() >= kLong) {
    st.last_long.assign(s);
    st.last_literal.assign(written);
  }
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

// Each block of items is written by a writer of its own into pieces of
// text, every item a document of its own, indented as this writer's open
// containers are; each block then goes out after the separator this writer
// puts before a value: the text is what writing the items here gives.
void JsonWriter::items_text(size_t n, const std::function<void(JsonWriter&, size_t)>& write) {
  const size_t spaces = 2 * state_->last_keys.size();
  const size_t blocks = std::min(worker_count(), n);
  std::vector<std::vector<std::string>> pieces(blocks);
  parallel_for(blocks, [&](size_t b) {
    JsonWriter w(pieces[b]);
    w.state_->stream.indent_lines(spaces);
    for (size_t i = n * b / blocks; i < n * (b + 1) / blocks; ++i) {
      if (i > n * b / blocks) w.state_->stream.Put(','), w.state_->stream.Put('\n');
      w.state_->printer.Reset(w.state_->stream);
      write(w, i);
    }
    w.state_->stream.Flush();
  });
  for (const std::vector<std::string>& block : pieces) {
    if (block.empty()) continue;
    state_->printer.RawValue("", 0, rapidjson::kObjectType);  // the separator, and a value counted
    state_->stream.Flush();
    for (const std::string& piece : block) state_->stream.write_through(piece);
  }
}

void JsonWriter::finish() {
  state_->stream.Put('\n');
  state_->stream.Flush();
}

}  // namespace nendiff::detail
