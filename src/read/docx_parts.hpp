// Internal to the Word module: the parts of a .docx, a ZIP archive (libzip) of
// XML parts (pugixml), and how they point at each other (relationships).
#pragma once

#include <zip.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "util/ascii.hpp"

namespace nendiff::detail {

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};

class Archive {
 public:
  // `kind` names what the file should be in the refusal: 「corrupt Word document」.
  Archive(const std::string& path, std::string_view bytes, std::uintmax_t max_size,
          const std::string& kind);

  // What its parts make (「Word document」, 「Excel workbook」), for the
  // refusals of a part: 「corrupt Excel workbook (xl/…: …)」.
  const std::string& kind() const { return kind_; }
  void holds(std::string kind) { kind_ = std::move(kind); }

  bool has(const std::string& name) const;
  // The part's bytes; nullopt when the archive has no such part.
  std::optional<std::string> read(const std::string& name) const;

 private:
  [[noreturn]] void too_large(const std::string& name) const;

  std::string path_;
  std::uintmax_t max_size_;
  std::string kind_;
  std::unique_ptr<zip_t, ZipCloser> zip_;
};

// The child elements of one name. Unlike pugixml's children(name), the range
// owns the name, so it may be built from a temporary string.
class Children {
 public:
  Children(const pugi::xml_node& parent, std::string name) : parent_(parent), name_(std::move(name)) {}

  struct iterator {
    pugi::xml_node node;
    const std::string* name;
    pugi::xml_node operator*() const { return node; }
    iterator& operator++() {
      node = node.next_sibling(name->c_str());
      return *this;
    }
    bool operator!=(const iterator& other) const { return node != other.node; }
  };
  iterator begin() const { return {parent_.child(name_.c_str()), &name_}; }
  iterator end() const { return {pugi::xml_node(), &name_}; }

 private:
  pugi::xml_node parent_;
  std::string name_;
};

// Element and attribute names with the prefix the part binds WordprocessingML to
// (Word writes w:, other producers may not).
struct Names {
  std::string prefix = "w:";
  std::string operator()(const char* local) const { return prefix + local; }
  bool is(const pugi::xml_node& n, const char* local) const { return n.name() == prefix + local; }
  std::string attr(const pugi::xml_node& n, const char* local) const {
    return n.attribute((prefix + local).c_str()).value();
  }
  std::string val(const pugi::xml_node& parent, const char* child) const {
    return attr(parent.child((prefix + child).c_str()), "val");
  }
  Children children(const pugi::xml_node& parent, const char* local) const {
    return Children(parent, prefix + local);
  }
};

// A name without its namespace prefix, 「w:body」 → 「body」: what a part's
// elements are, whatever prefix its producer bound (Word writes w:, x:, none).
inline std::string_view local_name(std::string_view name) {
  return name.substr(std::min(name.find(':') + 1, name.size()));
}
inline std::string_view local_name(const pugi::xml_node& n) { return local_name(std::string_view(n.name())); }

// Word documents nest a few levels (a table in a table, a content control in
// a content control); a part nested deeper is refused: the body's readers
// recurse, and a thread's stack is 8 MB.
constexpr size_t kMaxDepth = 1000;

struct Part {
  std::string text;  // the part in UTF-8, parsed in place: xml points into it
  pugi::xml_document xml;
  Names names;
  pugi::xml_node root() const { return xml.document_element(); }
};

// Parses part `name` (in the encoding it declares, UTF-8 by default); an absent
// part gives an empty document.
std::unique_ptr<Part> load_part(const std::string& path, const Archive& archive,
                                const std::string& name);

// The parts a part points to, by relationship type (its last path segment:
// officeDocument, styles, numbering, footnotes …), resolved to archive names.
struct Relations {
  std::string source;                          // the .rels part that lists them
  std::map<std::string, std::string> targets;  // type → archive name (the first of the type)
  std::map<std::string, std::string> ids;      // relationship id (「rId3」) → archive name

  // The part of relationship `type`: "" when there is none; a relationship to a
  // part the archive lacks is refused, naming the part.
  std::string target(const std::string& path, const Archive& archive,
                     const std::string& type) const;
};
Relations relations(const std::string& path, const Archive& archive, const std::string& part);

}  // namespace nendiff::detail
