// One side of a unit, sentence by sentence, with its differences marked.
#include "report/marked.hpp"

#include <algorithm>

namespace nendiff::detail {

SideNotes::SideNotes(const Row& r, bool new_side) {
  const MeasureDiff& d = *r.diff;
  for (const Rewrite& w : d.rewritten)
    rewrites.emplace(Key(new_side ? w.new_line : w.old_line,
                         new_side ? w.new_sentence : w.old_sentence), &w);
  for (const Commitment& c : new_side ? d.commitments_added : d.commitments_dropped)
    whole.emplace(c.line, c.sentence);
  for (const NumberChange& n : d.numbers) numbers.emplace(new_side ? n.new_line : n.old_line, &n);
  if (new_side)
    for (const StaleFinding* f : r.stale) stale.emplace(f->sentence, f);
}

namespace {

// Whether the text at `offset` (a sentence's start, past the first) opens a
// paragraph of its own; `span` walks the unit's line spans along with it.
bool opens_paragraph(const Measure& m, size_t offset, size_t& span) {
  while (span < m.spans.size() && m.spans[span].offset < offset) ++span;
  return offset > 0 && span < m.spans.size() && m.spans[span].offset == offset &&
         m.spans[span].starts_paragraph;
}

}  // namespace

void walk_side(const SideNotes& notes, const Measure& m, const SideWalk& walk) {
  size_t at = 0, span = 0, sentence = 0;
  const size_t label_before = m.captioned ? 1 : 0;  // after the caption
  for (const Sentence& s : m.sentences) {
    if (s.offset > at) walk.between(at, std::string_view(m.text).substr(at, s.offset - at));
    if (opens_paragraph(m, s.offset, span) && walk.paragraph) walk.paragraph();
    if (sentence++ == label_before && walk.label) walk.label();
    const SideNotes::Key key(s.line, s.text);
    if (auto r = notes.rewrites.find(key); r != notes.rewrites.end())
      walk.rewritten(*r->second, s);
    else if (notes.whole.count(key))
      walk.whole(s);
    else
      walk.plain(s);
    at = std::max(at, s.offset + s.text.size());
  }
  if (at < m.text.size()) walk.between(at, std::string_view(m.text).substr(at));
}

void append_run(MarkedText& out, std::string_view text, bool changed) {
  if (text.empty()) return;
  if (!out.empty() && out.back().changed == changed)
    out.back().text += text;
  else
    out.push_back({std::string(text), changed});
}

void append_edit_runs(MarkedText& out, ListView<TextEdit> edits, bool new_side,
                      bool show_rolls, const Quoted& quoted, size_t offset) {
  for (size_t i = 0; i < edits.size(); ++i) {
    const TextEdit& e = edits[i];
    const std::string_view text = side_text(e, new_side);
    const bool changed = e.kind == TextEdit::rolled ? show_rolls : e.kind != TextEdit::same;
    if (changed) {
      const Quoted::Cut stretch = quoted.marked(edits, i, offset, text);
      append_run(out, stretch.own, true);
      append_run(out, stretch.spaces_after, false);
    } else {
      append_run(out, quoted(offset, text), false);
    }
    offset += text.size();
  }
}

MarkedText side_runs(const Row& r, const Measure& m, bool new_side, bool show_rolls) {
  const SideNotes notes(r, new_side);
  const Quoted quoted(m);
  MarkedText out;
  auto label = [&] {
    if (m.label.empty()) return;
    append_run(out, m.label.str(), r.diff->label_changed);
    append_run(out, "　", false);
  };
  walk_side(notes, m,
            {[&](size_t at, std::string_view gap) { append_run(out, quoted(at, gap), false); },
             [&](const Rewrite& w, const Sentence& s) {
               append_edit_runs(out, w.edits(), new_side, show_rolls, quoted, s.offset);
             },
             [&](const Sentence& s) { append_run(out, quoted(s.offset, s.text), true); },
             [&](const Sentence& s) { append_run(out, quoted(s.offset, s.text), false); },
             [&] { append_run(out, "\n", false); }, label});
  return out;
}

}  // namespace nendiff::detail
