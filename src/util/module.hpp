// The PDF, Word and Excel back ends are loadable modules (nendiff-pdf.so,
// nendiff-docx.so, nendiff-xlsx.so), opened with dlopen the first time a file
// needs one. Their libraries (poppler and its ~30 dependencies, libzip +
// pugixml, libxlsxwriter) would otherwise be mapped and relocated at every
// start, which is most of what a plain-text comparison costs to start.
//
// A module is built by the same build, with the same compiler and standard
// library, as the library that loads it, so C++ types (std::string,
// DecodedText, const Comparison&, exceptions) cross the boundary as they are.
// The ABI number refuses a module from another build that differs.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "nendiff/error.hpp"

namespace nendiff::detail {

// Bump whenever a module's table (read/formats.hpp, report/views.hpp), or a
// type passed through one, changes.
constexpr int kModuleAbi = 7;

// What every module's entry point returns: the first member of its table.
struct ModuleHeader {
  int abi;  // kModuleAbi of the build that made the module
};

// Each module's one entry point: extern "C" const ModuleHeader* <entry>().
using ModuleEntry = const ModuleHeader* (*)();
#define NENDIFF_MODULE_ENTRY extern "C" __attribute__((visibility("default")))

// A module's file, entry point, and what it is needed for (for the errors).
struct ModuleSpec {
  const char* file;   // "nendiff-pdf.so"
  const char* entry;  // "nendiff_pdf_module"
  const char* task;   // "reading PDF"
};

// Where modules are looked for, in order: $NENDIFF_MODULE_DIR; the running
// executable's directory (the build tree); <exe dir>/../<libdir>/nendiff (an
// installed tree, wherever it was moved); the install directory compiled in
// (programs that link the installed library).
std::vector<std::string> module_dirs();

// Opens `spec` from the first of `dirs` that holds its file and checks its
// entry point and ABI. Every failure throws Error "<subject>: <task> needs
// <file>, …". Not cached: read_pdf() & co. load their module once per process.
const ModuleHeader& load_module(const ModuleSpec& spec, const std::vector<std::string>& dirs,
                                const std::string& subject);

// The module from module_dirs(), or nullptr with the reason in `problem`.
const ModuleHeader* try_load_module(const ModuleSpec& spec, std::string& problem);

// The module's table, opened once per process (thread-safe: a function-local
// static per table type). A failure is kept too, and named with each subject.
template <typename Table>
const Table& module_table(const ModuleSpec& spec, const std::string& subject) {
  struct Loaded {
    const ModuleHeader* table = nullptr;
    std::string problem;  // why there is no table
  };
  static const Loaded loaded = [&spec] {
    Loaded l;
    l.table = try_load_module(spec, l.problem);
    return l;
  }();
  if (!loaded.table) throw Error(subject + ": " + loaded.problem);
  // The header is the table's first member (standard layout).
  return *reinterpret_cast<const Table*>(loaded.table);
}

}  // namespace nendiff::detail
