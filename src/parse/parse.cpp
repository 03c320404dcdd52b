// The parser reads an edition line by line. Whether a line starts something
// (a heading, a bullet, a tag) depends on context as well as on its shape: text
// layers of PDFs break paragraphs every ~38 characters and at page ends, so a
// line that merely looks like 「①…」 or 「・…」 continues the paragraph above
// unless that paragraph was closed (a heading, 。 or a tag ended it).
#include "nendiff/parse.hpp"

#include <unicode/uniset.h>
#include <unicode/utf8.h>

#include <optional>

#include "parse/pieces.hpp"
#include "text/brackets.hpp"
#include "text/normalize.hpp"
#include "text/unicode.hpp"
#include "text/years.hpp"

namespace nendiff {
namespace {

using text::ends_with;
using text::starts_with;
using text::to_u32;
using text::to_utf8;

// An input line and its normalized text (what measures and headings keep).
struct InputLine {
  std::string raw, normalized;
};

// The line being read. Its code points are decoded only while it is read:
// at four bytes a character, keeping them for every line would cost more
// than decoding.
struct Line {
  int number = 0;
  std::string_view raw;
  std::string_view normalized;
  std::u32string_view text;  // normalized, as code points: the shape of the line
};

struct HeadingShape {
  int level = 0;
  std::u32string_view label, title;  // parts of the line
};

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_circled(char32_t c) { return c >= 0x2460 && c <= 0x2473; }

// Superscript digits ¹²³⁰…⁹: footnote markers.
const icu::UnicodeSet& superscripts() {
  static const icu::UnicodeSet& set =
      text::make_frozen_set(u"[\\u00B9\\u00B2\\u00B3\\u2070-\\u2079]");
  return set;
}
bool is_superscript(char32_t c) { return superscripts().contains(static_cast<UChar32>(c)); }

// True when UTF-8 `text` holds a superscript digit.
bool has_superscript(std::string_view text) {
  return static_cast<size_t>(superscripts().spanUTF8(text.data(), static_cast<int32_t>(text.size()),
                                                     USET_SPAN_NOT_CONTAINED)) < text.size();
}
// The shape of a heading line, whatever its context.
std::optional<HeadingShape> heading_shape(std::u32string_view s) {
  if (s.empty() || s.size() > 80 || ends_with(s, U"。") || ends_with(s, U"】") ||
      s.find(U'【') != std::u32string::npos)
    return std::nullopt;
  size_t n = 0;
  while (n < s.size() && n < 2 && is_digit(s[n])) ++n;
  if (n > 0 && n < s.size() && s[n] == U'.' && (n + 1 == s.size() || !is_digit(s[n + 1])))
    return HeadingShape{1, s.substr(0, n + 1), s.substr(n + 1)};
  if (s[0] == U'(' && s.size() > 2) {
    size_t d = 1;
    while (d < s.size() && d < 3 && is_digit(s[d])) ++d;
    if (d > 1 && d < s.size() && s[d] == U')' && d + 1 < s.size())
      return HeadingShape{2, s.substr(0, d + 1), s.substr(d + 1)};
    if (text::matching_close(s, 0) == s.size() - 1)
      return HeadingShape{5, U"", s.substr(1, s.size() - 2)};
  }
  if (is_circled(s[0])) return HeadingShape{3, s.substr(0, 1), s.substr(1)};
  if (s[0] == U'○' || s[0] == U'◯') return HeadingShape{4, s.substr(0, 1), s.substr(1)};
  return std::nullopt;
}

// Length of the bullet that opens `s` (「・」, 「-・」), 0 if none.
size_t bullet_length(std::u32string_view s) {
  if (starts_with(s, U"・")) return 1;
  if (starts_with(s, U"-・")) return 2;
  return 0;
}

bool is_tag_only(std::u32string_view s) {
  return starts_with(s, U"【") && ends_with(s, U"】") && s.find(U'】') == s.size() - 1;
}

// A footnote text line starts with its marker: 「¹ …」「※1 …」.
std::u32string_view footnote_marker(std::u32string_view s) {
  size_t n = 0;
  while (n < s.size() && is_superscript(s[n])) ++n;
  if (n > 0) return s.substr(0, n);
  if (starts_with(s, U"※") && s.size() > 1 && is_digit(s[1])) return s.substr(0, 2);
  return {};
}


bool is_date_line(std::u32string_view s) {
  if (s.size() > 24 || !ends_with(s, U"日")) return false;
  return s.find(U'年') != std::u32string::npos && s.find(U'月') != std::u32string::npos;
}

// 「2024年月日」: the month or the day was left blank.
bool date_is_blank(std::u32string_view s) {
  size_t year = s.find(U'年'), month = s.find(U'月');
  bool month_blank = month == year + 1;
  bool day_blank = s.size() >= 2 && s[s.size() - 2] == U'月';
  return month_blank || day_blank;
}

// A paragraph is closed when its last line ends a sentence or a tag.
// A sentence's end followed by a ministry tag whose 】 was lost: 「…を実施す
// る。【◎厚」. The paragraph ended all the same, so the next bullet starts a
// new measure instead of running into this one.
bool ends_in_unclosed_tag(std::u32string_view s) {
  size_t open = s.rfind(U'【');
  if (open == std::u32string::npos || open == 0 || s[open - 1] != U'。') return false;
  std::u32string_view inner = s.substr(open + 1);
  return inner.find(U'】') == std::u32string::npos && looks_like_tag(inner);
}

bool ends_paragraph(std::u32string_view s) {
  return ends_with(s, U"。") || ends_with(s, U"】") || ends_with(s, U"」。") ||
         ends_in_unclosed_tag(s);
}

class Parser {
 public:
  Parser(std::string_view utf8, const std::string& path, const std::string& encoding,
         std::vector<int> line_pages) {
    doc_.path = path;
    doc_.encoding = encoding;
    doc_.line_pages = std::move(line_pages);
    std::vector<std::string> raw = text::split_lines(utf8);
    doc_.line_count = static_cast<int>(raw.size());
    lines_.reserve(raw.size());
    for (std::string& line : raw) {
      std::string normalized = text::normalize_line(line);
      lines_.push_back({std::move(line), std::move(normalized)});
    }
  }

