// The made-up editions the stale check's tests share (check_test.cpp,
// check_report_test.cpp).
#pragma once

#include <string>
#include <vector>

#include "nendiff/check.hpp"

namespace nendiff::test {

// A one-measure edition around `sentence`.
inline std::string edition(const std::string& sentence, const std::string& title_year = "2024",
                               const std::string& date = "2024年6月4日", const std::string& tag = "【◎厚】") {
  return "\n健康・医療戦略の実行状況と今後の取組方針" + title_year + "（案）\n\n" + date +
         "\n\n健康・医療戦略推進本部決定\n\n1. 健康長寿社会の形成\n\n（予防・健康づくりの推進）\n\n・" +
         sentence + tag + "\n";
}

// Findings inside measures, as 「reason:text」 strings.
inline std::vector<std::string> in_measures(const std::vector<StaleFinding>& findings) {
  std::vector<std::string> out;
  for (const StaleFinding& f : findings)
    if (f.measure) out.push_back(f.reason + ":" + f.text);
  return out;
}

using Found = std::vector<std::string>;

}  // namespace nendiff::test
