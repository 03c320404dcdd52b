// The compare stage: align the two editions, check the newer one for stale
// text, diff every aligned pair of measures, and put the pairs in the order a
// reader follows.
#include "nendiff/compare.hpp"

#include <algorithm>

#include "compare/align.hpp"
#include "compare/diff.hpp"
#include "compare/outside.hpp"
#include "text/year_mask.hpp"
#include "util/memory.hpp"
#include "util/parallel.hpp"

namespace nendiff {
namespace {

SectionMap section_partners(const Alignment& a, size_t old_sections) {
  SectionMap old_to_new(old_sections);
  for (const SectionChange& p : a.sections)
    if (p.old_index) old_to_new[*p.old_index] = p.new_index;
  return old_to_new;
}

// Moved: the measure's section, or one of its ancestors, now stands elsewhere.
bool is_moved(const Comparison& c, const Measure& o, const Measure& n, const SectionMap& old_to_new) {
  if (!o.section || !n.section) return o.section.has_value() != n.section.has_value();
  if (old_to_new[*o.section] != n.section) return true;
  const std::vector<size_t> new_chain = c.new_doc.section_chain(n.section);
  for (size_t s : c.old_doc.section_chain(o.section)) {
    const std::optional<size_t> partner = old_to_new[s];
    if (partner && std::find(new_chain.begin(), new_chain.end(), *partner) == new_chain.end())
      return true;
  }
  return false;
}

// What changed in the pair `d` names (its indices and similarity set).
void diff_pair(const Comparison& c, bool same_text, const SectionMap& old_to_new, MeasureDiff& d) {
  if (!d.old_index) return void(d.status = Status::added);
  if (!d.new_index) return void(d.status = Status::dropped);
  const Measure& o = c.old_doc.measures[*d.old_index];
  const Measure& n = c.new_doc.measures[*d.new_index];
  d.moved = is_moved(c, o, n, old_to_new);
  d.tag_changed = !same_ministries(o.tag, n.tag);
  d.label_changed = o.label != n.label;
  if (!same_text) diff_measures(o, n, c.year_gap, d);
  d.status = same_text && !d.tag_changed && !d.label_changed ? Status::unchanged
                                                             : Status::changed;
}

// New edition's order; a dropped measure right after the measure that preceded
// it in the old edition. Returns indices into `diffs`, so that the diffs
// themselves move once (with hundreds of thousands of them, every copy
// counts); 32 bits each, as a measure's index: these lists are held beside
// all the diffs.
std::vector<uint32_t> report_order(const std::vector<MeasureDiff>& diffs, size_t old_count) {
  constexpr uint32_t kNone = UINT32_MAX;
  std::vector<uint32_t> kept, dropped;
  const auto added_or_kept = std::count_if(diffs.begin(), diffs.end(),
                                           [](const MeasureDiff& d) { return d.new_index.has_value(); });
  kept.reserve(static_cast<size_t>(added_or_kept));
  dropped.reserve(diffs.size() - static_cast<size_t>(added_or_kept));
  for (size_t i = 0; i < diffs.size(); ++i)
    (diffs[i].new_index ? kept : dropped).push_back(static_cast<uint32_t>(i));
  std::vector<uint32_t> old_slot(old_count, kNone);  // old index → position in `kept`
  for (size_t k = 0; k < kept.size(); ++k)
    if (const auto& o = diffs[kept[k]].old_index) old_slot[*o] = static_cast<uint32_t>(k);
  // slot_after[o]: where a measure dropped after old measure o goes, i.e. after
  // the nearest kept predecessor; one forward pass, not a backward search per
  // dropped measure (quadratic when thousands are dropped).
  std::vector<uint32_t> slot_after(old_count + 1, 0);  // slot 0: before everything
  for (size_t o = 0; o < old_count; ++o)
    slot_after[o + 1] = old_slot[o] != kNone ? old_slot[o] + 1 : slot_after[o];
  std::vector<uint32_t>().swap(old_slot);
  auto slot = [&](size_t d) { return slot_after[*diffs[d].old_index]; };
  std::stable_sort(dropped.begin(), dropped.end(),
                   [&](size_t x, size_t y) { return slot(x) < slot(y); });
  std::vector<uint32_t> order;
  order.reserve(diffs.size());
  size_t d = 0;
  for (size_t k = 0; k <= kept.size(); ++k) {
    for (; d < dropped.size() && slot(dropped[d]) == k; ++d) order.push_back(dropped[d]);
    if (k < kept.size()) order.push_back(kept[k]);
  }
  return order;
}

// Puts the diffs in report order in place, cycle by cycle: a second vector of
// them would be the largest thing the comparison holds.
void put_in_report_order(std::vector<MeasureDiff>& diffs, size_t old_count) {
  const std::vector<uint32_t> order = report_order(diffs, old_count);  // slot → diff now there
  std::vector<bool> placed(order.size(), false);
  for (size_t start = 0; start < order.size(); ++start) {
    if (placed[start]) continue;
    MeasureDiff held = std::move(diffs[start]);
    size_t slot = start;
    for (; order[slot] != start; slot = order[slot]) {
      diffs[slot] = std::move(diffs[order[slot]]);
      placed[slot] = true;
    }
    diffs[slot] = std::move(held);
    placed[slot] = true;
  }
}

template <typename T>
const T* at(const std::vector<T>& items, const std::optional<size_t>& index) {
  return index ? &items[*index] : nullptr;
}

}  // namespace

const char* status_name(Status s) {
  switch (s) {
    case Status::unchanged: return "unchanged";
    case Status::changed: return "changed";
    case Status::added: return "added";
    case Status::dropped: return "dropped";
  }
  return "unchanged";
}

Summary Comparison::summary() const {
  Summary s;
  for (const MeasureDiff& d : measures) {
    switch (d.status) {
      case Status::unchanged: ++s.unchanged; break;
      case Status::changed: ++s.changed; break;
      case Status::added: ++s.added; break;
      case Status::dropped: ++s.dropped; break;
    }
    s.moved += d.moved;
    s.numbers += static_cast<int>(d.numbers.size());
    s.commitments_added += static_cast<int>(d.commitments_added.size());
    s.commitments_dropped += static_cast<int>(d.commitments_dropped.size());
    s.commitments_rewritten += static_cast<int>(d.rewritten.size());
    s.tag_changes += d.tag_changed;
  }
  for (const TextChange& t : outside) s.numbers += static_cast<int>(t.numbers.size());
  s.stale = static_cast<int>(stale.size());
  s.outside = static_cast<int>(outside.size());
  return s;
}

const char* caution_name(Caution c) { return c == Caution::reversed ? "reversed" : "unrelated"; }

namespace {

// Under a tenth of the units paired (unchanged or changed): two documents, not
// two editions of one.
constexpr double kUnrelatedPairedShare = 0.1;

// The same title once its years are set aside (「…方針2023」, 「…方針2024」).
bool same_title(const Document& a, const Document& b) {
  return text::mask_years(a.title).text == text::mask_years(b.title).text;
}

bool unrelated(const Comparison& c) {
  const size_t units = std::max(c.old_doc.measures.size(), c.new_doc.measures.size());
  size_t paired = 0;
  for (const MeasureDiff& d : c.measures) paired += d.old_index && d.new_index;
  const bool few_pair = units >= 5 && static_cast<double>(paired) < kUnrelatedPairedShare * units;
  const bool other_kind = !same_title(c.old_doc, c.new_doc) &&
                          c.old_doc.layout.profile != c.new_doc.layout.profile;
  return few_pair || other_kind;
}

}  // namespace

// Two documents that are no editions of one have no order to be reversed.
std::vector<Caution> Comparison::cautions() const {
  if (unrelated(*this)) return {Caution::unrelated};
  if (old_doc.edition_year > 0 && new_doc.edition_year > 0 && old_doc.edition_year > new_doc.edition_year)
    return {Caution::reversed};
  return {};
}

bool Comparison::has_differences() const {
  for (const MeasureDiff& d : measures)
    if (d.status != Status::unchanged || d.moved) return true;
  return !sections.empty() || !outside.empty();
}

const Measure* Comparison::old_measure(const MeasureDiff& d) const {
  return at(old_doc.measures, d.old_index);
}
const Measure* Comparison::new_measure(const MeasureDiff& d) const {
  return at(new_doc.measures, d.new_index);
}
const Measure& Comparison::shown(const MeasureDiff& d) const {
  return d.new_index ? new_doc.measures[*d.new_index] : old_doc.measures[*d.old_index];
}
const Section* Comparison::old_section(const SectionChange& s) const {
  return at(old_doc.sections, s.old_index);
}
const Section* Comparison::new_section(const SectionChange& s) const {
  return at(new_doc.sections, s.new_index);
}

namespace {

// Units from which the aligner's freed indexes are worth handing back.
constexpr size_t kTrimFromUnits = 10000;

// Everything but the stale check: align, diff every aligned pair on all
// cores, each into its own slot, and find what changed outside the units.
void align_and_diff(Comparison& c) {
  Alignment a = align(c.old_doc, c.new_doc);
  c.year_gap = a.year_gap;
  const SectionMap old_to_new = section_partners(a, c.old_doc.sections.size());
  std::vector<MeasureDiff> diffs = std::move(a.measures);
  const std::vector<bool> same_text = std::move(a.same_text);
  // The aligner's indexes: the diffs allocate on other threads. Only large
  // ones: trimming every arena costs the sample pair (66 measures) 8 of its
  // 20 ms of CPU, and a server's many threads far more (issue 19).
  if (diffs.size() >= kTrimFromUnits) detail::return_free_memory();
  detail::parallel_for(diffs.size(), [&](size_t i) {
    diff_pair(c, same_text[i], old_to_new, diffs[i]);
  });
  put_in_report_order(diffs, c.old_doc.measures.size());
  c.measures = std::move(diffs);
  for (const SectionChange& p : a.sections)
    if (p.kind != SectionChangeKind::same) c.sections.push_back(p);
  c.outside = outside_changes(c.old_doc, c.new_doc, c.year_gap);
}

}  // namespace

// The stale check reads only the two documents and writes only c.stale: it
// runs beside all the rest, which needs nothing of it.
Comparison compare(Document old_doc, Document new_doc) {
  Comparison c;
  c.old_doc = std::move(old_doc);
  c.new_doc = std::move(new_doc);
  CheckOptions check;
  check.prior = &c.old_doc;
  detail::in_parallel([&] { align_and_diff(c); },
                      [&] { c.stale = check_stale(c.new_doc, check); });
  return c;
}

}  // namespace nendiff
