// The PDF, Word and Excel back ends as modules loaded on first use
// (src/module.hpp): where they are looked for, what a missing or foreign module
// says, and that a text comparison loads none of them.
#include <gtest/gtest.h>

#include <algorithm>
#include <boost/filesystem.hpp>
#include <cstdlib>

#include "read/module_tables.hpp"
#include "nendiff/error.hpp"
#include "nendiff/parse.hpp"
#include "test_support.hpp"

namespace {

namespace fs = boost::filesystem;
using nendiff::detail::kPdfModule;
using nendiff::detail::load_module;
using nendiff::detail::ModuleSpec;
using nendiff::test::read_bytes;
using nendiff::test::run_program;
using nendiff::test::RunResult;
using nendiff::test::sample_path;
using nendiff::test::TempDir;
using nendiff::test::write_bytes;

// nendiff_tests runs from tests/, the modules sit beside nendiff: every test
// (and every nendiff it runs) looks there first, unless the caller chose.
[[maybe_unused]] const int kModuleDirSet =
    ::setenv("NENDIFF_MODULE_DIR", NENDIFF_MODULE_BUILD_DIR, 0);

const std::string kPdf = std::string(NENDIFF_FIXTURES_DIR) + "/kenko-iryo-senryaku-2024.pdf";
const std::string kText = sample_path("kenko-iryo-senryaku-2024.txt");

std::string load_error(const ModuleSpec& spec, const std::vector<std::string>& dirs) {
  try {
    load_module(spec, dirs, "a.pdf");
  } catch (const nendiff::Error& e) {
    return e.what();
  }
  return "";
}

using Env = nendiff::test::EnvChange;

// A copy of nendiff in <dir>/bin, away from the build tree's modules.
std::string relocated_nendiff(const TempDir& dir) {
  fs::create_directories(dir.file("bin"));
  const std::string binary = dir.file("bin/nendiff");
  fs::copy_file(NENDIFF_BINARY, binary);
  fs::permissions(binary, fs::owner_all);
  return binary;
}

void copy_modules(const std::string& to) {
  fs::create_directories(to);
  std::string files = NENDIFF_MODULE_FILES;
  for (size_t at = 0, end; at < files.size(); at = end + 1) {
    end = std::min(files.find(':', at), files.size());
    const fs::path module = files.substr(at, end - at);
    fs::copy_file(module, fs::path(to) / module.filename());
  }
}

bool installed_modules() {
  return fs::exists(std::string(NENDIFF_MODULE_INSTALL_DIR) + "/" + kPdfModule.file);
}

size_t lines(const std::string& s) { return static_cast<size_t>(std::count(s.begin(), s.end(), '\n')); }

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

// --- The loader -----------------------------------------------------------------

TEST(Module, LooksInTheChosenDirThenBesideTheProgramThenTheInstallDir) {
  const fs::path exe = fs::read_symlink("/proc/self/exe").parent_path();
  const std::vector<std::string> dirs = nendiff::detail::module_dirs();
  ASSERT_GE(dirs.size(), 3u);
  EXPECT_EQ(dirs[0], std::getenv("NENDIFF_MODULE_DIR"));
  EXPECT_EQ(dirs[1], exe.string());
  EXPECT_EQ(dirs[2], (exe / NENDIFF_MODULE_RELATIVE_DIR).lexically_normal().string());
  EXPECT_EQ(dirs.back(), NENDIFF_MODULE_INSTALL_DIR);
}

TEST(Module, TheBuildTreeModulesLoadAndRead) {
  const auto& header = load_module(kPdfModule, {NENDIFF_MODULE_BUILD_DIR}, "a.pdf");
  EXPECT_EQ(header.abi, nendiff::detail::kModuleAbi);
  const auto& pdf = reinterpret_cast<const nendiff::detail::PdfModule&>(header);
  nendiff::detail::ModuleFailure failure;
  const nendiff::DecodedText text =
      pdf.read_pdf(kPdf, read_bytes(kPdf), nendiff::InputOptions{}.max_size, failure);
  EXPECT_EQ(failure.kind, nendiff::detail::ModuleFailure::none);
  EXPECT_EQ(text.encoding, "PDF");
  EXPECT_EQ(text.utf8, nendiff::read_input(kPdf).utf8);  // the forwarder: the same reader
  // What the module's reader throws comes back as a value, not as an exception.
  const nendiff::DecodedText none = pdf.read_pdf("b.pdf", "%PDF-1.4\nbroken\n", 1 << 20, failure);
  EXPECT_EQ(failure.kind, nendiff::detail::ModuleFailure::error);
  EXPECT_EQ(failure.message.rfind("b.pdf: ", 0), 0u) << failure.message;
  EXPECT_TRUE(none.utf8.empty());
}

namespace thrown {
int error(int) { throw nendiff::Error("a.pdf: corrupt"); }
int out_of_memory(int) { throw std::bad_alloc(); }
int other(int) { throw std::length_error("vector"); }
int fine(int n) { return n + 1; }
}  // namespace thrown

TEST(Module, AModulesFunctionKeepsWhatItThrowsAndTheProgramThrowsItAgain) {
  using nendiff::detail::call_module;
  using nendiff::detail::Caught;
  using nendiff::detail::ModuleFailure;
  ModuleFailure f;
  EXPECT_EQ(Caught<&thrown::fine>::call(1, f), 2);
  EXPECT_EQ(f.kind, ModuleFailure::none);
  EXPECT_EQ(Caught<&thrown::error>::call(1, f), 0);
  EXPECT_EQ(f.kind, ModuleFailure::error);
  EXPECT_EQ(f.message, "a.pdf: corrupt");
  auto call = [](auto function) { return call_module([&](ModuleFailure& g) { return function(1, g); }); };
  EXPECT_EQ(call(&Caught<&thrown::fine>::call), 2);
  try {
    call(&Caught<&thrown::error>::call);
    ADD_FAILURE() << "no exception";
  } catch (const nendiff::Error& e) {
    EXPECT_STREQ(e.what(), "a.pdf: corrupt");
  }
  EXPECT_THROW(call(&Caught<&thrown::out_of_memory>::call), std::bad_alloc);
  try {
    call(&Caught<&thrown::other>::call);
    ADD_FAILURE() << "no exception";
  } catch (const nendiff::Error&) {
    ADD_FAILURE() << "not an Error";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "vector");
  }
}

