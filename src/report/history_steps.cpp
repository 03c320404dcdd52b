#include "report/history_steps.hpp"

namespace nendiff::detail {

StepView step_view(const History& h, const Lineage& l, size_t e) {
  StepView v;
  v.measure = h.measure_in(l, e);
  if (!v.measure) {
    v.kind = e == l.last + 1 ? StepView::dropped_here : StepView::absent;
    return v;
  }
  const LineageStep& s = l.steps[e];
  v.kind = e == l.first ? StepView::first : s.same_text ? StepView::same_text : StepView::changed;
  v.moved = s.moved;
  v.tag_changed = s.tag_changed;
  return v;
}

std::vector<bool> unrolled_lineages(const History& h) {
  std::vector<bool> out(h.lineages.size(), false);
  for (const FollowUp& f : h.follow_ups)
    if ((f.result == FollowThrough::rolled_over || f.stale) && f.lineage < out.size()) out[f.lineage] = true;
  return out;
}

std::string lineage_number(size_t lineage) { return std::to_string(lineage + 1); }

}  // namespace nendiff::detail
