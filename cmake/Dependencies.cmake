# Finds every dependency the normal way; a missing one stops with the Debian
# package that provides it (scripts/install-deps installs them all).

macro(nendiff_require found what package)
  if(NOT ${found})
    message(FATAL_ERROR "nendiff needs ${what}: install the Debian package '${package}' "
                        "(or run scripts/install-deps as root)")
  endif()
endmacro()

find_package(ICU 60 COMPONENTS uc i18n QUIET)
nendiff_require(ICU_FOUND "ICU (uc, i18n)" libicu-dev)

find_package(Boost 1.70 COMPONENTS filesystem QUIET)
nendiff_require(Boost_FOUND "Boost.Filesystem" libboost-filesystem-dev)

# The nendiff program carries the C++ runtime (libstdc++, libgcc), ICU's
# common library with its data, and Boost.Filesystem in itself (Debian's
# static archives): loading libstdc++, libgcc_s, libicuuc, libicudata,
# libboost_filesystem and simdjson's library and binding their symbols took
# 0.8 ms of every run (a compare of two one-line files 3.2 → 2.4 ms). Its
# modules and the tests link the shared libraries; no exception crosses a
# module's edge (util/module.hpp), for two unwinders in one process abort on
# the first that does. Sanitized and fuzzing builds keep every library shared
# (their runtimes replace malloc and operator new).
option(NENDIFF_STATIC_RUNTIME "Link the nendiff program's C++ runtime, ICU and Boost statically" ON)
set(NENDIFF_LINK_STATIC ${NENDIFF_STATIC_RUNTIME})
if(NENDIFF_SANITIZE OR NENDIFF_BUILD_FUZZERS OR CMAKE_CXX_FLAGS MATCHES "-fsanitize")
  set(NENDIFF_LINK_STATIC OFF)
endif()
find_package(Threads REQUIRED)
# What the stages link ICU and Boost.Filesystem as: the static archives when
# the program linking them sets the property NENDIFF_STATIC_RUNTIME, else the shared
# libraries (and always the shared ones for an installed libnendiff).
set(NENDIFF_ICU ICU::uc)
set(NENDIFF_BOOST_FILESYSTEM Boost::filesystem)
if(NENDIFF_LINK_STATIC)
  find_library(NENDIFF_ICUUC_ARCHIVE libicuuc.a)
  find_library(NENDIFF_ICUDATA_ARCHIVE libicudata.a)
  find_library(NENDIFF_BOOST_FILESYSTEM_ARCHIVE libboost_filesystem.a)
  nendiff_require(NENDIFF_ICUUC_ARCHIVE "ICU's static libicuuc.a" libicu-dev)
  nendiff_require(NENDIFF_ICUDATA_ARCHIVE "ICU's static libicudata.a" libicu-dev)
  nendiff_require(NENDIFF_BOOST_FILESYSTEM_ARCHIVE "Boost's static libboost_filesystem.a"
                  libboost-filesystem-dev)
  add_library(nendiff_static_icu INTERFACE)
  target_include_directories(nendiff_static_icu SYSTEM INTERFACE ${ICU_INCLUDE_DIRS})
  target_link_libraries(nendiff_static_icu INTERFACE ${NENDIFF_ICUUC_ARCHIVE} ${NENDIFF_ICUDATA_ARCHIVE}
                        Threads::Threads ${CMAKE_DL_LIBS})
  add_library(nendiff_static_boost_filesystem INTERFACE)
  target_include_directories(nendiff_static_boost_filesystem SYSTEM INTERFACE ${Boost_INCLUDE_DIRS})
  target_link_libraries(nendiff_static_boost_filesystem INTERFACE ${NENDIFF_BOOST_FILESYSTEM_ARCHIVE})
  set(static "$<BOOL:$<TARGET_PROPERTY:NENDIFF_STATIC_RUNTIME>>")
  set(NENDIFF_ICU "$<BUILD_INTERFACE:$<IF:${static},nendiff_static_icu,ICU::uc>>"
                  "$<INSTALL_INTERFACE:ICU::uc>")
  set(NENDIFF_BOOST_FILESYSTEM
      "$<BUILD_INTERFACE:$<IF:${static},nendiff_static_boost_filesystem,Boost::filesystem>>"
      "$<INSTALL_INTERFACE:Boost::filesystem>")
