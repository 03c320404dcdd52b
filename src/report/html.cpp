// `nendiff compare --format html`: the 新旧対照表 reviewers share and print.
// One self-contained page (inline CSS and JS, nothing fetched): a summary, a
// table of contents, filter buttons, then one table row per measure grouped
// under the section headings, new edition left and old right as is customary
// (ReportOptions::old_left swaps them). Every piece of document text goes
// through html_escape; ids are built from line numbers only.
#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "report/html_page.hpp"
#include "report/util.hpp"
#include "report/views.hpp"

namespace nendiff::detail {
namespace {

// The 新旧対照表's own style, after the shared one (report_html_page.cpp).
const char* const kStyle = R"css(
.grid{display:flex;flex-wrap:wrap;gap:0 32px;align-items:flex-start}.grid>div:first-child{flex:1 1 600px}
.findings{font-size:12px;padding-left:20px}
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
ins{text-decoration:underline;text-decoration-thickness:2px;background:#dafbe1;color:#055d20}
del{text-decoration:line-through;background:#ffebe9;color:#a40e26}
mark.fig{background:#fff3b0;font-weight:bold;color:inherit}
mark.stale{background:none;text-decoration:underline wavy var(--stale);color:inherit}
.s-changed{background:var(--chg)}.s-added{background:var(--add)}.s-dropped{background:var(--del)}
.s-unchanged{background:var(--same)}.s-moved{background:var(--mov)}
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
.taihyo tr{break-inside:avoid;page-break-inside:avoid}
tr.sec{break-after:avoid;page-break-after:avoid}
}
)css";

// Rows matching the filter stay, and so do the headings above them.
const char* const kScript = R"js(
(function () {
  'use strict';
  var rows = Array.prototype.slice.call(document.getElementById('taihyo').tBodies[0].rows);
  function wanted(tr, f) {
    if (f === 'all') return true;
    if (tr.classList.contains('ghost')) return f === 'moved';
    if (f === 'moved') return tr.getAttribute('data-moved') === '1';
    if (f === 'stale') return tr.getAttribute('data-stale') === '1';
    return tr.getAttribute('data-status') === f;
  }
  nendiffFilters(function (f) {
    var open = [], shown = 0;
    rows.forEach(function (tr) {
      if (tr.classList.contains('sec')) {
        var level = Number(tr.getAttribute('data-level'));
        while (open.length && Number(open[open.length - 1].getAttribute('data-level')) >= level) open.pop();
        open.push(tr);
        tr.hidden = true;
        return;
      }
      tr.hidden = !wanted(tr, f);
      if (tr.hidden) return;
      open.forEach(function (h) { h.hidden = false; });
      if (tr.classList.contains('m')) shown++;
    });
    return shown;
  });
})();
)js";

std::string esc(std::string_view text) { return html_escape(text); }

const char* status_ja(Status s) {
  switch (s) {
    case Status::unchanged:
      return "変更なし";
    case Status::changed:
      return "変更";
    case Status::added:
      return "追加";
    case Status::dropped:
      return "削除";
  }
  return "";
}

std::string edition_label(const Document& d) {
  if (d.edition_year > 0) return std::to_string(d.edition_year) + "年版";
  size_t slash = d.path.find_last_of('/');
  return slash == std::string::npos ? d.path : d.path.substr(slash + 1);
}

std::string measure_id(const Comparison& c, const MeasureDiff& d) {
  return d.new_index ? "n" + std::to_string(c.new_measure(d)->line)
                     : "o" + std::to_string(c.old_measure(d)->line);
}

// The findings of each measure of the new edition, gathered once per report:
// scanning all of them per measure and per sentence is quadratic on long
// documents.
class StaleIndex {
 public:
  explicit StaleIndex(const Comparison& c) {
    for (const StaleFinding& f : c.stale)
      if (f.measure) by_measure_[*f.measure].push_back(&f);
  }
  const std::vector<const StaleFinding*>& of(const std::optional<size_t>& new_index) const {
    if (!new_index) return none_;
    auto it = by_measure_.find(*new_index);
    return it == by_measure_.end() ? none_ : it->second;
  }