  Document run() {
    std::u32string text;  // one buffer for every line's code points
    for (size_t i = 0; i < lines_.size(); ++i) {
      const InputLine& input = lines_[i];
      if (input.normalized.empty()) {
        blank_before_ = true;
        continue;
      }
      text::to_u32(input.normalized, text);
      take({static_cast<int>(i + 1), input.raw, input.normalized, text});
      blank_before_ = false;
    }
    finish();
    return std::move(doc_);
  }

 private:
  enum class Open { front, heading, measure, footnote };

  void take(const Line& line) {
    const std::u32string_view s = line.text;
    if (closed_) {
      if (size_t b = bullet_length(s)) {
        close_unclosed_tag();
        return start_measure(line, b);
      }
      if (auto h = heading_shape(s); h && heading_confirmed(line)) {
        close_unclosed_tag();
        return add_section(line, *h);
      }
    }
    if (is_tag_only(s)) return close_group(line);
    if (std::u32string_view m = footnote_marker(s); !m.empty() && (closed_ || blank_before_))
      return add_footnote(line, m, s.substr(m.size()));
    continuation(line);
  }

  // A heading stands alone: a blank line, the end, or a new structure follows
  // it. In hard-wrapped text it may first run on for a line or two that end no
  // sentence, but only where no measure still waits for its tag: inside one, a
  // wrapped line that merely starts like 「①…」 runs on into more of it.
  bool heading_confirmed(const Line& line) const {
    constexpr size_t kMaxWrappedLines = 2, kMaxHeadingLength = 80;
    const bool ended = ends_paragraph(line.text) ||  // then nothing wrapped onto it
                       (open_ == Open::measure && group_start_);
    size_t length = line.text.size();
    for (size_t next = static_cast<size_t>(line.number), wrapped = 0;; ++next, ++wrapped) {
      if (next >= lines_.size() || lines_[next].normalized.empty()) return true;
      const std::u32string s = to_u32(lines_[next].normalized);
      if (bullet_length(s) > 0 || heading_shape(s) || is_tag_only(s) || !footnote_marker(s).empty())
        return true;
      length += s.size();
      if (ended || wrapped == kMaxWrappedLines || length > kMaxHeadingLength || ends_paragraph(s))
        return false;
    }
  }

  void continuation(const Line& line) {
    // After a finished footnote and a blank line, the page's measure runs on.
    if (open_ == Open::footnote && closed_ && blank_before_ && !doc_.measures.empty() &&
        !doc_.measures.back().tag)
      open_ = Open::measure;
    switch (open_) {
      case Open::measure:
        // A tag closed the last measure: a paragraph after it is not more of
        // that measure but one of its own, unbulleted, or the document's
        // closing words (「以上」). Page breaks split measures before their tag.
        if (closed_ && blank_before_ && !doc_.measures.empty() && doc_.measures.back().tag &&
            !group_start_)
          return start_measure(line, 0);
        return append_to_measure(line, 0);
      case Open::footnote: {
        Footnote& f = doc_.footnotes.back();
        f.text += line.normalized;
        closed_ = ends_paragraph(line.text);
        return;
      }
      case Open::heading:
        if (!blank_before_) {
          Section& s = doc_.sections.back();
          s.heading += line.normalized;
          s.title += line.normalized;
          return;
        }
        return start_measure(line, 0);  // an unbulleted paragraph under a heading
      case Open::front: return front_matter(line);
    }
  }

