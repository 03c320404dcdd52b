#include "parse/layout.hpp"

#include <unicode/uchar.h>

#include "text/bodies.hpp"
#include "text/brackets.hpp"
#include "text/normalize.hpp"
#include "text/unicode.hpp"

namespace nendiff {
namespace {

using text::ends_with;
using text::starts_with;
using text::to_u32;
using text::to_utf8;

constexpr size_t kMaxHeadingLength = 80;   // code points; a longer line is text
constexpr size_t kMaxUnknownName = 12;     // an unknown name in a tag is short (REVIC室)
constexpr std::u32string_view kSeparators = U"、,";
constexpr size_t kMaxLabelLength = 20;     // code points inside a label's brackets
constexpr size_t kMaxLabelsAfterTag = 2;   // 「【法務省】【再掲】【施策番号３】」

void trim(std::u32string_view& s) {
  while (!s.empty() && s.front() == U' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == U' ') s.remove_suffix(1);
}

// Bytes of `normalized` taken by the first `letters` code points that are not
// spaces, and the spaces after them: a numbering's length in the normalized
// line, which keeps fewer spaces than the folded one it was read from.
size_t marker_bytes(std::u32string_view normalized, size_t letters) {
  size_t i = 0;
  for (size_t seen = 0; i < normalized.size() && seen < letters; ++i)
    if (normalized[i] != U' ') ++seen;
  while (i < normalized.size() && normalized[i] == U' ') ++i;
  return text::utf8_length(normalized.substr(0, i));
}

// One name of a tag, taken apart: 「◎厚生労働省」「内閣府(主)」「オリパラ(2022.03.31廃止)」.
struct Name {
  std::u32string_view core, annotation;
  bool lead = false;
};

Name take_apart(std::u32string_view item, const std::vector<std::u32string>& lead_marks) {
  Name n;
  trim(item);
  for (const std::u32string& mark : lead_marks) {
    if (starts_with(item, mark)) {
      item.remove_prefix(mark.size());
      n.lead = true;
    }
    if (ends_with(item, mark)) {
      item.remove_suffix(mark.size());
      n.lead = true;
    }
  }
  if (const size_t paren = item.find(U'('); paren != std::u32string_view::npos && paren > 0) {
    const size_t close = item.rfind(U')');
    n.annotation = item.substr(paren + 1, (close == std::u32string_view::npos || close < paren
                                               ? item.size()
                                               : close) - paren - 1);
    item = item.substr(0, paren);
  }
  trim(item);
  n.core = item;
  return n;
}

// A bracketed label after a tag that names no body: 「施策番号３」「再掲」「注1」.
// Short, and no sentence.
bool is_label(std::u32string_view inner) {
  return !inner.empty() && inner.size() <= kMaxLabelLength && inner.find(U'。') == inner.npos;
}

// The names a tag's inside lists, its prefix (「所管省庁:」) dropped.
std::vector<std::u32string_view> names_of(std::u32string_view inner, const TagForm& form) {
  for (const std::u32string& prefix : form.prefixes)
    if (starts_with(inner, prefix)) {
      inner.remove_prefix(prefix.size());
      break;
    }
  std::vector<std::u32string_view> names;
  for (size_t start = 0; start <= inner.size();) {
    size_t end = inner.find_first_of(kSeparators, start);
    if (end == std::u32string_view::npos) end = inner.size();
    names.push_back(inner.substr(start, end - start));
    start = end + 1;
  }
  return names;
}

bool known_body(std::u32string_view name, const Profile& p) {
  return text::find_body(to_utf8(name), p.bodies) != nullptr;
}

// A body's full name (「観光庁」, not 「観光」, which is a word as well).
bool full_name(std::u32string_view name, const Profile& p) {
  const std::string utf8 = to_utf8(name);
  const Body* body = text::find_body(utf8, p.bodies);
  return body && body->name == utf8;
}

// 「文部科学省・厚生労働省」: the full names of bodies joined by 「・」, each;
// none where a part is no body's full name (「まち・ひと・しごと創生本部」 is one
// name, 「(スポーツ・観光)」 a heading's words).
std::vector<std::u32string_view> joined_full_names(std::u32string_view core, const Profile& p) {
  std::vector<std::u32string_view> parts;
  if (core.find(U'・') == core.npos || known_body(core, p)) return parts;
  for (size_t start = 0; start <= core.size();) {
    const size_t end = std::min(core.find(U'・', start), core.size());
    parts.push_back(core.substr(start, end - start));
    start = end + 1;
  }
  for (std::u32string_view part : parts)
    if (!full_name(part, p)) return {};
  return parts;
}

// The names of a tag's inside, each taken apart; 「文科等」 is the body, and
// others unnamed.
std::vector<Name> names_in(std::u32string_view inner, const TagForm& form, const Profile& p) {
  std::vector<Name> out;
  for (std::u32string_view item : names_of(inner, form)) {
    Name n = take_apart(item, p.lead_marks);
    if (ends_with(n.core, U"等") && !known_body(n.core, p) && known_body(n.core.substr(0, n.core.size() - 1), p))
      n.core.remove_suffix(1);
    const std::vector<std::u32string_view> parts = joined_full_names(n.core, p);
    if (parts.empty()) out.push_back(n);
    for (size_t k = 0; k < parts.size(); ++k)
      out.push_back({parts[k], k + 1 == parts.size() ? n.annotation : std::u32string_view(), k == 0 && n.lead});
  }
  return out;
}

}  // namespace

// The last form opened by `c`, as the tag readers have always taken it.
const TagForm* LineReader::form_opened_by(char32_t c) const {
  const TagForm* form = nullptr;
  for (const TagForm& f : profile_.tags)
    if (f.open == c) form = &f;
  return form;
}

const TagForm* LineReader::form_closed_by(char32_t c) const {
  for (const TagForm& f : profile_.tags)
    if (f.close == c) return &f;
  return nullptr;
}

// A tag names bodies, most of them ones nendiff (or the profile) knows, and no
// label that is not a tag (【KPI】); some forms admit known bodies only.
bool LineReader::is_tag(const TagForm& form, std::u32string_view inner) const {
  size_t names = 0, known = 0;
  for (const Name& n : names_in(inner, form, profile_)) {
    if (n.core.empty() || n.core.find(U'。') != std::u32string_view::npos) return false;
    for (const std::u32string& label : profile_.not_tags)
      if (n.core == label) return false;
    const bool is_known = known_body(n.core, profile_);
    if (!is_known && (form.known_bodies_only || n.core.size() > kMaxUnknownName)) return false;
    ++names;
    known += is_known;
  }
  return names > 0 && 2 * known >= names;
}

// Where the bracketed span that ends `s` opens, in one of the tag forms' brackets
// (`form`), if `s` ends in one.
std::optional<size_t> LineReader::bracketed_end(std::u32string_view s, const TagForm*& form) const {
  form = s.empty() ? nullptr : form_closed_by(s.back());
  if (!form) return std::nullopt;
  size_t depth = 0;
  for (size_t i = s.size(); i-- > 0;) {
    if (s[i] == form->close) ++depth;
    if (s[i] == form->open && --depth == 0) return i;
  }
  return std::nullopt;
}

std::optional<LineReader::TagSpan> LineReader::closing_tag(std::u32string_view s) const {
  for (size_t labels = 0; labels <= kMaxLabelsAfterTag; ++labels) {
    trim(s);
    const TagForm* form = nullptr;
    const std::optional<size_t> open = bracketed_end(s, form);
    if (!open) return std::nullopt;
    if (is_tag(*form, s.substr(*open + 1, s.size() - *open - 2))) return TagSpan{*open, s.size()};
    if (!is_label(s.substr(*open + 1, s.size() - *open - 2))) return std::nullopt;
    s = s.substr(0, *open);
  }
  return std::nullopt;
}

// A label known as one (【再掲】【新規】), or one numbering its item
// (「施策番号３」「再掲：施策番号２」): no heading's title in brackets.
bool LineReader::names_its_item(std::u32string_view inner) const {
  for (const std::u32string& label : profile_.not_tags)
    if (inner == label) return true;
  for (char32_t c : inner)
    if (u_isdigit(static_cast<UChar32>(c))) return true;
  return false;
}

bool LineReader::only_labels(std::u32string_view s) const {
  trim(s);
  for (size_t labels = 0; labels < kMaxLabelsAfterTag && !s.empty(); ++labels) {
    const TagForm* form = nullptr;
    const std::optional<size_t> open = bracketed_end(s, form);
    if (!open) return false;
    const std::u32string_view inner = s.substr(*open + 1, s.size() - *open - 2);
    if (is_tag(*form, inner) || !is_label(inner) || !names_its_item(inner)) return false;
    s = s.substr(0, *open);
    trim(s);
  }
  return s.empty();
}

std::optional<size_t> LineReader::leading_tag(std::u32string_view s) const {
  const TagForm* form = s.empty() ? nullptr : form_opened_by(s.front());
  if (!form) return std::nullopt;
  const size_t close = s.find(form->close);
  // A tag that is the whole line closes the measures above it instead.
  if (close == std::u32string_view::npos || close + 1 == s.size()) return std::nullopt;
  return is_tag(*form, s.substr(1, close - 1)) ? std::optional<size_t>(close + 1) : std::nullopt;
}

std::optional<size_t> LineReader::unclosed_tag(std::u32string_view s) const {
  for (const TagForm& form : profile_.tags) {
    const size_t open = s.rfind(form.open);
    if (open == std::u32string_view::npos || open == 0 || s[open - 1] != U'。') continue;
    const std::u32string_view inner = s.substr(open + 1);
    if (inner.find(form.close) == std::u32string_view::npos && is_tag(form, inner)) return open;
  }
  return std::nullopt;
}

bool LineReader::ends_paragraph(std::u32string_view s) const {
  if (s.empty()) return false;
  const char32_t last = s.back();
  // 】》〕 end labels as well as tags; a ')' ends a paragraph only as a tag.
  return last == U'。' || last == U'】' || last == U'》' || last == U'〕' ||
         trailing_tag(s).has_value() || unclosed_tag(s).has_value();
}

bool LineReader::names_bodies(std::u32string_view text) const {
  return !profile_.tags.empty() && !text.empty() && is_tag(profile_.tags.front(), text);
}

MinistryTag LineReader::read_tag(std::u32string_view tag) const {
  MinistryTag t;
  t.raw = to_utf8(tag);
  // The form by its opening bracket: a tag may have lost its closing one.
  const TagForm* form = tag.empty() ? nullptr : form_opened_by(tag.front());
  std::u32string_view inner = tag;
  if (form && !inner.empty() && inner.front() == form->open) inner.remove_prefix(1);
  if (form && !inner.empty() && inner.back() == form->close) inner.remove_suffix(1);
  static const TagForm kBare{};
  std::vector<Ministry> ministries;
  for (const Name& n : names_in(inner, form ? *form : kBare, profile_)) {
    if (n.core.empty()) continue;
    Ministry m;
    m.name = to_utf8(n.core);
    m.lead = n.lead;
    m.annotation = to_utf8(n.annotation);
    const Body* body = text::find_body(m.name, profile_.bodies);
    m.known = body != nullptr;
    m.body = body ? body->name : m.name;
    if (body) m.ended = body->ended;
    ministries.push_back(std::move(m));
  }
  if (profile_.lead_by_order && !ministries.empty()) {
    bool any = false;
    for (const Ministry& m : ministries) any |= m.lead;
    if (!any) ministries.front().lead = true;
  }
  t.ministries = std::move(ministries);
  return t;
}

std::vector<HeadingShape> LineReader::headings(std::u32string_view folded) const {
  std::vector<HeadingShape> out;
  for (size_t i = 0; i < profile_.headings.size(); ++i) {
    const NumberingTemplate& form = profile_.headings[i].form;
    if (!form.may_start(folded[0])) continue;
    const auto m = form.match(folded);
    if (m && !text::closes_unopened(m->title))
      out.push_back({i, text::normalize_line(to_utf8(m->label)),
                     text::normalize_line(to_utf8(m->title))});
  }
  return out;
}

std::optional<ItemShape> LineReader::item(const TextLine& line, std::u32string_view folded) const {
  for (size_t i = 0; i < profile_.items.size(); ++i) {
    const ItemStyle& style = profile_.items[i];
    if (!style.form.may_start(folded[0])) continue;
    const auto m = style.form.match(folded);
    if (!m) continue;
    ItemShape shape{i, style.names_unit ? text::normalize_line(to_utf8(m->label)) : "", 0};
    shape.skip = marker_bytes(line.text, m->label_letters);
    return shape;
  }
  return std::nullopt;
}

// A heading never ends a sentence nor carries a tag: a line numbered as one
// that does (「ア　…した。（内閣府）」「(1) …を行う。」) is a numbered item. Its
// numbering is not kept as its label: items are renumbered when one is added
// or dropped, and the unit is known by its text.
std::optional<ItemShape> LineReader::numbered_item(const TextLine& line,
                                                   std::u32string_view folded) const {
  for (const HeadingStyle& h : profile_.headings) {
    if (!h.form.numbered() || !h.form.may_start(folded[0])) continue;
    if (const auto m = h.form.match(folded))
      return ItemShape{ItemShape::kNumbered, "", marker_bytes(line.text, m->label_letters)};
  }
  return std::nullopt;
}

LineShape LineReader::shape(const TextLine& line) const {
  LineShape s;
  if (line.normalized.empty()) return s;
  const std::u32string_view normalized = line.text;
  // (A tag with labels after it goes on the unit above: they are its text.)
  if (const auto tag = closing_tag(normalized); tag && tag->begin == 0 && tag->end == normalized.size()) {
    s.tag_only = true;
    return s;
  }
  // The folded form (spaces kept) is made only for a line whose first
  // character some form can start with.
  const char32_t first = normalized[0];
  bool candidate = false;
  for (const HeadingStyle& h : profile_.headings) candidate |= h.form.may_start(first);
  for (const ItemStyle& i : profile_.items) candidate |= i.form.may_start(first);
  for (const NumberingTemplate& t : profile_.captions) candidate |= t.may_start(first);
  for (const NumberingTemplate& t : profile_.footnotes) candidate |= t.may_start(first);
  if (!candidate) return s;
  std::u32string spaced;
  const std::u32string_view folded = line.spaced.empty() ? line.text : (spaced = to_u32(line.spaced));
  if (folded.empty()) return s;
  for (const NumberingTemplate& t : profile_.footnotes)
    if (const auto m = t.may_start(folded[0]) ? t.match(folded) : std::nullopt)
      s.footnote_marker = marker_bytes(normalized, m->label_letters);
  for (const NumberingTemplate& t : profile_.captions)
    s.caption |= t.may_start(folded[0]) && t.match(folded).has_value();
  // A heading is no sentence: it holds no 。 and carries no tag.
  const bool sentence = normalized.find(U'。') != std::u32string_view::npos || trailing_tag(normalized);
  const bool may_head = normalized.size() <= kMaxHeadingLength && !sentence;
  if (may_head) {
    std::vector<HeadingShape> all = headings(folded);
    if (!all.empty()) {
      s.heading = std::move(all.front());
      s.other_headings.assign(std::make_move_iterator(all.begin() + 1),
                              std::make_move_iterator(all.end()));
    }
  }
  s.item = item(line, folded);
  if (!s.item) s.numbered = numbered_item(line, folded);
  if (s.numbered && sentence) s.item = s.numbered;
  return s;
}

}  // namespace nendiff
