// The UTF-8 helpers of the text layer that no other test reaches directly.
#include "text/unicode.hpp"

#include <gtest/gtest.h>

#include <string>

namespace nendiff::text {
namespace {

// The PDF reader keeps a word's text up to where poppler's C++ API stopped
// converting it: the first ill-formed sequence (read/pdf.cpp, word_text).
TEST(WellFormedPrefix, StopsBeforeTheFirstIllFormedSequence) {
  const std::string word = "施策①𠮷";  // three bytes, three, four
  EXPECT_EQ(well_formed_prefix(""), 0u);
  EXPECT_EQ(well_formed_prefix(word), word.size());
  EXPECT_EQ(well_formed_prefix("施策\x80①"), 6u);            // a stray continuation byte
  EXPECT_EQ(well_formed_prefix(word.substr(0, 8)), 6u);       // a sequence cut short
  EXPECT_EQ(well_formed_prefix("ab\xC0\xAF"), 2u);            // overlong '/'
  EXPECT_EQ(well_formed_prefix("ab\xED\xA0\x80z"), 2u);       // a surrogate, U+D800
  EXPECT_EQ(well_formed_prefix("ab\xF4\x90\x80\x80"), 2u);    // past U+10FFFF
  EXPECT_EQ(well_formed_prefix("\xEF\xBF\xBF!"), 4u);         // U+FFFF: a noncharacter, well formed
}

}  // namespace
}  // namespace nendiff::text