 private:
  std::map<size_t, std::vector<const StaleFinding*>> by_measure_;
  std::vector<const StaleFinding*> none_;
};

// ---- Measure text with its differences marked -------------------------------

// Markup around a stretch of a sentence: a changed figure, a stale phrase.
struct Mark {
  size_t offset = 0, length = 0;
  std::string open, close;
};

std::string marked_text(const std::string& text, std::vector<Mark> marks) {
  std::sort(marks.begin(), marks.end(),
            [](const Mark& a, const Mark& b) { return a.offset < b.offset; });
  std::string out;
  size_t at = 0;
  for (const Mark& m : marks) {
    if (m.offset < at) continue;  // overlapping marks: the first wins
    out += esc(text.substr(at, m.offset - at)) + m.open + esc(text.substr(m.offset, m.length)) +
           m.close;
    at = m.offset + m.length;
  }
  return out + esc(text.substr(at));
}

void add_mark(std::vector<Mark>& marks, const std::string& text, const std::string& phrase,
              const std::string& open, const std::string& close) {
  if (phrase.empty()) return;
  for (size_t at = text.find(phrase); at != std::string::npos; at = text.find(phrase, at + 1)) {
    bool taken = std::any_of(marks.begin(), marks.end(), [&](const Mark& m) {
      return at < m.offset + m.length && m.offset < at + phrase.size();
    });
    if (!taken) return marks.push_back({at, phrase.size(), open, close});
  }
}

// One side of a rewrite: what stayed plus what was inserted (new) or deleted (old).
std::string edits_html(const Rewrite& r, bool new_side) {
  std::string out;
  for (const TextEdit& e : r.edits) {
    if (e.kind == TextEdit::same)
      out += esc(e.text);
    else if (new_side && e.kind == TextEdit::inserted)
      out += "<ins>" + esc(e.text) + "</ins>";
    else if (!new_side && e.kind == TextEdit::deleted)
      out += "<del>" + esc(e.text) + "</del>";
  }
  return out;
}

// What a measure's diff says about the sentences of one side, looked up by
// (line, text) and gathered once per measure: scanning the lists per sentence
// is quadratic in a measure of thousands of sentences.
struct SideNotes {
  using Key = std::pair<int, std::string>;
  std::map<Key, const Rewrite*> rewrites;             // the first one of each
  std::set<Key> whole;                                // added (new side) or dropped (old side)
  std::multimap<int, const NumberChange*> numbers;    // by line on this side
  std::multimap<std::string, const StaleFinding*> stale;  // new side, by sentence

