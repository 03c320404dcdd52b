// The cells of a table's row as the text layer reads them: a row's number in
// a list's 「No.」 column, a cell's text without the spaces around it.
#include <gtest/gtest.h>

#include "text/cells.hpp"

namespace nendiff::text {
namespace {

TEST(Cells, ARowNumberIsACellThatOnlyNumbersItsRow) {
  for (const auto& [cell, n] : std::vector<std::pair<std::string, int>>{
           {"3", 3}, {"12.", 12}, {"(4)", 4}, {"5)", 5}, {"③", 3}, {"No.7", 7}, {"3-2", 3}, {"10-1-2", 10}})
    EXPECT_EQ(row_number(cell), std::optional<int>(n)) << cell;
  for (const char* cell : {"", "No.", "2024", "3a", "(3", "3年度", "a3", "3-a", "第3", "三", "1.5"})
    EXPECT_EQ(row_number(cell), std::nullopt) << cell;
}

TEST(Cells, ACellsTextLeavesOutTheSpacesAroundIt) {
  EXPECT_EQ(cell_text(" 　薬剤師の　業務 \r"), "薬剤師の　業務");
  EXPECT_EQ(cell_text("　"), "");
  EXPECT_EQ(cell_text("施策"), "施策");
}

}  // namespace
}  // namespace nendiff::text
