// The parser reads an edition line by line. Whether a line starts something
// (a heading, a bullet, a tag) depends on context as well as on its shape: text
// layers of PDFs break paragraphs every ~38 characters and at page ends, so a
// line that merely looks like 「①…」 or 「・…」 continues the paragraph above
// unless that paragraph was closed (a heading, 。 or a tag ended it).
#include "nendiff/parse.hpp"

#include <optional>

#include "nendiff/figures.hpp"
#include "nendiff/normalize.hpp"
#include "unicode.hpp"

namespace nendiff {
namespace {

using detail::ends_with;
using detail::starts_with;
using detail::to_u32;
using detail::to_utf8;

struct Line {
  int number = 0;
  std::string raw;
  std::u32string text;  // normalized
};

struct HeadingShape {
  int level = 0;
  std::u32string label, title;
};

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_circled(char32_t c) { return c >= 0x2460 && c <= 0x2473; }
bool is_superscript(char32_t c) {
  return c == 0xB9 || c == 0xB2 || c == 0xB3 || (c >= 0x2070 && c <= 0x2079);
}
bool is_open_bracket(char32_t c) { return c == U'(' || c == U'[' || c == U'〔'; }
bool is_close_bracket(char32_t c) { return c == U')' || c == U']' || c == U'〕'; }

// Index of the bracket closing the one at `open`, or npos.
size_t matching_close(const std::u32string& s, size_t open) {
  int depth = 0;
  for (size_t i = open; i < s.size(); ++i) {
    if (is_open_bracket(s[i])) ++depth;
    if (is_close_bracket(s[i]) && --depth == 0) return i;
  }
  return std::u32string::npos;
}

// The shape of a heading line, whatever its context.
std::optional<HeadingShape> heading_shape(const std::u32string& s) {
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
    if (matching_close(s, 0) == s.size() - 1)
      return HeadingShape{5, U"", s.substr(1, s.size() - 2)};
  }
  if (is_circled(s[0])) return HeadingShape{3, s.substr(0, 1), s.substr(1)};
  if (s[0] == U'○' || s[0] == U'◯') return HeadingShape{4, s.substr(0, 1), s.substr(1)};
  return std::nullopt;
}

// Length of the bullet that opens `s` (「・」, 「-・」), 0 if none.
size_t bullet_length(const std::u32string& s) {
  if (starts_with(s, U"・")) return 1;
  if (starts_with(s, U"-・")) return 2;
  return 0;
}

bool is_tag_only(const std::u32string& s) {
  return starts_with(s, U"【") && ends_with(s, U"】") && s.find(U'】') == s.size() - 1;
}

// A footnote text line starts with its marker: 「¹ …」「※1 …」.
std::u32string footnote_marker(const std::u32string& s) {
  size_t n = 0;
  while (n < s.size() && is_superscript(s[n])) ++n;
  if (n > 0) return s.substr(0, n);
  if (starts_with(s, U"※") && s.size() > 1 && is_digit(s[1])) return s.substr(0, 2);
  return U"";
}

// The inside of a trailing 【…】 that reads as a ministry tag: short names
// separated by 、 (annotations in brackets aside).
bool looks_like_tag(const std::u32string& inner) {
  if (inner.empty()) return false;
  size_t start = 0;
  while (start <= inner.size()) {
    size_t end = inner.find_first_of(U"、,", start);
    if (end == std::u32string::npos) end = inner.size();
    std::u32string item = inner.substr(start, end - start);
    size_t paren = item.find(U'(');
    if (paren != std::u32string::npos) item = item.substr(0, paren);
    if (item.empty() || item.size() > 12 || item.find(U'。') != std::u32string::npos)
      return false;
    start = end + 1;
  }
  return true;
}

bool is_date_line(const std::u32string& s) {
  if (s.size() > 24 || !ends_with(s, U"日")) return false;
  return s.find(U'年') != std::u32string::npos && s.find(U'月') != std::u32string::npos;
}

// 「2024年月日」: the month or the day was left blank.
bool date_is_blank(const std::u32string& s) {
  size_t year = s.find(U'年'), month = s.find(U'月');
  bool month_blank = month == year + 1;
  bool day_blank = s.size() >= 2 && s[s.size() - 2] == U'月';
  return month_blank || day_blank;
}

// A paragraph is closed when its last line ends a sentence or a tag.
// A sentence's end followed by a ministry tag whose 】 was lost: 「…を実施す
// る。【◎厚」. The paragraph ended all the same, so the next bullet starts a
// new measure instead of running into this one.
bool ends_in_unclosed_tag(const std::u32string& s) {
  size_t open = s.rfind(U'【');
  if (open == std::u32string::npos || open == 0 || s[open - 1] != U'。') return false;
  std::u32string inner = s.substr(open + 1);
  return inner.find(U'】') == std::u32string::npos && looks_like_tag(inner);
}

bool ends_paragraph(const std::u32string& s) {
  return ends_with(s, U"。") || ends_with(s, U"】") || ends_with(s, U"」。") ||
         ends_in_unclosed_tag(s);
}

class Parser {
 public:
  Parser(std::string_view utf8, const std::string& path, const std::string& encoding) {
    doc_.path = path;
    doc_.encoding = encoding;
    std::vector<std::string> raw = split_lines(utf8);
    doc_.line_count = static_cast<int>(raw.size());
    for (size_t i = 0; i < raw.size(); ++i)
      lines_.push_back({static_cast<int>(i + 1), raw[i], to_u32(normalize_line(raw[i]))});
  }

