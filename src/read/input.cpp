// Reading an edition from disk. Every refusal is one line that starts with the
// path, because the user may have passed two files and needs to know which one.
// The content decides the reader (PDF, Word, text), not the file's name.
#include "nendiff/read.hpp"

#include <unicode/ucnv.h>

#include <boost/filesystem.hpp>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "nendiff/error.hpp"
#include "read/formats.hpp"
#include "read/refuse.hpp"

namespace nendiff {
namespace {

namespace fs = boost::filesystem;

std::string too_large(std::uintmax_t size, std::uintmax_t limit) {
  return "file too large (" + std::to_string(size) + " bytes, limit " + std::to_string(limit) +
         "; use --max-size)";
}

// Refusals that need no reading: missing, a directory, empty, too large.
void check_file(const std::string& path, std::uintmax_t max_size) {
  boost::system::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (status.type() == fs::file_not_found) detail::refuse(path, "no such file");
  if (ec == boost::system::errc::permission_denied) detail::refuse(path, "cannot read (permission denied)");
  if (ec) detail::refuse(path, "cannot read (" + ec.message() + ")");
  if (status.type() == fs::directory_file) detail::refuse(path, "is a directory");
  if (status.type() != fs::regular_file) return;  // a pipe: its size shows while reading
  const std::uintmax_t size = fs::file_size(path, ec);
  if (ec) detail::refuse(path, "cannot read (" + ec.message() + ")");
  if (size == 0) detail::refuse(path, "empty file");
  if (size > max_size) detail::refuse(path, too_large(size, max_size));
}

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

// Reads at most max_size bytes; more is an error even where no size was known.
std::string read_bytes(const std::string& path, std::uintmax_t max_size) {
  std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
  if (!file && errno == EACCES) detail::refuse(path, "cannot read (permission denied)");
  if (!file) detail::refuse(path, std::string("cannot read (") + std::strerror(errno) + ")");
  std::string bytes;
  char buffer[64 * 1024];
  while (size_t n = std::fread(buffer, 1, sizeof buffer, file.get())) {
    bytes.append(buffer, n);
    if (bytes.size() > max_size) detail::refuse(path, "file too large (more than " +
                                                std::to_string(max_size) + " bytes; use --max-size)");
  }
  if (std::ferror(file.get())) detail::refuse(path, std::string("cannot read (") + std::strerror(errno) + ")");
  if (bytes.empty()) detail::refuse(path, "empty file");
  return bytes;
}

bool has_extension(const std::string& path, const char* extension) {
  std::string ext = fs::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == extension;
}

// A password-protected .docx is an OLE container holding the encrypted package.
bool is_encrypted_office(std::string_view bytes) {
  const char name[] = "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0";  // UTF-16LE
  return bytes.find(std::string_view(name, sizeof name - 1)) != std::string_view::npos;
}

// Formats recognised by their magic number, so the user hears what the file is
// rather than an encoding error at byte 0.
void check_known_formats(const std::string& path, std::string_view bytes) {
  auto starts = [&](std::string_view magic) { return bytes.substr(0, magic.size()) == magic; };
  if (starts("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") && is_encrypted_office(bytes))
    detail::refuse(path, "encrypted (password-protected) Office document: save an unprotected copy");
  if (starts("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") && has_extension(path, ".doc"))
    detail::refuse(path, "legacy Word file (.doc), not supported (save it as .docx or PDF)");
  if (starts("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
    detail::refuse(path, "legacy Office file (.doc/.xls), not a text edition (save it as text first)");
  if (starts("\x89PNG\r\n\x1A\n")) detail::refuse(path, "PNG image, not a text edition");
  if (starts("\x7F" "ELF")) detail::refuse(path, "ELF executable, not a text edition");
}

// UTF-16 and UTF-32 text is full of NUL bytes; every other encoding is not.
bool is_wide_encoding(std::string_view bytes, const std::string& encoding) {
  if (encoding.empty()) return bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF";
  UErrorCode status = U_ZERO_ERROR;
  UConverter* converter = ucnv_open(encoding.c_str(), &status);
  if (U_FAILURE(status)) return false;  // decode() names the unknown encoding
  const int8_t min_width = ucnv_getMinCharSize(converter);
  ucnv_close(converter);
  return min_width > 1;
}

void check_not_binary(const std::string& path, std::string_view bytes, const std::string& encoding) {
  check_known_formats(path, bytes);
  const size_t nul = bytes.find('\0');
  if (nul != std::string_view::npos && !is_wide_encoding(bytes, encoding))
    detail::refuse(path, "binary file (NUL byte at offset " + std::to_string(nul) + "), not a text edition");
}

}  // namespace

// The format sniffers stay here, so that a text edition loads no reader module.
namespace detail {

void refuse(const std::string& path, const std::string& problem) {
  throw Error(path + ": " + problem);
}

bool is_pdf(std::string_view bytes) {
  return bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

bool is_zip(std::string_view bytes) { return bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4); }

}  // namespace detail

DecodedText read_input(const std::string& path, const InputOptions& options) {
  check_file(path, options.max_size);
  const std::string bytes = read_bytes(path, options.max_size);
  if (detail::is_pdf(bytes)) return detail::read_pdf(path, bytes);
  if (detail::is_zip(bytes)) return detail::read_zip_document(path, bytes, options.max_size);
  check_not_binary(path, bytes, options.encoding);
  try {
    return decode(bytes, options.encoding);
  } catch (const Error& e) {
    detail::refuse(path, e.what());
  }
}

}  // namespace nendiff
