// End to end on the sample editions: the comparison must match the expected
// differences written down in samples/expected/*.json exactly. Precision and
// recall of each kind of finding are printed, for the record.
#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "nendiff/compare.hpp"
#include "nendiff/parse.hpp"
#include "text/normalize.hpp"
#include "test_support.hpp"

namespace nendiff {
namespace {

using nlohmann::json;

// Precision/recall bookkeeping for one kind of finding.
struct Score {
  int expected = 0, found = 0, correct = 0;
  double precision() const { return found == 0 ? 1.0 : static_cast<double>(correct) / found; }
  double recall() const { return expected == 0 ? 1.0 : static_cast<double>(correct) / expected; }
};

using Key = std::pair<int, int>;  // (old line, new line), 0 for none

Key key_of(const Comparison& c, const MeasureDiff& d) {
  int o = d.old_index ? c.old_measure(d)->line : 0;
  int n = d.new_index ? c.new_measure(d)->line : 0;
  return {o, n};
}

Key key_of(const json& e) {
  return {e["old_line"].is_null() ? 0 : e["old_line"].get<int>(),
          e["new_line"].is_null() ? 0 : e["new_line"].get<int>()};
}

// Expected texts are written as in the files; findings are normalized.
std::string norm(const json& text) { return text::normalize_line(text.get<std::string>()); }

bool contains(const std::string& text, const std::string& part) {
  return text::compare_key(text).find(text::compare_key(part)) != std::string::npos;
}

class SamplePair {
 public:
  explicit SamplePair(const std::string& expected_file) {
    expected_ = json::parse(test::read_bytes(test::sample_path("expected/" + expected_file)));
    comparison_ = compare(load_edition(test::sample_path(expected_["old"])),
                          load_edition(test::sample_path(expected_["new"])));
    for (const MeasureDiff& d : comparison_.measures) actual_[key_of(comparison_, d)] = &d;
  }

  const json& expected() const { return expected_; }
  const Comparison& comparison() const { return comparison_; }
  const MeasureDiff* actual(const Key& k) const {
    auto it = actual_.find(k);
    return it == actual_.end() ? nullptr : it->second;
  }

  // Scores one kind of finding: `pick` lists a measure's items as strings.
  template <typename Expected, typename Actual>
  Score score(Expected expected_items, Actual actual_items) const {
    Score s;
    std::set<Key> expected_keys;
    for (const json& e : expected_["measures"]) {
      expected_keys.insert(key_of(e));
      std::multiset<std::string> want = expected_items(e);
      const MeasureDiff* d = actual(key_of(e));
      std::multiset<std::string> got = d ? actual_items(*d) : std::multiset<std::string>{};
      s.expected += static_cast<int>(want.size());
      s.found += static_cast<int>(got.size());
      for (const std::string& w : want)
        if (auto it = got.find(w); it != got.end()) ++s.correct, got.erase(it);
    }
    for (const auto& [k, d] : actual_)
      if (!expected_keys.count(k)) s.found += static_cast<int>(actual_items(*d).size());
    return s;
  }

