// Internal to the Word module: list numbering. Word keeps a list paragraph's
// number or bullet in numbering.xml (and in the paragraph styles of
// styles.xml), not in its text; these put 「1.」「(2)」「①」「・」 back in front.
#pragma once

#include <array>
#include <map>
#include <string>

#include "read/docx_parts.hpp"

namespace nendiff::detail {

// A list level (w:lvl).
struct Level {
  std::string format = "decimal";  // w:numFmt: bullet, decimal, decimalEnclosedCircle …
  std::string text;                // w:lvlText: 「%1.」「(%2)」「・」
  int start = 1;
  bool space = true;               // a tab or space follows the number (w:suff)
};

using Levels = std::map<int, Level>;  // by w:ilvl, 0–8

// A list (w:num): an abstract list's levels with the list's overrides. Word
// counts on across lists of the same abstract list unless one restarts.
struct List {
  Levels levels;
  std::string counter;  // lists sharing a counter continue each other's numbers
};

// A paragraph's list membership: list id and level.
struct ListRef {
  std::string num_id;
  int level = -1;  // -1: not given here
};

// styles.xml: list styles (「List Bullet」) number their paragraphs themselves.
struct Style {
  ListRef list;
  std::string based_on;
};

struct Styles {
  std::map<std::string, Style> by_id;
  std::string default_paragraph;
};

std::map<std::string, List> read_lists(const Part& numbering);
Styles read_styles(const Part& styles);

// Counts list paragraphs, in document order, and writes their labels.
class ListCounter {
 public:
  ListCounter(std::map<std::string, List> lists, Styles styles)
      : lists_(std::move(lists)), styles_(std::move(styles)) {}

  // The label of a paragraph with properties `ppr`, "" when it is no list item.
  std::string label(const Names& w, const pugi::xml_node& ppr);

 private:
  ListRef resolve(const Names& w, const pugi::xml_node& ppr) const;
  static std::string expand(const std::string& pattern, Levels& levels,
                            const std::array<int, 9>& count);

  std::map<std::string, List> lists_;
  Styles styles_;
  std::map<std::string, std::array<int, 9>> counts_;
};

}  // namespace nendiff::detail
