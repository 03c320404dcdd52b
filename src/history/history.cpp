// Following measures across editions: the editions in order, each pair of
// consecutive ones compared, then the steps of history/steps.hpp — lineages
// (lineage.cpp), figure series (series.cpp) and the follow-through of each
// commitment (follow_through.cpp, reading sentences as promises.cpp does).
#include "nendiff/history.hpp"

#include <algorithm>

#include "history/steps.hpp"
#include "nendiff/error.hpp"

namespace nendiff {
namespace {

std::string name_of(const Document& d) { return d.path.empty() ? d.title : d.path; }

void order_editions(std::vector<Document>& editions) {
  if (editions.size() < 2) throw Error("a history needs at least two editions");
  for (const Document& d : editions)
    if (d.edition_year == 0)
      throw Error(name_of(d) +
                  ": no edition year in its title or decision date, "
                  "so it cannot be placed in the history");
  std::stable_sort(editions.begin(), editions.end(),
                   [](const Document& a, const Document& b) { return a.edition_year < b.edition_year; });
  for (size_t i = 0; i + 1 < editions.size(); ++i)
    if (editions[i].edition_year == editions[i + 1].edition_year)
      throw Error(name_of(editions[i]) + " and " + name_of(editions[i + 1]) + ": two editions of " +
                  std::to_string(editions[i].edition_year));
}

}  // namespace

const Measure* History::measure_in(const Lineage& l, size_t edition) const {
  const std::optional<size_t>& m = l.steps[edition].measure;
  return m ? &editions[edition].measures[*m] : nullptr;
}

int FigureSeries::changes() const {
  int n = 0;
  for (size_t i = 1; i < points.size(); ++i) n += points[i].value != points[i - 1].value;
  return n;
}

const char* follow_through_name(FollowThrough f) {
  switch (f) {
    case FollowThrough::done:
      return "done";
    case FollowThrough::continued:
      return "continued";
    case FollowThrough::rolled_over:
      return "rolled_over";
    case FollowThrough::dropped:
      return "dropped";
  }
  return "dropped";
}

History follow_history(std::vector<Document> editions) {
  order_editions(editions);
  History h;
  h.editions = std::move(editions);
  for (const Document& d : h.editions) h.years.push_back(d.edition_year);
  for (size_t i = 0; i + 1 < h.editions.size(); ++i)
    h.comparisons.push_back(compare(h.editions[i], h.editions[i + 1]));
  const detail::LineageMap of = detail::follow_lineages(h);
  detail::collect_series(h);
  detail::follow_commitments(h, of);
  return h;
}

}  // namespace nendiff
