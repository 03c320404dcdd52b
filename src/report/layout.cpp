#include "report/layout.hpp"

#include <algorithm>
#include <cmath>

#include "text/script.hpp"
#include "text/unicode.hpp"

namespace nendiff::detail {

UnitKind unit_kind(const Document& d) {
  if (!d.measures.empty()) return d.measures.front().kind;
  return d.layout.generic ? UnitKind::paragraph : UnitKind::measure;
}

UnitKind unit_kind(const Comparison& c) {
  return c.new_doc.measures.empty() && !c.old_doc.measures.empty() ? unit_kind(c.old_doc)
                                                                   : unit_kind(c.new_doc);
}

std::string profile_text(const Layout& l) {
  return l.description.empty() ? l.profile : l.profile + " (" + l.description + ")";
}

std::string profile_text(const std::vector<const Document*>& editions) {
  std::string out, last;
  for (const Document* d : editions) {
    std::string one = profile_text(d->layout);
    if (one != last) out += (out.empty() ? "" : " → ") + one;
    last = std::move(one);
  }
  return out;
}

std::string profile_text(const Comparison& c) { return profile_text({&c.old_doc, &c.new_doc}); }

bool read_generically(const std::vector<const Document*>& editions) {
  for (const Document* d : editions)
    if (d->layout.generic) return true;
  return false;
}

bool read_generically(const Comparison& c) { return read_generically({&c.old_doc, &c.new_doc}); }

std::vector<Label> comparison_notices(const Comparison& c) {
  std::vector<Label> out;
  if (read_generically(c)) out.push_back(words::generic_compared);
  for (Caution k : c.cautions()) out.push_back(caution_label(k));
  return out;
}

bool japanese(const Document& d) {
  constexpr size_t kLook = 2000;  // code points: the title, the first units and rows say it
  std::string sample = d.title;
  for (size_t i = 0; i < d.measures.size() && sample.size() < kLook * 3; ++i) sample += d.measures[i].text;
  for (const Table& t : d.tables)  // a spreadsheet saved as text is all table
    for (size_t i = 0; i < t.rows.size() && sample.size() < kLook * 3; ++i) sample += t.rows[i].text();
  for (char32_t ch : text::to_u32(sample.substr(0, kLook * 3)))
    if (text::is_hiragana(ch) || text::is_katakana(ch) || text::is_han(ch)) return true;
  return false;
}

Language language_of(const Comparison& c, Language asked) {
  if (asked != Language::automatic) return asked;
  return japanese(c.old_doc) || japanese(c.new_doc) ? Language::ja : Language::en;
}

std::string notice(const Label& what) { return ja_en(words::note) + ": " + ja_slash_en(what); }

bool one_unit_dominates(const Document& d) {
  constexpr double kMost = 0.5;     // of the text, in one unit
  constexpr double kLong = 2000;    // code points: a short text may well be one paragraph
  if (d.layout.largest_unit <= kMost) return false;
  size_t largest = 0;
  for (const Measure& m : d.measures) largest = std::max(largest, text::code_points(m.text));
  return static_cast<double>(largest) / d.layout.largest_unit > kLong;  // the whole text's length
}

std::string percent(double share) {
  return std::to_string(static_cast<int>(std::floor(share * 100 + 1e-9))) + "%";
}

std::string labelled(const Measure& m, const std::string& text) {
  return m.label.empty() ? text : m.label.str() + " " + text;
}

}  // namespace nendiff::detail
