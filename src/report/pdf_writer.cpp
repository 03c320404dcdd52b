// `nendiff compare --format pdf`: the 新旧対照表 typeset with Pango and Cairo
// in the official form (taihyo.hpp): Mincho 10.5 pt, the column heads repeated
// at the top of every page, changed characters underlined (and coloured, a
// second channel: a monochrome print keeps the underline), the title in the
// running head and 「－ N －」 at the foot. A row taller than what is left of a
// page continues on the next, each cell line by line. Cairo embeds the fonts
// (subsets) and keeps the text selectable; the pages stream to `out` as they
// are finished. Built as the module nendiff-pdfout.so.
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <ostream>

#include "nendiff/error.hpp"
#include "report/history_steps.hpp"
#include "report/printable.hpp"
#include "report/taihyo.hpp"
#include "report/util.hpp"
#include "report/views.hpp"
#include "util/module.hpp"

namespace nendiff::detail {
namespace {

constexpr double kMargin = 42.5;  // 1.5 cm
constexpr double kPad = 4;        // inside a cell
const char* const kFont = "IPAexMincho, Noto Serif CJK JP, serif";

// One line of a laid-out cell, in points from the layout's top.
struct Line {
  PangoLayoutLine* line = nullptr;
  double top = 0, bottom = 0, baseline = 0;
};

// A cell's text laid out at its width, and how far it has been drawn.
struct Cell {
  std::unique_ptr<PangoLayout, void (*)(void*)> layout{nullptr, g_object_unref};
  std::vector<Line> lines;
  double x = 0, width = 0, inset = 0;  // inset: the text's from the cell's left
  size_t next = 0;  // the first line not drawn yet
  bool done() const { return next >= lines.size(); }
};

// The paragraphs of a cell as one text, and its changed runs as attributes.
void set_marked_text(PangoLayout* layout, const TaihyoCell& cell) {
  std::string text;
  PangoAttrList* attrs = pango_attr_list_new();
  for (const MarkedText& paragraph : cell) {
    if (!text.empty()) text += '\n';
    for (const MarkedRun& run : paragraph) {
      const auto start = static_cast<guint>(text.size());
      text += run.text;
      if (!run.changed) continue;
      for (PangoAttribute* a : {pango_attr_underline_new(PANGO_UNDERLINE_SINGLE),
                                pango_attr_foreground_new(0xC000, 0, 0)}) {
        a->start_index = start;
        a->end_index = static_cast<guint>(text.size());
        pango_attr_list_insert(attrs, a);
      }
    }
  }
  pango_layout_set_text(layout, text.data(), static_cast<int>(text.size()));
  pango_layout_set_attributes(layout, attrs);
  pango_attr_list_unref(attrs);
}

// A table's page head: the title (also the running head), a note, and the
// columns' heads with their shares of the width.
struct PageHead {
  std::string title, note;
  std::vector<std::string> columns;
  std::vector<double> shares;  // of the text width, adding up to 1
};

class Typesetter {
 public:
  Typesetter(std::ostream& out, PaperSize paper, PageHead head)
      : out_(out), paper_(paper), head_(std::move(head)) {
    surface_ = cairo_pdf_surface_create_for_stream(&Typesetter::write, this, paper.width, paper.height);
    // The same bytes every time: a fixed date, not now.
    cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_CREATE_DATE, "2000-01-01T00:00:00Z");
    cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_TITLE, head_.title.c_str());
    cr_ = cairo_create(surface_);
    context_ = pango_cairo_create_context(cr_);
    width_ = paper.width - 2 * kMargin;
    double x = kMargin;
    for (double share : head_.shares) {
      columns_.push_back({x, share * width_});
      x += share * width_;
    }
  }
  ~Typesetter() {
    g_object_unref(context_);
    cairo_destroy(cr_);
    cairo_surface_destroy(surface_);
  }

  void title_block() {
    begin_page();
    Cell title = cell({{{head_.title, false}}}, kMargin, width_, 14, PANGO_WEIGHT_BOLD,
                      PANGO_ALIGN_CENTER);
    Cell note = cell({{{head_.note, false}}}, kMargin, width_, 10.5, PANGO_WEIGHT_NORMAL,
                     PANGO_ALIGN_RIGHT);
    flow({&title}, false);
    flow({&note}, false);
    in_table_ = true;
    table_head();
  }

  // Headings wait for the row they head: a heading never ends a page alone.
  void row(const TaihyoRow& r) {
    if (r.kind == TaihyoRow::heading_row) {
      pending_.push_back(r);
      return;
    }
    if (r.kind == TaihyoRow::elided_row) {
      Cell across = across_cell(r);
      return with_headings(kept_height({&across}), [&] { flow({&across}, true); });
    }
    cells_row({r.left, r.right});
  }

