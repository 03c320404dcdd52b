// Internal: the Unicode sets every run needs at its start, from tables made
// once from ICU (scripts/gen-unicode-tables) rather than from ICU's character
// properties, which cost 0.7 ms of every run (more than a tenth of a small
// comparison, and both editions' threads wait for them). A table is used only
// when the ICU the program runs with is the one it was made from; with any
// other the sets are made from the properties, as the tables were.
#pragma once

#include <unicode/uniset.h>

#include <cstddef>

namespace nendiff::text {

// What NFKC leaves as it is (quick check Yes) and composes with nothing
// before it (combining class 0).
icu::UnicodeSet stays_set();
// General category Nd.
icu::UnicodeSet decimal_digit_set();
// General categories Zs, Zl and Zp.
icu::UnicodeSet separator_set();

namespace detail {

// The same from ICU's character properties (what the tables hold).
icu::UnicodeSet stays_from_properties();
icu::UnicodeSet decimal_digits_from_properties();
icu::UnicodeSet separators_from_properties();

// The tables' ICU version ("72.1"), and whether the ICU in use is that one.
const char* tables_icu_version();
bool tables_match_icu();

}  // namespace detail
}  // namespace nendiff::text
