// Reading a web page (html.hpp) with libxml2's HTML parser, which reads HTML
// as browsers do: a <p> or <li> closed by the next, <br> without its end tag,
// entities, a missing <body>. The tree is walked without recursion (a hostile
// page nests as deep as it likes), each element entered and left once.
//
// A ministry's page holds the document inside the site's chrome: its banner,
// menus, breadcrumbs, side columns and footer, which change with the site, not
// with the document. HTML says which is which (landmarks, as screen readers
// use them, and government sites are built for screen readers: JIS X 8341-3):
// <main> holds the page's own content; a <header>, <footer> or <aside> outside
// any <article>, <section> or <main> is the site's, as is anything given the
// role of banner, contentinfo, navigation, complementary or search. An older
// page marks none of these, but its template names the parts by the ids every
// site builder uses (「<div id="header">」「id="topicpath"」 for breadcrumbs,
// 「id="side"」): on a page with no landmark at all, those are the site's.
#include "read/html.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "read/support.hpp"
#include "read/text_writer.hpp"
#include "util/ascii.hpp"

namespace nendiff::detail {
namespace {

std::string_view name_of(const xmlNode* n) {
  return n->name ? std::string_view(reinterpret_cast<const char*>(n->name)) : std::string_view();
}

bool is_any(std::string_view name, std::initializer_list<std::string_view> names) {
  for (std::string_view n : names)
    if (n == name) return true;
  return false;
}

// What a browser does not show as text, and a site's navigation links (<nav>):
// not the document's.
bool hidden(std::string_view name) {
  return is_any(name, {"head", "script", "style", "template", "noscript", "iframe", "object", "svg", "math", "nav"});
}

std::string attribute(const xmlNode* n, const char* name) {
  xmlChar* value = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!value) return {};
  std::string s(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return s;
}

// An element the page hides: the `hidden` attribute, or an inline style of
// 「display: none」 (a menu opened by a script, a print-only copy).
bool not_shown(const xmlNode* n) {
  if (xmlHasProp(n, reinterpret_cast<const xmlChar*>("hidden"))) return true;
  std::string style = ascii_lower(attribute(n, "style"));
  style.erase(std::remove_if(style.begin(), style.end(), [](char c) { return c == ' ' || c == '\t'; }), style.end());
  return style.find("display:none") != std::string::npos;
}

bool ignored(const xmlNode* n) { return hidden(name_of(n)) || not_shown(n); }

// The landmarks that are the site's, not the page's (ARIA roles).
bool site_role(const xmlNode* n) {
  return is_any(attribute(n, "role"), {"banner", "contentinfo", "navigation", "complementary", "search"});
}

bool is_main(const xmlNode* n) { return name_of(n) == "main" || attribute(n, "role") == "main"; }

// A landmark of either kind: the page marks its parts for screen readers.
bool landmark(const xmlNode* n) {
  return is_any(name_of(n), {"main", "header", "footer", "nav", "aside"}) || is_main(n) || site_role(n);
}

// The ids site templates give their banner, menus, breadcrumbs, side columns
// and footer (lower case, 「-」 and 「_」 dropped: 「global-navi」 is globalnavi).
bool site_part_id(const xmlNode* n) {
  std::string id = ascii_lower(attribute(n, "id"));
  id.erase(std::remove_if(id.begin(), id.end(), [](char c) { return c == '-' || c == '_'; }), id.end());
  return is_any(id, {"header", "siteheader", "footer", "sitefooter", "gnavi", "gnav", "globalnavi", "globalnav",
                     "globalnavigation", "navi", "nav", "navigation", "menu", "sitemenu", "topicpath",
                     "breadcrumb", "breadcrumbs", "pankuzu", "side", "sidebar", "sidecolumn", "sidecontents",
                     "sidemenu", "sidenavi", "localnavi", "localnav", "lnavi", "subcontents", "pagetop", "skip",
                     "skipnavi", "skiplink", "utility", "utilitynavi", "search", "sitesearch", "copyright"});
}

// The elements under which a <header>, <footer> or <aside> is the content's own.
bool sectioning(const xmlNode* n) {
  return is_any(name_of(n), {"article", "aside", "nav", "section"}) || is_main(n);
}

// Calls enter(n) on each node under `top` (itself included) in document order,
// and leave(n) once on each node whose enter() was true, after its children.
template <typename Enter, typename Leave>
void walk(xmlNode* top, Enter enter, Leave leave) {
  for (xmlNode* n = top; n;) {
    const bool descend = enter(n);
    if (descend && n->children) {
      n = n->children;
      continue;
    }
    if (descend) leave(n);
    while (n != top && !n->next) leave(n = n->parent);
    n = n == top ? nullptr : n->next;
  }
}

// Whether any element of the page is a landmark.
bool has_landmarks(xmlNode* root) {
  bool found = false;
  walk(root, [&](const xmlNode* n) { return !found && n->type == XML_ELEMENT_NODE && !(found = landmark(n)); },
       [](const xmlNode*) {});
  return found;
}

// The page's one shown <main> (or element of role main), if it has exactly one.
const xmlNode* main_of(xmlNode* root) {
  std::vector<const xmlNode*> found;
  auto enter = [&](const xmlNode* n) {
    if (n->type != XML_ELEMENT_NODE || ignored(n)) return false;
    if (!is_main(n)) return true;
    found.push_back(n);
    return false;  // a main inside it is part of it
  };
  walk(root, enter, [](const xmlNode*) {});
  return found.size() == 1 ? found.front() : nullptr;
}

// Elements that stand as blocks of their own: the text before and after them
// is another paragraph.
bool block(std::string_view name) {
  return is_any(name, {"p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote",
                       "pre", "dl", "dt", "dd", "ul", "ol", "table", "form", "fieldset", "figure", "figcaption",
                       "address", "hr", "center", "caption", "body", "html", "details", "summary", "legend"});
}

int heading_level(std::string_view name) {
  return name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6' ? name[1] - '0' : 0;
}

class PageWriter {
 public:
  PageWriter(const std::string& path, std::uintmax_t max_size) : out_(path, max_size) {}