  SideNotes(const MeasureDiff& d, const StaleIndex& findings, bool new_side) {
    for (const Rewrite& r : d.rewritten)
      rewrites.emplace(Key(new_side ? r.new_line : r.old_line,
                           new_side ? r.new_sentence : r.old_sentence), &r);
    for (const Commitment& c : new_side ? d.commitments_added : d.commitments_dropped)
      whole.emplace(c.line, c.sentence);
    for (const NumberChange& n : d.numbers) numbers.emplace(new_side ? n.new_line : n.old_line, &n);
    if (new_side)
      for (const StaleFinding* f : findings.of(d.new_index)) stale.emplace(f->sentence, f);
  }
};

std::string plain_sentence_html(const SideNotes& notes, const Sentence& s, bool new_side) {
  std::vector<Mark> marks;
  for (auto [f, end] = notes.stale.equal_range(s.text); f != end; ++f)
    add_mark(marks, s.text, f->second->text,
             "<mark class=\"stale\" title=\"" + esc(f->second->message_ja) + "\">", "</mark>");
  for (auto [it, end] = notes.numbers.equal_range(s.line); it != end; ++it) {
    const NumberChange& n = *it->second;
    std::string title = esc(new_side ? "旧 " + n.old_raw : "新 " + n.new_raw);
    add_mark(marks, s.text, new_side ? n.new_raw : n.old_raw,
             "<mark class=\"fig\" title=\"" + title + "\">", "</mark>");
  }
  return marked_text(s.text, marks);
}

std::string sentence_html(const SideNotes& notes, const Sentence& s, bool new_side) {
  const SideNotes::Key key(s.line, s.text);
  if (auto r = notes.rewrites.find(key); r != notes.rewrites.end())
    return edits_html(*r->second, new_side);
  if (notes.whole.count(key))
    return (new_side ? "<ins>" : "<del>") + esc(s.text) + (new_side ? "</ins>" : "</del>");
  return plain_sentence_html(notes, s, new_side);
}

// The measure's text sentence by sentence (sentences tile the text).
std::string text_html(const MeasureDiff& d, const StaleIndex& findings, const Measure& m,
                      bool new_side) {
  const SideNotes notes(d, findings, new_side);
  std::string out;
  size_t at = 0;
  for (const Sentence& s : m.sentences) {
    if (s.offset > at) out += esc(m.text.substr(at, s.offset - at));
    out += sentence_html(notes, s, new_side);
    at = std::max(at, s.offset + s.text.size());
  }
  if (at < m.text.size()) out += esc(m.text.substr(at));
  return out;
}

// ---- Table rows ---------------------------------------------------------------

std::string status_badges(const MeasureDiff& d) {
  std::string out = std::string("<span class=\"badge s-") + status_name(d.status) + "\">" +
                    status_ja(d.status) + " " + status_name(d.status) + "</span>";
  if (d.moved) out += "<span class=\"badge s-moved\">移動 moved</span>";
  return out;
}

std::string notes_new_side(const Comparison& c, const StaleIndex& findings, const MeasureDiff& d) {
  std::string out;
  for (const NumberChange& n : d.numbers)
    out += "<li class=\"fig\">数値 figure: " + esc(n.old_raw) + " → <b>" + esc(n.new_raw) +
           "</b></li>";
  for (const StaleFinding* f : findings.of(d.new_index))
    out += "<li><span class=\"badge stale sev-" + std::string(severity_name(f->severity)) +
           "\" title=\"" + esc(f->message_en) + "\">⚠ 「" + esc(f->text) + "」 " +
           esc(f->message_ja) + "</span></li>";
  if (d.moved) {
    const Measure& o = *c.old_measure(d);
    out += "<li>↩ 移動 moved from <a class=\"moved-link\" href=\"#o" + std::to_string(o.line) +
           "\">旧 L" + std::to_string(o.line) + " " + esc(section_path_text(o.section_path, "(見出しなし)")) + "</a></li>";
  }
  return out.empty() ? "" : "<ul class=\"notes\">" + out + "</ul>";
}

std::string tag_html(const Measure& m, bool changed) {
  if (!m.tag) return changed ? "<div class=\"tag chg\">府省 (なし)</div>" : "";
  return std::string("<div class=\"tag") + (changed ? " chg" : "") + "\">" + esc(m.tag->raw) +
         "</div>";
}

std::string side_html(const Comparison& c, const StaleIndex& findings, const MeasureDiff& d,
                      bool new_side) {
  const Measure* m =
      new_side ? c.new_measure(d) : c.old_measure(d);
  if (!m)
    return std::string("<td class=\"ln\"></td><td class=\"side none\">") +
           (new_side ? "（削除）dropped" : "（新規）added") + "</td>";
  std::string body = text_html(d, findings, *m, new_side);
  return "<td class=\"ln\">L" + std::to_string(m->line) + "</td><td class=\"side " +
         (new_side ? "new" : "old") + "\"><div class=\"txt\">" + body + "</div>" +
         tag_html(*m, d.tag_changed) + (new_side ? notes_new_side(c, findings, d) : "") + "</td>";
}

std::string pair_html(const std::string& new_cells, const std::string& old_cells, bool old_left) {
  return old_left ? old_cells + new_cells : new_cells + old_cells;
}

std::string measure_row(const Comparison& c, const StaleIndex& findings, const MeasureDiff& d,
                        bool old_left) {
  std::string id = measure_id(c, d);
  bool stale = !findings.of(d.new_index).empty();
  return "<tr class=\"m " + std::string(status_name(d.status)) + "\" id=\"" + id +
         "\" data-status=\"" + status_name(d.status) + "\" data-moved=\"" + (d.moved ? "1" : "0") +
         "\" data-stale=\"" + (stale ? "1" : "0") + "\"><td class=\"st\">" + status_badges(d) +
         " <a class=\"anchor\" href=\"#" + id + "\" title=\"この施策へのリンク link\">#</a></td>" +
         pair_html(side_html(c, findings, d, true), side_html(c, findings, d, false), old_left) +
         "</tr>\n";
}

// Where a moved measure used to stand: the old text, linking to its new place.
std::string ghost_row(const Comparison& c, const MeasureDiff& d, bool old_left) {
  const Measure& o = *c.old_measure(d);
  const Measure& n = *c.new_measure(d);
  std::string old_cells = "<td class=\"ln\">L" + std::to_string(o.line) +
                          "</td><td class=\"side old\"><div class=\"txt\">" +
                          esc(excerpt(o.text, 80)) + "</div></td>";
  std::string new_cells =
      "<td class=\"ln\"></td><td class=\"side\">→ 移動先 moved to <a "
      "class=\"moved-link\" href=\"#n" +
      std::to_string(n.line) + "\">新 L" + std::to_string(n.line) + " " +
      esc(section_path_text(n.section_path, "(見出しなし)")) + "</a></td>";
  return "<tr class=\"ghost\" id=\"o" + std::to_string(o.line) +
         "\"><td class=\"st\"><span class=\"badge s-moved\">移動元 moved from</span></td>" +
         pair_html(new_cells, old_cells, old_left) + "</tr>\n";
}

// ---- Row order: the new edition's, plus a ghost where each moved measure was --

struct Row {
  const MeasureDiff* diff;
  bool ghost;
};

std::vector<Row> rows_in_order(const Comparison& c) {
  std::vector<Row> rows;
  std::vector<const MeasureDiff*> by_old(c.old_doc.measures.size(), nullptr);
  for (const MeasureDiff& d : c.measures) {
    rows.push_back({&d, false});
    if (d.old_index) by_old[*d.old_index] = &d;
  }
  // Old order: each ghost goes after whatever stands for its old predecessor:
  // its row, or its ghost, which follows the row before it in turn. Ghosts are
  // gathered by the row they follow (nullptr: the top), not inserted one by one
  // (quadratic when thousands of measures moved).
  std::map<const MeasureDiff*, std::vector<Row>> ghosts_after;
  const MeasureDiff* anchor = nullptr;
  for (size_t k = 0; k < by_old.size(); ++k) {
    if (k > 0 && (!by_old[k - 1] || !by_old[k - 1]->moved)) anchor = by_old[k - 1];
    if (by_old[k] && by_old[k]->moved) ghosts_after[anchor].push_back({by_old[k], true});
  }
  std::vector<Row> out = ghosts_after[nullptr];
  for (const Row& r : rows) {
    out.push_back(r);
    auto it = ghosts_after.find(r.diff);
    if (it != ghosts_after.end()) out.insert(out.end(), it->second.begin(), it->second.end());
  }
  return out;
}

// ---- Section headings -------------------------------------------------------

struct Heading {
  std::string text, id;
  int level = 0;
  std::string note;  // how the section changed, if it did
};

std::map<size_t, const SectionChange*> changes_by_new_section(const Comparison& c) {
  std::map<size_t, const SectionChange*> out;
  for (const SectionChange& s : c.sections)
    if (s.new_index) out[*s.new_index] = &s;
  return out;
}

std::vector<Heading> chain_of(const Comparison& c, const Row& r,
                              const std::map<size_t, const SectionChange*>& new_changes) {
  bool use_new = !r.ghost && r.diff->new_index;
  const Document& doc = use_new ? c.new_doc : c.old_doc;
  const Measure& m = use_new ? *c.new_measure(*r.diff) : *c.old_measure(*r.diff);
  static const std::map<size_t, const SectionChange*> kNone;
  const std::map<size_t, const SectionChange*>& changes = use_new ? new_changes : kNone;
  std::vector<Heading> chain;
  for (std::optional<size_t> s = m.section; s; s = doc.sections[*s].parent) {
    const Section& sec = doc.sections[*s];
    Heading h{sec.heading, (use_new ? "s" : "os") + std::to_string(sec.line), sec.level, ""};
    auto change = changes.find(*s);
    if (change != changes.end()) {
      const SectionChange& sc = *change->second;
      h.note = section_change_name(sc.kind);
      if (const Section* old = c.old_section(sc)) h.note += ": 旧 " + old->heading;
    }
    chain.insert(chain.begin(), h);
  }
  return chain;
}

struct TocEntry {
  Heading heading;
  int differences = 0;
};

// Walks the rows in order, keeping the table of contents (with each entry's
// count of differences) and, given a stream, writing the table body to it.
// The page shows the contents above the table, so it runs twice: once to
// count, once to write; the body never sits in memory whole.
class BodyWriter {
 public:
  BodyWriter(const Comparison& c, bool old_left, std::ostream* out)
      : c_(c), old_left_(old_left), out_(out), findings_(c),
        new_changes_(changes_by_new_section(c)) {
    for (const Section& s : c.new_doc.sections) new_headings_.insert(s.heading);
  }

