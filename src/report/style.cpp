#include "report/style.hpp"

#include "report/printable.hpp"

namespace nendiff::detail {

std::string Style::paint(const std::string& text, const char* code) const {
  return color ? std::string("\x1b[") + code + "m" + text + "\x1b[0m" : text;
}

std::string edition_name(const Document& d, const Style& s) {
  if (d.title.empty()) return s.paint(printable(d.path), "1");
  return s.paint(printable(quoted_title(d)), "1") + " (" + printable(d.path) + ")";
}

std::string Style::deleted(const std::string& text) const {
  return color ? paint(text, "31;9") : "[-" + text + "-]";
}

std::string Style::inserted(const std::string& text) const {
  return color ? paint(text, "32;4") : "{+" + text + "+}";
}

std::string Style::rolled(const std::string& old_year, const std::string& new_year) const {
  return color ? paint(old_year + "→", "2") + new_year : old_year + "→" + new_year;
}

std::string marked_edits(const std::vector<QuotedEdit>& edits, const Style& s) {
  std::string out;
  for (const QuotedEdit& e : edits) {
    if (e.kind == TextEdit::same) out += printable(e.text);
    else if (e.kind == TextEdit::deleted) out += s.deleted(printable(e.text));
    else if (e.kind == TextEdit::inserted) out += s.inserted(printable(e.text));
    else out += s.rolled(printable(e.old_text), printable(e.text));
  }
  return out;
}

}  // namespace nendiff::detail
