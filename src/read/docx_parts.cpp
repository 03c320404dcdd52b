// The parts of a Word document or an Excel workbook (docx_parts.hpp). Linked
// into nendiff-docx.so.
#include "read/docx_parts.hpp"

#include <algorithm>
#include <new>
#include <vector>

#include "nendiff/error.hpp"
#include "nendiff/read.hpp"
#include "read/support.hpp"

namespace nendiff::detail {

// --- The archive -------------------------------------------------------------

Archive::Archive(const std::string& path, std::string_view bytes, std::uintmax_t max_size,
                 const std::string& kind)
    : path_(path), max_size_(max_size), kind_(kind) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source) zip_.reset(zip_open_from_source(source, ZIP_RDONLY, &error));
  if (!zip_) {
    if (source) zip_source_free(source);
    const std::string why = zip_error_strerror(&error);
    zip_error_fini(&error);
    refuse(path, "corrupt " + kind + " (not a readable ZIP archive: " + why + ")");
  }
  zip_error_fini(&error);
}

bool Archive::has(const std::string& name) const {
  return zip_name_locate(zip_.get(), name.c_str(), ZIP_FL_NOCASE) >= 0;
}

std::optional<std::string> Archive::read(const std::string& name) const {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(zip_.get(), name.c_str(), ZIP_FL_NOCASE, &st) != 0) return std::nullopt;
  if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
    refuse(path_, "encrypted archive: it needs a password to open (save an unprotected copy)");
  if ((st.valid & ZIP_STAT_SIZE) && st.size > max_size_) too_large(name);
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(
      zip_fopen(zip_.get(), name.c_str(), ZIP_FL_NOCASE), zip_fclose);
  if (!file) refuse(path_, "corrupt ZIP archive (" + name + ": " + zip_strerror(zip_.get()) + ")");
  std::string bytes;
  char buffer[64 * 1024];
  zip_int64_t n;
  while ((n = zip_fread(file.get(), buffer, sizeof buffer)) > 0) {
    bytes.append(buffer, static_cast<size_t>(n));
    if (bytes.size() > max_size_) too_large(name);
  }
  if (n < 0) refuse(path_, "corrupt ZIP archive (" + name + ": " + zip_file_strerror(file.get()) + ")");
  return bytes;
}

void Archive::too_large(const std::string& name) const {
  refuse(path_, name + " unpacks to more than " + std::to_string(max_size_) +
                    " bytes (use --max-size)");
}

// --- XML parts ---------------------------------------------------------------

