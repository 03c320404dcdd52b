// Finding and opening the back-end modules (module.hpp).
#include "util/module.hpp"

#include <dlfcn.h>
#include <unistd.h>

#include <algorithm>
#include <boost/filesystem.hpp>
#include <cstdlib>

#include "nendiff/error.hpp"

namespace nendiff::detail {

namespace {

namespace fs = boost::filesystem;

// The running program's directory; empty where /proc is not mounted.
fs::path exe_dir() {
  boost::system::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : exe.parent_path();
}

std::string listed(const std::vector<std::string>& dirs) {
  std::string out;
  for (const std::string& dir : dirs) out += (out.empty() ? "" : ", ") + dir;
  return out;
}

// dlerror() without the file name we already give, on one line.
std::string load_problem(const std::string& path) {
  const char* error = dlerror();
  std::string why = error ? error : "unknown error";
  if (why.rfind(path + ": ", 0) == 0) why.erase(0, path.size() + 2);
  std::replace(why.begin(), why.end(), '\n', ' ');
  return why;
}

// Opens one module file: the table, or why not (as Error, after `needs`).
const ModuleHeader& open_file(const ModuleSpec& spec, const std::string& path,
                              const std::string& needs) {
  void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!handle) throw Error(needs + ": " + path + " does not load (" + load_problem(path) + ")");
  auto entry = reinterpret_cast<ModuleEntry>(dlsym(handle, spec.entry));
  if (!entry) {
    dlclose(handle);
    throw Error(needs + ": " + path + " is not a nendiff module (no " + spec.entry + ")");
  }
  const ModuleHeader* table = entry();
  if (table->abi != kModuleAbi) {
    const std::string abi = std::to_string(table->abi);
    dlclose(handle);
    throw Error(needs + ": " + path + " is from another nendiff build (module ABI " + abi +
                ", this program needs " + std::to_string(kModuleAbi) + ")");
  }
  return *table;  // never closed: its code runs until the process ends
}

// Throws Error "<task> needs <file>, …", naming no subject yet.
const ModuleHeader& open_module(const ModuleSpec& spec, const std::vector<std::string>& dirs) {
  const std::string needs = std::string(spec.task) + " needs " + spec.file;
  for (const std::string& dir : dirs) {
    const std::string path = dir + "/" + spec.file;
    if (::access(path.c_str(), F_OK) == 0) return open_file(spec, path, needs);
  }
  throw Error(needs + ", not found (looked in: " + listed(dirs) + ")");
}

}  // namespace

std::vector<std::string> module_dirs() {
  std::vector<std::string> dirs;
  auto add = [&](const std::string& dir) {
    if (!dir.empty() && std::find(dirs.begin(), dirs.end(), dir) == dirs.end())
      dirs.push_back(dir);
  };
  if (const char* dir = std::getenv("NENDIFF_MODULE_DIR")) add(dir);
  const fs::path exe = exe_dir();
  if (!exe.empty()) {
    add(exe.string());
    add((exe / NENDIFF_MODULE_RELATIVE_DIR).lexically_normal().string());
  }
  add(NENDIFF_MODULE_INSTALL_DIR);
  return dirs;
}

const ModuleHeader& load_module(const ModuleSpec& spec, const std::vector<std::string>& dirs,
                                const std::string& subject) {
  try {
    return open_module(spec, dirs);
  } catch (const Error& e) {
    throw Error(subject + ": " + e.what());
  }
}

void throw_failure(const ModuleFailure& failure) {
  switch (failure.kind) {
    case ModuleFailure::none: return;
    case ModuleFailure::error: throw Error(failure.message);
    case ModuleFailure::out_of_memory: throw std::bad_alloc();
    case ModuleFailure::other: throw std::runtime_error(failure.message);
  }
}

const ModuleHeader* try_load_module(const ModuleSpec& spec, std::string& problem) {
  try {
    return &open_module(spec, module_dirs());
  } catch (const Error& e) {
    problem = e.what();
    return nullptr;
  }
}

}  // namespace nendiff::detail