  std::vector<TocEntry> run() {
    for (const Row& r : rows_in_order(c_)) {
      enter(chain_of(c_, r, new_changes_));
      if (r.ghost) {
        if (out_) *out_ << ghost_row(c_, *r.diff, old_left_);
        continue;
      }
      if (r.diff->status != Status::unchanged || r.diff->moved)
        for (size_t i : open_toc_) ++toc_[i].differences;
      if (out_) *out_ << measure_row(c_, findings_, *r.diff, old_left_);
    }
    return std::move(toc_);
  }

 private:
  static constexpr int kTocDepth = 3;

  // Heading rows for the part of `chain` that differs from the current one.
  void enter(const std::vector<Heading>& chain) {
    size_t same = 0;
    while (same < chain.size() && same < current_.size() && chain[same].text == current_[same].text)
      ++same;
    for (size_t i = same; i < chain.size(); ++i) heading_row(chain[i]);
    current_ = chain;
    open_toc_.clear();
    for (const Heading& h : chain) {
      auto it = toc_index_.find(h.id);
      if (it != toc_index_.end()) open_toc_.push_back(it->second);
    }
  }

  void heading_row(const Heading& h) {
    bool first = ids_.insert(h.id).second;
    if (out_)
      *out_ << "<tr class=\"sec lv" << h.level << "\" data-level=\"" << h.level << "\""
            << (first ? " id=\"" + h.id + "\"" : "") << "><th colspan=\"5\">" << esc(h.text)
            << (h.note.empty() ? "" : "<span class=\"secchg\">見出し変更 " + esc(h.note) + "</span>")
            << "</th></tr>\n";
    if (!first || h.level > kTocDepth || (h.id[0] == 'o' && in_new_edition(h.text))) return;
    toc_index_[h.id] = toc_.size();
    toc_.push_back({h, 0});
  }

