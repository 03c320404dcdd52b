// History: each measure followed across three or more editions, the figures it
// reports year by year, and whether last year's promises were reported on.
// Built by chaining the pairwise comparisons of consecutive editions.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "nendiff/compare.hpp"
#include "nendiff/model.hpp"

namespace nendiff {

// A measure as it stands in one edition.
struct LineageStep {
  std::optional<size_t> measure;  // index into that edition's measures; none: not in it
  Status status = Status::added;  // against the previous edition (added: first appearance)
  bool moved = false;             // now under another section
  bool tag_changed = false;
  bool same_text = false;  // the previous edition's text, years rolled aside
};

// One measure from the first edition it appears in to the last.
struct Lineage {
  std::vector<LineageStep> steps;  // one per edition of the History
  size_t first = 0, last = 0;      // editions it appears in, first ≤ last
  // Editions in a row, ending at `last`, whose text is the previous one's:
  // how many years the same text has been carried over (the boilerplate signal).
  int repeated = 0;
};

// The same figure of one measure in consecutive editions: 「大規模法人部門で
// 2,299法人」 → 2,676 → 2,988 …
struct FigurePoint {
  size_t edition = 0;
  double value = 0;
  std::string raw;
  int line = 0;
};

struct FigureSeries {
  size_t lineage = 0;
  std::string label;  // the words before the figure in its latest edition
  std::string unit;
  std::vector<FigurePoint> points;  // consecutive editions, at least two
  int changes() const;              // points whose value differs from the one before
};

// What became of a forward commitment of one edition in the next.
enum class FollowThrough {
  done,         // reported as done (or under way) in the next edition
  continued,    // still promised, its years rolled or reworded
  rolled_over,  // still promised with the same year, which has now begun or passed
  dropped       // not mentioned again
};
const char* follow_through_name(FollowThrough f);

struct FollowUp {
  size_t edition = 0;  // the edition that made the commitment; judged in edition + 1
  size_t lineage = 0;
  std::string commitment;  // the sentence, normalized
  int line = 0;
  int year = 0;  // the year the forward part names (「2023年度以降も」), 0: none
  FollowThrough result = FollowThrough::dropped;
  std::string evidence;  // the sentence of the next edition that decided it, or empty
  int evidence_line = 0;
  std::optional<size_t> evidence_lineage;  // another measure's lineage when the text moved there
  double score = 0;           // weighted share of the commitment's wording found in the evidence
  bool stale = false;         // check_stale flags the evidence sentence
};

struct History {
  std::vector<Document> editions;       // oldest first
  std::vector<int> years;               // of each edition: its title's, else its decision date's
  std::vector<Comparison> comparisons;  // editions i → i + 1
  std::vector<Lineage> lineages;        // in order of the latest edition each measure is in
  std::vector<FigureSeries> series;
  std::vector<FollowUp> follow_ups;

  // The measure a lineage has in an edition; nullptr where it has none.
  const Measure* measure_in(const Lineage& l, size_t edition) const;
  // The lineage's measure in the last edition it is in.
  const Measure& latest(const Lineage& l) const { return *measure_in(l, l.last); }
};

// Orders the editions by year (the title's, else the decision date's) and follows
// every measure through them. Throws Error for fewer than two editions, an
// edition without a year, or two editions of the same year.
History follow_history(std::vector<Document> editions);

}  // namespace nendiff