  void front_matter(const Line& line) {
    const std::u32string_view s = line.text;
    const std::string text(line.normalized);
    closed_ = true;
    if (doc_.title.empty()) {
      doc_.title = text;
      doc_.title_line = line.number;
      return;
    }
    if (doc_.date_line == 0 && is_date_line(s)) {
      doc_.date_text = text;
      doc_.date_line = line.number;
      doc_.date_blank = date_is_blank(s);
      return;
    }
    if (doc_.body.empty() && s.size() <= 40 &&
        (ends_with(s, U"決定") || ends_with(s, U"了解") || ends_with(s, U"決定。"))) {
      doc_.body = text;
      return;
    }
    doc_.preamble += text;
  }

  void add_section(const Line& line, const HeadingShape& h) {
    while (!stack_.empty() && doc_.sections[stack_.back()].level >= h.level)
      stack_.pop_back();
    Section s;
    s.level = h.level;
    s.heading = line.normalized;
    s.label = to_utf8(h.label);
    s.title = to_utf8(h.title);
    s.line = line.number;
    s.parent = innermost_section();
    stack_.push_back(doc_.sections.size());
    doc_.sections.push_back(std::move(s));
    open_ = Open::heading;
    closed_ = true;
    group_start_.reset();
  }

  std::optional<size_t> innermost_section() const {
    return stack_.empty() ? std::nullopt : std::optional<size_t>(stack_.back());
  }

  std::vector<std::string> section_path() const {
    std::vector<std::string> path;
    for (size_t i : stack_) path.push_back(doc_.sections[i].heading);
    return path;
  }

  // The measure's text starts `skip` code points into the line (after its bullet).
  void start_measure(const Line& line, size_t skip) {
    Measure m;
    m.line = line.number;
    m.end_line = line.number;
    m.section = innermost_section();
    m.section_path = section_path();
    if (!group_start_) group_start_ = doc_.measures.size();
    doc_.measures.push_back(std::move(m));
    open_ = Open::measure;
    append_to_measure(line, skip);
  }

  void append_to_measure(const Line& line, size_t skip) {
    const std::u32string_view text = line.text.substr(skip);
    const size_t skip_bytes = text::utf8_length(line.text.substr(0, skip));
    Measure& m = doc_.measures.back();
    if (!m.original.empty()) m.original += "\n";
    m.original += line.raw;
    m.end_line = line.number;
    m.spans.push_back({m.text.size(), line.number});
    m.text.append(line.normalized, skip_bytes, std::string::npos);
    closed_ = ends_paragraph(text);
    unclosed_tag_line_ = ends_in_unclosed_tag(text) ? line.number : 0;
    take_trailing_tag(m, line.number);
  }

  // 「…。【◎厚」 then a new bullet, heading or the end: the tag lost its 】
  // (a hard-wrapped tag would have gone on with its 】 on the next line). It is
  // cut off and given like a closed one, so that the measure keeps its own
  // ministries rather than borrowing the next measure's tag.
  void close_unclosed_tag() {
    if (unclosed_tag_line_ == 0 || doc_.measures.empty()) return;
    const int line = unclosed_tag_line_;
    unclosed_tag_line_ = 0;
    Measure& m = doc_.measures.back();
    const size_t open = m.text.rfind("【");
    if (open == std::string::npos || !ends_in_unclosed_tag(to_u32(m.text))) return;
    MinistryTag tag = parse_tag(m.text.substr(open));
    tag.line = line;
    m.text.erase(open);
    assign_tag(tag);
  }

  // A measure's text that ends in a ministry tag: cut the tag off and give it
  // to every untagged measure of the group. The text is valid UTF-8, so 【 and
  // 】 are found as what they are, whole characters, without decoding it all.
  void take_trailing_tag(Measure& m, int line_number) {
    constexpr std::string_view kOpen = "【", kClose = "】";
    const std::string_view text = m.text;
    if (text.size() < kClose.size() ||
        text.substr(text.size() - kClose.size()) != kClose)
      return;
    const size_t open = text.rfind(kOpen);
    if (open == std::string_view::npos) return;
    const size_t inner = open + kOpen.size();
    if (!looks_like_tag(to_u32(text.substr(inner, text.size() - kClose.size() - inner)))) return;
    MinistryTag tag = parse_tag(text.substr(open));
    tag.line = line_number;
    m.text.erase(open);
    assign_tag(tag);
  }

