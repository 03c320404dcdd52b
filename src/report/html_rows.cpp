// The 新旧対照表's table rows: each side of a measure sentence by sentence, with
// inserted and deleted characters, changed figures and stale phrases marked.
#include <algorithm>

#include "report/html_parts.hpp"
#include "report/labels.hpp"
#include "report/layout.hpp"
#include "report/marked.hpp"
#include "report/quoted.hpp"
#include "report/util.hpp"

namespace nendiff::detail::html {
namespace {

std::string esc(std::string_view text) { return html_escape(text); }

// ---- Measure text with its differences marked -------------------------------

// Markup around a stretch of a sentence: a changed figure, a stale phrase.
struct Mark {
  size_t offset = 0, length = 0;
  std::string open, close;
};

// `s` with `marks` (found in its normalized text) around its stretches, quoted:
// a mark holds its phrase, the spaces typed after it follow.
std::string marked_text(const Sentence& s, std::vector<Mark> marks, const Quoted& quoted) {
  std::sort(marks.begin(), marks.end(),
            [](const Mark& a, const Mark& b) { return a.offset < b.offset; });
  const std::string_view text = s.text;
  auto piece = [&](size_t from, size_t length) {
    return esc(quoted(s.offset + from, text.substr(from, length)));
  };
  std::string out;
  size_t at = 0;
  for (const Mark& m : marks) {
    if (m.offset < at) continue;  // overlapping marks: the first wins
    const Quoted::Cut marked = quoted.cut(s.offset + m.offset, text.substr(m.offset, m.length));
    out += piece(at, m.offset - at) + m.open + esc(marked.own) + m.close + esc(marked.spaces_after);
    at = m.offset + m.length;
  }
  return out + piece(at, std::string_view::npos);
}

void add_mark(std::vector<Mark>& marks, std::string_view text, const std::string& phrase,
              const std::string& open, const std::string& close) {
  if (phrase.empty()) return;
  for (size_t at = text.find(phrase); at != std::string::npos; at = text.find(phrase, at + 1)) {
    bool taken = std::any_of(marks.begin(), marks.end(), [&](const Mark& m) {
      return at < m.offset + m.length && m.offset < at + phrase.size();
    });
    if (!taken) return marks.push_back({at, phrase.size(), open, close});
  }
}

// A sentence no edit touched, its stale phrases and figures marked (a figure's
// title giving the other edition's, as that one writes it).
std::string plain_sentence_html(const SideNotes& notes, const Sentence& s, bool new_side,
                                const Quoted& quoted, const Quoted& other_side) {
  std::vector<Mark> marks;
  for (auto [f, end] = notes.stale.equal_range(s.text); f != end; ++f) {
    const StaleFinding& finding = *f->second;
    add_mark(marks, s.text, finding.text,
             "<mark class=\"stale\" title=\"" + esc(quoted_finding(finding, quoted).message_ja) + "\">", "</mark>");
  }
  for (auto [it, end] = notes.numbers.equal_range(s.line); it != end; ++it) {
    const NumberChange& n = *it->second;
    const Label& other = new_side ? words::old_edition : words::new_edition;
    std::string title = esc(std::string(other.ja) + " " + other_side.phrase(new_side ? n.old_raw : n.new_raw));
    add_mark(marks, s.text, new_side ? n.new_raw : n.old_raw,
             "<mark class=\"fig\" title=\"" + title + "\">", "</mark>");
  }
  return marked_text(s, marks, quoted);
}

// The measure's text sentence by sentence (marked.hpp).
std::string text_html(const Row& r, const Measure& m, bool new_side) {
  const SideNotes notes(r, new_side);
  const Quoted quoted(m), other_side(new_side ? r.old_measure : r.new_measure);
  std::string out;
  walk_side(notes, m,
            {[&](size_t at, std::string_view gap) { out += esc(quoted(at, gap)); },
             [&](const Rewrite& w, const Sentence& s) {
               out += edits_html(w.edits(), new_side, quoted, s.offset);
             },
             [&](const Sentence& s) {
               out += (new_side ? "<ins>" : "<del>") + esc(quoted(s.offset, s.text)) +
                      (new_side ? "</ins>" : "</del>");
             },
             [&](const Sentence& s) { out += plain_sentence_html(notes, s, new_side, quoted, other_side); },
             [&] { out += "<br>"; },
             [&] {
               if (m.label.empty()) return;
               out += std::string("<span class=\"label") + (r.diff->label_changed ? " chg" : "") +
                      "\">" + esc(m.label.str()) + "</span> ";
             }});
  return out;
}

// ---- Cells ----------------------------------------------------------------------

std::string no_section() { return "(" + std::string(words::no_section.ja) + ")"; }

std::string status_badges(const MeasureDiff& d) {
  std::string out = std::string("<span class=\"badge s-") + status_name(d.status) + "\">" +
                    ja_en(status_label(d.status)) + "</span>";
  if (d.moved) out += "<span class=\"badge s-moved\">" + ja_en(words::moved) + "</span>";
  if (d.label_changed)
    out += "<span class=\"badge s-renumbered\">" + ja_en(words::renumbered) + "</span>";
  return out;
}

std::string notes_new_side(const Row& r) {
  const QuotedPair quoted(r);
  std::string out;
  for (const NumberChange& n : r.diff->numbers)
    out += "<li class=\"fig\">" + ja_en(words::figure) + ": " + esc(quoted.old_unit.phrase(n.old_raw)) +
           " → <b>" + esc(quoted.new_unit.phrase(n.new_raw)) + "</b></li>";
  for (const StaleFinding* f : r.stale) {
    const QuotedFinding q = quoted_finding(*f, quoted.new_unit);
    out += "<li><span class=\"badge stale sev-" + std::string(severity_name(f->severity)) + "\" title=\"" +
           esc(q.message_en) + "\">⚠ 「" + esc(q.phrase) + "」 " + esc(q.message_ja) + "</span></li>";
  }
  if (r.diff->moved) {
    const Measure& o = *r.old_measure;
    out += "<li>↩ " + ja_en(words::moved) + " from <a class=\"moved-link\" href=\"#o" +
           std::to_string(o.line) + "\">" + std::string(words::old_edition.ja) + " L" +
           std::to_string(o.line) + " " + esc(section_path_text(quoted_path(r.moved_headings), no_section())) +
           "</a></li>";
  }
  return out.empty() ? "" : "<ul class=\"notes\">" + out + "</ul>";
}

std::string tag_html(const Measure& m, bool changed) {
  if (!m.tag)
    return changed ? "<div class=\"tag chg\">" + std::string(words::ministries.ja) + " (" +
                         std::string(words::none.ja) + ")</div>"
                   : "";
  return std::string("<div class=\"tag") + (changed ? " chg" : "") + "\">" + esc(quoted_tag(m)) +
         "</div>";
}

// The empty side of an added or dropped unit, as official tables print it:
// 「（新設）」 in the old column, 「（削る）」 in the new.
std::string missing_cell(bool new_side) {
  const Label& other = new_side ? words::placeholder_dropped : words::placeholder_added;
  return "<td class=\"ln\"></td><td class=\"side none\">（" + std::string(other.ja) + "）" +
         std::string(other.en) + "</td>";
}

std::string side_html(const Row& r, bool new_side) {
  const Measure* m = new_side ? r.new_measure : r.old_measure;
  if (!m) return missing_cell(new_side);
  const std::string body = text_html(r, *m, new_side);
  return "<td class=\"ln\">L" + std::to_string(m->line) + "</td><td class=\"side " +
         (new_side ? "new" : "old") + "\"><div class=\"txt\">" + body + "</div>" +
         tag_html(*m, r.diff->tag_changed) + (new_side ? notes_new_side(r) : "") + "</td>";
}

std::string measure_id(const Row& r) {
  return r.new_measure ? "n" + std::to_string(r.new_measure->line)
                       : "o" + std::to_string(r.old_measure->line);
}

// 「年の繰り上げ（旧 2023）」: what the quiet mark on a rolled year says.
std::string roll_title(const TextEdit& e, bool new_side) {
  const Label& other = new_side ? words::old_edition : words::new_edition;
  return std::string(words::roll.ja) + "（" + std::string(other.ja) + " " +
         std::string(new_side ? e.old_text : e.text) + "） " + std::string(words::roll.en);
}

}  // namespace

// One side of a rewritten sentence, verbatim: its own changes marked, a year
// that only rolled given a quiet mark with the other edition's year as a title
// (the page's toggle shows rolls as edits).
std::string edits_html(ListView<TextEdit> edits, bool new_side, const Quoted& quoted,
                       size_t offset) {
  std::string out;
  for (size_t i = 0; i < edits.size(); ++i) {
    const TextEdit& e = edits[i];
    const std::string_view text = side_text(e, new_side);
    if (text.empty()) continue;
    const size_t at = offset;
    offset += text.size();
    if (e.kind == TextEdit::same) {
      out += esc(quoted(at, text));
      continue;
    }
    const Quoted::Cut shown = quoted.marked(edits, i, at, text);
    if (e.kind == TextEdit::rolled)
      out += "<span class=\"roll\" title=\"" + esc(roll_title(e, new_side)) + "\">" + esc(shown.own) + "</span>";
    else
      out += (new_side ? "<ins>" : "<del>") + esc(shown.own) + (new_side ? "</ins>" : "</del>");
    out += esc(shown.spaces_after);
  }
  return out;
}

std::string pair_cells(const std::string& new_cells, const std::string& old_cells, bool old_left) {
  return old_left ? old_cells + new_cells : new_cells + old_cells;
}

std::string measure_row(const Row& r, bool old_left) {
  const std::string id = measure_id(r);
  const char* status = status_name(r.diff->status);
  return "<tr class=\"m " + std::string(status) + "\" id=\"" + id + "\" data-status=\"" + status +
         "\" data-moved=\"" + (r.diff->moved ? "1" : "0") + "\" data-stale=\"" +
         (r.stale.empty() ? "0" : "1") + "\"><td class=\"st\">" + status_badges(*r.diff) +
         " <a class=\"anchor\" href=\"#" + id + "\" title=\"この" +
         std::string(unit_words(r.shown().kind).unit.ja) + "へのリンク link\">#</a></td>" +
         pair_cells(side_html(r, true), side_html(r, false), old_left) + "</tr>\n";
}

std::string ghost_row(const Row& r, bool old_left) {
  const Measure& o = *r.old_measure;
  const Measure& n = *r.new_measure;
  std::string old_cells = "<td class=\"ln\">L" + std::to_string(o.line) +
                          "</td><td class=\"side old\"><div class=\"txt\">" +
                          esc(excerpt(quoted_text(o), 80)) + "</div></td>";
  std::string new_cells = "<td class=\"ln\"></td><td class=\"side\">→ " +
                          ja_en(words::moved_to_place) + " <a class=\"moved-link\" href=\"#n" +
                          std::to_string(n.line) + "\">" + std::string(words::new_edition.ja) +
                          " L" + std::to_string(n.line) + " " +
                          esc(section_path_text(quoted_path(r.moved_headings), no_section())) + "</a></td>";
  return "<tr class=\"ghost\" id=\"o" + std::to_string(o.line) +
         "\"><td class=\"st\"><span class=\"badge s-moved\">" + ja_en(words::moved_from_place) +
         "</span></td>" + pair_cells(new_cells, old_cells, old_left) + "</tr>\n";
}

std::string outside_row(const Comparison& c, const TextChange& t, bool old_left) {
  auto side = [&](const std::string& text, int line, bool new_side) {
    if (text.empty()) return missing_cell(new_side);
    return "<td class=\"ln\">" + (line > 0 ? "L" + std::to_string(line) : "") +
           "</td><td class=\"side " + (new_side ? "new" : "old") + "\"><div class=\"txt\">" +
           edits_html(t.edits, new_side, quoted_outside(c, t, new_side)) + "</div></td>";
  };
  const char* status = status_name(outside_status(t));
  return "<tr class=\"o " + std::string(status) + "\"><td class=\"st\"><span class=\"badge s-" +
         status + "\">" + ja_en(outside_part_label(t.part)) + "</span></td>" +
         pair_cells(side(t.new_text, t.new_line, true), side(t.old_text, t.old_line, false),
                    old_left) +
         "</tr>\n";
}

}  // namespace nendiff::detail::html
