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

find_package(nlohmann_json 3.2 CONFIG QUIET)
nendiff_require(nlohmann_json_FOUND "nlohmann/json" nlohmann-json3-dev)

find_path(DTL_INCLUDE_DIR dtl/dtl.hpp)
nendiff_require(DTL_INCLUDE_DIR "dtl (diff template library)" libdtl-dev)

if(NENDIFF_BUILD_TESTS)
  find_package(GTest QUIET)
  nendiff_require(GTest_FOUND "GoogleTest" libgtest-dev)
endif()
