#include "parse/markdown.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdint>

#include "text/normalize.hpp"
#include "text/numerals.hpp"
#include "text/unicode.hpp"
#include "text/utf8.hpp"

namespace nendiff::markdown {
namespace {

bool ascii_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// 「第百二条」「第３条の２」: the text (as written) starts by numbering an article.
bool numbers_an_article(std::string_view text) {
  const std::string_view head = text.substr(0, std::min<size_t>(text.size(), 64));
  const std::u32string start = text::to_u32(text::normalize_line(head));
  size_t end = 0;
  return !start.empty() && start[0] == U'第' && text::provision_number(start, 1, end) > 0 &&
         end < start.size() && start[end] == U'条';
}

// The run of `mark` starting at `at`: its length.
size_t run_at(std::string_view s, size_t at, char mark) {
  size_t n = 0;
  while (at + n < s.size() && s[at + n] == mark) ++n;
  return n;
}

// Where the bracket opened at `open` (its code point `c`) is closed, nested
// pairs of the same kind counted; the byte after the closer, or npos.
size_t after_matching_close(std::string_view s, size_t open, UChar32 c) {
  const UChar32 close = u_getBidiPairedBracket(c);
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  size_t depth = 0;
  for (size_t i = open; i < s.size();) {
    const UChar32 at = text::next_code_point(bytes, i, s.size());
    if (at == c) ++depth;
    else if (at == close && --depth == 0) return i;
  }
  return std::string_view::npos;
}

// An emphasis run of n marks at `at` around a bracketed span: the byte after
// its closing run, or npos. Runs glued to a Latin word or a number are
// arithmetic or names (「2*(3+4)*5」「file_(1)_a」); Japanese text around them
// is not (「する**【◎厚】**」: CommonMark's flanking rules would read that
// literally, but the converters that write it mean the bold run).
size_t bracket_emphasis_end(std::string_view s, size_t at, size_t n) {
  const char mark = s[at];
  if (n > 3 || (at > 0 && (s[at - 1] == mark || s[at - 1] == '\\' || ascii_alnum(s[at - 1]))))
    return std::string_view::npos;
  size_t i = at + n;
  const UChar32 c = text::next_char(s, i);
  if (u_getIntPropertyValue(c, UCHAR_BIDI_PAIRED_BRACKET_TYPE) != U_BPT_OPEN)
    return std::string_view::npos;
  const size_t closed = after_matching_close(s, at + n, c);
  if (closed == std::string_view::npos || run_at(s, closed, mark) != n) return std::string_view::npos;
  const size_t end = closed + n;
  if (end < s.size() && ascii_alnum(s[end])) return std::string_view::npos;
  return end;
}

constexpr std::string_view kMarks = "*_";
constexpr std::string_view kAllButMarks = "!\"#$%&'()+,-./:;<=>?@[\\]^`{|}~";

// `s` with each backslash before one of `escaped` left out, into `out`; and
// one that ends the line, a hard line break (pandoc's), when `breaks`.
bool resolve_escapes(std::string_view s, std::string_view escaped, bool breaks, std::string& out) {
  bool found = false;
  size_t copied = 0;
  for (size_t at = s.find('\\'); at != std::string_view::npos; at = s.find('\\', at + 2)) {
    const bool line_break = at + 1 == s.size();
    if (line_break ? !breaks : escaped.find(s[at + 1]) == std::string_view::npos) continue;
    if (!found) out.clear();
    found = true;
    out.append(s.substr(copied, at - copied));
    copied = at + 1;
  }
  if (found) out.append(s.substr(copied));
  return found;
}

// `s` without the emphasis set around its bracketed spans, into `out`.
bool without_bracket_emphasis(std::string_view s, std::string& out) {
  bool found = false;
  size_t copied = 0;
  for (size_t at = s.find_first_of(kMarks); at != std::string_view::npos; at = s.find_first_of(kMarks, at)) {
    const size_t n = run_at(s, at, s[at]);
    const size_t end = bracket_emphasis_end(s, at, n);
    if (end == std::string_view::npos) {
      at += n;
      continue;
    }
    if (!found) out.clear();
    found = true;
    out.append(s.substr(copied, at - copied)).append(s.substr(at + n, end - 2 * n - at));
    copied = at = end;
  }
  if (found) out.append(s.substr(copied));
  return found;
}

// The footnote reference at `at` (「[^1]」「[^note]」): its end, or npos. One
// that starts the line and a ':' follows defines the footnote instead.
size_t footnote_reference_end(std::string_view s, size_t at) {
  if (s.substr(at, 2) != "[^") return std::string_view::npos;
  size_t end = at + 2;
  while (end < s.size() && (ascii_alnum(s[end]) || s[end] == '-' || s[end] == '_')) ++end;
  if (end == at + 2 || end >= s.size() || s[end] != ']') return std::string_view::npos;
  if (at == 0 && end + 1 < s.size() && s[end + 1] == ':') return std::string_view::npos;
  return end + 1;
}

// `s` without its footnote references, into `out`.
bool without_footnote_references(std::string_view s, std::string& out) {
  bool found = false;
  size_t copied = 0;
  for (size_t at = s.find("[^"); at != std::string_view::npos; at = s.find("[^", at + 1)) {
    const size_t end = footnote_reference_end(s, at);
    if (end == std::string_view::npos) continue;
    if (!found) out.clear();
    found = true;
    out.append(s.substr(copied, at - copied));
    copied = end;
    at = end - 1;
  }
  if (found) out.append(s.substr(copied));
  return found;
}

// Whether `as_read` opens or closes with a run of `mark` that a space
// follows or precedes: a bullet's line (「* 施策を推進する。**【◎厚】**」), or
// marks standing apart, which open or close no emphasis.
bool spaced_run(std::string_view as_read, char mark) {
  const size_t first = as_read.find_first_not_of(" \t");
  const size_t last = as_read.find_last_not_of(" \t");
  if (first == std::string_view::npos) return false;
  const size_t open_end = as_read.find_first_not_of(mark, first);
  const size_t close_start = as_read.find_last_not_of(mark, last);
  auto space = [](char c) { return c == ' ' || c == '\t'; };
  return (open_end != std::string_view::npos && space(as_read[open_end])) ||
         (close_start != std::string_view::npos && space(as_read[close_start]));
}

}  // namespace

int heading_marks(std::string_view s, size_t& text_start) {
  size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  size_t marks = 0;
  while (i + marks < s.size() && s[i + marks] == '#') ++marks;
  if (marks == 0 || marks > kHeadingLevels || i + marks >= s.size() || s[i + marks] != ' ') return 0;
  text_start = i + marks + 1;
  return static_cast<int>(marks);
}

size_t ordered_list_marker(std::string_view raw) {
  constexpr size_t kMaxDigits = 9;  // CommonMark's bound
  size_t digits = 0;
  while (digits < raw.size() && digits < kMaxDigits && raw[digits] >= '0' && raw[digits] <= '9') ++digits;
  const bool marked = digits > 0 && digits + 1 < raw.size() && (raw[digits] == '.' || raw[digits] == ')') &&
                      raw[digits + 1] == ' ';
  return marked ? digits + 1 : 0;
}

size_t inner_heading_mark(std::string_view raw) {
  for (size_t at = raw.find("# "); at != std::string_view::npos; at = raw.find("# ", at + 1)) {
    size_t start = at;
    while (start > 0 && raw[start - 1] == '#') --start;
    if (start > 0 && !ascii_alnum(raw[start - 1]) && raw.find_first_not_of(" \t") < start)
      return start;
  }
  return std::string_view::npos;
}

// A law's article is captioned on the line before its heading by Markdown
// converters; one that dropped the line break ran it into the line above
// (「第七款　設立手続等の特則等*（設立手続等の特則）*」, or the last item of the
// article before).
size_t run_in_caption(std::string_view raw) {
  struct Emphasis {
    std::string_view open, close;
  };
  for (const Emphasis e : {Emphasis{"*（", "）*"}, Emphasis{"_（", "）_"}}) {
    if (raw.size() < e.open.size() + e.close.size() || raw.substr(raw.size() - e.close.size()) != e.close)
      continue;
    const size_t at = raw.rfind(e.open, raw.size() - e.close.size());
    if (at == std::string_view::npos || raw.find_first_not_of(" \t") >= at) continue;
    const size_t inner = at + e.open.size();
    const std::string_view caption = raw.substr(inner, raw.size() - e.close.size() - inner);
    if (caption.find("（") == std::string_view::npos && caption.find("）") == std::string_view::npos) return at;
  }
  return std::string_view::npos;
}

bool article_heading_follows(const std::vector<std::string_view>& raw, size_t i) {
  for (size_t j = i + 1; j < raw.size(); ++j) {
    if (raw[j].find_first_not_of(" \t\r") == std::string_view::npos) continue;
    size_t text_start = 0;
    return heading_marks(raw[j], text_start) > 0 && numbers_an_article(raw[j].substr(text_start));
  }
  return false;
}

std::string_view without_emphasis(std::string_view form, std::string_view as_read) {
  for (const char mark : {'*', '_'}) {
    size_t n = 0;
    while (n < form.size() / 2 && form[n] == mark && form[form.size() - 1 - n] == mark) ++n;
    if (n > 0 && n < 3 && form.size() > 2 * n && !spaced_run(as_read, mark))
      return form.substr(n, form.size() - 2 * n);
  }
  return form;
}

bool inline_text(std::string_view s, std::string& out) {
  // A memchr each: find_first_of tests each byte against the set in a call.
  if (s.find('\\') == std::string_view::npos && s.find('*') == std::string_view::npos &&
      s.find('_') == std::string_view::npos && s.find('[') == std::string_view::npos)
    return false;
  // Escaped marks stay escaped until the emphasis is read: 「\\*(注)\\*」 is no emphasis.
  thread_local std::string resolved, unemphasized, unreferenced;
  std::string_view text = s;
  bool changed = false;
  if (without_footnote_references(text, unreferenced)) text = unreferenced, changed = true;
  if (resolve_escapes(text, kAllButMarks, true, resolved)) text = resolved, changed = true;
  if (without_bracket_emphasis(text, unemphasized)) text = unemphasized, changed = true;
  if (resolve_escapes(text, kMarks, false, out)) return true;
  if (changed) out.assign(text);
  return changed;
}

}  // namespace nendiff::markdown
