// The pair of small editions the report tests share: their differences are
// known (a figure update, a rewritten sentence with a ministry added, a dropped
// and an added measure, the added one full of markup, a measure moved to
// another section).
#pragma once

#include <string>

#include "nendiff/compare.hpp"
#include "nendiff/parse.hpp"

namespace nendiff::test {

inline const std::string kOld =
    "健康・医療戦略の実行状況と今後の取組方針2023（案）\n\n1. "
    "健康長寿社会の形成\n\n(健康経営の推進)\n\n"
    "・「健康経営銘柄2023」として31業種49社を選定した。2023年度以降も健康経営の普及を促進する。【◎"
    "経、厚】\n\n"
    "・医療機器の開発を支援するため、相談窓口を一元化した。2023年度以降も支援を続ける。【◎厚】\n\n"
    "・地域・職域連携推進協議会の設置を推進した。協議会の事業に補助金を交付した。【◎厚】\n\n"
    "・旧年度のみの試行事業を実施した。【◎文】\n\n"
    "2. 研究開発の基盤\n\n(人材の育成)\n\n"
    "・若手研究者の育成を支援した。2023年度以降も公募を継続する。【◎文】\n";

inline const std::string kHostile = "<script>alert(1)</script> \"><img src=x onerror=alert(2)>";

inline const std::string kNew =
    "健康・医療戦略の実行状況と今後の取組方針2024（案）\n\n1. "
    "健康長寿社会の形成\n\n(健康経営の推進)\n\n"
    "・「健康経営銘柄2024」として27業種53社を選定した。2024年度以降も健康経営の普及を促進する。【◎"
    "経、厚】\n\n"
    "・地域・職域連携推進協議会の設置を推進した。協議会の実施する事業に対して補助金を交付した。【◎"
    "厚、総】\n\n"
    "・新規 " +
    kHostile +
    " & 'A,B' *注*_x_ の取組を実施する。【◎経】\n\n"
    "2. 研究開発の基盤\n\n(人材の育成)\n\n"
    "・若手研究者の育成を支援した。2024年度以降も公募を継続する。【◎文】\n\n"
    "・医療機器の開発を支援するため、相談窓口を一元化した。2024年度以降も支援を続ける。【◎厚】\n";

inline Comparison small_pair() { return compare(parse(kOld, "old.txt"), parse(kNew, "new.txt")); }

}  // namespace nendiff::test