  Document run() {
    for (size_t i = 0; i < lines_.size(); ++i) {
      const Line& line = lines_[i];
      if (line.text.empty()) {
        blank_before_ = true;
        continue;
      }
      take(line);
      blank_before_ = false;
    }
    finish();
    return std::move(doc_);
  }

 private:
  enum class Open { front, heading, measure, footnote };

  void take(const Line& line) {
    const std::u32string& s = line.text;
    if (closed_) {
      if (size_t b = bullet_length(s)) {
        close_unclosed_tag();
        return start_measure(line, s.substr(b));
      }
      if (auto h = heading_shape(s); h && heading_confirmed(line)) {
        close_unclosed_tag();
        return add_section(line, *h);
      }
    }
    if (is_tag_only(s)) return close_group(line, s);
    if (std::u32string m = footnote_marker(s); !m.empty() && (closed_ || blank_before_))
      return add_footnote(line, m, s.substr(m.size()));
    continuation(line);
  }

  // A heading stands alone: a blank line, the end, or a new structure follows it.
  // A wrapped line that merely starts like 「①…」 runs on into more text.
  bool heading_confirmed(const Line& line) const {
    size_t next = static_cast<size_t>(line.number);  // index of the following line
    if (next >= lines_.size() || lines_[next].text.empty()) return true;
    const std::u32string& s = lines_[next].text;
    return bullet_length(s) > 0 || heading_shape(s) || is_tag_only(s) ||
           !footnote_marker(s).empty();
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
            group_start_ < 0)
          return start_measure(line, line.text);
        return append_to_measure(line, line.text);
      case Open::footnote: {
        Footnote& f = doc_.footnotes.back();
        f.text += to_utf8(line.text);
        closed_ = ends_paragraph(line.text);
        return;
      }
      case Open::heading:
        if (!blank_before_) {
          Section& s = doc_.sections.back();
          s.heading += to_utf8(line.text);
          s.title += to_utf8(line.text);
          return;
        }
        return start_measure(line, line.text);  // an unbulleted paragraph under a heading
      case Open::front: return front_matter(line);
    }
  }

  void front_matter(const Line& line) {
    const std::u32string& s = line.text;
    std::string text = to_utf8(s);
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
    while (!stack_.empty() && doc_.sections[static_cast<size_t>(stack_.back())].level >= h.level)
      stack_.pop_back();
    Section s;
    s.level = h.level;
    s.heading = to_utf8(line.text);
    s.label = to_utf8(h.label);
    s.title = to_utf8(h.title);
    s.line = line.number;
    s.parent = stack_.empty() ? -1 : stack_.back();
    stack_.push_back(static_cast<int>(doc_.sections.size()));
    doc_.sections.push_back(std::move(s));
    open_ = Open::heading;
    closed_ = true;
    group_start_ = -1;
  }

  std::vector<std::string> section_path() const {
    std::vector<std::string> path;
    for (int i : stack_) path.push_back(doc_.sections[static_cast<size_t>(i)].heading);
    return path;
  }

  void start_measure(const Line& line, const std::u32string& text) {
    Measure m;
    m.line = line.number;
    m.end_line = line.number;
    m.section = stack_.empty() ? -1 : stack_.back();
    m.section_path = section_path();
    if (group_start_ < 0) group_start_ = static_cast<int>(doc_.measures.size());
    doc_.measures.push_back(std::move(m));
    open_ = Open::measure;
    append_to_measure(line, text);
  }

  void append_to_measure(const Line& line, const std::u32string& text) {
    Measure& m = doc_.measures.back();
    if (!m.original.empty()) m.original += "\n";
    m.original += line.raw;
    m.end_line = line.number;
    m.spans.push_back({m.text.size(), line.number});
    m.text += to_utf8(text);
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
  // to every untagged measure of the group.
  void take_trailing_tag(Measure& m, int line_number) {
    if (m.text.size() < 3 || m.text.compare(m.text.size() - 3, 3, "】") != 0) return;
    std::u32string text = to_u32(m.text);
    size_t open = text.rfind(U'【');
    if (open == std::u32string::npos) return;
    std::u32string inner = text.substr(open + 1, text.size() - open - 2);
    if (!looks_like_tag(inner)) return;
    m.text = to_utf8(text.substr(0, open));
    MinistryTag tag = parse_tag(to_utf8(text.substr(open)));
    tag.line = line_number;
    assign_tag(tag);
  }

  void close_group(const Line& line, const std::u32string& s) {
    closed_ = true;
    unclosed_tag_line_ = 0;
    if (doc_.measures.empty() || group_start_ < 0) return;  // a tag without a measure
    Measure& last = doc_.measures.back();
    last.original += "\n" + line.raw;
    MinistryTag tag = parse_tag(to_utf8(s));
    tag.line = line.number;
    assign_tag(tag);
  }

  void assign_tag(const MinistryTag& tag) {
    if (group_start_ < 0) return;
    size_t first = static_cast<size_t>(group_start_);
    bool shared = doc_.measures.size() - first > 1;
    for (size_t i = first; i < doc_.measures.size(); ++i) {
      doc_.measures[i].tag = tag;
      doc_.measures[i].tag_shared = shared;
    }
    group_start_ = -1;
  }

  void add_footnote(const Line& line, const std::u32string& marker, const std::u32string& text) {
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
      for (Sentence& s : m.sentences) s.line = m.line_at(s.offset);
    }
    attach_footnotes();
    find_edition_year();
    doc_.draft = doc_.title.find("(案)") != std::string::npos;
  }

  // Footnote markers (¹) stand in the text; comparison should not see them.
  static void strip_footnote_markers(Measure& m) {
    // Superscripts are U+00B2/B3/B9 and U+2070…2079: lead bytes C2 and E2.
    if (m.text.find_first_of("\xC2\xE2") == std::string::npos) return;
    std::u32string text = to_u32(m.text);
    std::u32string kept;
    std::vector<LineSpan> spans;
    size_t span = 0, byte = 0, kept_bytes = 0;
    for (char32_t c : text) {
      while (span < m.spans.size() && m.spans[span].offset <= byte) {
        spans.push_back({kept_bytes, m.spans[span].line});
        ++span;
      }
      size_t len = detail::utf8_length(std::u32string_view(&c, 1));
      byte += len;
      if (is_superscript(c)) continue;
      kept.push_back(c);
      kept_bytes += len;
    }
    if (kept.size() == text.size()) return;
    m.text = to_utf8(kept);
    m.spans = spans;
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

  void find_edition_year() {
    for (const YearMention& y : find_years(doc_.title)) doc_.edition_year = y.year;
    if (doc_.edition_year == 0 && !doc_.date_text.empty()) {
      std::vector<YearMention> years = find_years(doc_.date_text);
      if (!years.empty()) doc_.edition_year = years.front().year;
    }
  }

  Document doc_;
  std::vector<Line> lines_;
  std::vector<int> stack_;     // open sections, outermost first
  Open open_ = Open::front;
  bool closed_ = true;         // the last paragraph ended: a new structure may start
  bool blank_before_ = false;  // a blank line stands before the current line
  int group_start_ = -1;       // first measure still waiting for its tag
  int unclosed_tag_line_ = 0;  // the last line ended in a tag without 】 (「。【◎厚」)
};