  void close_group(const Line& line) {
    closed_ = true;
    unclosed_tag_line_ = 0;
    if (doc_.measures.empty() || !group_start_) return;  // a tag without a measure
    Measure& last = doc_.measures.back();
    last.original += '\n';
    last.original += line.raw;
    MinistryTag tag = parse_tag(line.normalized);
    tag.line = line.number;
    assign_tag(tag);
  }

  void assign_tag(const MinistryTag& tag) {
    if (!group_start_) return;
    const size_t first = *group_start_;
    bool shared = doc_.measures.size() - first > 1;
    for (size_t i = first; i < doc_.measures.size(); ++i) {
      doc_.measures[i].tag = tag;
      doc_.measures[i].tag_shared = shared;
    }
    group_start_.reset();
  }

  void add_footnote(const Line& line, std::u32string_view marker, std::u32string_view text) {
    Footnote f;
    f.marker = to_utf8(marker);
    f.text = to_utf8(text);
    f.line = line.number;
    doc_.footnotes.push_back(std::move(f));
    open_ = Open::footnote;
    closed_ = ends_paragraph(text);
  }

  void finish() {
    close_unclosed_tag();
    for (Measure& m : doc_.measures) {
      strip_footnote_markers(m);
      m.sentences = split_sentences(m.text);
      m.page = doc_.page_of(m.line);
      for (Sentence& s : m.sentences) {
        s.line = m.line_at(s.offset);
        s.page = doc_.page_of(s.line);
      }
    }
    attach_footnotes();
    find_edition_year();
    doc_.draft = doc_.title.find("(案)") != std::string::npos;
  }

  // Footnote markers (¹) stand in the text; comparison should not see them.
  // The text is copied only when it holds one.
  static void strip_footnote_markers(Measure& m) {
    if (!has_superscript(m.text)) return;
    const auto* s = reinterpret_cast<const uint8_t*>(m.text.data());
    std::string kept;
    kept.reserve(m.text.size());
    std::vector<LineSpan> spans;
    size_t span = 0;
    for (size_t byte = 0; byte < m.text.size();) {
      while (span < m.spans.size() && m.spans[span].offset <= byte) {
        spans.push_back({kept.size(), m.spans[span].line});
        ++span;
      }
      const size_t start = byte;
      UChar32 c;
      U8_NEXT_OR_FFFD(s, byte, m.text.size(), c);
      if (!is_superscript(static_cast<char32_t>(c))) kept.append(m.text, start, byte - start);
    }
    m.text = std::move(kept);
    m.spans = std::move(spans);
  }

  void attach_footnotes() {
    for (const Footnote& f : doc_.footnotes) {
      for (auto m = doc_.measures.rbegin(); m != doc_.measures.rend(); ++m) {
        if (m->line > f.line || m->original.find(f.marker) == std::string::npos) continue;
        m->footnotes.push_back(f);
        break;
      }
    }
  }

  // The edition's year, decided here once for every stage: the last year of
  // the title (「…取組方針2024」), else the first of the decision date.
  void find_edition_year() {
    for (const YearMention& y : text::find_years(doc_.title)) doc_.edition_year = y.year;
    if (doc_.edition_year == 0 && !doc_.date_text.empty()) {
      std::vector<YearMention> years = text::find_years(doc_.date_text);
      if (!years.empty()) doc_.edition_year = years.front().year;
    }
  }

  Document doc_;
  std::vector<InputLine> lines_;
  std::vector<size_t> stack_;  // open sections, outermost first
  Open open_ = Open::front;
  bool closed_ = true;         // the last paragraph ended: a new structure may start
  bool blank_before_ = false;  // a blank line stands before the current line
  std::optional<size_t> group_start_;  // first measure still waiting for its tag
  int unclosed_tag_line_ = 0;  // the last line ended in a tag without 】 (「。【◎厚」)
};

}  // namespace

Document parse(const DecodedText& text, const std::string& path) {
  return Parser(text.utf8, path, text.encoding, text.line_pages).run();
}

Document parse(std::string_view utf8, const std::string& path) {
  return Parser(utf8, path, "UTF-8", {}).run();
}

}  // namespace nendiff
