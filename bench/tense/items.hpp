// The labelled items of the tense evaluation (bench/tense_labels*.tsv), their
// sentences found through nendiff's parser, and nendiff's own judgement of
// each through its public API: check_stale for a year phrase; for a clause,
// follow_history over the four sample editions (as tests/history_test.cpp
// reads it), or over two small editions for a made-up sentence.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "nendiff/check.hpp"
#include "nendiff/history.hpp"
#include "nendiff/model.hpp"
#include "tense/mecab_judge.hpp"

namespace tense {

struct Item {
  // As labelled.
  std::string id, kind;  // kind: year, commit, evidence
  int edition = 0, line = 0, prior_line = 0;
  std::string anchor, tense, finding, sentence, prior_anchor, prior_sentence, source;
  // As found.
  std::string text, prior_text;  // normalized sentences
  std::vector<YearAt> years;     // of `text`
  size_t which = 0;              // year item: the labelled year among `years`
  size_t at = 0;                 // clause item: byte of the anchor in `text`
  int found_line = 0;
  std::string problem;  // why the item could not be found, or empty
};

std::vector<Item> load_items(const std::string& tsv_path);

class NendiffRules {
 public:
  explicit NendiffRules(std::string samples) : samples_(std::move(samples)) {}
  void find(Item& item);                // fills the "as found" fields
  std::string judge(const Item& item);  // a finding (year) or future/nonfuture (clause)

 private:
  const nendiff::Document& sample(int year);
  const std::vector<nendiff::StaleFinding>& sample_findings(int year);
  const nendiff::History& sample_history();
  void find_year(Item& item);
  void find_clause(Item& item);
  std::string sample_result(const Item& item);

  std::string samples_;
  std::map<int, nendiff::Document> docs_;
  std::map<int, std::vector<nendiff::StaleFinding>> findings_;
  std::unique_ptr<nendiff::History> history_;
};

}  // namespace tense