TEST(Module, MissingModuleNamesTheFileTheModuleAndWhereItLooked) {
  TempDir empty, other;
  EXPECT_EQ(load_error(kPdfModule, {empty.path(), other.path()}),
            "a.pdf: reading PDF needs nendiff-pdf.so, not found (looked in: " + empty.path() +
                ", " + other.path() + ")");
}

TEST(Module, FileThatIsNoLibraryIsRefusedOnOneLine) {
  TempDir dir;
  write_bytes(dir.file("nendiff-pdf.so"), "not an ELF file\n");
  const std::string e = load_error(kPdfModule, {dir.path(), NENDIFF_MODULE_BUILD_DIR});
  EXPECT_EQ(e.rfind("a.pdf: reading PDF needs nendiff-pdf.so: " + dir.file("nendiff-pdf.so") +
                        " does not load (",
                    0),
            0u)
      << e;
  EXPECT_EQ(e.find('\n'), std::string::npos);
}

TEST(Module, ModuleOfAnotherBuildIsRefused) {
  // The first directory holding the file decides; the good one after it is not tried.
  const std::string e = load_error(kPdfModule, {NENDIFF_OTHER_ABI_DIR, NENDIFF_MODULE_BUILD_DIR});
  EXPECT_NE(e.find(std::string(NENDIFF_OTHER_ABI_DIR) + "/nendiff-pdf.so is from another nendiff "
                   "build (module ABI " + std::to_string(nendiff::detail::kModuleAbi + 1)),
            std::string::npos)
      << e;
}

TEST(Module, LibraryWithoutTheEntryPointIsRefused) {
  const ModuleSpec wrong{"nendiff-pdf.so", "nendiff_docx_module", "reading PDF"};
  const std::string e = load_error(wrong, {NENDIFF_MODULE_BUILD_DIR});
  EXPECT_TRUE(contains(e, "is not a nendiff module (no nendiff_docx_module)")) << e;
}

// --- Through the CLI --------------------------------------------------------------

