// Internal: the tables of the modules that read PDF, Word, Excel, law XML and HTML (util/module.hpp):
// what read/modules.cpp calls and read/pdf.cpp and read/docx.cpp fill in.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "nendiff/read.hpp"
#include "util/module.hpp"

namespace nendiff::detail {

struct PdfModule {
  ModuleHeader header;
  DecodedText (*read_pdf)(const std::string& path, std::string_view bytes, std::uintmax_t max_size,
                          ModuleFailure& failure);
};

struct DocxModule {
  ModuleHeader header;
  DecodedText (*read_zip_document)(const std::string& path, std::string_view bytes,
                                   std::uintmax_t max_size, ModuleFailure& failure);
  DecodedText (*read_law_xml)(const std::string& path, std::string_view utf8, std::uintmax_t max_size,
                              ModuleFailure& failure);
  DecodedText (*read_html)(const std::string& path, std::string_view utf8, std::uintmax_t max_size,
                           ModuleFailure& failure);
};

extern const ModuleSpec kPdfModule, kDocxModule;

}  // namespace nendiff::detail
