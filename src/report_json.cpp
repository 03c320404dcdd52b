// `nendiff compare --format json`: the v1 contract of docs/report-json-v1.md.
#include <cmath>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include "report_json.hpp"
#include "report_views.hpp"

namespace nendiff::detail {
namespace {

using nlohmann::json;

json edition_json(const Document& d) {
  return {{"path", d.path}, {"year", d.edition_year}, {"title", d.title}, {"encoding", d.encoding}};
}

json summary_json(const Summary& s) {
  return {{"unchanged", s.unchanged},
          {"changed", s.changed},
          {"added", s.added},
          {"dropped", s.dropped},
          {"moved", s.moved},
          {"numbers", s.numbers},
          {"commitments_added", s.commitments_added},
          {"commitments_dropped", s.commitments_dropped},
          {"commitments_rewritten", s.commitments_rewritten},
          {"tag_changes", s.tag_changes},
          {"stale", s.stale}};
}

json side_json(const Document& d, int index) {
  if (index < 0) return nullptr;
  const Measure& m = d.measures[static_cast<size_t>(index)];
  json side = {{"line", m.line},
               {"section", m.section_path},
               {"text", m.text},
               {"ministries", ministries_json(m.tag)},
               {"tag", m.tag ? json(m.tag->raw) : json(nullptr)}};
  if (m.page > 0) side["page"] = m.page;  // PDF inputs: where a reader finds it
  return side;
}

json numbers_json(const std::vector<NumberChange>& numbers) {
  json out = json::array();
  for (const NumberChange& n : numbers)
    out.push_back({{"old", n.old_raw},
                   {"new", n.new_raw},
                   {"old_value", n.old_value},
                   {"new_value", n.new_value},
                   {"unit", n.unit}});
  return out;
}

json commitments_json(const MeasureDiff& d) {
  json added = json::array(), dropped = json::array(), rewritten = json::array();
  for (const Commitment& c : d.commitments_added) added.push_back(c.sentence);
  for (const Commitment& c : d.commitments_dropped) dropped.push_back(c.sentence);
  for (const Rewrite& r : d.rewritten)
    rewritten.push_back({{"old", r.old_sentence}, {"new", r.new_sentence}});
  return {{"added", added}, {"dropped", dropped}, {"rewritten", rewritten}};
}

json measure_diff_json(const Comparison& c, const MeasureDiff& d) {
  json j = {{"status", status_name(d.status)},
            {"moved", d.moved},
            {"similarity", std::round(d.similarity * 1000) / 1000},
            {"old", side_json(c.old_doc, d.old_index)},
            {"new", side_json(c.new_doc, d.new_index)},
            {"numbers", numbers_json(d.numbers)},
            {"commitments", commitments_json(d)}};
  if (d.tag_changed) {
    const Measure& o = c.old_doc.measures[static_cast<size_t>(d.old_index)];
    const Measure& n = c.new_doc.measures[static_cast<size_t>(d.new_index)];
    j["tags"] = {{"old", o.tag ? json(o.tag->raw) : json(nullptr)},
                 {"new", n.tag ? json(n.tag->raw) : json(nullptr)}};
  }
  return j;
}

json section_change_json(const Comparison& c, const SectionChange& s) {
  auto heading = [](const Document& d, int i) {
    return i < 0 ? json(nullptr) : json(d.sections[static_cast<size_t>(i)].heading);
  };
  auto line = [](const Document& d, int i) {
    return i < 0 ? json(nullptr) : json(d.sections[static_cast<size_t>(i)].line);
  };
  return {{"kind", section_change_name(s.kind)},
          {"old", heading(c.old_doc, s.old_index)},
          {"new", heading(c.new_doc, s.new_index)},
          {"old_line", line(c.old_doc, s.old_index)},
          {"new_line", line(c.new_doc, s.new_index)}};
}

// nlohmann builds the report's pieces; RapidJSON's writer prints them, in the
// layout of nlohmann's dump(2) (two-space indent, keys in their sorted order)
// at a fraction of the cost: the comparison's JSON is most of its output.
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

// The report goes out in pieces of about this size: the stream sees few, large
// writes, and the whole report never sits in memory (a 7,500-measure
// comparison: ~100 MB as a json tree).
constexpr size_t kPieceSize = 64 * 1024;

// The report as a stream of members: printed into a buffer that goes out
// whenever it holds a piece's worth.
class ReportPrinter {
 public:
  explicit ReportPrinter(std::ostream& out) : out_(out), printer_(buffer_) {
    printer_.SetIndent(' ', 2);
    printer_.StartObject();
  }
  void member(const char* key, const json& value) {
    printer_.Key(key);
    print(printer_, value);
    flush_if_full();
  }
  // An array member printed one element at a time.
  template <typename Items, typename ToJson>
  void array_member(const char* key, const Items& items, ToJson to_json) {
    printer_.Key(key);
    printer_.StartArray();
    for (const auto& item : items) {
      print(printer_, to_json(item));
      flush_if_full();
    }
    printer_.EndArray();
  }
  void finish() {
    printer_.EndObject();
    buffer_.Put('\n');
    flush();
  }

 private:
  void flush_if_full() {
    if (buffer_.GetSize() >= kPieceSize) flush();
  }
  void flush() {
    out_.write(buffer_.GetString(), static_cast<std::streamsize>(buffer_.GetSize()));
    buffer_.Clear();
  }

  std::ostream& out_;
  rapidjson::StringBuffer buffer_;
  Printer printer_;
};

}  // namespace

// Members in key order, as nlohmann's sorted objects hold them.
void write_comparison_json(const Comparison& c, std::ostream& out) {
  ReportPrinter p(out);
  p.array_member("measures", c.measures, [&](const MeasureDiff& d) { return measure_diff_json(c, d); });
  p.member("new", edition_json(c.new_doc));
  p.member("old", edition_json(c.old_doc));
  p.array_member("sections", c.sections,
                 [&](const SectionChange& s) { return section_change_json(c, s); });
  p.array_member("stale", c.stale, [&](const StaleFinding& f) {
    json finding = finding_json(f);
    if (int page = c.new_doc.page_of(f.line)) finding["page"] = page;
    return finding;
  });
  p.member("summary", summary_json(c.summary()));
  p.member("version", 1);
  p.finish();
}

}  // namespace nendiff::detail
