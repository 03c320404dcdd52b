// What the 新旧対照表 shows above its table: the summary cards, a bar chart per
// top-level section, the counts per ministry, the section changes, the stale
// findings and the filter buttons.
#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "report/html_parts.hpp"
#include "report/labels.hpp"
#include "report/layout.hpp"
#include "report/quoted.hpp"
#include "report/util.hpp"

namespace nendiff::detail::html {
namespace {

std::string esc(std::string_view text) { return html_escape(text); }

std::string bar(double x, double width, int y, const char* colour, const std::string& title) {
  std::ostringstream s;
  s << "<rect x=\"" << x << "\" y=\"" << y << "\" width=\"" << width << "\" height=\"14\" fill=\""
    << colour << "\"><title>" << esc(title) << "</title></rect>";
  return s.str();
}

// The chart's parts: each status in its colour.
struct Part {
  Status status;
  const char* colour;
  int Counts::*count;
};
const Part kParts[] = {{Status::changed, "#b7791f", &Counts::changed},
                       {Status::added, "#2f855a", &Counts::added},
                       {Status::dropped, "#c53030", &Counts::dropped},
                       {Status::unchanged, "#c9d1d9", &Counts::unchanged}};

std::string chart_bar(const std::string& name, const Counts& n, int y, double unit) {
  std::string out = "<text x=\"0\" y=\"" + std::to_string(y + 11) + "\">" +
                    esc(excerpt(name, 22)) + "<title>" + esc(name) + "</title></text>";
  double x = 300;
  for (const Part& p : kParts) {
    const int count = n.*p.count;
    if (count == 0) continue;
    out += bar(x, count * unit, y, p.colour,
               ja_en(status_label(p.status)) + " " + std::to_string(count));
    x += count * unit;
  }
  auto ja = [](const Label& l) { return std::string(l.ja); };
  return out + "<text x=\"" + std::to_string(static_cast<int>(x) + 6) + "\" y=\"" +
         std::to_string(y + 11) + "\">" + ja(status_label(Status::changed)) +
         std::to_string(n.changed) + " " + ja(status_label(Status::added)) +
         std::to_string(n.added) + " " + ja(status_label(Status::dropped)) +
         std::to_string(n.dropped) + " " + ja(words::moved) + std::to_string(n.moved) + " / " +
         std::to_string(n.total()) + "</text>";
}

std::string legend() {
  std::string out = "<div class=\"legend\">";
  for (const Part& p : kParts)
    out += std::string(p.status == Status::changed ? "" : " ") + "<i style=\"background:" +
           p.colour + "\"></i>" + ja_en(status_label(p.status));
  return out + "</div>";
}

std::string ministry_table(const std::vector<std::pair<std::string, Counts>>& rows,
                           const Label& units) {
  std::string out = "<table class=\"counts\"><tr><th>" + ja_en(words::ministry) + "</th>";
  for (const Label& l : {units, status_label(Status::changed),
                         status_label(Status::added), status_label(Status::dropped), words::moved,
                         words::ministry_changed})
    out += "<th>" + std::string(l.ja) + "</th>";
  out += "</tr>";
  for (const auto& [name, n] : rows) {
    out += "<tr><td>" + esc(name) + "</td>";
    for (int v : {n.total(), n.changed, n.added, n.dropped, n.moved, n.tags})
      out += "<td class=\"n\">" + std::to_string(v) + "</td>";
    out += "</tr>";
  }
  return out + "</table>";
}

}  // namespace

std::string cards_html(const Comparison& c) {
  const Summary n = c.summary();
  std::string out = "<ul class=\"cards\">";
  for (const SummaryCount& s : summary_counts(unit_kind(c)))
    out += "<li><b>" + std::to_string(n.*s.field) + "</b>" + std::string(s.card.ja) +
           " <small>" + std::string(s.card.en) + "</small></li>";
  return out + "</ul>";
}

std::string chart_svg(const std::vector<Row>& rows) {
  const std::vector<std::pair<std::string, Counts>> sections = top_section_counts(rows);
  int most = 1;
  for (const auto& s : sections) most = std::max(most, s.second.total());
  const int height = static_cast<int>(sections.size()) * 22 + 8;
  std::string out =
      "<svg class=\"chart\" role=\"img\" aria-label=\"大項目別 per section\" "
      "xmlns=\"http://www.w3.org/2000/svg\" width=\"860\" height=\"" +
      std::to_string(height) + "\" viewBox=\"0 0 860 " + std::to_string(height) + "\">";
  for (size_t i = 0; i < sections.size(); ++i)
    out += chart_bar(sections[i].first, sections[i].second, static_cast<int>(i) * 22 + 4,
                     360.0 / most);
  return out + "</svg>" + legend();
}

// Measures per ministry named in their tag (old and new tags both count when
// they differ); ministries whose measures did not change are folded away.
std::string ministries_html(const std::vector<Row>& rows, const Label& units) {
  std::map<std::string, Counts> by_name;
  for (const Row& r : rows) {
    if (r.ghost) continue;
    std::set<std::string> names;
    for (const Measure* m : {r.old_measure, r.new_measure})
      if (m && m->tag && (m == &r.shown() || r.diff->tag_changed))
        for (const Ministry& x : m->tag->ministries) names.insert(x.name);
    for (const std::string& name : names) by_name[name].add(*r.diff);
  }
  std::vector<std::pair<std::string, Counts>> changed, quiet;
  for (const auto& entry : by_name)
    (entry.second.unchanged == entry.second.total() && !entry.second.moved && !entry.second.tags
         ? quiet
         : changed)
        .push_back(entry);
  auto by_size = [](const auto& a, const auto& b) { return a.second.total() > b.second.total(); };
  std::stable_sort(changed.begin(), changed.end(), by_size);
  std::stable_sort(quiet.begin(), quiet.end(), by_size);
  std::string out = changed.empty() ? "" : ministry_table(changed, units);
  if (!quiet.empty())
    out += "<details><summary>変更のない府省 unchanged (" + std::to_string(quiet.size()) +
           ")</summary>" + ministry_table(quiet, units) + "</details>";
  return out;
}

std::string section_changes_html(const Comparison& c) {
  if (c.sections.empty()) return "";
  const UnitWords& unit = unit_words(unit_kind(c));
  std::string out = "<h2>" + ja_en(words::section_changes) + "</h2><ul class=\"findings\">";
  for (const SectionChange& s : c.sections) {
    out += "<li>" + esc(section_change_label(s.kind).en) + ":";
    if (const Section* o = c.old_section(s))
      out += " " + std::string(unit.old_side.ja) + " L" + std::to_string(o->line) + " " +
             esc(quoted_heading(*o));
    if (const Section* n = c.new_section(s))
      out += " → " + std::string(unit.new_side.ja) + " <a href=\"#s" +
             std::to_string(n->line) + "\">L" + std::to_string(n->line) + " " + esc(quoted_heading(*n)) +
             "</a>";
    out += "</li>";
  }
  return out + "</ul>";
}

std::string stale_html(const Comparison& c) {
  if (c.stale.empty()) return "";
  std::string out = "<h2>" + std::string(words::stale.ja) + " Stale findings (" +
                    std::to_string(c.stale.size()) + ")</h2><ul class=\"findings\">";
  for (const StaleFinding& f : c.stale) {
    std::string where = "L" + std::to_string(f.line);
    if (f.measure)
      where = "<a href=\"#n" + std::to_string(c.new_doc.measures[*f.measure].line) + "\">" +
              where + "</a>";
    const QuotedFinding q = quoted_finding(c, f);
    out += "<li title=\"" + esc(q.message_en) + "\">" + where + " 「" + esc(q.phrase) + "」 " + esc(q.message_ja) +
           "</li>";
  }
  return out + "</ul>";
}

// A year that only rolled carries a quiet mark; this shows it as an edit.
std::string rolls_toggle(bool checked) {
  return std::string(" <label class=\"rolls\"><input type=\"checkbox\" id=\"rolls\"") +
         (checked ? " checked" : "") + "> " + ja_en(words::show_rolls) + "</label>";
}

// 「差分のみ」 shows every unit that differs; 「差分のみ印刷」 prints them.
std::string differences_buttons() {
  auto preset = [](const Label& l, const char* extra) {
    return std::string("<button type=\"button\" class=\"preset\" data-filters=\"changed added "
                       "dropped moved\"") + extra + ">" + ja_en(l) + "</button>";
  };
  return preset(words::differences_only, "") + preset(words::print_differences, " data-print");
}

// Toggles that combine (several statuses at once). Each count is what its
// button shows: the stale one counts units with findings, named as such.
std::string filters_html(const Comparison& c, const std::vector<Row>& rows, const ReportOptions& o) {
  const Summary n = c.summary();
  int stale_rows = 0, measures = 0;
  for (const Row& r : rows) {
    measures += !r.ghost;
    stale_rows += !r.stale.empty();
  }
  auto button = [](const char* filter, const std::string& label, int count) {
    return std::string("<button type=\"button\" data-filter=\"") + filter + "\">" + label +
           " <b>" + std::to_string(count) + "</b></button>";
  };
  const UnitWords& unit = unit_words(unit_kind(c));
  std::string initial;
  for (const std::string& f : o.only.names()) initial += (initial.empty() ? "" : " ") + f;
  return "<nav class=\"filters\" aria-label=\"絞り込み filter\" data-initial=\"" + initial + "\">" +
         button("changed", ja_en(status_label(Status::changed)), n.changed) +
         button("added", ja_en(status_label(Status::added)), n.added) +
         button("dropped", ja_en(status_label(Status::dropped)), n.dropped) +
         button("moved", ja_en(words::moved), n.moved) +
         button("stale", std::string(words::stale_filter.ja) + std::string(unit.units.ja) + " " +
                             std::string(unit.units.en) + std::string(words::stale_filter.en),
                stale_rows) +
         button("all", ja_en(words::all), measures) + differences_buttons() +
         " 表示 shown: <output id=\"shown\">" + std::to_string(measures) + "</output>" +
         rolls_toggle(o.show_rolls) + "</nav>";
}

}  // namespace nendiff::detail::html
