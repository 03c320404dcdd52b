#include "report/rows.hpp"

#include <algorithm>
#include <map>

#include "report/labels.hpp"
#include "report/quoted.hpp"

namespace nendiff::detail {
namespace {

// Makes the rows of one Comparison: the section changes and the findings of
// each new measure are gathered once (looking them up per row is quadratic on
// long documents).
class RowMaker {
 public:
  explicit RowMaker(const Comparison& c) : c_(c) {
    for (const SectionChange& s : c.sections)
      if (s.new_index) changes_[*s.new_index] = &s;
    for (const StaleFinding& f : c.stale)
      if (f.measure) stale_[*f.measure].push_back(&f);
  }

  Row operator()(const MeasureDiff& d, bool ghost) const {
    Row r;
    r.diff = &d;
    r.old_measure = c_.old_measure(d);
    r.new_measure = c_.new_measure(d);
    r.ghost = ghost;
    r.shown_measure = ghost ? r.old_measure : &c_.shown(d);
    const bool old = ghost || !r.new_measure;
    r.headings = headings_of(r.shown(), old);
    if (d.moved) r.moved_headings = headings_of(ghost ? *r.new_measure : *r.old_measure, !ghost);
    auto found = d.new_index && !ghost ? stale_.find(*d.new_index) : stale_.end();
    if (found != stale_.end()) r.stale = found->second;
    return r;
  }

 private:
  // The headings `m` stands under in its edition (the old one if `old`).
  std::vector<Heading> headings_of(const Measure& m, bool old) const {
    const Document& doc = old ? c_.old_doc : c_.new_doc;
    std::vector<Heading> chain;
    for (size_t s : doc.section_chain(m.section)) {
      auto change = old ? changes_.end() : changes_.find(s);
      chain.push_back({&doc.sections[s], old, change == changes_.end() ? nullptr : change->second});
    }
    return chain;
  }

  const Comparison& c_;
  std::map<size_t, const SectionChange*> changes_;  // by new section
  std::map<size_t, std::vector<const StaleFinding*>> stale_;  // by new measure
};

}  // namespace

std::string line_ref(int line, int page) {
  return (page > 0 ? "p." + std::to_string(page) + " " : "") + "L" + std::to_string(line);
}

std::string line_ref(const Measure* m, bool with_page) {
  if (!m) return "—";
  return line_ref(m->line, with_page ? m->page : 0);
}

std::string line_ref(const Document& d, int line) {
  return line > 0 ? line_ref(line, d.page_of(line)) : "—";
}

std::string Heading::id() const {
  return (old_edition ? "os" : "s") + std::to_string(section->line);
}

std::vector<Row> measure_rows(const Comparison& c) {
  std::vector<Row> rows;
  rows.reserve(c.measures.size());
  for_each_measure_row(c, [&](const Row& r) { rows.push_back(r); });
  return rows;
}

void for_each_measure_row(const Comparison& c, const std::function<void(const Row&)>& each) {
  const RowMaker make(c);
  for (const MeasureDiff& d : c.measures) each(make(d, false));
}

std::vector<Row> table_rows(const Comparison& c) {
  const RowMaker make(c);
  std::vector<const MeasureDiff*> by_old(c.old_doc.measures.size(), nullptr);
  for (const MeasureDiff& d : c.measures)
    if (d.old_index) by_old[*d.old_index] = &d;
  // Old order: each ghost goes after whatever stands for its old predecessor:
  // its row, or its ghost, which follows the row before it in turn. Ghosts are
  // gathered by the row they follow (nullptr: the top), not inserted one by one
  // (quadratic when thousands of measures moved).
  std::map<const MeasureDiff*, std::vector<const MeasureDiff*>> ghosts_after;
  const MeasureDiff* anchor = nullptr;
  for (size_t k = 0; k < by_old.size(); ++k) {
    if (k > 0 && (!by_old[k - 1] || !by_old[k - 1]->moved)) anchor = by_old[k - 1];
    if (by_old[k] && by_old[k]->moved) ghosts_after[anchor].push_back(by_old[k]);
  }
  std::vector<Row> rows;
  auto add_ghosts = [&](const MeasureDiff* after) {
    auto it = ghosts_after.find(after);
    if (it != ghosts_after.end())
      for (const MeasureDiff* d : it->second) rows.push_back(make(*d, true));
  };
  add_ghosts(nullptr);
  for (const MeasureDiff& d : c.measures) {
    rows.push_back(make(d, false));
    add_ghosts(&d);
  }
  return rows;
}

std::string outside_lines(const Comparison& c, const TextChange& t, std::string_view old_word,
                          std::string_view new_word) {
  if (t.old_line == 0 && t.new_line == 0) return "";
  auto side = [](std::string_view word, const Document& d, int line) {
    return (word.empty() ? "" : std::string(word) + " ") + line_ref(d, line);
  };
  return side(old_word, c.old_doc, t.old_line) + " → " + side(new_word, c.new_doc, t.new_line);
}

Status outside_status(const TextChange& t) {
  return t.old_text.empty() ? Status::added : t.new_text.empty() ? Status::dropped : Status::changed;
}

std::vector<const TextChange*> listed_outside(const Comparison& c, const UnitFilter& only) {
  std::vector<const TextChange*> out;
  for (const TextChange& t : c.outside)
    if (only.lists(outside_status(t))) out.push_back(&t);
  return out;
}

void Counts::add(const MeasureDiff& d) {
  switch (d.status) {
    case Status::changed: ++changed; break;
    case Status::added: ++added; break;
    case Status::dropped: ++dropped; break;
    case Status::unchanged: ++unchanged; break;
  }
  moved += d.moved;
  tags += d.tag_changed;
}

std::vector<std::pair<std::string, Counts>> top_section_counts(const std::vector<Row>& rows) {
  const std::string none = "(" + std::string(words::no_section.ja) + ")";
  std::vector<std::pair<std::string, Counts>> out;
  std::vector<std::string_view> tops;  // each one's heading as read: a section of both editions is one
  for (const Row& r : rows) {
    if (r.ghost) continue;
    const std::vector<std::string>& path = r.shown().section_path;
    const std::string_view top = path.empty() ? std::string_view(none) : std::string_view(path.front());
    auto it = std::find(tops.begin(), tops.end(), top);
    if (it == tops.end()) {
      it = tops.insert(tops.end(), top);
      out.push_back({r.headings.empty() ? none : quoted_heading(*r.headings.front().section), Counts{}});
    }
    out[static_cast<size_t>(it - tops.begin())].second.add(*r.diff);
  }
  return out;
}

}  // namespace nendiff::detail
