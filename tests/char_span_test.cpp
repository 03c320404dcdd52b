// CharSpan: ICU's span, with a bitmap for the BMP; it must answer as ICU does.
#include "text/char_span.hpp"

#include <gtest/gtest.h>

#include <boost/filesystem.hpp>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "text/unicode.hpp"

namespace nendiff::text {
namespace {

// Every start of `text` (each byte, ill-formed stretches too) spanned both ways.
void expect_spans_as_icu(const icu::UnicodeSet& set, std::string_view text) {
  for (const USetSpanCondition condition : {USET_SPAN_CONTAINED, USET_SPAN_NOT_CONTAINED}) {
    const CharSpan span(set, condition);
    for (size_t at = 0; at < text.size(); ++at) {
      const std::string_view rest = text.substr(at);
      const auto icu = static_cast<size_t>(
          set.spanUTF8(rest.data(), static_cast<int32_t>(rest.size()), condition));
      ASSERT_EQ(span(rest), icu) << "condition " << condition << " at byte " << at;
    }
  }
}

const char kMixed[] =
    "第三百二十五条の二　株式会社は、（Ａ）ABC 2023年度〜①¹ ⻑期 \xF0\x9F\x98\x80𠮷野家"
    "\xE3\x81"          // a three-byte character cut short
    "x\xC0\xAFy\xED\xA0\x80z\xFF\xEF\xBF\xBD。";  // overlong, surrogate, stray, real U+FFFD

// A frozen set of the test's own (make_frozen_set's are kept for the process).
std::unique_ptr<icu::UnicodeSet> frozen(const char16_t* pattern) {
  UErrorCode status = U_ZERO_ERROR;
  auto set = std::make_unique<icu::UnicodeSet>(icu::UnicodeString(pattern), status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  set->freeze();
  return set;
}

TEST(CharSpan, AnswersAsIcuOnMixedAndIllFormedText) {
  expect_spans_as_icu(*frozen(u"[[:Han:][:Hiragana:]]"), kMixed);
  expect_spans_as_icu(*frozen(u"[\\u3002\\uFFFD\\u00B9]"), kMixed);
  expect_spans_as_icu(*frozen(u"[[:Han:]\\U00020BB7]"), kMixed);  // past the BMP
  expect_spans_as_icu(character_classes().white_space, kMixed);
  expect_spans_as_icu(*frozen(u"[]"), kMixed);
}

// The three-byte characters read in place: every lead E0–EF, every second
// byte and third bytes at each edge of the continuation range, alone, cut
// short and followed by more text, against ICU (which makes U+FFFD of the
// ill-formed ones: overlong forms after E0, surrogates after ED).
TEST(CharSpan, AnswersAsIcuOnEveryThreeByteSequence) {
  const std::unique_ptr<icu::UnicodeSet> kana = frozen(u"[[:Hiragana:]\\u3000-\\u303F\\uFFFD]");
  const std::unique_ptr<icu::UnicodeSet> han = frozen(u"[[:Han:]a\\u0800\\uD7FF\\uE000\\uFFFF]");
  for (const icu::UnicodeSet* set : {kana.get(), han.get()})
    for (const USetSpanCondition condition : {USET_SPAN_CONTAINED, USET_SPAN_NOT_CONTAINED}) {
      const CharSpan span(*set, condition);
      for (int lead = 0xE0; lead <= 0xEF; ++lead)
        for (int second = 0; second < 256; ++second)
          for (const int third : {0x00, 0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xE3, 0xFF, -1}) {
            std::string text = "\xE3\x81\x82" "a";  // あa
            text += static_cast<char>(lead);
            text += static_cast<char>(second);
            if (third >= 0) text += static_cast<char>(third);
            text += "\xE3\x81\x84\xE4\xB8\x80" "b";  // い一b
            for (size_t at : {size_t{0}, size_t{4}}) {
              const std::string_view rest = std::string_view(text).substr(at);
              const auto icu = static_cast<size_t>(
                  set->spanUTF8(rest.data(), static_cast<int32_t>(rest.size()), condition));
              ASSERT_EQ(span(rest), icu) << std::hex << lead << " " << second << " " << third;
            }
          }
    }
}

// The bitmap, built a word of 64 characters at a time: every BMP character
// answers as the set does, for ranges inside one word, across words, ending
// on a word's last bit, single characters, the whole BMP and a property's
// thousands of ranges.
TEST(CharSpan, EveryBmpCharacterAnswersAsTheSet) {
  for (const char16_t* pattern : {u"[\\u0041-\\u0043\\u0080\\u00BF-\\u00C0\\u3000-\\u30FF]",
                                  u"[\\u0000-\\uFFFF]", u"[\\u0000]", u"[\\uFFFF]",
                                  u"[\\u0040-\\u007F\\u0100-\\u013F]", u"[:L:]", u"[]"}) {
    const std::unique_ptr<icu::UnicodeSet> set = frozen(pattern);
    for (const USetSpanCondition condition : {USET_SPAN_CONTAINED, USET_SPAN_NOT_CONTAINED}) {
      const CharSpan span(*set, condition);
      for (UChar32 c = 0; c <= 0xFFFF; ++c)
        ASSERT_EQ(span.goes_on(c), set->contains(c) == (condition == USET_SPAN_CONTAINED))
            << "U+" << std::hex << c << " in " << icu::UnicodeString(pattern).length();
    }
  }
}

TEST(CharSpan, AnswersAsIcuOnEverySampleFile) {
  const std::unique_ptr<icu::UnicodeSet> set = frozen(u"[[:Han:][:Katakana:]、。「」（）\\uFFFD]");
  for (const auto& entry : boost::filesystem::directory_iterator(NENDIFF_SAMPLES_DIR)) {
    if (!boost::filesystem::is_regular_file(entry)) continue;
    std::ifstream in(entry.path().string(), std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    const std::string text = bytes.str().substr(0, 6000);  // spanned from every byte: kept short
    SCOPED_TRACE(entry.path().string());
    expect_spans_as_icu(*set, text);
  }
}

}  // namespace
}  // namespace nendiff::text
