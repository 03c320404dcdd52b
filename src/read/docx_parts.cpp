// The parts of a Word document (docx_parts.hpp). Linked into nendiff-docx.so.
#include "read/docx_parts.hpp"

#include "read/refuse.hpp"

namespace nendiff::detail {

// --- The archive -------------------------------------------------------------

Archive::Archive(const std::string& path, std::string_view bytes, std::uintmax_t max_size,
                 const std::string& kind)
    : path_(path), max_size_(max_size) {
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

}  // namespace

std::unique_ptr<Part> load_part(const std::string& path, const Archive& archive,
                                const std::string& name) {
  auto part = std::make_unique<Part>();
  const std::optional<std::string> bytes = archive.read(name);
  if (!bytes) return part;
  const pugi::xml_parse_result parsed = part->xml.load_buffer(
      bytes->data(), bytes->size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
  if (!parsed)
    refuse(path, "corrupt Word document (" + name + ": " + parsed.description() + " at byte " +
                     std::to_string(parsed.offset) + ")");
  part->names = names_of(part->root());
  return part;
}

std::map<std::string, std::string> relations(const std::string& path, const Archive& archive,
                                             const std::string& part) {
  const std::string dir = directory_of(part);
  const std::string rels = dir + "_rels/" + part.substr(dir.size()) + ".rels";
  std::unique_ptr<Part> xml = load_part(path, archive, rels);
  std::map<std::string, std::string> out;
  for (const pugi::xml_node& r : xml->root().children("Relationship")) {
    const std::string type = r.attribute("Type").value(), target = r.attribute("Target").value();
    if (std::string(r.attribute("TargetMode").value()) == "External" || target.empty()) continue;
    const std::string resolved = target[0] == '/' ? target.substr(1) : dir + target;
    out.emplace(type.substr(type.rfind('/') + 1), resolved);
  }
  return out;
}

}  // namespace nendiff::detail
