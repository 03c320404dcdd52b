// Reading a law in e-Gov's XML (法令標準XML) into the text e-Gov prints
// (law_xml.hpp). The schema's names say what each element is: a heading of a
// 編・章・節・款・目 (Part … Division, with its *Title), an article (its
// ArticleCaption, ArticleTitle and Paragraphs), a paragraph (ParagraphNum and
// ParagraphSentence), an item or sub-item (ItemTitle/ItemSentence,
// Subitem1Title …), 附則 (SupplProvision), 別表 (AppdxTable) and tables.
// A sentence's text is its characters: ruby readings (Rt) left out, the
// columns of an item's sentence (「会社　株式会社…」) parted by a space 「　」.
#include "read/law_xml.hpp"

#include <pugixml.hpp>

#include <string_view>
#include <vector>

#include "read/support.hpp"
#include "read/text_writer.hpp"

namespace nendiff::detail {
namespace {

constexpr std::string_view kSpace = "\xE3\x80\x80";  // 「　」, as e-Gov parts a number from its text
constexpr int kMaxDepth = 64;  // elements: a law nests some twenty; a table in an item a few more

bool named(const pugi::xml_node& n, std::string_view name) { return name == n.name(); }

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// A line break in a sentence, with the spaces around it, is the file's
// layout (an indented XML), not the law's: e-Gov prints a sentence on a line.
std::string on_one_line(std::string text) {
  if (text.find_first_of("\r\n") == std::string::npos) return text;
  std::string out;
  for (size_t at = 0; at < text.size();) {
    const size_t end = text.find_first_of("\r\n", at);
    std::string_view piece = std::string_view(text).substr(at, end == std::string::npos ? std::string::npos : end - at);
    if (end != std::string::npos) piece = piece.substr(0, piece.find_last_not_of(" \t") + 1);
    if (at > 0) piece.remove_prefix(std::min(piece.size(), piece.find_first_not_of(" \t")));
    out += piece;
    if (end == std::string::npos) break;
    at = end + 1;
  }
  return out;
}

std::string joined(const std::string& number, const std::string& text) {
  if (number.empty() || text.empty()) return number + text;
  return number + std::string(kSpace) + text;
}

// The characters of an element's text, in order: ruby readings left out,
// columns parted by 「　」. Walked without recursion: a sentence's markup may
// nest as deep as a hostile file likes.
class InlineText : public pugi::xml_tree_walker {
 public:
  static std::string of(const pugi::xml_node& n) {
    InlineText walker;
    pugi::xml_node node = n;  // a handle: traverse() is not const
    node.traverse(walker);
    return walker.text_;
  }

 private:
  bool for_each(pugi::xml_node& n) override {
    if (skip_below_ >= 0 && depth() > skip_below_) return true;
    skip_below_ = -1;
    if (named(n, "Rt")) skip_below_ = depth();
    else if (named(n, "Column") && named(n.previous_sibling(), "Column")) text_ += kSpace;
    else if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) text_ += n.value();
    return true;
  }

  std::string text_;
  int skip_below_ = -1;  // inside a ruby reading found at this depth
};

std::string inline_text(const pugi::xml_node& n) { return n ? InlineText::of(n) : std::string(); }

// The text of the child of `n` named `name`; empty if there is none.
std::string child_text(const pugi::xml_node& n, const std::string& name) { return inline_text(n.child(name.c_str())); }

class LawWriter {
 public:
  LawWriter(const std::string& path, std::uintmax_t max_size) : path_(path), out_(path, max_size) {}

  DecodedText read(const pugi::xml_node& law) {
    const pugi::xml_node body = law.child("LawBody");
    line(inline_text(body.child("LawTitle")));
    if (const std::string number = inline_text(law.child("LawNum")); !number.empty()) line("（" + number + "）");
    for (const pugi::xml_node& n : law.children())
      if (!named(n, "LawNum") && !named(n, "LawBody")) block(n, 1);
    for (const pugi::xml_node& n : body.children())
      if (!named(n, "LawTitle")) block(n, 2);
    return out_.take("XML");
  }

 private:
  // One line of text (blank: none); `row`, a table's.
  void line(std::string text, bool row = false) {
    if (out_.add(on_one_line(std::move(text)), row, blank_before_ ? "\n\n" : "\n")) blank_before_ = false;
  }

  void block(const pugi::xml_node& n, int depth) {
    if (depth > kMaxDepth) refuse(path_, "XML nested more than " + std::to_string(kMaxDepth) + " elements deep");
    if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) return line(n.value());
    if (n.type() != pugi::node_element || named(n, "TOC")) return;  // the headings again
    const std::string_view name = n.name();
    if (name == "Part" || name == "Chapter" || name == "Section" || name == "Subsection" || name == "Division")
      return heading(n, std::string(name) + "Title", depth);
    if (name == "Article") return article(n, depth);
    if (name == "Paragraph") return paragraph(n, "", depth);
    if (name == "Item" || (starts_with(name, "Subitem") && !ends_with(name, "Title") && !ends_with(name, "Sentence")))
      return numbered(n, std::string(name), depth);
    if (name == "SupplProvision") return suppl_provision(n, depth);
    if (name == "TableStruct" || name == "Table") return table(n, depth);
    if (starts_with(name, "Appdx") || name == "SupplProvisionAppdxTable" || name == "SupplProvisionAppdx")
      return appendix(n, depth);
    if (!n.first_child().next_sibling() && n.first_child().type() != pugi::node_element)
      return line(inline_text(n));  // text alone: a sentence, a caption, a title
    if (name == "Sentence" || ends_with(name, "Sentence") || name == "Column") return line(inline_text(n));
    for (const pugi::xml_node& c : n.children()) block(c, depth + 1);
  }

