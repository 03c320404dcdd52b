// Internal to the year and figure readers (text/years, text/counters,
// text/figures): a normalized text decoded once for scanning numbers.
//
// The text is scanned code point by code point (ICU decodes the UTF-8 and
// classifies characters); every position keeps its byte offset so that a
// mention's raw text is exactly normalized.substr(offset, length).
#pragma once

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace nendiff::text {

using Words = std::initializer_list<std::u32string_view>;

// The input as code points, with the byte offset of each and of the end, and
// the decimal value of each digit (looked up once: every position is asked
// whether it is a digit several times). The buffers are reused from text to
// text, so they may be longer than the text: `count` says how much is in use.
struct Decoded {
  std::string_view source;
  size_t count = 0;              // code points
  std::vector<UChar32> cps;
  std::vector<size_t> bytes;     // count + 1 in use: the end too
  std::vector<int8_t> digits;    // 0–9 for a decimal digit of any script, else -1
  bool has_digit = false;

  size_t size() const { return count; }
  UChar32 at(size_t i) const { return i < count ? cps[i] : 0; }
  bool is_digit(size_t i) const { return i < count && digits[i] >= 0; }
  int digit_value(size_t i) const { return digits[i]; }
  bool has(size_t i, std::u32string_view word) const {
    for (size_t k = 0; k < word.size(); ++k)
      if (at(i + k) != static_cast<UChar32>(word[k])) return false;
    return !word.empty();
  }
  std::string slice(size_t b, size_t e) const { return std::string(view(b, e)); }
  std::string_view view(size_t b, size_t e) const { return source.substr(bytes[b], bytes[e] - bytes[b]); }
  // The code point index at byte `byte` (or the next one after it).
  size_t index_of(size_t byte) const {
    auto end = bytes.begin() + static_cast<std::ptrdiff_t>(count + 1);
    return static_cast<size_t>(std::lower_bound(bytes.begin(), end, byte) - bytes.begin());
  }
};

// Decodes `s` into `t`, reusing its buffers: sentences are decoded one after
// another, and fresh buffers for each cost more than the decoding.
const Decoded& decode(std::string_view s, Decoded& t);
// The decoding buffers of this thread (one set for every caller).
Decoded& thread_buffers();

// Runs scan(text) on `s` decoded, in this thread's buffers. A long text (few
// sentences are) gets buffers of its own, so that they do not stay allocated.
template <typename Scan>
auto with_decoded(std::string_view s, Scan scan) {
  constexpr size_t kLongText = 16 * 1024;
  if (s.size() > kLongText) {
    Decoded own;
    return scan(decode(s, own));
  }
  return scan(decode(s, thread_buffers()));
}

inline bool is_comma(UChar32 c) { return c == u',' || c == 0xFF0C; }
inline bool is_point(UChar32 c) { return c == u'.' || c == 0xFF0E; }
// Range marks: ~ (NFKC of ～), 〜 (survives NFKC), hyphens and en dash.
inline bool is_range_mark(UChar32 c) {
  return c == u'~' || c == 0x301C || c == 0xFF5E || c == u'-' || c == 0x2010 || c == 0x2013;
}

inline size_t digit_run(const Decoded& t, size_t i) {
  while (t.is_digit(i)) ++i;
  return i;
}

inline int digits_value(const Decoded& t, size_t b, size_t e) {
  int v = 0;
  for (size_t i = b; i < e; ++i) v = v * 10 + t.digit_value(i);
  return v;
}

// True when position i is inside a number that started earlier (「3,400」's 4,
// 「2022.03.31」's 03): only a number's first digit starts a mention.
inline bool continues_number(const Decoded& t, size_t i) {
  if (i == 0) return false;
  UChar32 p = t.at(i - 1);
  return t.is_digit(i - 1) || ((is_comma(p) || is_point(p)) && i >= 2 && t.is_digit(i - 2));
}

inline bool starts_number(const Decoded& t, size_t i) {
  return t.is_digit(i) && !continues_number(t, i);
}

// Length of the longest word of `words` at position i (0 if none).
inline size_t longest(const Decoded& t, size_t i, Words words) {
  size_t best = 0;
  for (std::u32string_view w : words)
    if (w.size() > best && t.has(i, w)) best = w.size();
  return best;
}

}  // namespace nendiff::text
