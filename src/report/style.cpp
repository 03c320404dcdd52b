#include "report/style.hpp"

#include "report/printable.hpp"

namespace nendiff::detail {

std::string Style::paint(const std::string& text, const char* code) const {
  return color ? std::string("\x1b[") + code + "m" + text + "\x1b[0m" : text;
}

std::string Style::deleted(const std::string& text) const {
  return color ? paint(text, "31;9") : "[-" + text + "-]";
}

std::string Style::inserted(const std::string& text) const {
  return color ? paint(text, "32;4") : "{+" + text + "+}";
}

std::string marked_edits(const std::vector<TextEdit>& edits, const Style& s) {
  std::string out;
  for (const TextEdit& e : edits)
    out += e.kind == TextEdit::same      ? printable(e.text)
           : e.kind == TextEdit::deleted ? s.deleted(printable(e.text))
                                         : s.inserted(printable(e.text));
  return out;
}

}  // namespace nendiff::detail
