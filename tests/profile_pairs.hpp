// Pairs of editions in layouts other than a follow-up's, for the report tests:
// a small law (an article rewritten, one added, one renumbered, a change in
// the text outside the articles), the sample outline pair, and plain text no
// profile explains (read paragraph by paragraph).
#pragma once

#include <string>

#include "nendiff/compare.hpp"
#include "nendiff/parse.hpp"
#include "test_support.hpp"

namespace nendiff::test {

inline const std::string kLawOld =
    "会社法\n（平成十七年法律第八十六号）\n\n第一章　総則\n\n"
    "（趣旨）\n第一条　会社の設立、組織、運営及び管理については、この法律の定めるところによる。\n\n"
    "（定義）\n第二条　この法律において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。\n"
    "一　会社　株式会社をいう。\n\n"
    "（商号）\n第三条　会社は、その名称を商号とする。\n";
inline const std::string kLawNew =
    "会社法\n（平成十七年法律第八十六号・令和二年改正）\n\n第一章　総則\n\n"
    "（趣旨）\n第一条　会社の設立、組織、運営及び管理については、他の法律に特別の定めがある場合を除く"
    "ほか、この法律の定めるところによる。\n\n"
    "（定義）\n第二条　この法律において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。\n"
    "一　会社　株式会社をいう。\n\n"
    "（法人格）\n第二条の二　会社は、法人とする。\n\n"
    "（商号）\n第四条　会社は、その名称を商号とする。\n";

inline const std::string kPlainOld =
    "これは最初の段落です。内容を説明します。\n\n"
    "二つ目の段落では、予算は100万円とします。\n\n"
    "三つ目の段落は削除されます。\n";
inline const std::string kPlainNew =
    "これは最初の段落です。内容を詳しく説明します。\n\n"
    "二つ目の段落では、予算は120万円とします。\n\n"
    "新しい段落を追加しました。\n";

// Parsed together, as `nendiff compare` parses them.
inline Comparison pair_of(const std::string& old_text, const std::string& new_text) {
  std::vector<Document> both =
      parse_editions({{old_text, "UTF-8"}, {new_text, "UTF-8"}}, {"old.txt", "new.txt"});
  return compare(std::move(both[0]), std::move(both[1]));
}

inline Comparison law_pair() { return pair_of(kLawOld, kLawNew); }
inline Comparison generic_pair() { return pair_of(kPlainOld, kPlainNew); }
inline Comparison outline_pair() {
  std::vector<Document> both = load_editions(
      {sample_path("outline/iryo-dx-ronten-v1.md"), sample_path("outline/iryo-dx-ronten-v2.md")});
  return compare(std::move(both[0]), std::move(both[1]));
}

}  // namespace nendiff::test
