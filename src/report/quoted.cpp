// The editions' text as written: units, headings, tags, figures and the
// front matter, through text::Quotation.
#include "report/quoted.hpp"

#include <algorithm>
#include <functional>

#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace nendiff::detail {

bool replaces(ListView<TextEdit> edits, size_t i) {
  auto is = [&](size_t k, TextEdit::Kind kind) { return k < edits.size() && edits[k].kind == kind; };
  switch (edits[i].kind) {
    case TextEdit::rolled: return true;
    case TextEdit::deleted: return is(i + 1, TextEdit::inserted) || (i > 0 && is(i - 1, TextEdit::inserted));
    case TextEdit::inserted: return is(i + 1, TextEdit::deleted) || (i > 0 && is(i - 1, TextEdit::deleted));
    case TextEdit::same: return false;
  }
  return false;
}

namespace {

// `edits` (a script from `old_at` of the text the old side quotes to `new_at`
// of the new side's) quoted from both.
std::vector<QuotedEdit> quote_script(ListView<TextEdit> edits, bool show_rolls, const Quoted& old_side,
                                     size_t old_at, const Quoted& new_side, size_t new_at) {
  auto advance = [](size_t& at, size_t n) {
    if (at != std::string_view::npos) at += n;  // npos: a script of no text quoted
  };
  std::vector<QuotedEdit> out;
  const std::vector<TextEdit> shown = shown_edits(edits, show_rolls);
  for (size_t i = 0; i < shown.size(); ++i) {
    const TextEdit& e = shown[i];
    const std::string_view in_old = side_text(e, false), in_new = side_text(e, true);
    if (!replaces(shown, i)) {
      out.push_back({e.kind, e.kind == TextEdit::deleted ? old_side(old_at, in_old) : new_side(new_at, in_new), {}});
    } else if (e.kind == TextEdit::deleted) {  // the newer edition's spaces follow its replacement
      out.push_back({e.kind, old_side.alone(old_at, in_old), {}});
    } else {
      Quoted::Cut now = new_side.cut(new_at, in_new);
      out.push_back({e.kind, std::move(now.own), e.kind == TextEdit::rolled ? old_side.alone(old_at, in_old) : ""});
      if (!now.spaces_after.empty()) out.push_back({TextEdit::same, std::move(now.spaces_after), {}});
    }
    advance(old_at, in_old.size());
    advance(new_at, in_new.size());
  }
  return out;
}

// The front matter's lines from the first whose reading holds the start of
// `read`: a date is not looked for in the title above it, whose 「…方針2024」
// has the date's digits.
std::string_view front_from(std::string_view lines, std::string_view read) {
  const std::string start(read.substr(0, text::character_start(read, std::min<size_t>(read.size(), 24))));
  for (size_t at = 0; at < lines.size();) {
    const size_t end = std::min(lines.find('\n', at), lines.size());
    if (text::normalize_line(lines.substr(at, end - at)).find(start) != std::string::npos) return lines.substr(at);
    at = end + 1;
  }
  return lines;
}

// The lines of the footnote on `line`, as written; empty if none is there.
// Footnotes, tables and their rows stand in the order of their lines.
std::string_view footnote_written(const Document& d, int line) {
  const auto f = std::lower_bound(d.footnotes.begin(), d.footnotes.end(), line,
                                  [](const Footnote& f, int l) { return f.line < l; });
  return f != d.footnotes.end() && f->line == line ? std::string_view(f->written) : std::string_view();
}

// The table row on `line` as written, where it is not as read.
std::string_view table_row_written(const Document& d, int line) {
  const auto t = std::upper_bound(d.tables.begin(), d.tables.end(), line,
                                  [](int l, const Table& t) { return l < t.line; });
  if (t == d.tables.begin()) return {};
  const std::vector<TableRow>& rows = std::prev(t)->rows;
  const auto r = std::lower_bound(rows.begin(), rows.end(), line,
                                  [](const TableRow& r, int l) { return r.line < l; });
  return r != rows.end() && r->line == line ? std::string_view(r->written) : std::string_view();
}

}  // namespace

// The quotation of the text read, where `stretch` stands at `offset` of it.
const text::Quotation* Quoted::quotation(size_t offset, std::string_view stretch) const {
  if (!any_ || read_.substr(std::min(offset, read_.size()), stretch.size()) != stretch) return nullptr;
  if (!quotation_) quotation_.emplace(written_, read_, spacing_);
  return &*quotation_;
}

std::string Quoted::operator()(size_t offset, std::string_view stretch) const {
  const text::Quotation* q = quotation(offset, stretch);
  return q ? q->quote(offset, offset + stretch.size()) : std::string(stretch);
}

std::string Quoted::alone(size_t offset, std::string_view stretch) const {
  const text::Quotation* q = quotation(offset, stretch);
  return q ? q->quote_alone(offset, offset + stretch.size()) : std::string(stretch);
}

Quoted::Cut Quoted::cut(size_t offset, std::string_view stretch) const {
  std::string joined = (*this)(offset, stretch), own = alone(offset, stretch);
  if (joined.compare(0, own.size(), own) != 0) return {std::move(joined), {}};  // quoted as given
  return {own, joined.substr(own.size())};
}

