// A nendiff-pdf.so from "another build": the right entry point, the next ABI
// number. module_test.cpp checks that the loader refuses it by name.
#include "read/module_tables.hpp"

NENDIFF_MODULE_ENTRY const nendiff::detail::ModuleHeader* nendiff_pdf_module() {
  static const nendiff::detail::ModuleHeader header{nendiff::detail::kModuleAbi + 1};
  return &header;
}