namespace {

const char* const kWordNamespaces[] = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main"};  // Strict OOXML

Names names_of(const pugi::xml_node& root) {
  Names names;
  for (const pugi::xml_attribute& a : root.attributes()) {
    const std::string name = a.name();
    for (const char* ns : kWordNamespaces) {
      if (a.value() != std::string(ns)) continue;
      if (name == "xmlns") names.prefix.clear();
      if (name.rfind("xmlns:", 0) == 0) names.prefix = name.substr(6) + ":";
    }
  }
  return names;
}

std::string directory_of(const std::string& part) {
  const size_t slash = part.rfind('/');
  return slash == std::string::npos ? "" : part.substr(0, slash + 1);
}

// The encoding the XML declaration names, "" when it names none.
std::string declared_encoding(std::string_view xml) {
  if (xml.substr(0, 5) != "<?xml") return "";
  const std::string_view declaration = xml.substr(0, xml.find("?>"));
  const size_t key = declaration.find("encoding");
  const size_t open = declaration.find_first_of("\"'", key);
  if (key == std::string_view::npos || open == std::string_view::npos) return "";
  const size_t close = declaration.find(declaration[open], open + 1);
  if (close == std::string_view::npos) return "";
  std::string name(declaration.substr(open + 1, close - open - 1));
  for (char& c : name) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return name;
}

// The encoding of an XML part: a byte order mark; else UTF-16 by its first
// character; else what the declaration names (a Shift_JIS document.xml from an
// old converter), unless it names a wide encoding the bytes cannot be in; else
// UTF-8, as XML has it. "": the byte order mark decides.
std::string encoding_of(std::string_view xml) {
  if (xml.substr(0, 3) == "\xEF\xBB\xBF" || xml.substr(0, 2) == "\xFF\xFE" ||
      xml.substr(0, 2) == "\xFE\xFF")
    return "";
  if (xml.substr(0, 2) == std::string_view("<\0", 2)) return "UTF-16LE";
  if (xml.substr(0, 2) == std::string_view("\0<", 2)) return "UTF-16BE";
  const std::string declared = declared_encoding(xml);
  for (const char* wide : {"utf-16", "utf16", "utf-32", "utf32", "ucs"})
    if (declared.rfind(wide, 0) == 0) return "UTF-8";  // 「<?xml」 is one byte a character
  return declared.empty() ? "UTF-8" : declared;
}

// The part in UTF-8, decoded strictly: a part that is not in the encoding it
// declares (or, declaring none, not in UTF-8) is refused, never read as mojibake.
std::string as_utf8(const std::string& path, const std::string& kind, const std::string& name, std::string&& xml) {
  const std::string encoding = encoding_of(xml);
  if (encoding == "UTF-8" && is_valid_utf8(xml)) return std::move(xml);  // Word's, nearly always
  try {
    return decode(xml, encoding).utf8;
  } catch (const Error& e) {
    const bool undeclared = encoding == "UTF-8" && declared_encoding(xml).empty();
    refuse(path, "corrupt " + kind + " (" + name + ": " + e.what() +
                     (undeclared ? "; it declares no encoding, so it must be UTF-8" : "") + ")");
  }
}

// How deep elements nest, walked without recursion (pugixml parses iteratively
// too). The readers of the body recurse through tables and content controls.
size_t nesting_depth(const pugi::xml_document& xml) {
  size_t depth = 0, deepest = 0;
  pugi::xml_node n = xml.first_child();
  while (n) {
    deepest = std::max(deepest, depth);
    if (n.first_child()) {
      n = n.first_child();
      ++depth;
      continue;
    }
    while (n && !n.next_sibling()) {
      n = n.parent();
      --depth;
    }
    if (n) n = n.next_sibling();
  }
  return deepest;
}

// 「word/../customXml/item1.xml」 → 「customXml/item1.xml」: archive names have no dot segments.
std::string resolve(const std::string& name) {
  std::vector<std::string> segments;
  size_t start = 0;
  for (size_t slash; start <= name.size(); start = slash + 1) {
    slash = std::min(name.find('/', start), name.size());
    const std::string segment = name.substr(start, slash - start);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (segment != "." && !segment.empty()) {
      segments.push_back(segment);
    }
  }
  std::string out;
  for (const std::string& s : segments) out += (out.empty() ? "" : "/") + s;
  return out;
}

}  // namespace

std::unique_ptr<Part> load_part(const std::string& path, const Archive& archive,
                                const std::string& name) {
  auto part = std::make_unique<Part>();
  std::optional<std::string> bytes = archive.read(name);
  if (!bytes) return part;
  part->text = as_utf8(path, archive.kind(), name, std::move(*bytes));
  bytes.reset();
  const pugi::xml_parse_result parsed =
      part->xml.load_buffer_inplace(part->text.data(), part->text.size(),
                                    pugi::parse_default | pugi::parse_ws_pcdata_single,
                                    pugi::encoding_utf8);
  if (parsed.status == pugi::status_out_of_memory) throw std::bad_alloc();  // not corruption
  if (!parsed)
    refuse(path, "corrupt " + archive.kind() + " (" + name + ": " + parsed.description() + " at byte " +
                     std::to_string(parsed.offset) + ")");
  if (nesting_depth(part->xml) > kMaxDepth)
    refuse(path, "corrupt " + archive.kind() + " (" + name + ": elements nested more than " +
                     std::to_string(kMaxDepth) + " deep)");
  part->names = names_of(part->root());
  return part;
}

Relations relations(const std::string& path, const Archive& archive, const std::string& part) {
  const std::string dir = directory_of(part);
  Relations out;
  out.source = dir + "_rels/" + part.substr(dir.size()) + ".rels";
  std::unique_ptr<Part> xml = load_part(path, archive, out.source);
  for (const pugi::xml_node& r : xml->root().children("Relationship")) {
    const std::string type = r.attribute("Type").value(), target = r.attribute("Target").value();
    if (std::string(r.attribute("TargetMode").value()) == "External" || target.empty()) continue;
    const std::string name = resolve(target[0] == '/' ? target.substr(1) : dir + target);
    out.targets.emplace(type.substr(type.rfind('/') + 1), name);
    out.ids.emplace(r.attribute("Id").value(), name);
  }
  return out;
}

std::string Relations::target(const std::string& path, const Archive& archive,
                              const std::string& type) const {
  auto found = targets.find(type);
  if (found == targets.end()) return "";
  if (!archive.has(found->second))
    refuse(path, "corrupt " + archive.kind() + " (" + found->second + " is missing: " + source +
                     " names it as the " + type + " part)");
  return found->second;
}

}  // namespace nendiff::detail