// The opener a closing bracket matches, 0 if `c` closes nothing.
char32_t opener_of(char32_t c) {
  switch (c) {
    case U'」': return U'「';
    case U'』': return U'『';
    case U')': return U'(';
    case U'】': return U'【';
    default: return 0;
  }
}

// Open brackets inside which 。 does not end a sentence. A closer pops back to
// its own opener, so a bracket left open inside a quote (「…(第二次」, a real
// typo) ends with the quote instead of swallowing the rest of the measure.
// Where each kind of opener stands is kept, so that a closer finds its opener
// without scanning the whole stack (quadratic on a line of a million
// unclosed 「 followed by as many ）).
class OpenBrackets {
 public:
  bool empty() const { return depth_ == 0; }

  void track(char32_t c) {
    if (int kind = kind_of(c); kind >= 0) return at_[kind].push_back(depth_++);
    int kind = kind_of(opener_of(c));
    if (kind < 0 || at_[kind].empty()) return;
    depth_ = at_[kind].back();  // closes it and every bracket opened inside it
    for (std::vector<size_t>& at : at_)
      while (!at.empty() && at.back() >= depth_) at.pop_back();
  }

 private:
  static int kind_of(char32_t opener) {
    switch (opener) {
      case U'「': return 0;
      case U'『': return 1;
      case U'(': return 2;
      case U'【': return 3;
      default: return -1;
    }
  }

