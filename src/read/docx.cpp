// Reading Word (.docx) editions: a ZIP archive (libzip) of XML parts (pugixml).
// The text is what Word shows: runs joined, deleted revisions left out, list
// numbers and bullets put back in front of their paragraphs (Word keeps them
// in numbering.xml, not in the text), table rows as lines marked as rows
// (DecodedText::table_rows), footnotes at the end.
// Built as the module nendiff-docx.so (module.hpp), which also reads a law's
// XML (law_xml.cpp) and web pages (html.cpp, libxml2): libzip, pugixml and
// libxml2 load only for such files.
#include <algorithm>
#include <array>
#include <climits>
#include <cstdlib>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

#include "read/docx_numbering.hpp"
#include "read/docx_parts.hpp"
#include "read/html.hpp"
#include "read/law_xml.hpp"
#include "read/support.hpp"
#include "read/text_writer.hpp"
#include "read/module_tables.hpp"
#include "read/xlsx.hpp"
#include "nendiff/error.hpp"
#include "text/normalize.hpp"
#include "text/unicode.hpp"

namespace nendiff::detail {
namespace {

using text::to_utf8;

// --- The document body -------------------------------------------------------

// 「¹²」: footnote references as the superscript marks the parser knows.
std::string superscript(int n) {
  static const char32_t digits[] = {0x2070, 0xB9, 0xB2, 0xB3, 0x2074,
                                    0x2075, 0x2076, 0x2077, 0x2078, 0x2079};
  std::u32string out;
  for (char c : std::to_string(n)) out += digits[c - '0'];
  return to_utf8(out);
}

class BodyReader {
 public:
  // The text is refused once it is longer than `max_size`, as the file would be.
  BodyReader(const Names& w, ListCounter& lists, const Part& footnotes, const std::string& path,
             std::uintmax_t max_size)
      : w_(w), lists_(lists), out_(path, max_size) {
    const Names& f = footnotes.names;
    for (const pugi::xml_node& n : f.children(footnotes.root(), "footnote"))
      for (const pugi::xml_node& p : f.children(n, "p")) footnotes_[f.attr(n, "id")].push_back(p);
  }

  // The text, and the lines that are table rows.
  void read(const pugi::xml_node& body, DecodedText& out) {
    block(body);
    const size_t referenced = noted_.size();  // by the body, not by footnotes themselves
    for (size_t i = 0; i < referenced; ++i)
      out_.add(superscript(static_cast<int>(i) + 1) + " " + footnote_text(noted_[i]));
    out = out_.take("DOCX");
  }

 private:
  // Paragraphs and tables, also inside content controls and custom XML; the
  // text boxes anchored in a paragraph or a table follow it.
  void block(const pugi::xml_node& parent) {
    for (const pugi::xml_node& n : parent.children()) {
      if (w_.is(n, "p")) out_.add(paragraph(n)), text_boxes();
      else if (w_.is(n, "tbl")) table(n, [&](const std::string& row) { out_.add(row, true); }), text_boxes();
      else if (w_.is(n, "sdt")) block(n.child(w_("sdtContent").c_str()));
      else if (w_.is(n, "customXml") || w_.is(n, "ins") || w_.is(n, "moveTo")) block(n);
    }
  }

  std::string paragraph(const pugi::xml_node& p) {
    std::string text = lists_.label(w_, p.child(w_("pPr").c_str()));
    runs(p, text);
    return text;
  }

  // Each row a line: its cells' text separated by tabs, empty cells left out.
  template <typename Emit>
  void table(const pugi::xml_node& tbl, Emit emit) {
    for (const pugi::xml_node& tr : w_.children(tbl, "tr")) {
      std::vector<std::string> cells;
      for (const pugi::xml_node& tc : w_.children(tr, "tc")) cells.push_back(cell_text(tc));
      emit(row_of(cells));
    }
  }

  std::string cell_text(const pugi::xml_node& tc) {
    std::string text;
    auto append = [&](std::string piece) {
      for (char& c : piece)
        if (c == '\n' || c == '\t') c = ' ';  // a tab would part cells
      if (!text::normalize_line(piece).empty()) text += (text.empty() ? "" : " ") + piece;
    };
    for (const pugi::xml_node& n : tc.children()) {
      if (w_.is(n, "p")) append(paragraph(n));
      if (w_.is(n, "tbl")) table(n, append);
    }
    return text;
  }

  // The text of runs, through hyperlinks, fields, insertions and content
  // controls; deletions and field codes are not text, a drawing's text boxes
  // are read after the paragraph (text_boxes).
  void runs(const pugi::xml_node& parent, std::string& out) {
    for (const pugi::xml_node& n : parent.children()) {
      if (w_.is(n, "r")) run(n, out);
      else if (w_.is(n, "hyperlink") || w_.is(n, "smartTag") || w_.is(n, "ins") ||
               w_.is(n, "moveTo") || w_.is(n, "fldSimple") || w_.is(n, "customXml") ||
               w_.is(n, "dir") || w_.is(n, "bdo"))
        runs(n, out);
      else if (w_.is(n, "sdt")) runs(n.child(w_("sdtContent").c_str()), out);
    }
  }

  // The boxes found in the runs read so far, as paragraphs of their own.
  void text_boxes() {
    std::vector<pugi::xml_node> boxes;
    boxes.swap(boxes_);
    for (const pugi::xml_node& box : boxes) block(box);
  }

