#include "text/normalize.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uniset.h>
#include <unicode/bytestream.h>

#include <functional>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <iterator>
#include <memory>
#include <utility>

#include "nendiff/error.hpp"
#include "text/char_span.hpp"
#include "text/unicode_tables.hpp"
#include "text/utf8.hpp"
#include "text/script.hpp"
#include "text/unicode.hpp"

namespace nendiff::text {
namespace {

// NFKC, but leaving alone the marks NFKC would flatten into plain digits:
// circled numbers (level-3 headings) and superscript digits (footnote markers).
const icu::Normalizer2& width_folder() {
  static const icu::Normalizer2* folder = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status)) throw Error(std::string("ICU NFKC unavailable: ") + u_errorName(status));
    static icu::UnicodeSet folded(
        icu::UnicodeString(u"[^\\u2460-\\u2473\\u00B2\\u00B3\\u00B9\\u2070-\\u209F]"), status);
    folded.freeze();
    static icu::FilteredNormalizer2 filtered(*nfkc, folded);
    if (U_FAILURE(status)) throw Error(std::string("ICU set error: ") + u_errorName(status));
    return &filtered;
  }();
  return *folder;
}

bool is_space(UChar32 c) { return c == u' ' || c == u'\t' || u_isUWhiteSpace(c); }

// CJK radical supplement forms that stand alone for a kanji, as PDF text
// layers give them (「⻑期」 for 「長期」); NFKC folds the Kangxi radicals (⽣ ⾏)
// and compatibility ideographs (and ⺟), but not these. From the UCD's
// EquivalentUnifiedIdeograph.txt, the ones Japanese text uses; sorted.
constexpr std::pair<UChar32, UChar32> kRadicalForms[] = {
    {0x2EA0, 0x6C11},  // ⺠ 民
    {0x2EC4, 0x897F},  // ⻄ 西
    {0x2ED1, 0x9577},  // ⻑ 長
    {0x2ED8, 0x9752},  // ⻘ 青
    {0x2EDD, 0x98DF},  // ⻝ 食
    {0x2EE4, 0x9B3C},  // ⻤ 鬼
    {0x2EE9, 0x9EC4},  // ⻩ 黄
    {0x2EEB, 0x6589},  // ⻫ 斉
    {0x2EED, 0x6B6F},  // ⻭ 歯
    {0x2EEF, 0x7ADC},  // ⻯ 竜
    {0x2EF2, 0x4E80},  // ⻲ 亀
};

// Characters that stand for the same thing in this document family.
UChar32 unify(UChar32 c) {
  if (c >= 0x2E80 && c <= 0x2EFF) {
    auto form = std::lower_bound(std::begin(kRadicalForms), std::end(kRadicalForms),
                                 std::make_pair(c, UChar32{0}));
    return form != std::end(kRadicalForms) && form->first == c ? form->second : c;
  }
  switch (c) {
    case 0x301C: return u'~';   // WAVE DASH 〜 as a range mark, like ～ (→ ~ by NFKC)
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212: return u'-';
    default: return c;
  }
}

// What normalize_line does more with than copy: white space, what unify()
// rewrites, and U+FFFD (ICU's span stops at ill-formed bytes as if at U+FFFD:
// they are written anew, as U+FFFD). Between them lie stretches that are
// copied as they are, found by ICU's span, which is faster than asking for
// the properties of one character after another.
const icu::UnicodeSet& notable() {
  static const icu::UnicodeSet& set = [] {
    icu::UnicodeSet* s = character_classes().white_space.cloneAsThawed();  // never freed
    s->add(0x301C).add(0x2010, 0x2013).add(0x2212).add(0xFFFD);
    for (const auto& [form, kanji] : kRadicalForms) s->add(form);
    s->freeze();
    return std::cref(*s);
  }();
  return set;
}

// The characters NFKC leaves as they are (quick check Yes) and that compose
// with nothing before them (combining class 0): a stretch of these is folded
// as it stands, whatever comes after (kana and Latin letters may compose with
// a mark after them, but such a mark is not one of these).
const icu::UnicodeSet& stays() {
  static const icu::UnicodeSet& set = [] {
    auto* s = new icu::UnicodeSet(stays_set());  // never freed
    s->freeze();
    return std::cref(*s);
  }();
  return set;
}

