// The second step of parsing: each unit's sentences with their years and
// figures, footnotes attached to the units that mark them, the edition's year.
#include <unicode/utf8.h>

#include <filesystem>
#include <optional>

#include "parse/parser.hpp"
#include "parse/pieces.hpp"
#include "text/unicode.hpp"
#include "text/years.hpp"

namespace nendiff {
namespace {

// Footnote markers (¹) stand in the text; comparison should not see them.
// (Called for a text that holds one.)
void strip_footnote_markers(Measure& m) {
  const auto* s = reinterpret_cast<const uint8_t*>(m.text.data());
  std::string kept;
  kept.reserve(m.text.size());
  std::vector<LineSpan> spans;
  size_t span = 0;
  for (size_t byte = 0; byte < m.text.size();) {
    while (span < m.spans.size() && m.spans[span].offset <= byte) {
      spans.push_back({static_cast<uint32_t>(kept.size()), m.spans[span].line, m.spans[span].starts_paragraph});
      ++span;
    }
    const size_t start = byte;
    UChar32 c;
    U8_NEXT_OR_FFFD(s, byte, m.text.size(), c);
    if (!text::is_superscript_digit(static_cast<char32_t>(c))) kept.append(m.text, start, byte - start);
  }
  m.text = std::move(kept);
  m.spans = std::move(spans);
}

void attach_footnotes(Document& d) {
  for (const Footnote& f : d.footnotes) {
    for (auto m = d.measures.rbegin(); m != d.measures.rend(); ++m) {
      if (m->line > f.line || m->original.find(f.marker) == std::string::npos) continue;
      std::vector<Footnote> notes = m->footnotes;  // most measures have none
      notes.push_back(f);
      m->footnotes = std::move(notes);
      break;
    }
  }
}

// The edition's year, decided here once for every stage: the last year of
// the title (「…取組方針2024」), else the first of the decision date, else
// the one its file's name gives (a list with no title: 「一覧_R6.csv」).
int edition_year(const Document& d) {
  int year = 0;
  for (const YearMention& y : text::find_years(d.title)) year = y.year;
  if (year == 0 && !d.date_text.empty()) {
    std::vector<YearMention> years = text::find_years(d.date_text);
    if (!years.empty()) year = years.front().year;
  }
  if (year == 0 && !d.path.empty()) year = text::year_of_file_name(std::filesystem::path(d.path).stem().string());
  return year;
}

// Where the unit's paragraphs start (項, a sub-item): no sentence runs across.
std::vector<size_t> paragraph_starts(const Measure& m) {
  std::vector<size_t> starts;
  for (const LineSpan& s : m.spans)
    if (s.starts_paragraph && s.offset > 0) starts.push_back(s.offset);
  return starts;
}

// The unit's sentences, with their years and figures; true when they follow
// from its text alone (it holds no footnote marker, which is taken out).
bool read_sentences(Measure& m, TextStore& store) {
  // Most units hold no footnote marker: that is learnt while splitting.
  std::optional<std::vector<Sentence>> sentences = sentences_unless_marked(m.text, paragraph_starts(m));
  const bool plain = sentences.has_value();
  if (!plain) {
    strip_footnote_markers(m);
    m.text.keep_in(store);
    sentences = split_sentences(m.text, paragraph_starts(m));
  }
  m.sentences = std::move(*sentences);
  return plain;
}

// The sentences of a unit written as `twin` is (another edition's), as this
// unit's own; false if their paragraphs start elsewhere.
bool copy_sentences(Measure& m, const Measure& twin) {
  if (paragraph_starts(m) != paragraph_starts(twin)) return false;
  m.sentences = twin.sentences;
  m.view_own_text();
  return true;
}

void finish_unit(const Document& d, Measure& m, TextStore& store, SharedUnits* shared) {
  m.original.keep_in(store);  // kept by the parser already, unless built otherwise
  m.text.keep_in(store);
  const size_t hash = shared ? SharedUnits::hash(m.text) : 0;
  const Measure* twin = shared ? shared->find(m.text, hash) : nullptr;
  const bool copied = twin && copy_sentences(m, *twin);
  const bool plain = copied || read_sentences(m, store);
  m.page = d.page_of(m.line);
  for (Sentence& s : m.sentences) s.line = m.line_at(s.offset);
  if (shared && plain && !copied) shared->publish(&m, hash);
}

}  // namespace

void finish(Document& d, SharedUnits* shared, size_t edition, size_t editions) {
  if (!d.unit_texts) d.unit_texts = std::make_shared<TextStore>();
  TextStore& store = *d.unit_texts;
  const size_t n = d.measures.size(), start = detail::side_by_side_start(edition, editions, n);
  for (size_t k = 0; k < n; ++k) finish_unit(d, d.measures[(start + k) % n], store, shared);
  for (Section& s : d.sections) s.page = d.page_of(s.line);
  attach_footnotes(d);
  d.edition_year = edition_year(d);
  d.draft = d.title.find("(案)") != std::string::npos;
}

}  // namespace nendiff
