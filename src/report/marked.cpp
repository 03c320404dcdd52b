// One side of a unit, sentence by sentence, with its differences marked.
#include "report/marked.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <functional>

#include "text/normalize.hpp"

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
  size_t at = 0, span = 0;
  for (const Sentence& s : m.sentences) {
    if (s.offset > at) walk.between(at, std::string_view(m.text).substr(at, s.offset - at));
    while (span < m.spans.size() && m.spans[span].offset < s.offset) ++span;
    if (walk.paragraph && s.offset > 0 && span < m.spans.size() && m.spans[span].offset == s.offset &&
        m.spans[span].starts_paragraph)
      walk.paragraph();
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

std::string quoted_text(const Measure& m) { return Quoted(m)(0, m.text); }

namespace {

// Where in `written` a character stands that is read as `opener`.
std::vector<size_t> read_as(std::string_view written, std::string_view opener) {
  std::vector<size_t> at;
  for (size_t i = 0; i < written.size();) {
    const size_t start = i;
    U8_FWD_1_UNSAFE(written.data(), i);
    if (text::fold_character(written.substr(start, i - start)) == opener) at.push_back(start);
  }
  return at;
}

}  // namespace

std::string quoted_heading(const Section& s) {
  return text::Quotation(s.written, s.heading).quote(0, s.heading.size());
}

std::string quoted_tag(const Measure& m) {
  if (!m.tag || m.tag->raw.empty()) return m.tag ? m.tag->raw : std::string();
  const std::string& read = m.tag->raw;
  std::string_view end = m.original;  // the tag last, but for emphasis around it
  while (!end.empty() && std::string_view(" \t*_").find(end.back()) != std::string_view::npos)
    end.remove_suffix(1);
  size_t from = end.size() > 4 * read.size() ? end.size() - 4 * read.size() : 0;
  while (from > 0 && U8_IS_TRAIL(end[from])) --from;
  std::string written(end.substr(from));  // a long tag wraps: its lines joined
  written.erase(std::remove_if(written.begin(), written.end(), [](char c) { return c == '\n' || c == '\r'; }),
                written.end());
  // The tag opens at a character read as its first: the last such first (the
  // text before may hold brackets too, the tag brackets within).
  size_t first = 0;
  U8_FWD_1_UNSAFE(read.data(), first);
  const std::vector<size_t> opens = read_as(written, std::string_view(read).substr(0, first));
  for (size_t k = opens.size(); k-- > 0 && opens.size() - k <= 8;) {
    const std::string_view tail = std::string_view(written).substr(opens[k]);
    const std::string quoted = text::Quotation(tail, read).quote(0, read.size());
    if (tail == quoted) return quoted;  // the text ends with the tag as written
  }
  return read;
}

std::string Quoted::operator()(size_t offset, std::string_view stretch) const {
  if (!unit_) return std::string(stretch);
  const std::string_view text = unit_->text;
  if (text.substr(std::min(offset, text.size()), stretch.size()) != stretch)
    return std::string(stretch);
  if (!quotation_) quotation_.emplace(unit_->original, text);
  return quotation_->quote(offset, offset + stretch.size());
}

std::string Quoted::phrase(std::string_view phrase) const {
  const size_t at = unit_ && !phrase.empty() ? std::string_view(unit_->text).find(phrase)
                                             : std::string_view::npos;
  return (*this)(at, phrase);
}

std::string quoted_phrase(const Comparison& c, const StaleFinding& f) {
  return f.measure ? Quoted(c.new_doc.measures[*f.measure]).phrase(f.text) : f.text;
}

QuotedPair::QuotedPair(const Comparison& c, const MeasureDiff& d)
    : old_unit(d.old_index ? &c.old_doc.measures[*d.old_index] : nullptr),
      new_unit(d.new_index ? &c.new_doc.measures[*d.new_index] : nullptr) {}

size_t Quoted::offset_of(std::string_view view) const {
  if (!unit_) return std::string_view::npos;
  const std::string_view text = unit_->text;
  const std::less_equal<const char*> at_most;  // a total order on pointers
  if (!at_most(text.data(), view.data()) || !at_most(view.data() + view.size(), text.data() + text.size()))
    return std::string_view::npos;
  return static_cast<size_t>(view.data() - text.data());
}

namespace {

// `edits` (a script from `old_at` of the old unit's text to `new_at` of the
// new one's) quoted from both units.
std::vector<QuotedEdit> quote_script(ListView<TextEdit> edits, bool show_rolls, const Quoted& old_unit,
                                     size_t old_at, const Quoted& new_unit, size_t new_at) {
  auto advance = [](size_t& at, size_t n) {
    if (at != std::string_view::npos) at += n;  // npos: a script of no unit's text
  };
  std::vector<QuotedEdit> out;
  for (const TextEdit& e : shown_edits(edits, show_rolls)) {
    const std::string_view in_old = side_text(e, false), in_new = side_text(e, true);
    QuotedEdit q{e.kind, e.kind == TextEdit::deleted ? old_unit(old_at, in_old) : new_unit(new_at, in_new),
                 e.kind == TextEdit::rolled ? old_unit(old_at, in_old) : std::string()};
    advance(old_at, in_old.size());
    advance(new_at, in_new.size());
    out.push_back(std::move(q));
  }
  return out;
}

}  // namespace

std::vector<QuotedEdit> quoted_script(const Rewrite& w, const Quoted& old_unit,
                                      const Quoted& new_unit, bool show_rolls) {
  return quote_script(w.edits(), show_rolls, old_unit, old_unit.offset_of(w.old_sentence), new_unit,
                      new_unit.offset_of(w.new_sentence));
}

std::vector<QuotedEdit> quoted_script(ListView<TextEdit> edits, bool show_rolls) {
  return quote_script(edits, show_rolls, {}, 0, {}, 0);
}

std::string_view side_text(const TextEdit& e, bool new_side) {
  switch (e.kind) {
    case TextEdit::same: return e.text;
    case TextEdit::rolled: return new_side ? e.text : e.old_text;
    case TextEdit::inserted: return new_side ? e.text : std::string_view();
    case TextEdit::deleted: return new_side ? std::string_view() : e.text;
  }
  return {};
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
  for (const TextEdit& e : edits) {
    const std::string_view text = side_text(e, new_side);
    append_run(out, quoted(offset, text),
               e.kind == TextEdit::rolled ? show_rolls : e.kind != TextEdit::same);
    offset += text.size();
  }
}

MarkedText side_runs(const Row& r, const Measure& m, bool new_side, bool show_rolls) {
  const SideNotes notes(r, new_side);
  const Quoted quoted(m);
  MarkedText out;
  walk_side(notes, m,
            {[&](size_t at, std::string_view gap) { append_run(out, quoted(at, gap), false); },
             [&](const Rewrite& w, const Sentence& s) {
               append_edit_runs(out, w.edits(), new_side, show_rolls, quoted, s.offset);
             },
             [&](const Sentence& s) { append_run(out, quoted(s.offset, s.text), true); },
             [&](const Sentence& s) { append_run(out, quoted(s.offset, s.text), false); },
             [&] { append_run(out, "\n", false); }});
  return out;
}

}  // namespace nendiff::detail