  // A drawing's or a VML shape's text boxes (w:txbxContent). Word writes a
  // box twice, DrawingML and a VML fallback (mc:AlternateContent): the first
  // branch that holds one is read. Walked without recursion.
  void find_text_boxes(const pugi::xml_node& drawing) {
    std::vector<pugi::xml_node> stack{drawing};
    while (!stack.empty()) {
      const pugi::xml_node n = stack.back();
      stack.pop_back();
      if (w_.is(n, "txbxContent")) {
        boxes_.push_back(n);
        continue;
      }
      std::vector<pugi::xml_node> children(n.begin(), n.end());
      if (local_name(n) == "AlternateContent") {
        auto holds_a_box = [&](const pugi::xml_node& branch) {
          return branch.find_node([&](const pugi::xml_node& x) { return w_.is(x, "txbxContent"); });
        };
        auto first = std::find_if(children.begin(), children.end(), holds_a_box);
        children.assign(first, first == children.end() ? first : first + 1);
      }
      stack.insert(stack.end(), children.rbegin(), children.rend());
    }
  }

  void run(const pugi::xml_node& r, std::string& out) {
    for (const pugi::xml_node& n : r.children()) {
      if (w_.is(n, "drawing") || w_.is(n, "pict") || local_name(n) == "AlternateContent")
        find_text_boxes(n);
      else if (w_.is(n, "t")) out += n.text().get();
      else if (w_.is(n, "tab")) out += '\t';
      else if (w_.is(n, "cr")) out += '\n';
      else if (w_.is(n, "br") && w_.attr(n, "type").empty()) out += '\n';  // not a page break
      else if (w_.is(n, "noBreakHyphen")) out += '-';
      else if (w_.is(n, "footnoteReference")) out += note(w_.attr(n, "id"));
    }
  }

  std::string note(const std::string& id) {
    noted_.push_back(id);
    return superscript(static_cast<int>(noted_.size()));
  }

  std::string footnote_text(const std::string& id) {
    std::string text;
    auto found = footnotes_.find(id);
    if (found == footnotes_.end()) return text;
    for (const pugi::xml_node& p : found->second) runs(p, text);
    return text.substr(std::min(text.find_first_not_of(" \t"), text.size()));
  }

  const Names& w_;
  ListCounter& lists_;
  // The paragraphs of each footnote id (Word writes one footnote an id; more
  // are read together): a lookup per reference, not a walk through them all.
  std::unordered_map<std::string, std::vector<pugi::xml_node>> footnotes_;
  TextWriter out_;                  // the paragraphs so far, a blank line between them
  std::vector<std::string> noted_;  // footnote ids in the order they are referenced
  std::vector<pugi::xml_node> boxes_;  // text boxes met in the current paragraph's runs
};

// What a ZIP archive that is no Word document is, for the refusal.
std::string zip_kind(const Archive& archive) {
  if (archive.has("ppt/presentation.xml")) return "PowerPoint file (.pptx), not a text edition";
  if (archive.has("mimetype") && archive.has("content.xml"))
    return "OpenDocument file, not supported (save it as .docx or PDF)";
  return "ZIP archive, not a text edition";
}

DecodedText read_word(const std::string& path, const Archive& archive, std::unique_ptr<Part> document,
                      const std::string& main, std::uintmax_t max_size) {
  const Names& w = document->names;
  const pugi::xml_node body = document->root().child(w("body").c_str());
  if (!w.is(document->root(), "document")) refuse(path, zip_kind(archive));
  if (!body) refuse(path, "corrupt Word document (" + main + " has no body)");
  const Relations parts = relations(path, archive, main);
  auto related = [&](const char* type) {
    return load_part(path, archive, parts.target(path, archive, type));
  };
  std::unique_ptr<Part> numbering = related("numbering"), styles = related("styles"),
                        footnotes = related("footnotes");
  ListCounter lists(read_lists(*numbering), read_styles(*styles));
  DecodedText out;
  BodyReader(w, lists, *footnotes, path, max_size).read(body, out);
  // The parts are valid UTF-8 (load_part), but pugixml writes what a character
  // reference says, a surrogate (&#xD800;) or a number past Unicode too.
  if (!is_valid_utf8(out.utf8))
    refuse(path, "corrupt Word document (a character reference to no Unicode character)");
  return out;
}

// What a file's name says it is: a refusal names it so before its parts tell.
std::string named_kind(const std::string& path) {
  const std::string extension = ascii_lower(path.substr(std::min(path.rfind('.'), path.size())));
  return extension == ".docx" ? "Word document" : extension == ".xlsx" ? "Excel workbook" : "ZIP archive";
}

DecodedText read_zip_document(const std::string& path, std::string_view bytes,
                              std::uintmax_t max_size) {
  Archive archive(path, bytes, max_size, named_kind(path));
  std::string main = relations(path, archive, "").target(path, archive, "officeDocument");
  if (main.empty()) main = archive.has("xl/workbook.xml") ? "xl/workbook.xml" : "word/document.xml";
  if (!archive.has(main)) refuse(path, zip_kind(archive));
  archive.holds(ascii_lower(main).find("workbook") != std::string::npos ? "Excel workbook" : "Word document");
  std::unique_ptr<Part> part = load_part(path, archive, main);
  if (local_name(part->root()) == "workbook")
    return workbook_as_text(path, archive, *part, main, max_size);
  return read_word(path, archive, std::move(part), main, max_size);
}

}  // namespace
}  // namespace nendiff::detail

NENDIFF_MODULE_ENTRY const nendiff::detail::ModuleHeader* nendiff_docx_module() {
  using namespace nendiff::detail;
  static const DocxModule table{{kModuleAbi}, &Caught<&read_zip_document>::call, &Caught<&law_as_text>::call,
                                &Caught<&page_as_text>::call};
  return &table.header;
}
