#include "text/unicode_tables.hpp"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uversion.h>

#include <cstring>
#include <string>

#include "nendiff/error.hpp"

namespace nendiff::text {
namespace {

struct CodeRange {
  UChar32 first, last;
};

#include "text/unicode_tables.inc"  // kTablesIcuVersion, kStays, kDecimalDigits, kSeparators

template <size_t N>
icu::UnicodeSet from_table(const CodeRange (&ranges)[N]) {
  icu::UnicodeSet set;
  for (const CodeRange& r : ranges) set.add(r.first, r.last);
  return set;
}

icu::UnicodeSet with_property(UProperty property, int32_t value) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeSet set;
  set.applyIntPropertyValue(property, value, status);
  if (U_FAILURE(status)) throw Error(std::string("ICU set error: ") + u_errorName(status));
  return set;
}

}  // namespace

namespace detail {

icu::UnicodeSet stays_from_properties() {
  icu::UnicodeSet set = with_property(UCHAR_NFKC_QUICK_CHECK, UNORM_YES);
  set.retainAll(with_property(UCHAR_CANONICAL_COMBINING_CLASS, 0));
  return set;
}

icu::UnicodeSet decimal_digits_from_properties() {
  return with_property(UCHAR_GENERAL_CATEGORY_MASK, U_GC_ND_MASK);
}

icu::UnicodeSet separators_from_properties() {
  return with_property(UCHAR_GENERAL_CATEGORY_MASK, U_GC_ZS_MASK | U_GC_ZL_MASK | U_GC_ZP_MASK);
}

const char* tables_icu_version() { return kTablesIcuVersion; }

// The version the program was built against and the one it runs with.
bool tables_match_icu() {
  UVersionInfo running;
  u_getVersion(running);
  char version[U_MAX_VERSION_STRING_LENGTH];
  u_versionToString(running, version);
  return std::strcmp(version, kTablesIcuVersion) == 0 && std::strcmp(U_ICU_VERSION, kTablesIcuVersion) == 0;
}

}  // namespace detail

icu::UnicodeSet stays_set() {
  return detail::tables_match_icu() ? from_table(kStays) : detail::stays_from_properties();
}

icu::UnicodeSet decimal_digit_set() {
  return detail::tables_match_icu() ? from_table(kDecimalDigits) : detail::decimal_digits_from_properties();
}

icu::UnicodeSet separator_set() {
  return detail::tables_match_icu() ? from_table(kSeparators) : detail::separators_from_properties();
}

}  // namespace nendiff::text
