// The PDF, Word, Excel, law XML and HTML readers are modules (util/module.hpp): these
// forwarders keep read_pdf(), read_zip_document(), read_law_xml() and
// read_html() what the rest of the stage calls.
#include "read/formats.hpp"
#include "read/module_tables.hpp"

namespace nendiff::detail {

const ModuleSpec kPdfModule{"nendiff-pdf.so", "nendiff_pdf_module", "reading PDF"};
const ModuleSpec kDocxModule{"nendiff-docx.so", "nendiff_docx_module",
                             "reading Word (.docx), Excel (.xlsx), law XML and HTML"};

DecodedText read_pdf(const std::string& path, std::string_view bytes, std::uintmax_t max_size) {
  const PdfModule& module = module_table<PdfModule>(kPdfModule, path);
  return call_module([&](ModuleFailure& f) { return module.read_pdf(path, bytes, max_size, f); });
}

DecodedText read_zip_document(const std::string& path, std::string_view bytes,
                              std::uintmax_t max_size) {
  const DocxModule& module = module_table<DocxModule>(kDocxModule, path);
  return call_module([&](ModuleFailure& f) { return module.read_zip_document(path, bytes, max_size, f); });
}

DecodedText read_law_xml(const std::string& path, std::string_view utf8, std::uintmax_t max_size) {
  const DocxModule& module = module_table<DocxModule>(kDocxModule, path);
  return call_module([&](ModuleFailure& f) { return module.read_law_xml(path, utf8, max_size, f); });
}

DecodedText read_html(const std::string& path, std::string_view utf8, std::uintmax_t max_size) {
  const DocxModule& module = module_table<DocxModule>(kDocxModule, path);
  return call_module([&](ModuleFailure& f) { return module.read_html(path, utf8, max_size, f); });
}

}  // namespace nendiff::detail