  // One cell per column.
  void cells_row(const std::vector<TaihyoCell>& texts) {
    std::vector<Cell> cells;
    for (size_t i = 0; i < texts.size() && i < columns_.size(); ++i)
      cells.push_back(cell(texts[i], columns_[i].first, columns_[i].second));
    std::vector<Cell*> drawn;
    std::vector<const Cell*> measured;
    for (Cell& c : cells) drawn.push_back(&c), measured.push_back(&c);
    with_headings(kept_height(measured), [&] { flow(drawn, true); });
  }

  void summary(const TaihyoSummary& s) {
    with_headings(0, [] {});
    in_table_ = false;
    y_ += 12;
    auto line = [&](const std::string& text, PangoWeight weight) {
      Cell c = cell({{{text, false}}}, kMargin, width_, 10.5, weight);
      flow({&c}, false);
    };
    line(s.heading, PANGO_WEIGHT_BOLD);
    for (const std::string& l : s.counts) line(l, PANGO_WEIGHT_NORMAL);
    line(s.stale_heading, PANGO_WEIGHT_BOLD);
    for (const std::string& l : s.stale) line("・" + l, PANGO_WEIGHT_NORMAL);
  }

  void finish() {
    cairo_show_page(cr_);
    cairo_surface_finish(surface_);
    if (failed_ || cairo_surface_status(surface_) != CAIRO_STATUS_SUCCESS)
      throw Error("cannot write the PDF: " +
                  std::string(cairo_status_to_string(cairo_surface_status(surface_))));
  }

 private:
  static cairo_status_t write(void* self, const unsigned char* data, unsigned int length) {
    auto* t = static_cast<Typesetter*>(self);
    if (!t->out_.write(reinterpret_cast<const char*>(data), length)) {
      t->failed_ = true;
      return CAIRO_STATUS_WRITE_ERROR;
    }
    return CAIRO_STATUS_SUCCESS;
  }

