// Reading an edition from disk or standard input. Every refusal is one line
// that starts with the path, because the user may have passed two files and
// needs to know which one. The content decides the reader (PDF, Word, text),
// not the file's name.
#include "nendiff/read.hpp"

#include <unicode/ucnv.h>

#include <algorithm>
#include <boost/filesystem.hpp>
#include <mutex>
#include <new>
#include <utility>

#include "nendiff/error.hpp"
#include "read/csv.hpp"
#include "read/formats.hpp"
#include "read/source.hpp"
#include "read/support.hpp"
#include "read/text_pages.hpp"
#include "read/text_tables.hpp"
#include "util/ascii.hpp"

namespace nendiff {
namespace {

namespace fs = boost::filesystem;

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
  if (starts("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") && detail::has_extension(path, ".doc"))
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

// Whatever the readers were given, the edition is refused by name when memory
// runs out, not with a bare std::bad_alloc once the stack has unwound.
template <typename Read>
DecodedText within_memory(const std::string& name, std::uintmax_t size, Read read) {
  try {
    return read();
  } catch (const std::bad_alloc&) {
    detail::refuse(name, "out of memory while reading it (a file of " + std::to_string(size) +
                             " bytes)");
  }
}

}  // namespace

// The format sniffers stay here, so that a text edition loads no reader module.
namespace detail {

void refuse(const std::string& path, const std::string& problem) {
  throw Error(path + ": " + problem);
}

bool has_extension(const std::string& path, const char* extension) {
  return ascii_lower(fs::path(path).extension().string()) == extension;
}

std::string unpacked_too_large(std::uintmax_t max_size) {
  return "text too large once unpacked (more than " + std::to_string(max_size) +
         " bytes; use --max-size)";
}

// poppler, like Acrobat, takes "%PDF-" anywhere in the first KiB, after any
// junk. Here the junk must be whitespace, byte order marks or binary (a
// MacBinary header), unless the file ends as a PDF does (a download's HTTP
// header before it): a text edition that quotes 「%PDF-1.7」 near its start
// is a text edition, not a "corrupt PDF".
bool is_pdf(std::string_view bytes) {
  const size_t at = bytes.substr(0, 1024).find("%PDF-");
  if (at == std::string_view::npos) return false;
  std::string_view junk = bytes.substr(0, at);
  while (junk.substr(0, 3) == "\xEF\xBB\xBF") junk.remove_prefix(3);
  const bool blank = junk.find_first_not_of(" \t\r\n\f") == std::string_view::npos;
  const bool binary = std::any_of(junk.begin(), junk.end(), [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return b < 0x20 && b != '\t' && b != '\r' && b != '\n' && b != '\f';
  });
  const bool trailer = bytes.find("%%EOF", bytes.size() - std::min<size_t>(bytes.size(), 1024)) !=
                       std::string_view::npos;
  return blank || binary || trailer;
}

bool is_zip(std::string_view bytes) { return bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4); }

namespace {

// Whether `text` (in any case if `any_case`) starts with `word` and a space or '>'.
bool opens_with(std::string_view text, std::string_view word, bool any_case) {
  if (text.size() <= word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    const char c = any_case ? ascii_lower(text[i]) : text[i];
    if (c != word[i]) return false;
  }
  return std::string_view(" \t\r\n>").find(text[word.size()]) != std::string_view::npos;
}

// What follows the XML declaration, comments and spaces at the start of
// `utf8`; with `doctype`, past a DOCTYPE too.
std::string_view first_markup(std::string_view utf8, bool doctype) {
  std::string_view rest = utf8.substr(0, 64 * 1024);
  auto skip = [&](std::string_view open, std::string_view close) {
    if (rest.substr(0, open.size()) != open) return false;
    const size_t end = rest.find(close, open.size());
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + close.size());
    return true;
  };
  for (;;) {
    const size_t start = rest.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos) return {};
    rest.remove_prefix(start);
    if (skip("<?", "?>") || skip("<!--", "-->") || (doctype && skip("<!", ">"))) continue;
    return rest;
  }
}

}  // namespace

// The first element, past the XML declaration, comments, a DOCTYPE and
// spaces, is <Law …>.
bool is_law_xml(std::string_view utf8) { return opens_with(first_markup(utf8, true), "<Law", false); }

bool is_html(std::string_view utf8) {
  const std::string_view first = first_markup(utf8, false);
  return opens_with(first, "<!doctype html", true) || opens_with(first, "<html", true);
}

}  // namespace detail

namespace {

// A Word file is read as one XML tree, several times the size of what it
// unpacks to (a million tiny paragraphs: 2.5 MB, 58 MB unpacked, 430 MB
// read): large ones are read one at a time, so that two editions (or a
// server's requests) stay within the memory bound (issue 15), while small
// ones, PDFs and texts are read at once.
DecodedText read_zip_in_turn(const std::string& name, std::string_view bytes, std::uintmax_t max_size) {
  constexpr size_t kLarge = size_t{1} << 20;
  if (bytes.size() <= kLarge) return detail::read_zip_document(name, bytes, max_size);
  static std::mutex one_at_a_time;
  std::lock_guard<std::mutex> turn(one_at_a_time);
  return detail::read_zip_document(name, bytes, max_size);
}

// The text in UTF-8, or the Error naming the file that could not be decoded.
DecodedText decoded(const std::string& name, std::string&& bytes, const std::string& encoding) {
  try {
    return detail::decode_owned(std::move(bytes), encoding);
  } catch (const Error& e) {
    detail::refuse(name, e.what());
  }
}

}  // namespace

DecodedText read_input(const std::string& path, const InputOptions& options) {
  detail::Source source = detail::read_source(path, options.max_size);
  return read_input_bytes(std::move(source.bytes), source.name, options);
}

DecodedText read_input_bytes(std::string owned, const std::string& name, const InputOptions& options) {
  if (owned.empty()) detail::refuse(name, "empty file");
  if (owned.size() > options.max_size) detail::refuse(name, detail::too_large(owned.size(), options.max_size));
  const std::string_view bytes = owned;
  return within_memory(name, bytes.size(), [&] {
    if (detail::is_pdf(bytes)) return detail::read_pdf(name, bytes, options.max_size);
    if (detail::is_zip(bytes)) return read_zip_in_turn(name, bytes, options.max_size);
    check_not_binary(name, bytes, options.encoding);
    DecodedText text = decoded(name, std::move(owned), options.encoding);
    // Their errors name the file already.
    if (detail::is_law_xml(text.utf8)) return detail::read_law_xml(name, text.utf8, options.max_size);
    if (detail::is_html(text.utf8)) return detail::read_html(name, text.utf8, options.max_size);
    try {
      if (detail::has_extension(name, ".csv")) {
        detail::read_csv(text);
        return text;
      }
      detail::read_text_pages(text);
      detail::find_text_tables(text);
      return text;
    } catch (const Error& e) {
      detail::refuse(name, e.what());
    }
  });
}

}  // namespace nendiff
