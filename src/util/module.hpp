// The PDF, Word and Excel back ends are loadable modules (nendiff-pdf.so,
// nendiff-docx.so, nendiff-xlsx.so), opened with dlopen the first time a file
// needs one. Their libraries (poppler and its ~30 dependencies, libzip +
// pugixml, libxlsxwriter) would otherwise be mapped and relocated at every
// start, which is most of what a plain-text comparison costs to start.
//
// A module is built by the same build, with the same compiler and standard
// library, as the library that loads it, so C++ types (std::string,
// DecodedText, const Comparison&) cross the boundary as they are. Exceptions
// do not: the program carries its own unwinder (libgcc, linked in), the
// modules use libgcc_s's, and one unwinding frames of the other aborts. A
// module's functions catch what they throw (Caught) and the program throws it
// again (call_module). The ABI number refuses a module from another build.
#pragma once

#include <cstdint>
#include <new>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "nendiff/error.hpp"

namespace nendiff::detail {

// Bump whenever a module's table (read/formats.hpp, report/views.hpp), or a
// type passed through one, changes.
constexpr int kModuleAbi = 9;

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

// What a module's function threw, brought back as a value.
struct ModuleFailure {
  enum Kind : uint8_t { none, error, out_of_memory, other };
  Kind kind = none;
  std::string message;  // error, other: what() said
};

// A module's function as its table holds it: `function` with a last argument
// that receives what it throws (&Caught<&read_pdf>::call).
template <auto function>
struct Caught;
template <typename R, typename... A, R (*function)(A...)>
struct Caught<function> {
  static R call(A... args, ModuleFailure& failure) noexcept {
    try {
      return function(std::forward<A>(args)...);
    } catch (const Error& e) {
      failure = {ModuleFailure::error, e.what()};
    } catch (const std::bad_alloc&) {
      failure = {ModuleFailure::out_of_memory, {}};
    } catch (const std::exception& e) {
      failure = {ModuleFailure::other, e.what()};
    } catch (...) {
      failure = {ModuleFailure::other, "unknown exception"};
    }
    return R();
  }
};

// Throws here what a module's function threw there: Error, std::bad_alloc,
// or std::runtime_error with its message.
void throw_failure(const ModuleFailure& failure);

// `call(failure)`, a call of a module's function, and what it threw thrown.
template <typename Call>
auto call_module(Call&& call) {
  ModuleFailure failure;
  if constexpr (std::is_void_v<decltype(call(failure))>) {
    call(failure);
    throw_failure(failure);
  } else {
    auto result = call(failure);
    throw_failure(failure);
    return result;
  }
}

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
