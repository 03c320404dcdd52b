// `nendiff compare --format html`: the 新旧対照表 reviewers share and print.
// One self-contained page (inline CSS and JS, nothing fetched): a summary, a
// table of contents, filter buttons, then one table row per measure grouped
// under the section headings, new edition left and old right as is customary
// (ReportOptions::old_left swaps them; a law's columns read 改正後 / 改正前).
// As ministries print it, what changed is underlined (傍線) in both columns,
// colour a second channel, so that a monochrome print stays readable; an
// added unit's old side reads （新設）, a dropped unit's new side （削る）; a row
// taller than a page continues on the next.
// The profile the editions were read with heads it, and the changes outside
// the units (title, date, preamble, footnotes) stand before the table. The
// pieces are in html_rows.cpp (the rows), html_contents.cpp (headings,
// contents) and html_summary.cpp.
#include "report/html_page.hpp"
#include "report/html_parts.hpp"
#include "report/labels.hpp"
#include "report/layout.hpp"
#include "report/quoted.hpp"
#include "report/rows.hpp"
#include "report/util.hpp"
#include "report/views.hpp"

namespace nendiff::detail {
namespace {

// The 新旧対照表's own style, after the shared one (html_page.cpp).
const char* const kStyle = R"css(
.grid{display:flex;flex-wrap:wrap;gap:0 32px;align-items:flex-start}.grid>div{min-width:0;max-width:100%}
.grid>div:first-child{flex:1 1 600px}
.findings{font-size:12px;padding-left:20px;overflow-wrap:anywhere}
svg.chart{max-width:100%;height:auto}
table.counts{border-collapse:collapse}.counts td,.counts th{border:1px solid var(--line);padding:2px 8px}
.counts td.n{text-align:right;font-variant-numeric:tabular-nums}
.toc ol{margin:0;padding-left:20px}.toc .lv2{padding-left:16px}.toc .lv3{padding-left:32px}
.toc{columns:2 420px;list-style:none;padding:0}.toc li{break-inside:avoid}
.toc .n{color:var(--muted);font-size:11px}
table.taihyo{width:100%;border-collapse:collapse;table-layout:fixed;margin-top:8px}
.taihyo th,.taihyo td{border:1px solid var(--line);padding:4px 6px;vertical-align:top;
overflow-wrap:anywhere}
.taihyo thead th{background:#eaeef2;position:sticky;top:38px;z-index:1}
.taihyo col.st{width:92px}.taihyo col.ln{width:46px}
.taihyo td.ln{color:var(--muted);font-size:11px;text-align:right;white-space:nowrap}
tr.sec th{text-align:left;background:#f6f8fa;font-weight:bold;padding:1px 6px}
tr.sec.lv1 th{background:#dbe4ee;font-size:14px}tr.sec.lv2 th{background:#e7edf3}
tr.sec.lv4 th,tr.sec.lv5 th{font-weight:normal}
.secchg{font-weight:normal;color:var(--mov);font-size:11px;margin-left:8px}
tr.unchanged td.side{color:#444}
tr.added td.side.new,tr.dropped td.side.old{background:#f3fbf5}
tr.dropped td.side.old{background:#fdf2f2}
tr.ghost td{background:#f8f5ff;color:var(--muted)}
td.none{color:#8c959f;font-style:italic;background:repeating-linear-gradient(135deg,#fff,#fff 6px,#f6f8fa 6px,#f6f8fa 12px)}
.taihyo tr{scroll-margin-top:84px}
ins,del{text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:2px}
ins{background:#dafbe1;color:#055d20}del{background:#ffebe9;color:#a40e26}
mark.fig{background:#fff3b0;font-weight:bold;color:inherit}
.roll{background:#eef1f4;border-radius:2px}label.rolls{margin-left:12px;white-space:nowrap}
.show-rolls .roll{text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:2px}
.show-rolls td.old .roll{background:#ffebe9;color:#a40e26}.show-rolls td.new .roll{background:#dafbe1;color:#055d20}
.underline-note{margin:4px 0 0;font-size:12px}
mark.stale{background:none;text-decoration:underline wavy var(--stale);color:inherit}
.s-changed{background:var(--chg)}.s-added{background:var(--add)}.s-dropped{background:var(--del)}
.s-unchanged{background:var(--same)}.s-moved{background:var(--mov)}.s-renumbered{background:var(--mov)}
.txt .label{font-weight:bold;margin-right:2px}.txt .label.chg{color:var(--mov)}
.badge.stale{background:#fff4e5;color:#7b341e;border:1px solid var(--stale);border-radius:4px}
.tag{color:var(--muted);font-size:.92em}.tag.chg{color:var(--mov);font-weight:bold}
.notes{margin:4px 0 0;padding:0;list-style:none;font-size:.92em}
.notes .fig b{background:#fff3b0}
a.anchor{color:#8c959f;text-decoration:none;font-size:11px}
svg text{font-family:inherit;font-size:11px}
.legend{font-size:11px;color:var(--muted)}.legend i{display:inline-block;width:10px;height:10px;margin:0 3px 0 8px}
@media print{
.toc-block,a.anchor{display:none}
.grid{flex-wrap:nowrap}svg.chart{width:100%;height:auto}h2{break-after:avoid;page-break-after:avoid}
.taihyo thead{display:table-header-group}.taihyo thead th{position:static}
tr.sec{break-after:avoid;page-break-after:avoid}
}
)css";

// Rows matching one of the filters stay, and so do the headings above them.
const char* const kScript = R"js(
(function () {
  'use strict';
  var rows = Array.prototype.slice.call(document.getElementById('taihyo').tBodies[0].rows);
  function wanted(tr, filters) {
    if (filters.length === 0) return true;
    return filters.some(function (f) { return matches(tr, f); });
  }
  function matches(tr, f) {
    if (tr.classList.contains('ghost')) return f === 'moved';
    if (f === 'moved') return tr.getAttribute('data-moved') === '1';
    if (f === 'stale') return tr.getAttribute('data-stale') === '1';
    return tr.getAttribute('data-status') === f;
  }
  var rolls = document.getElementById('rolls');
  function showRolls() { document.body.classList.toggle('show-rolls', rolls.checked); }
  rolls.addEventListener('change', showRolls);
  showRolls();
  nendiffFilters(function (filters) {
    var open = [], shown = 0;
    rows.forEach(function (tr) {
      if (tr.classList.contains('sec')) {
        var level = Number(tr.getAttribute('data-level'));
        while (open.length && Number(open[open.length - 1].getAttribute('data-level')) >= level) open.pop();
        open.push(tr);
        tr.hidden = true;
        return;
      }
      tr.hidden = !wanted(tr, filters);
      if (tr.hidden) return;
      open.forEach(function (h) { h.hidden = false; });
      if (tr.classList.contains('m')) shown++;
    });
    return shown;
  });
})();
)js";

std::string esc(std::string_view text) { return html_escape(text); }

std::string table_head(const Comparison& c, bool old_left) {
  const UnitWords& unit = unit_words(unit_kind(c));
  auto head = [](const Label& side, const Document& d) {
    return "<th colspan=\"2\">" + ja_en(side) + " — " + esc(edition_label(d)) + "</th>";
  };
  return "<colgroup><col class=\"st\"><col class=\"ln\"><col><col class=\"ln\"><col></colgroup>"
         "<thead><tr><th>" +
         ja_en(words::status) + "</th>" +
         html::pair_cells(head(unit.new_column, c.new_doc), head(unit.old_column, c.old_doc),
                          old_left) +
         "</tr></thead>";
}

std::string edition_line(const Label& side, const Document& d) {
  return ja_en(side) + ": " + esc(d.title.empty() ? d.path : quoted_title(d)) + " <small>(" +
         esc(d.path) + ")</small>";
}

// Title, date, deciding body, preamble, footnotes that differ, in the table's columns.
std::string outside_html(const Comparison& c, bool old_left) {
  if (c.outside.empty()) return "";
  std::string out = "<h2>" + ja_en(words::outside) + "</h2>\n<table class=\"taihyo outside\">" +
                    table_head(c, old_left) + "\n<tbody>\n";
  for (const TextChange& t : c.outside) out += html::outside_row(c, t, old_left);
  return out + "</tbody></table>\n";
}

std::string cautions_html(const Comparison& c) {
  std::string out;
  for (Caution k : c.cautions()) out += notice_html(caution_label(k));
  return out;
}

// The counts per ministry, where the units have ministry tags.
std::string ministries_block(const Comparison& c, const std::vector<Row>& rows) {
  const std::string table = html::ministries_html(rows, unit_words(unit_kind(c)).units);
  return table.empty() ? "" : "<div><h2>府省別 Per ministry</h2>" + table + "</div>";
}

}  // namespace

void write_comparison_html(const Comparison& c, std::ostream& out, const ReportOptions& o) {
  const std::vector<Row> rows = table_rows(c);
  const std::vector<html::TocEntry> toc = html::write_body(c, rows, o.old_left, nullptr);
  write_html_head(out, "新旧対照表 " + edition_label(c.new_doc) + " ← " + edition_label(c.old_doc),
                  kStyle);
  const UnitWords& unit = unit_words(unit_kind(c));
  out << "<h1>新旧対照表 <small>Comparison</small></h1>\n<p class=\"editions\">"
      << edition_line(unit.new_column, c.new_doc) << "<br>"
      << edition_line(unit.old_column, c.old_doc) << "</p>\n"
      << profile_html({&c.old_doc, &c.new_doc}) << cautions_html(c) << "\n"
      << "<h2>概要 Summary</h2>\n"
      << html::cards_html(c) << "\n<div class=\"grid\"><div><h2>大項目別 Per section</h2>"
      << html::chart_svg(rows) << html::section_changes_html(c) << html::stale_html(c) << "</div>"
      << ministries_block(c, rows) << "</div>\n"
      << outside_html(c, o.old_left) << html::toc_html(toc) << "\n"
      << html::filters_html(c, rows, o) << "\n"
      << "<p class=\"underline-note\">" << unit.underline_note.ja << " <small>"
      << unit.underline_note.en << "</small></p>\n"
      << "<table class=\"taihyo\" id=\"taihyo\">" << table_head(c, o.old_left)
      << "\n<tbody>\n";
  html::write_body(c, rows, o.old_left, &out);
  out << "</tbody></table>\n";
  write_html_tail(out, kScript);
}

}  // namespace nendiff::detail