 private:
  json expected_;
  Comparison comparison_;
  std::map<Key, const MeasureDiff*> actual_;
};

void report(const char* pair, const char* what, const Score& s) {
  std::printf("[ metrics  ] %s %-24s precision %.3f recall %.3f (expected %d, found %d)\n", pair,
              what, s.precision(), s.recall(), s.expected, s.found);
  EXPECT_EQ(s.precision(), 1.0) << what;
  EXPECT_EQ(s.recall(), 1.0) << what;
}

std::string pair_key(const json& e) {
  Key k = key_of(e);
  return std::to_string(k.first) + "→" + std::to_string(k.second);
}

void check_pair(const std::string& file, const char* name) {
  SamplePair p(file);
  const Comparison& c = p.comparison();
  using Set = std::multiset<std::string>;

  report(name, "alignment (line pairs)",
         p.score([](const json& e) { return Set{pair_key(e)}; },
                 [&](const MeasureDiff& d) {
                   Key k = key_of(c, d);
                   return Set{std::to_string(k.first) + "→" + std::to_string(k.second)};
                 }));
  report(name, "status",
         p.score([](const json& e) { return Set{pair_key(e) + e["status"].get<std::string>()}; },
                 [&](const MeasureDiff& d) {
                   Key k = key_of(c, d);
                   return Set{std::to_string(k.first) + "→" + std::to_string(k.second) +
                              status_name(d.status)};
                 }));
  report(name, "moved",
         p.score([](const json& e) { return e["moved"].get<bool>() ? Set{"moved"} : Set{}; },
                 [](const MeasureDiff& d) { return d.moved ? Set{"moved"} : Set{}; }));
  report(name, "figure changes",
         p.score(
             [](const json& e) {
               Set s;
               for (const json& n : e["numbers"])
                 s.insert(std::to_string(n["old_value"].get<double>()) + ">" +
                          std::to_string(n["new_value"].get<double>()));
               return s;
             },
             [](const MeasureDiff& d) {
               Set s;
               for (const NumberChange& n : d.numbers)
                 s.insert(std::to_string(n.old_value) + ">" + std::to_string(n.new_value));
               return s;
             }));
  report(name, "ministry tag changes",
         p.score([](const json& e) { return e["tag_changed"].get<bool>() ? Set{"tag"} : Set{}; },
                 [](const MeasureDiff& d) { return d.tag_changed ? Set{"tag"} : Set{}; }));

  // Commitments: an expected substring is found when exactly the actual
  // sentence containing it is reported.
  auto commitments = [&](const char* field, auto sentences) {
    return p.score(
        [&](const json& e) {
          Set s;
          for (const json& x : e[field]) s.insert(norm(x.is_string() ? x : x["new"]));
          return s;
        },
        [&](const MeasureDiff& d) {
          // Map each actual sentence to the expected substring it contains (or itself).
          Set s;
          const json* e = nullptr;
          for (const json& x : p.expected()["measures"])
            if (key_of(x) == key_of(c, d)) e = &x;
          for (const std::string& sentence : sentences(d)) {
            std::string label = sentence;
            if (e)
              for (const json& x : (*e)[field]) {
                std::string part = norm(x.is_string() ? x : x["new"]);
                if (contains(sentence, part)) label = part;
              }
            s.insert(label);
          }
          return s;
        });
  };
  report(name, "commitments added", commitments("commitments_added", [](const MeasureDiff& d) {
           std::vector<std::string> v;
           for (const Commitment& x : d.commitments_added) v.emplace_back(x.sentence);
           return v;
         }));
  report(name, "commitments dropped", commitments("commitments_dropped", [](const MeasureDiff& d) {
           std::vector<std::string> v;
           for (const Commitment& x : d.commitments_dropped) v.emplace_back(x.sentence);
           return v;
         }));
  report(name, "commitments rewritten",
         commitments("commitments_rewritten", [](const MeasureDiff& d) {
           std::vector<std::string> v;
           for (const Rewrite& x : d.rewritten) v.emplace_back(x.new_sentence);
           return v;
         }));
}

TEST(Samples, Edition2023To2024MatchesTheExpectedDifferences) {
  check_pair("2023-2024.json", "2023→2024");
}

TEST(Samples, Edition2024To2025MatchesTheExpectedDifferences) {
  check_pair("2024-2025.json", "2024→2025");
}

TEST(Samples, SectionChangesOfTheReorganisedEdition) {
  SamplePair p("2024-2025.json");
  const Comparison& c = p.comparison();
  std::multiset<std::string> want, got;
  for (const json& s : p.expected()["sections"])
    want.insert(s["kind"].get<std::string>() + ":" + norm(s["new"].is_null() ? s["old"] : s["new"]));
  for (const SectionChange& s : c.sections) {
    const std::string& heading =
        s.new_index ? c.new_section(s)->heading : c.old_section(s)->heading;
    got.insert(std::string(section_change_name(s.kind)) + ":" + heading);
  }
  EXPECT_EQ(got, want);
}

}  // namespace
}  // namespace nendiff
