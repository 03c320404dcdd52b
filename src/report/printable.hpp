// Internal: text from documents and file names made safe to show. A document
// or a file name may hold anything: terminal escapes (ESC ] 0;… BEL retitles a
// window, ESC [2J clears the screen), line breaks that forge a line of output,
// bidi overrides that show text in another order, bytes that are not UTF-8.
// Every text-like view (text, Markdown, CSV, HTML, the command line's
// messages) passes such text through printable(), and the JSON writer escapes
// the same characters its own way; the document model keeps the text verbatim.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace nendiff::detail {

enum class LineBreaks { escaped, kept };

// A character that must not reach a reader as it is: a code point, or one byte
// that is not part of valid UTF-8.
struct Unsafe {
  char32_t code = 0;
  bool stray_byte = false;  // `code` is the byte
};

// `text` in order: `plain` for each stretch that may be shown as it is,
// `unsafe` for each character between them: C0 controls but tab (and line feed
// where `breaks` keeps it: CSV cells may hold lines), DEL, C1 controls, the bidi controls (U+061C,
// U+200E/F, U+202A–U+202E, U+2066–U+2069), the line and paragraph separators
// U+2028/9, and stray bytes.
void split_unsafe(std::string_view text, LineBreaks breaks,
                  const std::function<void(std::string_view)>& plain,
                  const std::function<void(Unsafe)>& unsafe);

// True when the only unsafe characters of `text` (line feeds escaped) are C0
// controls, which a JSON string escapes by itself. One pass, nothing called
// per character: the JSON writer asks it of every string.
bool only_controls_unsafe(std::string_view text);

// `text` with each unsafe character written as an escape: \x1b for a control
// below U+0080 and for a stray byte (\xff), \u202e for the others. Backslashes
// stay as they are, so printable(printable(t)) == printable(t).
std::string printable(std::string_view text, LineBreaks breaks = LineBreaks::escaped);

}  // namespace nendiff::detail
