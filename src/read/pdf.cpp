// Reading PDF editions through poppler's C++ API. The text layer comes as word
// boxes in reading order; we rebuild the printed lines, drop what repeats on
// every page (running headers, page numbers) and join the lines of a paragraph
// the way the text editions have them, so that one parser reads every format.
// Built as the module nendiff-pdf.so (module.hpp): poppler loads only for PDFs.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <mutex>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "read/pdf_columns.hpp"
#include "read/support.hpp"
#include "read/module_tables.hpp"
#include "nendiff/error.hpp"
#include "text/normalize.hpp"
#include "text/unicode.hpp"

namespace nendiff::detail {
namespace {

using text::to_u32;
using text::to_utf8;

// One printed line: word boxes on the same baseline, left to right.
struct PdfLine {
  int page = 0;  // 1-based
  double left = 0, right = 0, top = 0, bottom = 0;
  std::string text;
  bool space_after = false;  // poppler saw a gap after the last word
  double lead = 0;           // width of the piece a line cannot be broken before
  double edge = 0;           // where its column's lines wrap; 0: the page's text width
  double height() const { return bottom - top; }
};

using Page = std::vector<PdfLine>;

// poppler prints its complaints on stderr; keep the first for our message instead.
std::string& poppler_complaint() {
  static std::string complaint;
  return complaint;
}

void keep_first_complaint(const std::string& message, void*) {
  const std::string prefix = "error: ";
  if (poppler_complaint().empty())
    poppler_complaint() = message.rfind(prefix, 0) == 0 ? message.substr(prefix.size()) : message;
}

std::unique_ptr<poppler::document> open_pdf(const std::string& path, std::string_view bytes) {
  poppler_complaint().clear();
  poppler::set_debug_error_function(keep_first_complaint, nullptr);
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(
      bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) {
    const std::string why = poppler_complaint();
    refuse(path, "corrupt PDF, cannot be opened" + (why.empty() ? "" : " (poppler: " + why + ")"));
  }
  if (doc->is_locked())
    refuse(path, "encrypted PDF: it needs a password to open (save an unprotected copy)");
  if (doc->pages() <= 0) refuse(path, "corrupt PDF, it has no pages");
  return doc;
}

std::string utf8(const poppler::ustring& s) {
  const poppler::byte_array bytes = s.to_utf8();
  return std::string(bytes.begin(), bytes.end());
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

// The width of a line's first unbreakable piece: a Latin word or number, or
// one character, with the closing marks that cling to it. A line before it
// that left room for this piece ended its paragraph.
double lead_width(const poppler::text_box& box, const std::u32string& text) {
  size_t n = 0;
  while (n < text.size() && ascii_alnum(text[n])) ++n;
  if (n == 0) n = 1;
  while (n < text.size() && closing_mark(text[n])) ++n;
  const size_t glyphs = std::min(n, text.size());
  if (glyphs == 0) return 0;
  return std::max(0.0, box.char_bbox(glyphs - 1).right() - box.char_bbox(0).x());
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
bool continues(const PdfLine& line, const poppler::rectf& box) {
  const double middle = box.y() + box.height() / 2;
  return middle > line.top && middle < line.bottom && box.x() > line.right - line.height();
}

// The left column's lines wrap at its right edge, not at the page's.
void mark_left_column(Page& lines, double gutter) {
  double edge = 0;
  for (const PdfLine& line : lines)
    if (line.right <= gutter) edge = std::max(edge, line.right);
  for (PdfLine& line : lines)
    if (line.right <= gutter) line.edge = edge;
}

// A page poppler cannot find (a loop in the page tree, a missing object) is
// corruption: read without it, the edition would lose its measures silently.
Page read_page(const std::string& path, const poppler::document& doc, int index) {
  std::unique_ptr<poppler::page> page(doc.create_page(index));
  if (!page) {
    const std::string why = poppler_complaint();
    refuse(path, "corrupt PDF, page " + std::to_string(index + 1) + " of " +
                     std::to_string(doc.pages()) + " cannot be read" +
                     (why.empty() ? "" : " (poppler: " + why + ")"));
  }
  std::vector<poppler::text_box> boxes;
  std::vector<std::string> texts;  // each box's text, converted once
  std::vector<WordBox> places;
  for (poppler::text_box& box : page->text_list()) {
    std::string text = utf8(box.text());
    if (is_blank(text)) continue;
    const poppler::rectf b = box.bbox();
    places.push_back({b.x(), b.y(), b.right(), b.bottom()});
    texts.push_back(std::move(text));
    boxes.push_back(std::move(box));
  }
  const ReadingOrder order = reading_order(places);
  Page lines;
  for (size_t i : order.boxes) {
    const poppler::text_box& box = boxes[i];
    std::string& text = texts[i];
    const poppler::rectf b = box.bbox();
    if (lines.empty() || !continues(lines.back(), b)) {
      lines.push_back({index + 1, b.x(), b.right(), b.y(), b.bottom(), "", false, 0});
      lines.back().lead = lead_width(box, to_u32(text));
      text = with_plain_bullet(text);
    } else {
      PdfLine& line = lines.back();
      if (line.space_after) line.text += ' ';
      line.right = std::max(line.right, b.right());
      line.top = std::min(line.top, b.y());
      line.bottom = std::max(line.bottom, b.bottom());
    }
    lines.back().text += text;
    lines.back().space_after = box.has_space_after();
  }
  if (order.gutter > 0) mark_left_column(lines, order.gutter);
  return lines;
}

// --- Running headers and page numbers ---------------------------------------

// What stays the same in a running line from page to page: digits (page
// numbers, 「3/12」) masked, spacing ignored.
std::string running_key(const std::string& text) {
  std::u32string masked;
  for (char32_t c : to_u32(text::compare_key(text::normalize_line(text)))) {
    const bool digit = c >= U'0' && c <= U'9';
    if (!digit || masked.empty() || masked.back() != U'#') masked.push_back(digit ? U'#' : c);
  }
  return to_utf8(masked);
}

// 「3」「- 3 -」「(3)」「3/12」「p.3」「3頁」: a page number alone.
bool is_page_number(std::string key) {
  auto strip = [&](char32_t open, char32_t close) {
    std::u32string k = to_u32(key);
    if (k.size() > 2 && k.front() == open && k.back() == close)
      key = to_utf8(k.substr(1, k.size() - 2));
  };
  for (auto [open, close] : {std::pair{U'-', U'-'}, {U'—', U'—'}, {U'(', U')'}, {U'[', U']'}})
    strip(open, close);
  for (const char* shape : {"#", "#/#", "p.#", "P.#", "page#", "Page#", "#頁", "#ページ"})
    if (key == shape) return true;
  return false;
}

struct Candidate {
  int page = 0;
  size_t index = 0;
  std::string key;
  double top = 0;
};

// The first and last two lines of every page: where headers and footers stand.
std::vector<Candidate> edge_lines(const std::vector<Page>& pages) {
  std::vector<Candidate> out;
  for (size_t p = 0; p < pages.size(); ++p) {
    const size_t n = pages[p].size();
    for (size_t i = 0; i < n; ++i)
      if (i < 2 || i + 2 >= n)
        out.push_back({static_cast<int>(p), i, running_key(pages[p][i].text), pages[p][i].top});
  }
  return out;
}

// For every candidate, how many pages carry the same line at the same height
// (tops at most 3 points apart). Each key's candidates are swept in order of
// height with a window of ±3 points that counts the pages in it: n log n in the
// pages, where comparing every pair with every other took a minute at 20,000.
std::vector<int> pages_repeating(const std::vector<Candidate>& all) {
  std::unordered_map<std::string_view, std::vector<size_t>> by_key;
  for (size_t i = 0; i < all.size(); ++i)
    if (std::isfinite(all[i].top)) by_key[all[i].key].push_back(i);  // NaN is at no height
  std::vector<int> out(all.size(), 0);
  for (auto& key_group : by_key) {
    std::vector<size_t>& group = key_group.second;  // C++17 lambdas capture no bindings
    auto top = [&](size_t k) { return all[group[k]].top; };
    std::sort(group.begin(), group.end(), [&](size_t a, size_t b) { return all[a].top < all[b].top; });
    std::unordered_map<int, int> window;  // page → its candidates within 3 points
    for (size_t i = 0, low = 0, high = 0; i < group.size(); ++i) {
      for (; high < group.size() && top(high) - top(i) <= 3; ++high) ++window[all[group[high]].page];
      for (; top(i) - top(low) > 3; ++low)
        if (--window[all[group[low]].page] == 0) window.erase(all[group[low]].page);
      out[group[i]] = static_cast<int>(window.size());
    }
  }
  return out;
}

// Removes the lines that repeat at the same place on at least half of the
// pages (two at least), and lone page numbers at a page's top or bottom.
void drop_running_lines(std::vector<Page>& pages) {
  const std::vector<Candidate> edges = edge_lines(pages);
  const std::vector<int> repeats = pages_repeating(edges);
  const int needed = std::max(2, static_cast<int>(pages.size() + 1) / 2);
  std::vector<std::vector<bool>> drop(pages.size());
  for (size_t p = 0; p < pages.size(); ++p) drop[p].assign(pages[p].size(), false);
  for (size_t k = 0; k < edges.size(); ++k) {
    const Candidate& c = edges[k];
    const bool outermost = c.index == 0 || c.index + 1 == pages[c.page].size();
    if (repeats[k] >= needed || (outermost && is_page_number(c.key)))
      drop[c.page][c.index] = true;
  }
  for (size_t p = 0; p < pages.size(); ++p) {
    Page kept;
    for (size_t i = 0; i < pages[p].size(); ++i)
      if (!drop[p][i]) kept.push_back(std::move(pages[p][i]));
    pages[p] = std::move(kept);
  }
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
  if (ends_short(a, b, layout) || gap || resized || starts_footnote(b.text)) return Joint::paragraph;
  if (!same_page || ends_sentence(a.text)) return Joint::newline;
  return Joint::join;
}

bool ascii_letter(char32_t c) { return (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z'); }

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

// Latin words wrapped at a line end lost their space: 「Sleep」「Innovation」.
// A digit on either side is a number or year broken by a wrap at any
// character (「2 020年度」「(20 05年)」): Japanese text puts no space there.
std::string glue(const std::string& a, const std::string& b) {
  const std::u32string left = to_u32(a), right = to_u32(b);
  const bool words = !left.empty() && !right.empty() && ascii_letter(left.back()) &&
                     ascii_letter(right.front());
  return words ? " " : "";
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
      out.utf8 += glue(lines[i - 1]->text, lines[i]->text) + lines[i]->text;
      continue;
    }
    if (j == Joint::paragraph) {
      out.utf8 += "\n";
      out.line_pages.push_back(lines[i]->page);
    }
    if (i > 0) out.utf8 += "\n";
    out.utf8 += lines[i]->text;
    out.line_pages.push_back(lines[i]->page);
  }
  out.utf8 += "\n";
  return out;
}

DecodedText read_pdf(const std::string& path, std::string_view bytes, std::uintmax_t max_size) {
  // One PDF at a time: poppler's error function, and the complaint it keeps,
  // are process-wide, and editions may be read on several threads.
  static std::mutex one_at_a_time;
  const std::lock_guard<std::mutex> lock(one_at_a_time);
  const std::unique_ptr<poppler::document> doc = open_pdf(path, bytes);
  std::vector<Page> pages;
  std::uintmax_t size = 0;  // of the text so far, bounded like the file it came from
  for (int i = 0; i < doc->pages(); ++i) {
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
  static const PdfModule table{{kModuleAbi}, &read_pdf};
  return &table.header;
}