  bool in_new_edition(const std::string& heading) const { return new_headings_.count(heading) > 0; }

  const Comparison& c_;
  bool old_left_;
  std::ostream* out_;  // nullptr: only count
  StaleIndex findings_;
  std::map<size_t, const SectionChange*> new_changes_;
  std::set<std::string> new_headings_;
  std::vector<TocEntry> toc_;
  std::vector<Heading> current_;
  std::vector<size_t> open_toc_;             // toc entries the current row lies under
  std::map<std::string, size_t> toc_index_;  // heading id → toc entry
  std::set<std::string> ids_;
};

// ---- Summary ------------------------------------------------------------------

struct Counts {
  int changed = 0, added = 0, dropped = 0, unchanged = 0, moved = 0, tags = 0;
  int total() const { return changed + added + dropped + unchanged; }
  void add(const MeasureDiff& d) {
    switch (d.status) {
      case Status::changed:
        ++changed;
        break;
      case Status::added:
        ++added;
        break;
      case Status::dropped:
        ++dropped;
        break;
      case Status::unchanged:
        ++unchanged;
        break;
    }
    moved += d.moved;
    tags += d.tag_changed;
  }
};

std::string cards_html(const Comparison& c) {
  Summary n = c.summary();
  auto card = [](const char* ja, const char* en, int count) {
    return "<li><b>" + std::to_string(count) + "</b>" + ja + " <small>" + en + "</small></li>";
  };
  return "<ul class=\"cards\">" + card("変更", "changed", n.changed) +
         card("追加", "added", n.added) + card("削除", "dropped", n.dropped) +
         card("移動", "moved", n.moved) + card("変更なし", "unchanged", n.unchanged) +
         card("数値の変更", "figures", n.numbers) +
         card("取組の追加", "commitments +", n.commitments_added) +
         card("取組の削除", "commitments −", n.commitments_dropped) +
         card("取組の修正", "rewritten", n.commitments_rewritten) +
         card("府省の変更", "ministry tags", n.tag_changes) +
         card("時点更新漏れ?", "stale", n.stale) + "</ul>";
}

std::vector<std::pair<std::string, Counts>> per_top_section(const Comparison& c) {
  std::vector<std::pair<std::string, Counts>> out;
  for (const MeasureDiff& d : c.measures) {
    const Measure& m = c.shown(d);
    std::string top = m.section_path.empty() ? "(見出しなし)" : m.section_path.front();
    auto it = std::find_if(out.begin(), out.end(), [&](const auto& p) { return p.first == top; });
    if (it == out.end()) it = out.insert(out.end(), {top, Counts{}});
    it->second.add(d);
  }
  return out;
}

std::string bar(double x, double width, int y, const char* colour, const std::string& title) {
  std::ostringstream s;
  s << "<rect x=\"" << x << "\" y=\"" << y << "\" width=\"" << width << "\" height=\"14\" fill=\""
    << colour << "\"><title>" << esc(title) << "</title></rect>";
  return s.str();
}

// A stacked bar per top-level section: changed, added, dropped, unchanged.
std::string chart_svg(const Comparison& c) {
  std::vector<std::pair<std::string, Counts>> sections = per_top_section(c);
  int most = 1;
  for (const auto& s : sections) most = std::max(most, s.second.total());
  const double left = 300, span = 360;
  int height = static_cast<int>(sections.size()) * 22 + 8;
  std::string out =
      "<svg class=\"chart\" role=\"img\" aria-label=\"大項目別 per section\" "
      "xmlns=\"http://www.w3.org/2000/svg\" width=\"860\" height=\"" +
      std::to_string(height) + "\" viewBox=\"0 0 860 " + std::to_string(height) + "\">";
  for (size_t i = 0; i < sections.size(); ++i) {
    const auto& [name, n] = sections[i];
    int y = static_cast<int>(i) * 22 + 4;
    out += "<text x=\"0\" y=\"" + std::to_string(y + 11) + "\">" + esc(excerpt(name, 22)) +
           "<title>" + esc(name) + "</title></text>";
    double x = left, unit = span / most;
    std::pair<int, const char*> parts[] = {{n.changed, "#b7791f"},
                                           {n.added, "#2f855a"},
                                           {n.dropped, "#c53030"},
                                           {n.unchanged, "#c9d1d9"}};
    const char* names[] = {"変更 changed", "追加 added", "削除 dropped", "変更なし unchanged"};
    for (int p = 0; p < 4; ++p) {
      if (parts[p].first == 0) continue;
      out += bar(x, parts[p].first * unit, y, parts[p].second,
                 std::string(names[p]) + " " + std::to_string(parts[p].first));
      x += parts[p].first * unit;
    }
    out += "<text x=\"" + std::to_string(static_cast<int>(x) + 6) + "\" y=\"" +
           std::to_string(y + 11) + "\">変更" + std::to_string(n.changed) + " 追加" +
           std::to_string(n.added) + " 削除" + std::to_string(n.dropped) + " 移動" +
           std::to_string(n.moved) + " / " + std::to_string(n.total()) + "</text>";
  }
  return out +
         "</svg><div class=\"legend\"><i style=\"background:#b7791f\"></i>変更 changed "
         "<i style=\"background:#2f855a\"></i>追加 added <i style=\"background:#c53030\"></i>削除 "
         "dropped <i style=\"background:#c9d1d9\"></i>変更なし unchanged</div>";
}

std::string ministry_table(const std::vector<std::pair<std::string, Counts>>& rows) {
  std::string out =
      "<table class=\"counts\"><tr><th>府省 ministry</th><th>施策</th><th>変更</th>"
      "<th>追加</th><th>削除</th><th>移動</th><th>府省変更</th></tr>";
  for (const auto& [name, n] : rows) {
    out += "<tr><td>" + esc(name) + "</td>";
    for (int v : {n.total(), n.changed, n.added, n.dropped, n.moved, n.tags})
      out += "<td class=\"n\">" + std::to_string(v) + "</td>";
    out += "</tr>";
  }
  return out + "</table>";
}

// Measures per ministry named in their tag (old and new tags both count when
// they differ); ministries whose measures did not change are folded away.
std::string ministries_html(const Comparison& c) {
  std::map<std::string, Counts> by_name;
  for (const MeasureDiff& d : c.measures) {
    std::set<std::string> names;
    for (const Measure* m :
         {c.old_measure(d), c.new_measure(d)})
      if (m && m->tag && (m == &c.shown(d) || d.tag_changed))
        for (const Ministry& x : m->tag->ministries) names.insert(x.name);
    for (const std::string& name : names) by_name[name].add(d);
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
  std::string out = changed.empty() ? "" : ministry_table(changed);
  if (!quiet.empty())
    out += "<details><summary>変更のない府省 unchanged (" + std::to_string(quiet.size()) +
           ")</summary>" + ministry_table(quiet) + "</details>";
  return out;
}

std::string section_changes_html(const Comparison& c) {
  if (c.sections.empty()) return "";
  std::string out = "<h2>見出しの変更 Section changes</h2><ul class=\"findings\">";
  for (const SectionChange& s : c.sections) {
    out += "<li>" + esc(section_change_name(s.kind)) + ":";
    if (const Section* o = c.old_section(s))
      out += " 旧 L" + std::to_string(o->line) + " " + esc(o->heading);
    if (const Section* n = c.new_section(s))
      out += " → 新 <a href=\"#s" + std::to_string(n->line) + "\">L" + std::to_string(n->line) +
             " " + esc(n->heading) + "</a>";
    out += "</li>";
  }
  return out + "</ul>";
}

std::string stale_html(const Comparison& c) {
  if (c.stale.empty()) return "";
  std::string out = "<h2>時点更新漏れの疑い Stale findings (" + std::to_string(c.stale.size()) +
                    ")</h2><ul class=\"findings\">";
  for (const StaleFinding& f : c.stale) {
    std::string where = "L" + std::to_string(f.line);
    if (f.measure)
      where = "<a href=\"#n" + std::to_string(c.new_doc.measures[*f.measure].line) + "\">" +
              where + "</a>";
    out += "<li title=\"" + esc(f.message_en) + "\">" + where + " 「" + esc(f.text) + "」 " +
           esc(f.message_ja) + "</li>";
  }
  return out + "</ul>";
}

std::string toc_html(const std::vector<TocEntry>& toc) {
  std::string out = "<div class=\"toc-block\"><h2>目次 Contents</h2><ul class=\"toc\">";
  for (const TocEntry& e : toc)
    out += "<li class=\"lv" + std::to_string(e.heading.level) + "\"><a href=\"#" + e.heading.id +
           "\">" + esc(e.heading.text) + "</a>" +
           (e.differences ? " <span class=\"n\">差分 " + std::to_string(e.differences) + "</span>"
                          : "") +
           "</li>";
  return out + "</ul></div>";
}

std::string filters_html(const Comparison& c) {
  Summary n = c.summary();
  const StaleIndex findings(c);
  int stale_rows = 0;
  for (const MeasureDiff& d : c.measures) stale_rows += !findings.of(d.new_index).empty();
  auto button = [](const char* filter, const char* label, int count) {
    return std::string("<button type=\"button\" data-filter=\"") + filter + "\">" + label + " <b>" +
           std::to_string(count) + "</b></button>";
  };
  return "<nav class=\"filters\" aria-label=\"絞り込み filter\">" +
         button("changed", "変更 changed", n.changed) + button("added", "追加 added", n.added) +
         button("dropped", "削除 dropped", n.dropped) + button("moved", "移動 moved", n.moved) +
         button("stale", "時点更新漏れ stale", stale_rows) +
         button("all", "すべて all", static_cast<int>(c.measures.size())) +
         " 表示 shown: <output id=\"shown\">" + std::to_string(c.measures.size()) +
         "</output></nav>";
}

std::string table_head(const Comparison& c, bool old_left) {
  std::string new_head = "<th colspan=\"2\">新 New — " + esc(edition_label(c.new_doc)) + "</th>";
  std::string old_head = "<th colspan=\"2\">旧 Old — " + esc(edition_label(c.old_doc)) + "</th>";
  return "<colgroup><col class=\"st\"><col class=\"ln\"><col><col class=\"ln\"><col></colgroup>"
         "<thead><tr><th>状態 status</th>" +
         pair_html(new_head, old_head, old_left) + "</tr></thead>";
}

std::string edition_line(const char* label, const Document& d) {
  return std::string(label) + " " + esc(d.title.empty() ? d.path : d.title) + " <small>(" +
         esc(d.path) + ")</small>";
}

}  // namespace

void write_comparison_html(const Comparison& c, std::ostream& out, const ReportOptions& o) {
  std::vector<TocEntry> toc = BodyWriter(c, o.old_left, nullptr).run();
  write_html_head(out, "新旧対照表 " + edition_label(c.new_doc) + " ← " + edition_label(c.old_doc),
                  kStyle);
  out << "<h1>新旧対照表 <small>Comparison</small></h1>\n<p class=\"editions\">"
      << edition_line("新 New:", c.new_doc) << "<br>" << edition_line("旧 Old:", c.old_doc)
      << "</p>\n"
      << "<h2>概要 Summary</h2>\n"
      << cards_html(c) << "\n<div class=\"grid\"><div><h2>大項目別 Per section</h2>" << chart_svg(c)
      << section_changes_html(c) << stale_html(c) << "</div><div><h2>府省別 Per ministry</h2>"
      << ministries_html(c) << "</div></div>\n"
      << toc_html(toc) << "\n"
      << filters_html(c) << "\n"
      << "<table class=\"taihyo\" id=\"taihyo\">" << table_head(c, o.old_left) << "\n<tbody>\n";
  BodyWriter(c, o.old_left, &out).run();
  out << "</tbody></table>\n";
  write_html_tail(out, kScript);
}

}  // namespace nendiff::detail
