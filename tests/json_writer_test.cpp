// The one JSON writer: the layout of the v1 reports (nlohmann's dump(2), which
// they have always had), members in sorted key order or a loud failure, and
// output of any size.
#include "report/json_writer.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace nendiff::detail {
namespace {

TEST(JsonWriter, TheLayoutOfTheReports) {
  std::ostringstream out;
  JsonWriter w(out);
  w.start_object().key("empty").start_array().end_array();
  w.key("nested").start_object().key("a").integer(-1).key("b").number(3400).key("c").number(0.125);
  w.end_object().key("none").start_object().end_object();
  w.key("null").null();
  w.key("texts").strings({"健康経営", "tab\there \"quoted\" back\\slash", "新\nline"});
  w.key("yes").boolean(true).end_object();
  w.finish();
  const nlohmann::json expected = {
      {"empty", nlohmann::json::array()},
      {"none", nlohmann::json::object()},
      {"nested", {{"a", -1}, {"b", 3400.0}, {"c", 0.125}}},
      {"null", nullptr},
      {"texts", {"健康経営", "tab\there \"quoted\" back\\slash", "新\nline"}},
      {"yes", true}};
  EXPECT_EQ(out.str(), expected.dump(2) + "\n");
}

// A long string written again is copied as first written: each must read as
// a writer of its own writes it, whatever came between (a short string, other
// long ones, one that differs in its last byte, one with unsafe characters).
TEST(JsonWriter, ALongStringWrittenAgainIsWrittenAlike) {
  const std::string unit(300, 'x'), quoted = "「" + std::string(300, '"') + "」\t\n";
  const std::string last_differs = unit.substr(0, unit.size() - 1) + "y", unsafe = unit + "\u202e\x1b";
  const std::vector<std::string> texts = {unit,   unit,   "short", unit,         quoted,   quoted, unit,
                                          unsafe, unsafe, unit,    last_differs, unit,     "",     unit};
  auto written = [](const std::vector<std::string>& list) {
    std::ostringstream out;
    JsonWriter w(out);
    w.start_object().key("texts").strings(list).end_object();
    w.finish();
    return out.str();
  };
  std::string expected = "{\n  \"texts\": [\n";
  for (size_t i = 0; i < texts.size(); ++i) {
    const std::string alone = written({texts[i]});  // {"texts": [LITERAL]}, LITERAL on line 3
    const size_t from = alone.find("\n    ") + 5, to = alone.find("\n  ]");
    expected += "    " + alone.substr(from, to - from) + (i + 1 < texts.size() ? ",\n" : "\n");
  }
  expected += "  ]\n}\n";
  EXPECT_TRUE(written(texts) == expected) << written(texts);
}

TEST(JsonWriter, MembersOutOfOrderFailLoudly) {
  std::ostringstream out;
  JsonWriter w(out);
  w.start_object().key("line").integer(1);
  EXPECT_THROW(w.key("line"), std::logic_error);  // twice
  EXPECT_THROW(w.key("evidence"), std::logic_error);
  JsonWriter v(out);
  v.start_object().key("b").start_object().key("z").integer(1).end_object();
  EXPECT_NO_THROW(v.key("c"));  // each object keeps its own order
  v.start_array().start_object().key("a").integer(1).end_object();
  EXPECT_NO_THROW(v.start_object().key("a"));  // the next element starts afresh
}

// An array whose items are written on the threads is the array written here:
// items of every shape (nested, empty, unsafe text, plain values) at a depth,
// over more items than one batch holds.
TEST(JsonWriter, AnArrayWrittenInParallelIsTheArrayWrittenHere) {
  std::vector<int> items(5000);
  for (size_t i = 0; i < items.size(); ++i) items[i] = static_cast<int>(i);
  auto item = [](JsonWriter& w, int i) {
    if (i % 5 == 0) return void(w.integer(i));
    w.start_object().key("a").start_array();
    if (i % 3) w.string("第" + std::to_string(i) + "条\t\u202e「引用」\x01").start_object().end_object();
    w.end_array().key("b").start_object().key("c").number(i / 8.0).key("d").null().end_object();
    w.key("e").strings({}).end_object();
  };
  auto document = [&](bool parallel) {
    std::ostringstream out;
    JsonWriter w(out);
    w.start_object().key("outer").start_object().key("items");
    if (parallel) w.array_in_parallel(items, item);
    else w.array(items, item);
    w.key("none").array_in_parallel(std::vector<int>{}, item).end_object().end_object();
    w.finish();
    return out.str();
  };
  const std::string here = document(false);
  EXPECT_TRUE(document(true) == here);  // (not EXPECT_EQ: its diff of long texts is quadratic)
  // An item that holds such an array itself.
  auto nesting = [&](JsonWriter& w, int i) {
    w.start_object().key("inner").array_in_parallel(std::vector<int>{i, i + 1, i + 2}, item).end_object();
  };
  auto nested = [&](bool parallel) {
    std::ostringstream out;
    JsonWriter w(out);
    if (parallel) w.array_in_parallel(items, nesting);
    else w.array(items, nesting);
    w.finish();
    return out.str();
  };
  EXPECT_TRUE(nested(true) == nested(false));  // (not EXPECT_EQ: its diff of long texts is quadratic)
  EXPECT_EQ(nlohmann::json::parse(here)["outer"]["items"].size(), items.size());
}

TEST(JsonWriter, LongOutputComesWhole) {
  std::ostringstream out;
  JsonWriter w(out);
  w.start_object().key("items").start_array();
  const std::string item(1000, 'x');
  for (int i = 0; i < 300; ++i) w.string(item);  // past several 64 KB pieces
  w.end_array().end_object();
  w.finish();
  const nlohmann::json back = nlohmann::json::parse(out.str());
  EXPECT_EQ(back["items"].size(), 300u);
  EXPECT_EQ(out.str().back(), '\n');
}

}  // namespace
}  // namespace nendiff::detail
