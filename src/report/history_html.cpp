// `nendiff history --format html`: one self-contained page (inline CSS, JS and
// SVG, nothing fetched). The lineage table has one row per measure and one
// column per edition; each figure that changed gets a small inline chart; the
// commitments table shows what became of each promise. All document text goes
// through html_escape; ids are built from numbers only.
#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>

#include "nendiff/report.hpp"
#include "report/history_steps.hpp"
#include "report/html_page.hpp"
#include "report/labels.hpp"
#include "report/layout.hpp"
#include "report/util.hpp"

namespace nendiff::detail {
namespace {

// The history page's own style, after the shared one (html_page.cpp).
const char* const kStyle = R"css(
h2{margin-top:22px}
.editions{padding-left:18px}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid var(--line);padding:3px 6px;vertical-align:top;overflow-wrap:anywhere}
thead th{background:#eaeef2;position:sticky;top:38px;z-index:1}
#lineage td.ed{white-space:nowrap;text-align:center;font-size:12px;width:86px}
#lineage td.sec{color:var(--muted);font-size:11px}
td.ed.absent{background:repeating-linear-gradient(135deg,#fff,#fff 6px,#f6f8fa 6px,#f6f8fa 12px)}
.b-added{background:var(--add)}.b-changed{background:var(--chg)}.b-same{background:var(--same)}
.b-dropped{background:var(--del)}.b-moved{background:var(--mov)}.b-tag{background:#0969da}
.b-done{background:var(--add)}.b-continued{background:#0969da}.b-rolled_over{background:var(--stale)}
.b-dropped-c{background:var(--del)}
.rep{color:var(--muted);font-size:11px}
#lineage td.n{text-align:right;font-variant-numeric:tabular-nums;color:var(--muted);width:3em;white-space:nowrap}
#lineage tr.unrolled td{background:#fff4e5}#lineage tr.unrolled td.n{border-left:4px solid var(--stale)}
.unrolled-mark{color:#7b341e;font-weight:bold;font-size:11px}
.same{color:var(--muted)}
.cards-caption{margin:8px 0 0;color:var(--muted);font-size:12px}
svg.chart .base{stroke:#8c959f;stroke-width:1}
.charts{display:flex;flex-wrap:wrap;gap:12px}
figure.series{margin:0;border:1px solid var(--line);border-radius:6px;padding:6px 8px;width:290px}
figure.series figcaption{font-size:12px}figure.series figcaption a{color:var(--muted);font-size:11px}
svg.chart text{font-family:inherit;font-size:10px;fill:#1f2328}svg.chart .yr{fill:var(--muted)}
svg.chart polyline{fill:none;stroke:#0969da;stroke-width:2}svg.chart circle{fill:#0969da}
#follow td.res{white-space:nowrap}#follow td.ln{white-space:nowrap;color:var(--muted);font-size:11px}
@media print{
thead th{position:static}
tr{break-inside:avoid;page-break-inside:avoid}figure.series{break-inside:avoid}
}
)css";

// Filters on the lineage table: rows whose data-kinds hold one of the filter words.
const char* const kScript = R"js(
(function () {
  'use strict';
  var rows = Array.prototype.slice.call(document.querySelectorAll('#lineage tbody tr'));
  nendiffFilters(function (filters) {
    var shown = 0;
    rows.forEach(function (tr) {
      var kinds = (tr.getAttribute('data-kinds') || '').split(' ');
      tr.hidden = filters.length > 0 && !filters.some(function (f) { return kinds.indexOf(f) >= 0; });
      if (!tr.hidden) shown++;
    });
    return shown;
  });
})();
)js";

std::string esc(std::string_view text) { return html_escape(text); }

std::string year_of(const History& h, size_t edition) { return std::to_string(h.years[edition]); }

// Readers count from 1: lineage 0 is 「施策 #1」, its row's anchor #l1.
std::string number_of(size_t lineage) { return lineage_number(lineage); }
std::string link_to(size_t lineage, const std::string& text) {
  return "<a href=\"#l" + number_of(lineage) + "\">" + text + "</a>";
}

// ---- Summary -------------------------------------------------------------------

std::string card(int n, const Label& l) {
  return "<li><b>" + std::to_string(n) + "</b>" + std::string(l.ja) + "<br><small>" +
         std::string(l.en) + "</small></li>";
}

// Two rows of counts, each captioned with what it adds up: the measures
// followed (of which so many are in every edition …), and last year's
// commitments by what became of them (these add up to all of them).
std::string summary_html(const History& h) {
  int everywhere = 0, repeated = 0, ended = 0;
  const size_t last = h.editions.size() - 1;
  for (const Lineage& l : h.lineages) {
    everywhere += l.first == 0 && l.last == last;
    repeated += l.repeated > 0;
    ended += l.last < last;
  }
  std::map<FollowThrough, int> results;
  for (const FollowUp& f : h.follow_ups) ++results[f.result];
  const std::string measures = std::to_string(h.lineages.size());
  std::string out = "<p class=\"cards-caption\">施策 " + measures + " 件（うち） / " + measures +
                    " measures followed, of which:</p><ul class=\"cards\" id=\"summary\">" +
                    card(static_cast<int>(h.lineages.size()), history_words::followed) +
                    card(everywhere, history_words::in_every_edition) +
                    card(repeated, history_words::carried_over) +
                    card(ended, history_words::dropped_on_the_way) + "</ul>\n";
  std::string sum;
  for (FollowThrough f : follow_through_results())
    sum += (sum.empty() ? "" : " + ") + std::string(follow_through_card(f).ja) + " " + std::to_string(results[f]);
  out += "<p class=\"cards-caption\">前年の取組方針 " + std::to_string(h.follow_ups.size()) + " 件 = " + sum +
         " / last year's " + std::to_string(h.follow_ups.size()) +
         " commitments by what became of them:</p><ul class=\"cards\" id=\"follow-summary\">";
  for (FollowThrough f : follow_through_results()) out += card(results[f], follow_through_card(f));
  return out + "</ul>\n";
}

// ---- Lineage table -----------------------------------------------------------------

std::string badge(const char* cls, const std::string& text) {
  return std::string("<span class=\"badge ") + cls + "\">" + text + "</span>";
}

std::string step_html(const History& h, const Lineage& l, size_t e) {
  const StepView v = step_view(h, l, e);
  if (v.kind == StepView::dropped_here)
    return "<td class=\"ed absent\">" + badge("b-dropped", ja_en(status_label(Status::dropped))) + "</td>";
  if (v.kind == StepView::absent) return "<td class=\"ed absent\"></td>";
  // Most steps repeat the text: a quiet 「＝」, badges only for what changed.
  std::string badges = v.kind == StepView::first ? badge("b-added", ja_en(history_words::first))
                       : v.kind == StepView::same_text
                           ? "<span class=\"same\" title=\"" + ja_en(history_words::same_text) + "\">＝</span>"
                           : badge("b-changed", ja_en(status_label(Status::changed)));
  if (v.moved) badges += badge("b-moved", ja_en(words::moved));
  if (v.tag_changed) badges += badge("b-tag", ja_en(history_words::tag));
  return "<td class=\"ed\">L" + std::to_string(v.measure->line) + "<br>" + badges + "</td>";
}

// Filter words of a row: changed, repeated, dropped, added, moved.
std::string kinds_of(const History& h, const Lineage& l) {
  std::string kinds;
  bool changed = false, moved = false;
  for (size_t e = l.first + 1; e <= l.last; ++e) {
    changed = changed || !l.steps[e].same_text;
    moved = moved || l.steps[e].moved;
  }
  if (changed) kinds += " changed";
  if (l.repeated > 0) kinds += " repeated";
  if (l.last + 1 < h.editions.size()) kinds += " dropped";
  if (l.first > 0) kinds += " added";
  if (moved) kinds += " moved";
  return kinds.empty() ? "" : kinds.substr(1);
}

std::string lineage_row(const History& h, size_t id, bool unrolled) {
  const Lineage& l = h.lineages[id];
  const Measure& latest = h.latest(l);
  std::string row = "<tr id=\"l" + number_of(id) + "\"" + (unrolled ? " class=\"unrolled\"" : "") +
                    " data-kinds=\"" + kinds_of(h, l) + (unrolled ? " unrolled" : "") +
                    "\" data-repeated=\"" + std::to_string(l.repeated) + "\"><td class=\"n\">" +
                    number_of(id) + "</td><td><div class=\"sec\">" +
                    esc(section_path_text(latest.section_path)) + "</div>" + esc(excerpt(latest.text, 90));
  if (unrolled)
    row += " <span class=\"unrolled-mark\">⚠ " + ja_en(history_words::years_not_updated) + "</span>";
  row += "</td>";
  for (size_t e = 0; e < h.editions.size(); ++e) row += step_html(h, l, e);
  return row + "</tr>\n";
}

// Row by row to `out`: a history over many editions is long.
void write_lineage_table(const History& h, std::ostream& out) {
  auto button = [](const char* filter, const Label& l) {
    return std::string("<button data-filter=\"") + filter + "\">" + ja_en(l) + "</button>";
  };
  out << "<nav class=\"filters\">" << button("all", words::all)
      << button("changed", history_words::changed_filter)
      << button("repeated", history_words::repeated_filter)
      << button("added", history_words::added_filter)
      << button("dropped", status_label(Status::dropped)) << button("moved", words::moved)
      << button("unrolled", history_words::years_not_updated)
      << " <span id=\"shown\"></span> 件</nav>\n"
      << "<table id=\"lineage\"><thead><tr><th>#</th><th>" << ja_en(history_words::measure_column)
      << "</th>";
  for (size_t e = 0; e < h.editions.size(); ++e)
    out << "<th>" << year_of(h, e) << "</th>";
  out << "</tr></thead><tbody>\n";
  const std::vector<bool> unrolled = unrolled_lineages(h);
  for (size_t i = 0; i < h.lineages.size(); ++i) out << lineage_row(h, i, unrolled[i]);
  out << "</tbody></table>\n";
}

// ---- Figure charts -----------------------------------------------------------------

std::string number(double v) {
  std::ostringstream s;
  s << v;
  return s.str();
}

// A line chart over the editions: x by edition, y from a baseline of zero for
// counts (約94%→約93% is a small step, not a collapse), the baseline drawn and
// labelled. A value's label stands above its point, or below when it would
// run into the label before it.
std::string chart_svg(const History& h, const FigureSeries& s) {
  const double width = 280, height = 96, left = 34, right = 34, top = 16, bottom = 20;
  double lo = s.points.front().value, hi = lo;
  for (const FigurePoint& p : s.points) lo = std::min(lo, p.value), hi = std::max(hi, p.value);
  if (lo > 0) lo = 0;
  if (hi < 0) hi = 0;
  size_t n = h.editions.size();
  auto x = [&](size_t e) { return left + (width - left - right) * e / std::max<double>(1, n - 1); };
  auto y = [&](double v) {
    return hi == lo ? height - bottom : top + (height - top - bottom) * (hi - v) / (hi - lo);
  };
  const std::string base = number(std::round(y(0)));
  std::string line, marks, years;
  double last_label_y = -100, last_x = -100;
  for (const FigurePoint& p : s.points) {
    const double px = std::round(x(p.edition)), py = std::round(y(p.value));
    std::string cx = number(px), cy = number(py);
    double label_y = py - 5;
    if (std::abs(label_y - last_label_y) < 12 && px - last_x < 70 && py + 14 < height - bottom)
      label_y = py + 14;
    last_label_y = label_y, last_x = px;
    line += (line.empty() ? "" : " ") + cx + "," + cy;
    marks += "<circle cx=\"" + cx + "\" cy=\"" + cy + "\" r=\"3\"><title>" + year_of(h, p.edition) +
             ": " + esc(p.raw) + "</title></circle><text x=\"" + cx + "\" y=\"" + number(label_y) +
             "\" text-anchor=\"middle\">" + esc(p.raw) + "</text>";
  }
  for (size_t e = 0; e < n; ++e)
    years += "<text class=\"yr\" x=\"" + number(std::round(x(e))) + "\" y=\"" +
             number(height - 4) + "\" text-anchor=\"middle\">" + year_of(h, e) +
             "</text>";
  const std::string axis = "<line class=\"base\" x1=\"" + number(left - 6) + "\" y1=\"" + base + "\" x2=\"" +
                           number(width - right + 6) + "\" y2=\"" + base + "\"/><text class=\"yr\" x=\"" +
                           number(left - 10) + "\" y=\"" + base + "\" text-anchor=\"end\">0</text>";
  return "<svg class=\"chart\" viewBox=\"0 0 " + number(width) + " " + number(height) +
         "\" width=\"" + number(width) + "\" height=\"" + number(height) +
         "\" role=\"img\">" + axis + "<polyline points=\"" + line + "\"/>" + marks + years + "</svg>";
}

std::string series_html(const History& h) {
  std::string out;
  int shown = 0;
  for (const FigureSeries& s : h.series) {
    if (s.changes() == 0) continue;
    ++shown;
    out += "<figure class=\"series\" data-lineage=\"" + std::to_string(s.lineage) + "\">" +
           chart_svg(h, s) + "<figcaption>" + esc(s.label) + " <b>[" + esc(s.unit) +
           "]</b> " + link_to(s.lineage, "施策 #" + number_of(s.lineage)) + "</figcaption></figure>\n";
  }
  return "<h2 id=\"series\">数値の推移 Figures over the editions (" + std::to_string(shown) +
         ")</h2>\n<div class=\"charts\">\n" + out + "</div>\n";
}

// ---- Commitments -------------------------------------------------------------------

std::string follow_row(const History& h, const FollowUp& f) {
  std::string cls = f.result == FollowThrough::dropped
                        ? "b-dropped-c"
                        : std::string("b-") + follow_through_name(f.result);
  std::string evidence =
      f.evidence.empty() ? "—" : "L" + std::to_string(f.evidence_line) + " " + esc(f.evidence);
  if (f.evidence_lineage)
    evidence += " " + link_to(*f.evidence_lineage, "(施策 #" + number_of(*f.evidence_lineage) + ")");
  if (f.stale) evidence += " " + badge("b-rolled_over", "⚠ " + std::string(words::stale.en));
  return "<tr data-result=\"" + std::string(follow_through_name(f.result)) + "\" data-from=\"" +
         year_of(h, f.edition) + "\"><td class=\"ln\">" + year_of(h, f.edition) + "→" +
         year_of(h, f.edition + 1) + "<br>" + link_to(f.lineage, "#" + number_of(f.lineage)) + " L" +
         std::to_string(f.line) + "</td><td>" +
         esc(f.commitment) + "</td><td class=\"res\">" +
         badge(cls.c_str(), ja_en(follow_through_label(f.result))) +
         "</td><td>" + evidence + "</td></tr>\n";
}

std::string follow_html(const History& h) {
  std::string rows;
  int listed = 0;
  for (const FollowUp& f : h.follow_ups) {
    if (f.result == FollowThrough::continued) continue;  // the many routine ones: in JSON/CSV
    rows += follow_row(h, f);
    ++listed;
  }
  return "<h2 id=\"commitments\">前年の取組方針のその後 What became of last year's commitments (" +
         std::to_string(listed) +
         "; continued ones are counted above)</h2>\n"
         "<table id=\"follow\"><thead><tr><th>" + ja_en(history_words::edition) + "</th><th>" +
         ja_en(history_words::commitment) + "</th><th>" + ja_en(history_words::result) +
         "</th><th>" + ja_en(history_words::evidence) + "</th></tr></thead><tbody>\n" + rows +
         "</tbody></table>\n";
}

}  // namespace

void write_history_html(const History& h, std::ostream& out) {
  std::string editions;
  std::vector<const Document*> read;
  for (size_t e = 0; e < h.editions.size(); ++e) {
    const Document& d = h.editions[e];
    editions += "<li>" + year_of(h, e) + " " + esc(d.title) + " (" + esc(d.path) + ", " +
                std::to_string(d.measures.size()) + " " +
                std::string(unit_words(unit_kind(d)).units.ja) + ")</li>";
    read.push_back(&d);
  }
  write_html_head(out, "施策の経年変化 " + h.editions.back().title, kStyle);
  out << "<h1>施策の経年変化 History of the measures</h1>\n<ul class=\"editions\">" << editions
      << "</ul>\n"
      << profile_html(read) << "\n"
      << summary_html(h) << "<h2 id=\"lineages\">施策ごとの経緯 Lineage of each measure</h2>\n";
  write_lineage_table(h, out);
  out << series_html(h) << follow_html(h);
  write_html_tail(out, kScript);
}

}  // namespace nendiff::detail