// What tidy() copies as it stands from a line not yet folded: most of a line.
const icu::UnicodeSet& unfolded() {
  static const icu::UnicodeSet& set = [] {
    icu::UnicodeSet* s = stays().cloneAsThawed();  // never freed
    s->removeAll(notable()).freeze();
    return std::cref(*s);
  }();
  return set;
}

// stays(), a character at a time (every character a span stops at).
bool stays_alone(UChar32 c) {
  static const CharSpan span(stays(), USET_SPAN_CONTAINED);
  return span.goes_on(c);
}

// Width folding straight from UTF-8 to UTF-8 (no UTF-16 detour: this runs on
// every line of both editions).
std::string fold(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  icu::StringByteSink<std::string> sink(&out);
  UErrorCode status = U_ZERO_ERROR;
  width_folder().normalizeUTF8(0, icu::StringPiece(line.data(), static_cast<int32_t>(line.size())),
                               sink, nullptr, status);
  if (U_FAILURE(status)) return std::string(line);
  return out;
}

// What folding makes of `c` whatever stands around it, or -1 where that takes
// folding the line: full-width ASCII (「（」「：」「Ａ」, NFKC's most common
// change in Japanese text) becomes ASCII, which composes with nothing before
// it; a character of stays(), or one folding is kept from (①), stays. U+FFFD
// may stand for ill-formed bytes, which only folding rewrites.
UChar32 folded_alone(UChar32 c) {
  if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFEE0;
  if (c == 0xFFFD || !(stays_alone(c) || width_folder().isInert(c))) return -1;
  return c;
}

// One code point's UTF-8, in a buffer of its own.
struct Utf8Char {
  char bytes[U8_MAX_LENGTH];
  int32_t length = 0;
  operator std::string_view() const { return {bytes, static_cast<size_t>(length)}; }
};
Utf8Char utf8_of(UChar32 c) {
  Utf8Char u;
  U8_APPEND_UNSAFE(u.bytes, u.length, c);
  return u;
}

// The last code point of `s`.
UChar32 last_char(std::string_view s) {
  int32_t i = static_cast<int32_t>(s.size());
  UChar32 c;
  U8_PREV_OR_FFFD(s.data(), 0, i, c);
  return c;
}

// Skips the run of spaces at i. It stays, as one space, in fold_line's form
// when it stands inside the line, and in normalize_line's only when it also
// stands between two non-CJK characters ("DASH for SaMD"). `kept` is the text
// written so far: either form, for they differ in spaces alone.
struct SpaceKept {
  bool inside = false;
  bool between_words = false;
};
SpaceKept skip_spaces(std::string_view line, size_t& i, std::string_view kept) {
  size_t end = i;
  for (size_t next = i; next < line.size() && is_space(unify(next_char(line, next)));)
    end = next;
  i = end;
  if (kept.empty() || i == line.size()) return {};  // leading or trailing
  size_t after = i;
  const UChar32 c = next_char(line, after), folded = folded_alone(c);  // as in either line
  return {true, !is_cjk(static_cast<char32_t>(last_char(kept))) &&
                    !is_cjk(static_cast<char32_t>(unify(folded < 0 ? c : folded)))};
}

// Unifies marks and handles spaces in one pass over `line`, writing
// normalize_line's form into `normalized` and fold_line's into `spaced` (each
// when given): ordinary stretches are copied whole, notable characters one by
// one. A line not yet `folded` is taken only if it needs no folding beyond
// what folded_alone() tells: false, with the forms left half-written, if it
// does.
bool tidy(std::string_view line, bool folded, std::string* normalized, std::string* spaced) {
  static const CharSpan ordinary_span(notable(), USET_SPAN_NOT_CONTAINED);
  static const CharSpan unfolded_span(unfolded(), USET_SPAN_CONTAINED);
  const CharSpan& copied = folded ? ordinary_span : unfolded_span;
  for (std::string* out : {normalized, spaced})
    if (out) out->reserve(line.size());
  auto write = [&](std::string_view piece) {
    if (normalized) normalized->append(piece);
    if (spaced) spaced->append(piece);
  };
  const std::string& kept = normalized ? *normalized : *spaced;
  for (size_t i = 0; i < line.size();) {
    const size_t plain = copied(line.substr(i));
    write(line.substr(i, plain));
    i += plain;
    if (i == line.size()) break;
    size_t next = i;
    UChar32 c = next_char(line, next);
    if (!folded && !is_space(c) && (c = folded_alone(c)) < 0) return false;
    c = unify(c);
    if (is_space(c)) {
      const SpaceKept space = skip_spaces(line, i, kept);
      if (normalized && space.between_words) normalized->push_back(' ');
      if (spaced && space.inside) spaced->push_back(' ');
    } else {
      write(utf8_of(c));  // unified, or U+FFFD for ill-formed bytes
      i = next;
    }
  }
  return true;
}