endif()

find_package(CLI11 CONFIG QUIET)
nendiff_require(CLI11_FOUND "CLI11" libcli11-dev)


# Linked by full path (not PkgConfig::), so the exported target needs no pkg-config.
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
  pkg_check_modules(XLSXWRITER QUIET xlsxwriter)
endif()
nendiff_require(XLSXWRITER_FOUND "libxlsxwriter (pkg-config xlsxwriter)" libxlsxwriter-dev)

# The PDF and Word readers (src/input_pdf.cpp, src/input_docx.cpp).
nendiff_require(PKG_CONFIG_FOUND "pkg-config" pkg-config)
# poppler's core API (PDFDoc, TextOutputDev): its headers come with the
# private development package; its C++ API copied the cross-reference table
# for every page it read (src/read/pdf.cpp).
pkg_check_modules(POPPLER QUIET poppler)
find_path(POPPLER_CORE_INCLUDE_DIR TextOutputDev.h HINTS ${POPPLER_INCLUDE_DIRS} PATH_SUFFIXES poppler)
nendiff_require(POPPLER_FOUND "poppler (pkg-config poppler)" libpoppler-dev)
nendiff_require(POPPLER_CORE_INCLUDE_DIR "poppler's core headers (TextOutputDev.h)" libpoppler-private-dev)
pkg_check_modules(LIBZIP QUIET libzip)
nendiff_require(LIBZIP_FOUND "libzip (pkg-config libzip)" libzip-dev)
pkg_check_modules(PUGIXML QUIET pugixml)
nendiff_require(PUGIXML_FOUND "pugixml (pkg-config pugixml)" libpugixml-dev)
# Web pages are read with libxml2's HTML parser (src/read/html.cpp).
pkg_check_modules(LIBXML2 QUIET libxml-2.0)
nendiff_require(LIBXML2_FOUND "libxml2 (pkg-config libxml-2.0)" libxml2-dev)

# The PDF 新旧対照表 is typeset with Pango and Cairo (src/report/pdf_writer.cpp).
pkg_check_modules(PANGOCAIRO QUIET pangocairo cairo-pdf)
nendiff_require(PANGOCAIRO_FOUND "Pango and Cairo (pkg-config pangocairo cairo-pdf)"
                "libpango1.0-dev libcairo2-dev")

find_path(TOMLPLUSPLUS_INCLUDE_DIR toml++/toml.h)
nendiff_require(TOMLPLUSPLUS_INCLUDE_DIR "toml++ (profile files)" libtomlplusplus-dev)

find_path(DTL_INCLUDE_DIR dtl/dtl.hpp)
nendiff_require(DTL_INCLUDE_DIR "dtl (diff template library)" libdtl-dev)

if(NENDIFF_BUILD_TESTS)
  find_package(GTest QUIET)
  nendiff_require(GTest_FOUND "GoogleTest" libgtest-dev)
endif()

# The tests and fuzzers read the JSON reports back with nlohmann/json; the
# library writes them with RapidJSON alone.
if(NENDIFF_BUILD_TESTS OR NENDIFF_BUILD_FUZZERS)
  find_package(nlohmann_json 3.2 CONFIG QUIET)
  nendiff_require(nlohmann_json_FOUND "nlohmann/json" nlohmann-json3-dev)
endif()

# RapidJSON's streaming writer prints every JSON report (src/report/json_writer.cpp).
find_path(RAPIDJSON_INCLUDE_DIR rapidjson/prettywriter.h)
nendiff_require(RAPIDJSON_INCLUDE_DIR "RapidJSON" rapidjson-dev)