  DecodedText read(xmlNode* root) {
    main_ = main_of(root);
    by_ids_ = !has_landmarks(root);
    walk(root, [this](const xmlNode* n) { return enter(n); }, [this](const xmlNode* n) { leave(n); });
    end_paragraph();
    return out_.take("HTML");
  }

 private:
  struct List {
    bool ordered = false;
    int count = 0;
  };

  // Whether to walk `n`'s children; an element entered is left (leave()) once.
  bool enter(const xmlNode* n) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (!outside_main() || heading_) append_text(reinterpret_cast<const char*>(n->content));
      return false;
    }
    if (n->type != XML_ELEMENT_NODE) return false;
    const std::string_view name = name_of(n);
    if (ignored(n) || site_role(n) || (sectioning_ == 0 && is_any(name, {"header", "footer", "aside"})) ||
        (by_ids_ && site_part_id(n)))
      return false;
    if (sectioning(n)) ++sectioning_;
    if (n == main_) in_main_ = true;
    if (name == "br") {
      if (!outside_main() || heading_) line_break();
      return false;
    }
    if (in_cell_ || heading_) return true;  // a cell's or heading's text, whatever holds it
    if (outside_main()) {
      if (heading_level(name) == 1) start_heading(n);  // the title, if it stands there
      return true;
    }
    if (name == "tr") end_paragraph(), row_ = n, cells_.clear();
    else if (row_ && (name == "td" || name == "th")) cell_.clear(), in_cell_ = true, cell_element_ = n;
    else if (name == "ul" || name == "ol") end_paragraph(), lists_.push_back({name == "ol", 0});
    else if (name == "li") start_item();
    else if (heading_level(name) > 0) start_heading(n);
    else if (name == "pre") end_paragraph(), ++preformatted_;
    else if (block(name)) end_paragraph();
    return true;
  }

  void leave(const xmlNode* n) {
    if (n->type != XML_ELEMENT_NODE) return;
    const std::string_view name = name_of(n);
    if (sectioning(n)) --sectioning_;
    end_element(n, name);
    if (n == main_) in_main_ = false;
  }

  void end_element(const xmlNode* n, std::string_view name) {
    if (n == cell_element_) {
      cells_.push_back(trimmed(cell_));
      in_cell_ = false, cell_element_ = nullptr;
      return;
    }
    if (n == heading_) heading_ = nullptr;
    else if (in_cell_ || heading_ || outside_main()) return;
    if (n == row_) return end_row();
    if ((name == "ul" || name == "ol") && !lists_.empty()) lists_.pop_back();
    if (name == "pre" && preformatted_ > 0) --preformatted_;
    if (name == "li" || heading_level(name) > 0 || block(name)) end_paragraph();
  }

  std::string& current() { return in_cell_ ? cell_ : line_; }

  // With a <main>, what stands outside it is the site's but for an <h1>: the
  // document's title, which some sites set above their <main>.
  bool outside_main() const { return main_ && !in_main_; }