TEST(ModuleCli, MissingModuleIsOneLineAndExitTwo) {
  if (installed_modules()) GTEST_SKIP() << "modules installed in " << NENDIFF_MODULE_INSTALL_DIR;
  TempDir dir, empty;
  const std::string nendiff = relocated_nendiff(dir);
  const std::vector<Env> env{{"NENDIFF_MODULE_DIR", empty.path()}};
  const RunResult r = run_program(nendiff, {"compare", kText, kPdf}, env);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(lines(r.err), 1u) << r.err;
  EXPECT_EQ(r.err.rfind("nendiff: " + kPdf + ": reading PDF needs nendiff-pdf.so, not found "
                        "(looked in: " + empty.path() + ", " + dir.file("bin"),
                        0),
            0u)
      << r.err;

  // Text needs no module; an Excel report does.
  const std::string old_text = sample_path("kenko-iryo-senryaku-2023.txt");
  EXPECT_EQ(run_program(nendiff, {"compare", old_text, kText, "-f", "json"}, env).exit_code, 1);
  const RunResult xlsx =
      run_program(nendiff, {"compare", old_text, kText, "-o", dir.file("report.xlsx")}, env);
  EXPECT_EQ(xlsx.exit_code, 2);
  EXPECT_EQ(lines(xlsx.err), 1u) << xlsx.err;
  EXPECT_TRUE(contains(xlsx.err, "needs nendiff-xlsx.so, not found")) << xlsx.err;
  EXPECT_FALSE(fs::exists(dir.file("report.xlsx")));
}

TEST(ModuleCli, InstalledLayoutFindsTheModulesBesideBin) {
  TempDir dir;
  const std::string nendiff = relocated_nendiff(dir);
  copy_modules((fs::path(dir.file("bin")) / NENDIFF_MODULE_RELATIVE_DIR).string());
  const std::vector<Env> env{{"NENDIFF_MODULE_DIR", std::nullopt}};
  const RunResult r = run_program(nendiff, {"compare", kText, kPdf, "-f", "json"}, env);
  EXPECT_LE(r.exit_code, 1) << r.err;
  EXPECT_TRUE(contains(r.out, "\"measures\"")) << r.out.substr(0, 200);
  const RunResult xlsx = run_program(nendiff, {"compare", kText, kPdf, "-o", dir.file("r.xlsx")}, env);
  EXPECT_LE(xlsx.exit_code, 1) << xlsx.err;
  EXPECT_EQ(read_bytes(dir.file("r.xlsx")).substr(0, 2), "PK");
}

TEST(ModuleCli, ChosenDirComesBeforeTheProgramsDir) {
  const RunResult r = run_program(NENDIFF_BINARY, {"compare", kText, kPdf},
                          {{"NENDIFF_MODULE_DIR", NENDIFF_OTHER_ABI_DIR}});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(lines(r.err), 1u) << r.err;
  EXPECT_TRUE(contains(r.err, kPdf + ": reading PDF needs nendiff-pdf.so: ")) << r.err;
  EXPECT_TRUE(contains(r.err, "from another nendiff build")) << r.err;
}

// The point of the modules: poppler & co. are loaded only for the file that needs them.
TEST(ModuleCli, TextComparisonLoadsNoBackEnd) {
  const std::vector<Env> env{{"NENDIFF_MODULE_DIR", std::nullopt}, {"LD_DEBUG", "files"}};
  const std::string old_text = sample_path("kenko-iryo-senryaku-2023.txt");
  const RunResult text = run_program(NENDIFF_BINARY, {"compare", old_text, kText, "-f", "json"}, env);
  EXPECT_EQ(text.exit_code, 1);
  EXPECT_FALSE(contains(text.err, "nendiff-pdf.so"));
  EXPECT_FALSE(contains(text.err, "libpoppler"));
  EXPECT_FALSE(contains(text.err, "libzip"));
  const RunResult pdf = run_program(NENDIFF_BINARY, {"compare", old_text, kPdf, "-f", "json"}, env);
  EXPECT_EQ(pdf.exit_code, 1);
  EXPECT_TRUE(contains(pdf.err, std::string(NENDIFF_MODULE_BUILD_DIR) + "/nendiff-pdf.so"));
  EXPECT_TRUE(contains(pdf.err, "libpoppler"));
  EXPECT_FALSE(contains(pdf.err, "libzip"));
}

}  // namespace