  Cell cell(const TaihyoCell& text, double x, double width, double size = 10.5,
            PangoWeight weight = PANGO_WEIGHT_NORMAL, PangoAlignment align = PANGO_ALIGN_LEFT,
            double inset = 0) {
    Cell c;
    c.x = x;
    c.width = width;
    c.inset = inset;
    c.layout.reset(pango_layout_new(context_));
    PangoFontDescription* font = pango_font_description_from_string(kFont);
    pango_font_description_set_size(font, static_cast<gint>(size * PANGO_SCALE));
    pango_font_description_set_weight(font, weight);
    pango_layout_set_font_description(c.layout.get(), font);
    pango_font_description_free(font);
    pango_layout_set_width(c.layout.get(), static_cast<int>((width - 2 * kPad - inset) * PANGO_SCALE));
    pango_layout_set_wrap(c.layout.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(c.layout.get(), align);
    set_marked_text(c.layout.get(), text);
    PangoLayoutIter* it = pango_layout_get_iter(c.layout.get());
    do {
      int top = 0, bottom = 0;
      pango_layout_iter_get_line_yrange(it, &top, &bottom);
      c.lines.push_back({pango_layout_iter_get_line_readonly(it), top / double(PANGO_SCALE),
                         bottom / double(PANGO_SCALE),
                         pango_layout_iter_get_baseline(it) / double(PANGO_SCALE)});
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
    return c;
  }

  Cell across_cell(const TaihyoRow& r) {
    const bool heading = r.kind == TaihyoRow::heading_row;
    return cell({{{r.text, false}}}, kMargin, width_, 10.5,
                heading && r.level <= 2 ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                heading ? PANGO_ALIGN_LEFT : PANGO_ALIGN_CENTER, heading ? 10.5 * std::max(0, r.level - 1) : 0);
  }

  // What must fit below a row's headings: the whole row where flow() would
  // move it whole to a fresh page, else its first line.
  double kept_height(const std::vector<const Cell*>& cells) const {
    double whole = 0, first = 0;
    for (const Cell* c : cells) {
      if (c->lines.empty()) continue;
      whole = std::max(whole, c->lines.back().bottom + 2 * kPad);
      first = std::max(first, c->lines.front().bottom - c->lines.front().top + 2 * kPad);
    }
    const double fresh = bottom() - kMargin - (in_table_ ? head_height_ : 0);
    return whole <= fresh ? whole : first;
  }

  // The pending headings, then `draw` (the row they head): on a new page when
  // the headings and the row's first line do not fit on this one.
  void with_headings(double first_line, const std::function<void()>& draw) {
    std::vector<Cell> headings;
    double need = first_line;
    for (const TaihyoRow& h : pending_) {
      headings.push_back(across_cell(h));
      need += headings.back().lines.back().bottom + 2 * kPad;
    }
    if (!pending_.empty() && need > bottom() - y_ && y_ > body_top_) new_page();
    for (size_t i = 0; i < headings.size(); ++i) flow({&headings[i]}, true, pending_[i].level <= 1);
    pending_.clear();
    draw();
  }

  static std::vector<Cell*> pointers(std::vector<Cell>& cells) {
    std::vector<Cell*> out;
    for (Cell& c : cells) out.push_back(&c);
    return out;
  }

  double bottom() const { return paper_.height - kMargin; }

  void begin_page() {
    ++page_;
    y_ = kMargin;
    const double running = 9;
    Cell title = cell({{{head_.title, false}}}, kMargin, width_, running, PANGO_WEIGHT_NORMAL,
                      PANGO_ALIGN_RIGHT);
    draw_lines(title, 0, title.lines.size(), kMargin * 0.35);
    Cell number = cell({{{"－ " + std::to_string(page_) + " －", false}}}, kMargin, width_,
                       running, PANGO_WEIGHT_NORMAL, PANGO_ALIGN_CENTER);
    draw_lines(number, 0, number.lines.size(), paper_.height - kMargin * 0.75);
    body_top_ = y_;
    if (in_table_) table_head();
  }

  void new_page() {
    cairo_show_page(cr_);
    begin_page();
  }

  void table_head() {
    std::vector<Cell> heads;
    double h = 0;
    for (size_t i = 0; i < columns_.size(); ++i) {
      heads.push_back(cell({{{head_.columns[i], false}}}, columns_[i].first, columns_[i].second, 10.5,
                           PANGO_WEIGHT_BOLD, PANGO_ALIGN_CENTER));
      h = std::max(h, heads.back().lines.back().bottom + 2 * kPad);
    }
    for (Cell* c : pointers(heads)) {
      shade(c->x, y_, c->width, h);
      draw_lines(*c, 0, c->lines.size(), y_ + kPad);
      border(c->x, y_, c->width, h);
    }
    y_ += h;
    head_height_ = h;
    body_top_ = y_;
  }

  // The cells side by side from y_, each line by line, onto as many pages as it takes.
  void flow(std::vector<Cell*> cells, bool bordered, bool shaded = false) {
    const double fresh = bottom() - kMargin - (in_table_ ? head_height_ : 0);
    for (bool first = true;; first = false) {
      const double room = bottom() - y_ - 2 * kPad;
      double need = 0;  // the rest's height, the tallest cell's
      for (Cell* c : cells)
        if (!c->done()) need = std::max(need, c->lines.back().bottom - c->lines[c->next].top);
      // A row moves whole to the next page when it fits there and not here.
      if (need > room && (first && need <= fresh - 2 * kPad) && y_ > body_top_) {
        new_page();
        continue;
      }
      double used = 0;
      std::vector<std::pair<size_t, size_t>> slice;
      for (Cell* c : cells) {
        size_t end = c->next;
        const double start = c->done() ? 0 : c->lines[c->next].top;
        while (end < c->lines.size() && c->lines[end].bottom - start <= room) ++end;
        if (end == c->next && !c->done() && y_ <= body_top_) ++end;  // a giant line
        if (end > c->next) used = std::max(used, c->lines[end - 1].bottom - start);
        slice.emplace_back(c->next, end);
      }
      if (used == 0 && std::any_of(cells.begin(), cells.end(), [](Cell* c) { return !c->done(); })) {
        new_page();
        continue;
      }
      const double h = used + 2 * kPad;
      if (shaded) shade(cells[0]->x, y_, cells[0]->width, h);
      for (size_t i = 0; i < cells.size(); ++i) {
        Cell& c = *cells[i];
        const double start = c.done() ? 0 : c.lines[c.next].top;
        draw_lines(c, slice[i].first, slice[i].second, y_ + kPad - start);
        c.next = slice[i].second;
        if (bordered) border(c.x, y_, c.width, h);
      }
      y_ += h;
      if (std::all_of(cells.begin(), cells.end(), [](Cell* c) { return c->done(); })) return;
      new_page();
    }
  }

  void draw_lines(const Cell& c, size_t from, size_t to, double origin) {
    cairo_set_source_rgb(cr_, 0, 0, 0);
    for (size_t i = from; i < to; ++i) {
      cairo_move_to(cr_, c.x + kPad + c.inset + line_x(c, c.lines[i]), origin + c.lines[i].baseline);
      pango_cairo_show_layout_line(cr_, c.lines[i].line);
    }
  }

  // Where an aligned line starts within its layout.
  static double line_x(const Cell& c, const Line& l) {
    PangoRectangle logical;
    pango_layout_line_get_extents(l.line, nullptr, &logical);
    const PangoAlignment align = pango_layout_get_alignment(c.layout.get());
    const double free = pango_layout_get_width(c.layout.get()) / double(PANGO_SCALE) -
                        logical.width / double(PANGO_SCALE);
    if (align == PANGO_ALIGN_CENTER) return free / 2;
    if (align == PANGO_ALIGN_RIGHT) return free;
    return 0;
  }

  void border(double x, double y, double w, double h) {
    cairo_set_source_rgb(cr_, 0, 0, 0);
    cairo_set_line_width(cr_, 0.5);
    cairo_rectangle(cr_, x, y, w, h);
    cairo_stroke(cr_);
  }

  void shade(double x, double y, double w, double h) {
    cairo_set_source_rgb(cr_, 0.91, 0.93, 0.95);
    cairo_rectangle(cr_, x, y, w, h);
    cairo_fill(cr_);
  }

  std::ostream& out_;
  PaperSize paper_;
  PageHead head_;
  cairo_surface_t* surface_ = nullptr;
  cairo_t* cr_ = nullptr;
  PangoContext* context_ = nullptr;
  double width_ = 0, y_ = 0;
  std::vector<std::pair<double, double>> columns_;  // each column's x and width
  double head_height_ = 0, body_top_ = kMargin;  // the column heads'; where rows start on a page
  int page_ = 0;
  bool in_table_ = false, failed_ = false;
  std::vector<TaihyoRow> pending_;  // headings waiting for their first row
};

void write_pdf(const Comparison& c, const ReportOptions& o, std::ostream& out) {
  const TaihyoHead head = taihyo_head(c, o);
  Typesetter t(out, paper_size(o.paper), {head.title, head.note, {head.left_label, head.right_label}, {0.5, 0.5}});
  t.title_block();
  for_each_taihyo_row(c, o, [&t](const TaihyoRow& r) { t.row(r); });
  t.summary(taihyo_summary(c));
  t.finish();
}

// The history's lineage table: a row per measure, a column per edition
// saying where it stands there and how it changed (history_steps.hpp, as the
// HTML page), a measure whose years were not updated marked 「⚠ 年未更新」.
PageHead history_head(const History& h) {
  PageHead head{"施策の経年変化　" + printable(h.editions.back().title),
                "初出・変更・＝（同文）・削除／移動・府省の変更／⚠ 年未更新", {"#", "施策"}, {0.05}};
  const double each = std::min(0.1, 0.6 / static_cast<double>(h.editions.size()));
  head.shares.push_back(1 - 0.05 - each * static_cast<double>(h.editions.size()));
  for (int year : h.years) {
    head.columns.push_back(std::to_string(year) + "年版");
    head.shares.push_back(each);
  }
  return head;
}

TaihyoCell plain(const std::string& text) { return {{{text, false}}}; }

TaihyoCell step_cell(const History& h, const Lineage& l, size_t e) {
  const StepView v = step_view(h, l, e);
  if (v.kind == StepView::absent) return plain("");
  if (v.kind == StepView::dropped_here) return {{{"削除", true}}};
  const char* kind = v.kind == StepView::first ? "初出" : v.kind == StepView::same_text ? "＝" : "変更";
  std::string text = "L" + std::to_string(v.measure->line) + " " + kind;
  if (v.moved) text += "・移動";
  if (v.tag_changed) text += "・府省";
  return {{{text, v.kind == StepView::changed}}};
}

void write_lineage_pdf(const History& h, const ReportOptions& o, std::ostream& out) {
  Typesetter t(out, paper_size(o.paper), history_head(h));
  t.title_block();
  const std::vector<bool> unrolled = unrolled_lineages(h);
  for (size_t id = 0; id < h.lineages.size(); ++id) {
    const Lineage& l = h.lineages[id];
    const Measure& latest = h.latest(l);
    // Its own heading (the full path is in the HTML page) and the start of its text.
    const std::string heading = latest.section_path.empty() ? "" : latest.section_path.back();
    TaihyoCell measure = {{{printable(heading), false}}, {{printable(excerpt(latest.text, 80)), false}}};
    if (unrolled[id]) measure.push_back({{"⚠ 年未更新", true}});
    std::vector<TaihyoCell> row = {plain(lineage_number(id)), measure};
    for (size_t e = 0; e < h.editions.size(); ++e) row.push_back(step_cell(h, l, e));
    t.cells_row(row);
  }
  t.finish();
}

}  // namespace
}  // namespace nendiff::detail

NENDIFF_MODULE_ENTRY const nendiff::detail::ModuleHeader* nendiff_pdfout_module() {
  using namespace nendiff::detail;
  static const WriterModule table{{kModuleAbi}, &Caught<&write_pdf>::call,
                                     &Caught<&write_lineage_pdf>::call};
  return &table.header;
}