  // Text as a browser shows it: a run of spaces and line breaks one space, in
  // <pre> as written.
  void append_text(const char* text) {
    if (!text) return;
    constexpr std::string_view kSpaces = " \t\n\r\f";
    for (std::string_view rest(text); !rest.empty();) {
      const size_t run = preformatted_ > 0 ? 0 : std::min(rest.find_first_not_of(kSpaces), rest.size());
      if (run > 0) {
        space(rest.substr(0, run), rest.substr(run));
        rest.remove_prefix(run);
        continue;
      }
      const char c = rest.front();
      rest.remove_prefix(1);
      if (c == '\n') line_break();
      else if (c != '\r') current() += c;
    }
  }

  // The space a run of them stands for: none at a line's start, nor where a
  // line break parts two Japanese characters (CSS Text's rule for segment
  // breaks: 「…選定した。⏎引き続き…」 is read on).
  void space(std::string_view run, std::string_view after) {
    std::string& out = current();
    if (out.empty() || out.back() == ' ' || out.back() == '\n') return;
    auto wide = [](char c) { return static_cast<unsigned char>(c) >= 0x80; };
    if (run.find('\n') != std::string_view::npos && wide(out.back()) && !after.empty() && wide(after.front())) return;
    out += ' ';
  }

  void line_break() {
    if (in_cell_) return cell_.push_back(' ');
    line_ = trimmed(line_) + "\n";
  }

  // 「## 」 for an <h2>: Markdown's heading marks.
  void start_heading(const xmlNode* n) {
    end_paragraph();
    line_ = std::string(static_cast<size_t>(heading_level(name_of(n))), '#') + " ";
    heading_ = n;
  }

  // 「- 」, 「1. 」: an item, indented two spaces for each list it is nested in.
  void start_item() {
    end_paragraph();
    if (lists_.empty()) return;
    List& list = lists_.back();
    line_ = list.ordered ? std::to_string(++list.count) + ". " : "- ";
    item_prefix_ = line_.size();
    indent_ = 2 * (lists_.size() - 1);
  }

  void end_paragraph() {
    if (in_cell_) return cell_.push_back(' ');
    std::string paragraph = trimmed(line_);
    line_.clear();
    const bool bare_mark = item_prefix_ > 0 && paragraph.size() < item_prefix_;
    const size_t indent = indent_;
    item_prefix_ = indent_ = 0;
    if (bare_mark || paragraph.find_first_not_of('#') == std::string::npos) return;
    out_.add(std::string(indent, ' ') + paragraph);  // a blank one is left out
  }

  void end_row() {
    out_.add_row(cells_);
    cells_.clear();
    row_ = nullptr;
  }

  static std::string trimmed(const std::string& s) {
    const size_t first = s.find_first_not_of(" \n");
    if (first == std::string::npos) return {};
    return s.substr(first, s.find_last_not_of(" \n") - first + 1);
  }

  TextWriter out_;  // paragraphs parted by a blank line, as Word's are
  std::string line_, cell_;
  size_t item_prefix_ = 0;  // the length of an item's mark at the start of line_
  size_t indent_ = 0;       // spaces before it: the lists it is nested in
  int preformatted_ = 0;    // inside <pre>, this deep

  bool in_cell_ = false;
  const xmlNode* row_ = nullptr;           // the row being read
  const xmlNode* cell_element_ = nullptr;  // its cell being read
  const xmlNode* heading_ = nullptr;       // the heading being read: its blocks are its text
  const xmlNode* main_ = nullptr;          // the page's <main>, if it has one
  bool in_main_ = false;
  bool by_ids_ = false;  // no landmark on the page: its parts are known by their ids
  int sectioning_ = 0;  // the <article>, <section>, <main> … elements the walk is in
  std::vector<std::string> cells_;
  std::vector<List> lists_;
};

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

}  // namespace

DecodedText page_as_text(const std::string& path, std::string_view utf8, std::uintmax_t max_size) {
  static const bool ready = (xmlInitParser(), true);  // before two threads parse at once
  (void)ready;
  if (utf8.size() > static_cast<size_t>(INT32_MAX)) refuse(path, unpacked_too_large(max_size));
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
  // The text is UTF-8 already (decoded as any text edition): a <meta charset>
  // saying otherwise is the page's past, not its bytes.
  const std::unique_ptr<xmlDoc, DocFree> doc(
      htmlReadMemory(utf8.data(), static_cast<int>(utf8.size()), nullptr, "UTF-8", options));
  if (!doc || !xmlDocGetRootElement(doc.get())) refuse(path, "an HTML page with no content");
  return PageWriter(path, max_size).read(xmlDocGetRootElement(doc.get()));
}

}  // namespace nendiff::detail
