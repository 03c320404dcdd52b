// The 新旧対照表's body: the rows under their section headings, and the table
// of contents with each entry's count of differences.
#include <map>
#include <set>

#include "report/html_parts.hpp"
#include "report/labels.hpp"
#include "report/quoted.hpp"
#include "report/util.hpp"

namespace nendiff::detail::html {
namespace {

std::string esc(std::string_view text) { return html_escape(text); }

// How a heading changed: 「renamed: 旧 (1) …」, or nothing.
std::string change_note(const Comparison& c, const Heading& h) {
  if (!h.change) return "";
  std::string note(section_change_label(h.change->kind).en);
  if (const Section* old = c.old_section(*h.change))
    note += ": " + std::string(words::old_edition.ja) + " " + quoted_heading(*old);
  return note;
}

// Walks the rows in order, keeping the table of contents and, given a stream,
// writing the heading rows and the rows to it.
class BodyWriter {
 public:
  BodyWriter(const Comparison& c, bool old_left, std::ostream* out)
      : c_(c), old_left_(old_left), out_(out) {
    for (const Section& s : c.new_doc.sections) new_headings_.insert(s.heading);
  }

  std::vector<TocEntry> run(const std::vector<Row>& rows) {
    for (const Row& r : rows) {
      enter(r.headings);
      if (r.ghost) {
        if (out_) *out_ << ghost_row(r, old_left_);
        continue;
      }
      if (r.differs())
        for (size_t i : open_toc_) ++toc_[i].differences;
      if (out_) *out_ << measure_row(r, old_left_);
    }
    return std::move(toc_);
  }

 private:
  static constexpr int kTocDepth = 3;

  // Heading rows for the part of `chain` that differs from the current one.
  void enter(const std::vector<Heading>& chain) {
    size_t same = 0;
    while (same < chain.size() && same < current_.size() &&
           chain[same].section->heading == current_[same].section->heading)
      ++same;
    for (size_t i = same; i < chain.size(); ++i) heading_row(chain[i]);
    current_ = chain;
    open_toc_.clear();
    for (const Heading& h : chain) {
      auto it = toc_index_.find(h.id());
      if (it != toc_index_.end()) open_toc_.push_back(it->second);
    }
  }

  void heading_row(const Heading& h) {
    const std::string id = h.id();
    const int level = h.section->level;
    const bool first = ids_.insert(id).second;
    const std::string note = change_note(c_, h);
    if (out_)
      *out_ << "<tr class=\"sec lv" << level << "\" data-level=\"" << level << "\""
            << (first ? " id=\"" + id + "\"" : "") << "><th colspan=\"5\">"
            << esc(quoted_heading(*h.section))
            << (note.empty() ? "" : "<span class=\"secchg\">見出し変更 " + esc(note) + "</span>")
            << "</th></tr>\n";
    // The contents list the new edition's headings, and the old edition's
    // where the new one has no heading of that name.
    if (!first || level > kTocDepth || (h.old_edition && in_new_edition(h.section->heading)))
      return;
    toc_index_[id] = toc_.size();
    toc_.push_back({h, 0});
  }

  bool in_new_edition(const std::string& heading) const { return new_headings_.count(heading) > 0; }

  const Comparison& c_;
  bool old_left_;
  std::ostream* out_;  // nullptr: only count
  std::set<std::string> new_headings_;
  std::vector<TocEntry> toc_;
  std::vector<Heading> current_;
  std::vector<size_t> open_toc_;             // toc entries the current row lies under
  std::map<std::string, size_t> toc_index_;  // heading id → toc entry
  std::set<std::string> ids_;
};

}  // namespace

std::vector<TocEntry> write_body(const Comparison& c, const std::vector<Row>& rows, bool old_left,
                                 std::ostream* out) {
  return BodyWriter(c, old_left, out).run(rows);
}

std::string toc_html(const std::vector<TocEntry>& toc) {
  std::string out = "<div class=\"toc-block\"><h2>目次 Contents</h2><ul class=\"toc\">";
  for (const TocEntry& e : toc)
    out += "<li class=\"lv" + std::to_string(e.heading.section->level) + "\"><a href=\"#" +
           e.heading.id() + "\">" + esc(quoted_heading(*e.heading.section)) + "</a>" +
           (e.differences ? " <span class=\"n\">差分 " + std::to_string(e.differences) + "</span>"
                          : "") +
           "</li>";
  return out + "</ul></div>";
}

}  // namespace nendiff::detail::html
