// Reading PDF editions through poppler's core API (libpoppler-private-dev).
// The text layer comes as word boxes in reading order; we rebuild the printed
// lines, drop what repeats on every page (running headers, page numbers) and
// join the lines of a paragraph the way the text editions have them, so that
// one parser reads every format.
// Built as the module nendiff-pdf.so (module.hpp): poppler loads only for PDFs.
//
// Not poppler's C++ API: its page::text_list() displays each page with a copy
// of the whole cross-reference table, which grows with the pages — reading was
// quadratic (20,000 pages: 102–135 s). The words here are the ones text_list gave,
// read the same way from one TextOutputDev per page, without that copy.
#include <Error.h>
#include <GlobalParams.h>
#include <PDFDoc.h>
#include <Stream.h>
#include <TextOutputDev.h>
#include <goo/GooString.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <mutex>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "read/pdf_columns.hpp"
#include "read/pdf_lines.hpp"
#include "read/pdf_tables.hpp"
#include "read/support.hpp"
#include "read/module_tables.hpp"
#include "nendiff/error.hpp"
#include "text/line_joint.hpp"
#include "text/normalize.hpp"
#include "text/unicode.hpp"

namespace nendiff::detail {
namespace {

using text::to_u32;
using text::to_utf8;


// poppler prints its complaints on stderr; keep the first for our message instead.
std::string& poppler_complaint() {
  static std::string complaint;
  return complaint;
}

// Worded as poppler's C++ API worded it ("error (offset): …" when poppler
// knows where in the file), less its "error: " before a message without one.
void keep_first_complaint(ErrorCategory, Goffset offset, const char* message) {
  if (!poppler_complaint().empty()) return;
  poppler_complaint() =
      offset >= 0 ? "error (" + std::to_string(offset) + "): " + message : std::string(message);
}

[[noreturn]] void refuse_corrupt(const std::string& path) {
  const std::string why = poppler_complaint();
  refuse(path, "corrupt PDF, cannot be opened" + (why.empty() ? "" : " (poppler: " + why + ")"));
}

// As poppler's C++ API opened a PDF in memory: empty passwords, and fewer
// than ten bytes are no PDF at all. The document reads from `bytes`.
std::unique_ptr<PDFDoc> open_pdf(const std::string& path, std::string_view bytes) {
  poppler_complaint().clear();
  if (bytes.size() < 10) refuse_corrupt(path);
  auto doc = std::make_unique<PDFDoc>(
      new MemStream(bytes.data(), 0, static_cast<Goffset>(bytes.size()), Object(objNull)),
      GooString(""), GooString(""));
  const bool encrypted = doc->getErrorCode() == errEncrypted;
  if (!doc->isOk() && !encrypted) refuse_corrupt(path);
  if (encrypted)
    refuse(path, "encrypted PDF: it needs a password to open (save an unprotected copy)");
  if (doc->getNumPages() <= 0) refuse(path, "corrupt PDF, it has no pages");
  return doc;
}

bool is_blank(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t'; });
}

bool ascii_alnum(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z');
}

// Marks that may not start a line (禁則): they wrap together with what precedes them.
bool closing_mark(char32_t c) {
  return std::u32string_view(U"、。，．,.」』）)】〕ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ").find(c) !=
         std::u32string_view::npos;
}

// A word of the text layer with its rectangle kept as poppler's C++ API kept
// it, corner and size (its right edge is x + width, not poppler's xMax: the
// lines' edges stay what they were to the last bit).
struct Word {
  double x = 0, y = 0, width = 0, height = 0;
  double lead = 0;           // the line-start piece's width (lead_width)
  bool space_after = false;  // poppler saw a gap after it
  double right() const { return x + width; }
  double bottom() const { return y + height; }
};

// Glyph i's left and right edge, (0, 0) past the word's glyphs.
std::pair<double, double> glyph_edges(const TextWord& word, int i) {
  if (i < 0 || i >= word.getLength()) return {0, 0};
  double x_min, y_min, x_max, y_max;
  word.getCharBBox(i, &x_min, &y_min, &x_max, &y_max);
  return {x_min, x_min + (x_max - x_min)};
}

// The width of a line's first unbreakable piece: a Latin word or number, or
// one character, with the closing marks that cling to it. A line before it
// that left room for this piece ended its paragraph.
double lead_width(const TextWord& word, const std::u32string& text) {
  size_t n = 0;
  while (n < text.size() && ascii_alnum(text[n])) ++n;
  if (n == 0) n = 1;
  while (n < text.size() && closing_mark(text[n])) ++n;
  const size_t glyphs = std::min(n, text.size());
  if (glyphs == 0) return 0;
  return std::max(0.0, glyph_edges(word, static_cast<int>(glyphs - 1)).second -
                           glyph_edges(word, 0).first);
}

// A word's text as poppler's C++ API passed it on: up to a NUL, and up to the
// first ill-formed UTF-8 (its round trip through UTF-16 stopped there).
std::string word_text(const TextWord& word) {
  const std::unique_ptr<GooString> text(word.getText());
  const std::string_view utf8(text->c_str());
  return std::string(utf8.substr(0, text::well_formed_prefix(utf8)));
}

// Word lists bulleted in the Symbol or Wingdings font (, , §, Ø …) reach
// the text layer as private-use code points U+F000–U+F0FF. At the start of a
// line such a glyph is a bullet: it reads as ・, as the Word reader prints it
// (docx_numbering.cpp).
std::string with_plain_bullet(const std::string& first_box) {
  const std::u32string s = to_u32(first_box);
  if (s.empty() || s[0] < 0xF000 || s[0] > 0xF0FF) return first_box;
  return "・" + to_utf8(std::u32string_view(s).substr(1));
}

// A box continues the current line when its middle lies within the line's
// height and it does not jump back to the left.
constexpr double kSpaceGap = 0.6;  // line heights: a gap this wide between words is a space

bool continues(const PdfLine& line, const Word& box) {
  const double middle = box.y + box.height / 2;
  return middle > line.top && middle < line.bottom && box.x > line.right - line.height();
}

// The left column's lines wrap at its right edge, not at the page's.
void mark_left_column(Page& lines, double gutter) {
  double edge = 0;
  for (const PdfLine& line : lines)
    if (line.right <= gutter) edge = std::max(edge, line.right);
  for (PdfLine& line : lines)
    if (line.right <= gutter) line.edge = edge;
}

// A page's words: poppler's, with their texts (each converted once) and places.
struct PageBoxes {
  std::vector<Word> words;
  std::vector<std::string> texts;
  std::vector<WordBox> places;
};

// The page's words in poppler's reading order, read as poppler's C++ API read
// them (page::text_list: 72 dpi, unrotated, not clipped to the crop box) but
// displayed on the document's own cross-reference table: copying it for each
// page, as text_list does, made reading quadratic in the pages.
PageBoxes page_words(PDFDoc& doc, int number) {
  TextOutputDev device(nullptr, false, 0, false, false);
  doc.displayPageSlice(&device, number, 72, 72, 0, false, false, false, -1, -1, -1, -1, nullptr,
                       nullptr, nullptr, nullptr, /*copyXRef=*/false);
  PageBoxes out;
  const std::unique_ptr<TextWordList> words = device.makeWordList();
  for (int i = 0; words && i < words->getLength(); ++i) {
    const TextWord& word = *words->get(i);
    std::string text = word_text(word);
    if (is_blank(text)) continue;
    double x_min, y_min, x_max, y_max;
    word.getBBox(&x_min, &y_min, &x_max, &y_max);
    const Word w{x_min, y_min, x_max - x_min, y_max - y_min, lead_width(word, to_u32(text)),
                 word.hasSpaceAfter()};
    out.places.push_back({w.x, w.y, w.right(), w.bottom()});
    out.words.push_back(w);
    out.texts.push_back(std::move(text));
  }
  return out;
}

// A page poppler cannot find (a loop in the page tree, a missing object) is
// corruption: read without it, the edition would lose its measures silently.
PageBoxes page_boxes(const std::string& path, PDFDoc& doc, int index) {
  if (!doc.getCatalog()->getPage(index + 1)) {
    const std::string why = poppler_complaint();
    refuse(path, "corrupt PDF, page " + std::to_string(index + 1) + " of " +
                     std::to_string(doc.getNumPages()) + " cannot be read" +
                     (why.empty() ? "" : " (poppler: " + why + ")"));
  }
  return page_words(doc, index + 1);
}

// Box i on the current line, or starting the next one.
void add_box(Page& lines, PageBoxes& page, size_t i, int number) {
  const Word& b = page.words[i];
  std::string& text = page.texts[i];
  if (lines.empty() || lines.back().table_row || !continues(lines.back(), b)) {
    lines.push_back({number, b.x, b.right(), b.y, b.bottom(), "", false, 0});
    lines.back().lead = b.lead;
    text = with_plain_bullet(text);
  } else {
    PdfLine& line = lines.back();
    // A full-width space is no box of its own, only a gap (「第１分野　政策…」):
    // the space goes back, or 「第1分野政策」 reads as no heading.
    if (line.space_after || b.x - line.right >= kSpaceGap * line.height()) line.text += ' ';
    line.right = std::max(line.right, b.right());
    line.top = std::min(line.top, b.y);
    line.bottom = std::max(line.bottom, b.bottom());
  }
  lines.back().text += text;
  lines.back().space_after = b.space_after;
}

// Each of a table's rows a line of its own: its cells' words, a tab between cells.
void add_table(Page& lines, const PageBoxes& page, const PageTable& table, int number) {
  for (const TableRowBoxes& row : table.rows) {
    const WordBox& first = page.places[row.front().front()];
    PdfLine line{number, first.left, first.right, first.top, first.bottom, "", false, 0};
    line.table_row = true;
    for (const std::vector<size_t>& cell : row) {
      if (!line.text.empty()) line.text += '\t';
      for (size_t k = 0; k < cell.size(); ++k) {
        if (k > 0 && page.words[cell[k - 1]].space_after) line.text += ' ';
        line.text += page.texts[cell[k]];
        const WordBox& b = page.places[cell[k]];
        line.left = std::min(line.left, b.left), line.right = std::max(line.right, b.right);
        line.top = std::min(line.top, b.top), line.bottom = std::max(line.bottom, b.bottom);
      }
    }
    lines.push_back(std::move(line));
  }
}

// The page's printed lines in reading order. A table stands where its first
// word is read; its rows are read across (a two-column page has no tables).
Page read_page(const std::string& path, PDFDoc& doc, int index) {
  PageBoxes page = page_boxes(path, doc, index);
  const ReadingOrder order = reading_order(page.places);
  const std::vector<PageTable> tables =
      order.gutter > 0 ? std::vector<PageTable>() : find_tables(page.places);
  std::vector<size_t> table_of(page.places.size(), tables.size());
  for (size_t t = 0; t < tables.size(); ++t)
    for (const TableRowBoxes& row : tables[t].rows)
      for (const std::vector<size_t>& cell : row)
        for (size_t i : cell) table_of[i] = t;
  std::vector<bool> read(tables.size(), false);
  Page lines;
  for (size_t i : order.boxes) {
    const size_t t = table_of[i];
    if (t == tables.size()) add_box(lines, page, i, index + 1);
    else if (!read[t]) read[t] = true, add_table(lines, page, tables[t], index + 1);
  }
  if (order.gutter > 0) mark_left_column(lines, order.gutter);
  return lines;
}

// --- Paragraphs --------------------------------------------------------------

// The text block's shape: the usual line pitch (as a multiple of the line
// height) and the right edge that wrapped lines reach.
struct Layout {
  double pitch = 1;
  double right = 0;
};


Layout measure_layout(const std::vector<Page>& pages) {
  std::vector<double> pitches, rights;
  for (const Page& page : pages) {
    double right = 0;
    for (size_t i = 0; i < page.size(); ++i) {
      right = std::max(right, page[i].right);
      if (i == 0 || page[i - 1].height() <= 0) continue;
      const double pitch = (page[i].top - page[i - 1].top) / page[i - 1].height();
      if (pitch > 0 && pitch < 3) pitches.push_back(pitch);
    }
    if (!page.empty()) rights.push_back(right);
  }
  // Lines inside a paragraph are the most common and the closest together.
  return {pitches.empty() ? 1 : percentile(pitches, 0.25), percentile(rights, 0.5)};
}

// Where one printed line meets the next.
enum class Joint { join, newline, paragraph };

// Line `a` stopped although the first piece of `b` (and a space) would have fit.
bool ends_short(const PdfLine& a, const PdfLine& b, const Layout& layout) {
  return a.right + b.lead + 0.5 * a.height() < (a.edge > 0 ? a.edge : layout.right);
}

bool ends_sentence(const std::string& text) {
  const std::u32string s = to_u32(text);
  return !s.empty() && (s.back() == U'。' || s.back() == U'】');
}

// A footnote's text starts with its marker and a space (「¹ 第2期の…」「※1 …」):
// in running text a marker follows the word it marks and no space follows it.
bool starts_footnote(const std::string& text) {
  const std::u32string s = to_u32(text);
  size_t n = 0;
  while (n < s.size() && text::is_superscript_digit(s[n])) ++n;
  if (n == 0 && s.size() > 1 && s[0] == U'※') {
    n = 1;
    while (n < s.size() && s[n] >= U'0' && s[n] <= U'9') ++n;
    if (n == 1) return false;
  }
  return n > 0 && n < s.size() && s[n] == U' ';
}

// A paragraph ends at a short line, a wider gap or a change of type size. A
// line ending a sentence stays a line of its own (the parser decides whether a
// bullet or heading follows); so does a page's last line.
Joint joint(const PdfLine& a, const PdfLine& b, const Layout& layout) {
  const bool same_page = a.page == b.page;
  const bool gap = same_page && a.height() > 0 &&
                   (b.top - a.top) / a.height() > layout.pitch * 1.3;
  const bool resized = std::abs(a.height() - b.height()) > 0.15 * std::max(a.height(), b.height());
  if (ends_short(a, b, layout) || gap || resized || starts_footnote(b.text) || a.table_row ||
      b.table_row)
    return Joint::paragraph;
  if (!same_page || ends_sentence(a.text)) return Joint::newline;
  return Joint::join;
}

// A bullet alone on its line labels nothing: LibreOffice draws the label of
// a list paragraph that runs over a page break once more, unseen, and poppler
// reads it after the page's last line. Read as a line, it would land inside
// the sentence that goes on over the page (「…によって・適切に…」).
void drop_lone_bullets(std::vector<Page>& pages) {
  for (Page& page : pages)
    page.erase(std::remove_if(page.begin(), page.end(),
                              [](const PdfLine& l) { return l.text == "・"; }),
               page.end());
}

// --- Footnotes at a page's foot ----------------------------------------------

// A page's footnote block: its last lines, set smaller than the body text,
// the first starting with a marker. Its first index, or the page's size.
size_t foot_block(const Page& page, double body_height) {
  size_t start = page.size();
  for (size_t i = page.size(); i-- > 0 && page[i].height() < 0.85 * body_height;)
    if (starts_footnote(page[i].text)) start = i;
  return start;
}

// The lines in reading order, the footnote blocks taken from the pages' feet
// to the end, as the Word reader puts a document's notes (docx.cpp): the
// sentence a block interrupted joins across the page break, and a note that
// ends without 。 cannot take in the text that follows it.
std::vector<const PdfLine*> in_reading_order(const std::vector<Page>& pages) {
  std::vector<double> heights;
  for (const Page& page : pages)
    for (const PdfLine& line : page) heights.push_back(line.height());
  const double body_height = percentile(heights, 0.5);
  std::vector<const PdfLine*> lines, notes;
  for (const Page& page : pages) {
    const size_t foot = foot_block(page, body_height);
    for (size_t i = 0; i < page.size(); ++i) (i < foot ? lines : notes).push_back(&page[i]);
  }
  lines.insert(lines.end(), notes.begin(), notes.end());
  return lines;
}

DecodedText paragraphs(const std::vector<Page>& pages) {
  const Layout layout = measure_layout(pages);
  const std::vector<const PdfLine*> lines = in_reading_order(pages);
  DecodedText out;
  out.encoding = "PDF";
  for (size_t i = 0; i < lines.size(); ++i) {
    const Joint j = i == 0 ? Joint::newline : joint(*lines[i - 1], *lines[i], layout);
    if (j == Joint::join) {
      out.utf8 += std::string(text::line_joint(lines[i - 1]->text, lines[i]->text)) + lines[i]->text;
      continue;
    }
    if (j == Joint::paragraph) {
      out.utf8 += "\n";
      out.line_pages.push_back(lines[i]->page);
    }
    if (i > 0) out.utf8 += "\n";
    out.utf8 += lines[i]->text;
    out.line_pages.push_back(lines[i]->page);
    if (lines[i]->table_row) out.table_rows.push_back(static_cast<int>(out.line_pages.size()));
  }
  out.utf8 += "\n";
  return out;
}

DecodedText read_pdf(const std::string& path, std::string_view bytes, std::uintmax_t max_size) {
  // One PDF at a time: poppler's error function, and the complaint it keeps,
  // are process-wide, and editions may be read on several threads.
  static std::mutex one_at_a_time;
  const std::lock_guard<std::mutex> lock(one_at_a_time);
  // poppler's global tables (fonts, CMaps) and its error callback, for as
  // long as the document is read, as poppler's C++ API kept them.
  const GlobalParamsIniter poppler_globals(keep_first_complaint);
  const std::unique_ptr<PDFDoc> doc = open_pdf(path, bytes);
  std::vector<Page> pages;
  std::uintmax_t size = 0;  // of the text so far, bounded like the file it came from
  for (int i = 0; i < doc->getNumPages(); ++i) {
    pages.push_back(read_page(path, *doc, i));
    for (const PdfLine& line : pages.back()) size += line.text.size() + 1;
    if (size > max_size) refuse(path, unpacked_too_large(max_size));
  }
  drop_running_lines(pages);
  drop_lone_bullets(pages);
  const bool text = std::any_of(pages.begin(), pages.end(), [](const Page& p) { return !p.empty(); });
  if (!text)
    refuse(path, "PDF without a text layer (scanned or image-only): OCR is needed to read it");
  return paragraphs(pages);
}

}  // namespace
}  // namespace nendiff::detail

NENDIFF_MODULE_ENTRY const nendiff::detail::ModuleHeader* nendiff_pdf_module() {
  using namespace nendiff::detail;
  static const PdfModule table{{kModuleAbi}, &Caught<&read_pdf>::call};
  return &table.header;
}