Quoted::Cut Quoted::marked(ListView<TextEdit> edits, size_t i, size_t offset, std::string_view stretch) const {
  if (replaces(edits, i)) return cut(offset, stretch);
  return {(*this)(offset, stretch), {}};
}

size_t Quoted::offset_of(std::string_view view) const {
  if (!any_) return std::string_view::npos;
  const std::less_equal<const char*> at_most;  // a total order on pointers
  if (!at_most(read_.data(), view.data()) ||
      !at_most(view.data() + view.size(), read_.data() + read_.size()))
    return std::string_view::npos;
  return static_cast<size_t>(view.data() - read_.data());
}

std::string Quoted::phrase(std::string_view phrase) const {
  const size_t at = any_ && !phrase.empty() ? read_.find(phrase) : std::string_view::npos;
  return alone(at, phrase);
}

std::string quoted_text(const Measure& m) { return Quoted(m)(std::string_view(m.text)); }

std::string quoted_heading(const Section& s) {
  if (s.written.empty()) return s.heading;
  return text::Quotation(s.written, s.heading, text::spacing_on(s.page)).quote(0, s.heading.size());
}

std::vector<std::string> quoted_path(const Row& r) { return quoted_path(r.headings); }

std::vector<std::string> quoted_path(const std::vector<Heading>& headings) {
  std::vector<std::string> path;
  for (const Heading& h : headings) path.push_back(quoted_heading(*h.section));
  return path;
}

std::vector<std::string> quoted_path(const Document& d, const Measure& m) {
  std::vector<std::string> path;
  for (size_t s : d.section_chain(m.section)) path.push_back(quoted_heading(d.sections[s]));
  return path;
}

std::string quoted_tag(const Measure& m) {
  if (!m.tag) return {};
  const MinistryTag& tag = *m.tag;
  if (tag.written.empty()) return tag.raw;
  return text::Quotation(tag.written, tag.raw, text::spacing_on(m.page)).quote_alone(0, tag.raw.size());
}

namespace {

// `message` naming the phrase `read` as `written`.
std::string renamed(const std::string& message, const std::string& read, const std::string& written) {
  const std::string named = "「" + read + "」";
  const size_t at = written == read ? std::string::npos : message.find(named);
  if (at == std::string::npos) return message;
  return message.substr(0, at) + "「" + written + "」" + message.substr(at + named.size());
}

}  // namespace

QuotedFinding quoted_finding(const StaleFinding& f, const Quoted& unit) {
  std::string phrase = unit.phrase(f.text);
  return {phrase, renamed(f.message_ja, f.text, phrase), renamed(f.message_en, f.text, phrase)};
}

Quoted finding_unit(const Document& d, const StaleFinding& f) {
  return Quoted(f.measure ? &d.measures[*f.measure] : nullptr);
}

QuotedFinding quoted_finding(const Comparison& c, const StaleFinding& f) {
  return quoted_finding(f, finding_unit(c.new_doc, f));
}

BatchFinding indexed_finding(const Comparison& c, const StaleFinding& f) {
  const Quoted unit = finding_unit(c.new_doc, f);
  QuotedFinding q = quoted_finding(f, unit);
  return {f, c.new_doc.page_of(f.line), std::move(q.phrase), unit.phrase(f.sentence), std::move(q.message_ja)};
}

Quoted quoted_front(const Document& d, std::string_view read) {
  if (d.front_written.empty()) return {};
  return Quoted(front_from(d.front_written, read), read, text::spacing_on(d.page_of(1)));  // on the first page
}

std::string quoted_title(const Document& d) { return quoted_front(d, d.title)(0, d.title); }

Quoted quoted_outside(const Comparison& c, const TextChange& t, bool new_side) {
  const Document& d = new_side ? c.new_doc : c.old_doc;
  const std::string& read = new_side ? t.new_text : t.old_text;
  const int line = new_side ? t.new_line : t.old_line;
  const bool front = t.part == "title" || t.part == "date" || t.part == "body" || t.part == "preamble";
  if (front) return quoted_front(d, read);
  const std::string_view written = t.part == "footnote" ? footnote_written(d, line)
                                   : t.part == "table"  ? table_row_written(d, line)
                                                        : std::string_view();
  if (written.empty()) return {};
  return Quoted(written, read, text::spacing_on(d.page_of(line)));
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

std::vector<QuotedEdit> quoted_script(const Rewrite& w, const Quoted& old_unit,
                                      const Quoted& new_unit, bool show_rolls) {
  return quote_script(w.edits(), show_rolls, old_unit, old_unit.offset_of(w.old_sentence), new_unit,
                      new_unit.offset_of(w.new_sentence));
}

std::vector<QuotedEdit> quoted_script(const TextChange& t, const Quoted& old_side, const Quoted& new_side,
                                      bool show_rolls) {
  return quote_script(t.edits, show_rolls, old_side, 0, new_side, 0);
}

QuotedPair::QuotedPair(const Comparison& c, const MeasureDiff& d)
    : old_unit(d.old_index ? &c.old_doc.measures[*d.old_index] : nullptr),
      new_unit(d.new_index ? &c.new_doc.measures[*d.new_index] : nullptr) {}

}  // namespace nendiff::detail