  // 「第一章　総則」 on a line of its own, a blank line before it.
  void heading(const pugi::xml_node& n, const std::string& title, int depth) {
    blank_before_ = true;
    line(child_text(n, title));
    blank_before_ = true;
    for (const pugi::xml_node& c : n.children())
      if (!named(c, title.c_str())) block(c, depth + 1);
  }

  // 「（趣旨）」 above 「第一条　…」: the article's number leads its first paragraph.
  void article(const pugi::xml_node& n, int depth) {
    blank_before_ = true;
    line(child_text(n, "ArticleCaption"));
    std::string number = child_text(n, "ArticleTitle");
    for (const pugi::xml_node& c : n.children()) {
      if (named(c, "ArticleCaption") || named(c, "ArticleTitle")) continue;
      if (named(c, "Paragraph")) paragraph(c, number, depth + 1), number.clear();
      else block(c, depth + 1);
    }
    line(number);  // an article of no paragraph
  }

  // 「２　…」, or the article's number where it leads: then its items.
  void paragraph(const pugi::xml_node& n, const std::string& article_number, int depth) {
    line(child_text(n, "ParagraphCaption"));
    const std::string number = article_number.empty() ? child_text(n, "ParagraphNum") : article_number;
    line(joined(number, child_text(n, "ParagraphSentence")));
    for (const pugi::xml_node& c : n.children())
      if (!named(c, "ParagraphCaption") && !named(c, "ParagraphNum") && !named(c, "ParagraphSentence"))
        block(c, depth + 1);
  }

  // 「一　…」「イ　…」: an item's or sub-item's title and sentence, then its own.
  void numbered(const pugi::xml_node& n, const std::string& name, int depth) {
    const std::string title = name + "Title", sentence = name + "Sentence";
    line(joined(child_text(n, title), child_text(n, sentence)));
    for (const pugi::xml_node& c : n.children())
      if (!named(c, title.c_str()) && !named(c, sentence.c_str())) block(c, depth + 1);
  }

  // 「附　則　（平成二九年六月二日法律第四五号）　抄」, then its provisions.
  void suppl_provision(const pugi::xml_node& n, int depth) {
    std::string label = child_text(n, "SupplProvisionLabel");
    if (const char* act = n.attribute("AmendLawNum").value(); *act) label = joined(label, "（" + std::string(act) + "）");
    if (std::string_view(n.attribute("Extract").value()) == "true") label = joined(label, "抄");
    blank_before_ = true;
    line(label);
    for (const pugi::xml_node& c : n.children())
      if (!named(c, "SupplProvisionLabel")) block(c, depth + 1);
  }

  // 「別表第一（第二条関係）」: its title and the article it relates to on one line.
  void appendix(const pugi::xml_node& n, int depth) {
    std::string title;
    for (const pugi::xml_node& c : n.children())
      if (ends_with(c.name(), "Title") || named(c, "RelatedArticleNum")) title += inline_text(c);
    blank_before_ = true;
    line(title);
    for (const pugi::xml_node& c : n.children())
      if (!ends_with(c.name(), "Title") && !named(c, "RelatedArticleNum")) block(c, depth + 1);
  }

  // A table's rows, a line each, its cells parted by tabs (as Word's).
  void table(const pugi::xml_node& n, int depth) {
    for (const pugi::xml_node& c : n.children()) {
      if (!named(c, "TableRow")) {
        block(c, depth + 1);
        continue;
      }
      std::vector<std::string> cells;
      for (const pugi::xml_node& cell : c.children("TableColumn")) cells.push_back(inline_text(cell));
      line(row_of(cells), true);
    }
  }

  const std::string& path_;
  TextWriter out_;
  bool blank_before_ = false;
};

}  // namespace

DecodedText law_as_text(const std::string& path, std::string_view utf8, std::uintmax_t max_size) {
  pugi::xml_document doc;
  const pugi::xml_parse_result parsed =
      doc.load_buffer(utf8.data(), utf8.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!parsed)
    refuse(path, "malformed law XML at byte " + std::to_string(parsed.offset) + ": " + parsed.description());
  const pugi::xml_node law = doc.document_element();
  if (!named(law, "Law") || !law.child("LawBody")) refuse(path, "XML that is not a law in e-Gov's form (no <Law> with <LawBody>)");
  DecodedText text = LawWriter(path, max_size).read(law);
  // A character reference may name what is no character (&#xD800;, &#0;).
  if (!is_valid_utf8(text.utf8) || text.utf8.find('\0') != std::string::npos)
    refuse(path, "malformed law XML: a character reference to no character");
  return text;
}

}  // namespace nendiff::detail