// tidy() on a line, folded first only if it must be.
void fold_and_tidy(std::string_view line, std::string* normalized, std::string* spaced) {
  if (tidy(line, false, normalized, spaced)) return;
  for (std::string* out : {normalized, spaced})
    if (out) out->clear();
  tidy(fold(line), true, normalized, spaced);
}

// fold_line's form is kept only where it differs (LineForms::spaced).
void drop_spaced_if_same(LineForms& forms) {
  if (forms.spaced == forms.normalized) forms.spaced.clear();
}

}  // namespace

std::vector<std::string> split_lines(std::string_view text) {
  const std::vector<std::string_view> views = split_line_views(text);
  return {views.begin(), views.end()};
}

size_t count_ascii(std::string_view text, char ascii) {
  size_t n = 0;
  for (size_t at = text.find(ascii); at != std::string_view::npos; at = text.find(ascii, at + 1)) ++n;
  return n;
}

// The next LF and the next CR are found by memchr and remembered until passed.
std::vector<std::string_view> split_line_views(std::string_view text) {
  std::vector<std::string_view> lines;
  lines.reserve(count_ascii(text, '\n') + 1);  // CR alone: rare
  size_t start = 0, lf = text.find('\n'), cr = text.find('\r');
  while (start < text.size()) {
    if (lf < start) lf = text.find('\n', start);
    if (cr < start) cr = text.find('\r', start);
    const size_t end = std::min(lf, cr);
    if (end == std::string_view::npos) break;
    lines.emplace_back(text.substr(start, end - start));
    start = end + (text.substr(end, 2) == "\r\n" ? 2 : 1);
  }
  if (start < text.size()) lines.emplace_back(text.substr(start));
  return lines;
}

std::string normalize_line(std::string_view line) {
  std::string normalized;
  fold_and_tidy(line, &normalized, nullptr);
  return normalized;
}

std::string fold_character(std::string_view character) {
  size_t end = 0;
  const UChar32 first = next_char(character, end);
  const UChar32 alone = end == character.size() ? folded_alone(first) : -1;
  if (alone >= 0) {  // most characters: no folding to ask ICU for
    const UChar32 c = unify(alone);
    return is_space(c) ? " " : std::string(utf8_of(c));
  }
  const std::string folded = fold(character);
  std::string out;
  for (size_t i = 0; i < folded.size();) {
    const UChar32 c = unify(next_char(folded, i));
    out += is_space(c) ? std::string_view(" ") : std::string_view(utf8_of(c));
  }
  return out;
}

std::string fold_line(std::string_view line) {
  std::string spaced;
  fold_and_tidy(line, nullptr, &spaced);
  return spaced;
}

void line_forms(std::string_view line, LineForms& forms) {
  forms.normalized.clear();
  forms.spaced.clear();
  fold_and_tidy(line, &forms.normalized, &forms.spaced);
  drop_spaced_if_same(forms);
}

LineForms line_forms(std::string_view line) {
  LineForms forms;
  line_forms(line, forms);
  return forms;
}

namespace detail {
LineForms line_forms_folded(std::string_view line) {
  LineForms forms;
  tidy(fold(line), true, &forms.normalized, &forms.spaced);
  drop_spaced_if_same(forms);
  return forms;
}
}  // namespace detail

std::string compare_key(std::string_view normalized) {
  std::string key;
  key.reserve(normalized.size());
  for (char c : normalized)
    if (c != ' ') key.push_back(c);
  return key;
}

}  // namespace nendiff::text