  size_t depth_ = 0;
  std::vector<size_t> at_[4];  // stack depth of each open bracket, by kind
};

std::string trim_name(std::u32string s) {
  while (!s.empty() && (s.front() == U' ' || s.front() == U'◎')) s.erase(0, 1);
  while (!s.empty() && s.back() == U' ') s.pop_back();
  return to_utf8(s);
}

}  // namespace

Document parse(std::string_view utf8, const std::string& path, const std::string& encoding) {
  return Parser(utf8, path, encoding).run();
}

MinistryTag parse_tag(std::string_view normalized_tag) {
  MinistryTag tag;
  tag.raw = std::string(normalized_tag);
  std::u32string s = to_u32(normalized_tag);
  if (starts_with(s, U"【")) s.erase(0, 1);
  if (ends_with(s, U"】")) s.pop_back();
  size_t start = 0;
  while (start < s.size()) {
    size_t end = s.find_first_of(U"、,", start);
    if (end == std::u32string::npos) end = s.size();
    std::u32string item = s.substr(start, end - start);
    start = end + 1;
    Ministry m;
    m.lead = item.find(U'◎') != std::u32string::npos;
    size_t paren = item.find(U'(');
    if (paren != std::u32string::npos) {
      size_t close = item.rfind(U')');
      if (close == std::u32string::npos || close < paren) close = item.size();
      m.annotation = to_utf8(item.substr(paren + 1, close - paren - 1));
      item = item.substr(0, paren);
    }
    m.name = trim_name(item);
    if (!m.name.empty()) tag.ministries.push_back(std::move(m));
  }
  return tag;
}

std::vector<Sentence> split_sentences(std::string_view text) {
  std::vector<Sentence> sentences;
  std::u32string s = to_u32(text);
  size_t start = 0, byte = 0, start_byte = 0;
  OpenBrackets open;
  auto emit = [&](size_t end, size_t end_byte) {
    std::u32string piece = s.substr(start, end - start);
    if (!piece.empty()) {
      Sentence sentence;
      sentence.text = std::string(text.substr(start_byte, end_byte - start_byte));
      sentence.offset = start_byte;
      sentence.years = find_years(sentence.text);
      sentence.figures = find_figures(sentence.text, sentence.years);
      sentences.push_back(std::move(sentence));
    }
    start = end;
    start_byte = end_byte;
  };
  for (size_t i = 0; i < s.size(); ++i) {
    open.track(s[i]);
    byte += detail::utf8_length(std::u32string_view(&s[i], 1));
    if (s[i] == U'。' && open.empty()) emit(i + 1, byte);
  }
  emit(s.size(), byte);
  return sentences;
}

}  // namespace nendiff
