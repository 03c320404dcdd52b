// Internal: a spreadsheet cell's number as Excel shows it. A sheet stores a
// number bare (「45383」, 「1234567」, 「0.125」) and says how to show it by a
// number format: 「2024/4/1」, 「令和6年4月1日」, 「1,234,567円」, 「12.5%」. A
// reviewer reads, and a report quotes, what is shown.
#pragma once

#include <string>
#include <string_view>

namespace nendiff::detail {

// The code of built-in number format `id` as Excel shows it in Japan (14 is
// 「yyyy/m/d」, 28 「ggge"年"m"月"d"日"」); "General" for an id it does not know.
std::string builtin_number_format(int id);

// `value`, a cell's stored number, shown as format `code` shows it: digits
// grouped, decimals rounded, percentages, text around the number, and dates
// and times (a date is a day count in the 1900 date system, or the 1904 one).
// General shows up to 15 significant digits. A value that is no number, or a
// code nendiff cannot show (fractions, exponents), gives General's form.
std::string shown_number(std::string_view value, std::string_view code, bool date1904 = false);

}  // namespace nendiff::detail
