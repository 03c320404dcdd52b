#include "report/html_page.hpp"

#include "report/labels.hpp"
#include "report/layout.hpp"
#include "report/util.hpp"

namespace nendiff::detail {
namespace {

const char* const kBaseStyle = R"css(
:root{--chg:#b7791f;--add:#2f855a;--del:#c53030;--mov:#6b46c1;--stale:#c05621;--same:#8c959f;
--line:#d0d7de;--muted:#57606a;font-family:"Hiragino Sans","Noto Sans CJK JP","IPAexGothic",
"IPAPGothic","Yu Gothic",Meiryo,sans-serif;font-size:13px;line-height:1.6;color:#1f2328}
body{margin:0 16px 32px}
h1{font-size:20px;margin:16px 0 4px}h2{font-size:15px;margin:18px 0 6px;border-bottom:1px solid var(--line)}
.editions{color:var(--muted);margin:0}
.cards{display:flex;flex-wrap:wrap;gap:8px;list-style:none;padding:0;margin:8px 0}
.cards li{border:1px solid var(--line);border-radius:6px;padding:4px 12px;min-width:84px}
.cards b{display:block;font-size:20px}.cards small{color:var(--muted)}
nav.filters{position:sticky;top:0;z-index:2;background:#fff;padding:6px 0;border-bottom:1px solid var(--line)}
nav.filters button{font:inherit;border:1px solid var(--line);background:#f6f8fa;border-radius:14px;
padding:2px 12px;margin-right:4px;cursor:pointer}
nav.filters button[aria-pressed=true]{background:#0969da;color:#fff;border-color:#0969da}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:11px;color:#fff;margin:1px 2px 1px 0}
tr:target td,tr:target th{outline:2px solid #0969da;outline-offset:-2px}
.profile{color:var(--muted);margin:0}
.notice{border:1px solid var(--stale);background:#fff4e5;border-radius:6px;padding:6px 12px;margin:8px 0}
@media print{
@page{size:A4 landscape;margin:10mm}
body{margin:0;font-size:10px}nav.filters{display:none}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
)css";

// Filter buttons that combine: each toggles its rows in or out of view (the
// union is shown), 「すべて」 clears them, a button with data-filters sets a
// group at once (「差分のみ」), one with data-print also prints what is shown.
// The nav's data-initial names the filters a page opens with (--only). `show`
// gets the filters chosen (none: everything) and returns the rows shown.
const char* const kFilterScript = R"js(
function nendiffFilters(show) {
  'use strict';
  var nav = document.querySelector('nav.filters');
  var buttons = Array.prototype.slice.call(nav.querySelectorAll('button'));
  var chosen = [];
  function words(b) { return (b.getAttribute('data-filters') || '').split(' ').filter(Boolean); }
  function same(a, b) { return a.length === b.length && a.every(function (f) { return b.indexOf(f) >= 0; }); }
  function apply(filters) {
    chosen = filters;
    var shown = show(chosen);
    buttons.forEach(function (b) {
      var f = b.getAttribute('data-filter');
      var on = f === 'all' ? chosen.length === 0 : f ? chosen.indexOf(f) >= 0 : same(words(b), chosen);
      b.setAttribute('aria-pressed', on ? 'true' : 'false');
    });
    document.getElementById('shown').textContent = String(shown);
  }
  buttons.forEach(function (b) {
    b.addEventListener('click', function () {
      var f = b.getAttribute('data-filter');
      if (f === 'all') apply([]);
      else if (f) apply(chosen.indexOf(f) >= 0 ? chosen.filter(function (g) { return g !== f; })
                                               : chosen.concat([f]));
      else apply(words(b));
      if (b.hasAttribute('data-print')) window.print();
    });
  });
  // A link to a row the filter hides shows everything again.
  function reveal() {
    var id = location.hash ? decodeURIComponent(location.hash.slice(1)) : '';
    var target = id ? document.getElementById(id) : null;
    if (target && target.hidden) { apply([]); target.scrollIntoView(); }
  }
  window.addEventListener('hashchange', reveal);
  // A link to the row the address already names fires no hashchange.
  document.addEventListener('click', function (e) {
    var a = e.target.closest ? e.target.closest('a[href^="#"]') : null;
    if (a && a.getAttribute('href') === location.hash) setTimeout(reveal, 0);
  });
  apply((nav.getAttribute('data-initial') || '').split(' ').filter(Boolean));
  reveal();
}
)js";

}  // namespace

void write_html_head(std::ostream& out, std::string_view title, std::string_view style) {
  out << "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
      << "<title>" << html_escape(title) << "</title>\n<style>" << kBaseStyle << style
      << "</style>\n</head>\n<body>\n";
}

void write_html_tail(std::ostream& out, std::string_view script) {
  if (!script.empty()) out << "<script>" << kFilterScript << script << "</script>\n";
  out << "</body>\n</html>\n";
}

std::string notice_html(const Label& what) {
  return "<div class=\"notice\" role=\"note\"><b>" + ja_en(words::note) + "</b> " +
         html_escape(what.ja) + "<br>" + html_escape(what.en) + "</div>";
}

std::string profile_html(const std::vector<const Document*>& editions) {
  std::string out = "<p class=\"profile\">" + ja_en(words::profile) + ": " +
                    html_escape(profile_text(editions)) + "</p>";
  if (read_generically(editions)) out += notice_html(words::generic_compared);
  return out;
}

}  // namespace nendiff::detail
