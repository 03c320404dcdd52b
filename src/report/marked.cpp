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

void walk_side(const SideNotes& notes, const Measure& m, const SideWalk& walk) {
  size_t at = 0;
  for (const Sentence& s : m.sentences) {
    if (s.offset > at) walk.between(std::string_view(m.text).substr(at, s.offset - at));
    const SideNotes::Key key(s.line, s.text);
    if (auto r = notes.rewrites.find(key); r != notes.rewrites.end())
      walk.rewritten(*r->second);
    else if (notes.whole.count(key))
      walk.whole(s);
    else
      walk.plain(s);
    at = std::max(at, s.offset + s.text.size());
  }
  if (at < m.text.size()) walk.between(std::string_view(m.text).substr(at));
}

void append_run(MarkedText& out, std::string_view text, bool changed) {
  if (text.empty()) return;
  if (!out.empty() && out.back().changed == changed)
    out.back().text += text;
  else
    out.push_back({std::string(text), changed});
}

void append_edit_runs(MarkedText& out, ListView<TextEdit> edits, bool new_side,
                      bool show_rolls) {
  for (const TextEdit& e : edits) {
    if (e.kind == TextEdit::same)
      append_run(out, e.text, false);
    else if (e.kind == TextEdit::rolled)
      append_run(out, new_side ? e.text : e.old_text, show_rolls);
    else if ((e.kind == TextEdit::inserted) == new_side)
      append_run(out, e.text, true);
  }
}

MarkedText side_runs(const Row& r, const Measure& m, bool new_side, bool show_rolls) {
  const SideNotes notes(r, new_side);
  MarkedText out;
  walk_side(notes, m,
            {[&](std::string_view gap) { append_run(out, gap, false); },
             [&](const Rewrite& w) { append_edit_runs(out, w.edits(), new_side, show_rolls); },
             [&](const Sentence& s) { append_run(out, s.text, true); },
             [&](const Sentence& s) { append_run(out, s.text, false); }});
  return out;
}

}  // namespace nendiff::detail
