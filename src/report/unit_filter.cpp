// --only: which units a report lists. The words are the JSON report's status
// names, and 「moved」.
#include <algorithm>

#include "nendiff/error.hpp"
#include "nendiff/report.hpp"

namespace nendiff {
namespace {

constexpr Status kStatuses[] = {Status::changed, Status::added, Status::dropped, Status::unchanged};

}  // namespace

bool UnitFilter::lists(const MeasureDiff& d) const {
  if (statuses.empty() && !moved) return true;
  return (moved && d.moved) || std::find(statuses.begin(), statuses.end(), d.status) != statuses.end();
}

bool UnitFilter::lists(Status s) const {
  if (statuses.empty() && !moved) return true;
  return std::find(statuses.begin(), statuses.end(), s) != statuses.end();
}

std::vector<std::string> UnitFilter::names() const {
  std::vector<std::string> out;
  for (Status s : kStatuses)
    if (std::find(statuses.begin(), statuses.end(), s) != statuses.end()) out.push_back(status_name(s));
  if (moved) out.push_back("moved");
  return out;
}

UnitFilter parse_unit_filter(const std::string& words) {
  UnitFilter f;
  size_t at = 0;
  while (at <= words.size()) {
    const size_t comma = std::min(words.find(',', at), words.size());
    const std::string word = words.substr(at, comma - at);
    const Status* s = std::find_if(std::begin(kStatuses), std::end(kStatuses),
                                   [&](Status k) { return word == status_name(k); });
    if (word == "moved") f.moved = true;
    else if (s != std::end(kStatuses)) f.statuses.push_back(*s);
    else
      throw Error("unknown status '" + word +
                  "' (choose from changed, added, dropped, moved, unchanged)");
    at = comma + 1;
  }
  return f;
}

}  // namespace nendiff
