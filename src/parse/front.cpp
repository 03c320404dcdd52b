#include "parse/front.hpp"

#include "parse/letterhead.hpp"
#include "text/line_joint.hpp"
#include "text/years.hpp"
#include "text/unicode.hpp"

namespace nendiff {
namespace {

using text::ends_with;

// 「2024年6月3日」, 「令和６年　月　日」, or a report's month 「令和５年８月」: a
// short line that is a date, never a heading or a paragraph.
bool is_date_line(const TextLine& line, std::u32string_view s) {
  if (s.size() > 24) return false;
  if (ends_with(s, U"日"))
    return s.find(U'年') != std::u32string::npos && s.find(U'月') != std::u32string::npos;
  if (!ends_with(s, U"月")) return false;
  const std::vector<YearMention> years = text::find_years(line.normalized);
  return years.size() == 1 && years[0].offset == 0 && years[0].dated;
}

// 「2024年月日」: the month or the day was left blank.
bool date_is_blank(std::u32string_view s) {
  size_t year = s.find(U'年'), month = s.find(U'月');
  bool month_blank = month == year + 1;
  bool day_blank = s.size() >= 2 && s[s.size() - 2] == U'月';
  return month_blank || day_blank;
}

bool is_deciding_body(std::u32string_view s) {
  return s.size() <= 40 &&
         (ends_with(s, U"決定") || ends_with(s, U"了解") || ends_with(s, U"決定。"));
}

void add_to_preamble(Document& d, std::string_view text) {
  d.preamble += text::line_joint(d.preamble, text);
  d.preamble += text;
}

// A notice's letterhead (parse/letterhead.hpp): its number and addressee join
// the preamble, its sender is the body, its subject the title, the number or
// 「事務連絡」 that stood first moved to the preamble's head — whatever the
// profile, since they are no paragraphs of its text.
bool read_letterhead(Document& d, const TextLine& line, std::u32string_view text) {
  const bool notice = is_letterhead_mark(text::to_u32(d.title));
  // Lines of their own, never one sentence: a space keeps them apart in quotes.
  auto keep_apart = [](std::string_view a, std::string_view b) {
    std::string both(a);
    if (!a.empty() && !b.empty()) both += " ";
    return both += b;
  };
  if (notice && is_subject(text)) {
    d.preamble = keep_apart(d.title, d.preamble);
    d.title = line.normalized;
    d.title_line = line.number;
    return true;
  }
  if (is_letterhead_mark(text) || is_addressee(text)) {
    d.preamble = keep_apart(d.preamble, line.normalized);
    return true;
  }
  if (notice && d.body.empty() && is_sender(text)) {
    d.body = line.normalized;
    return true;
  }
  return false;
}

}  // namespace

bool dated_to_the_day(const Document& d) {
  return text::ends_with(text::to_u32(d.date_text), U"日");
}

bool is_notice(const Document& d) {
  const std::string& first = d.preamble.empty() ? d.title : d.preamble;
  return is_letterhead_mark(text::to_u32(first.substr(0, first.find(' '))));
}

bool is_title(const Document& d, const TextLine& line) {
  return line.hashes == 1 && (d.title.empty() || (d.preamble.empty() && d.date_line == 0 && d.body.empty() &&
                                                  d.sections.empty() && d.tables.empty()));
}

bool read_front_matter(Document& d, const TextLine& line, std::u32string_view text, bool preamble) {
  if (d.title.empty() || is_title(d, line)) {
    d.preamble = d.title;  // a law's number 「平成十七年法律第八十六号」 above 「# 会社法」
    d.title = line.normalized;
    d.title_line = line.number;
    return true;
  }
  // The title again: a cover page's over the first page's, or a running header
  // over the title on a PDF's first page.
  if (line.normalized == d.title) return true;
  if (read_letterhead(d, line, text)) return true;
  if (d.date_line == 0 && is_date_line(line, text)) {
    d.date_text = line.normalized;
    d.date_line = line.number;
    d.date_blank = date_is_blank(text);
    return true;
  }
  if (d.body.empty() && is_deciding_body(text)) {
    d.body = line.normalized;
    return true;
  }
  if (!preamble) return false;
  add_to_preamble(d, line.normalized);
  return true;
}

}  // namespace nendiff
