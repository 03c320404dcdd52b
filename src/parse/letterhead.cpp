#include "parse/letterhead.hpp"

#include "text/bodies.hpp"
#include "text/unicode.hpp"

namespace nendiff {
namespace {

using text::ends_with;

constexpr size_t kMaxLine = 40;  // code points: a letterhead's lines are short

bool ends_sentence(std::u32string_view s) { return !s.empty() && s.back() == U'。'; }

}  // namespace

bool is_letterhead_mark(std::u32string_view s) {
  if (s == U"事務連絡") return true;
  return s.size() <= kMaxLine && ends_with(s, U"号") && s.find(U'第') != std::u32string_view::npos &&
         !ends_sentence(s);
}

bool is_addressee(std::u32string_view s) {
  return s.size() <= kMaxLine && !ends_sentence(s) &&
         (ends_with(s, U"御中") || ends_with(s, U"殿") || ends_with(s, U"各位"));
}

bool is_sender(std::u32string_view s) {
  if (s.size() > kMaxLine || ends_sentence(s)) return false;
  const std::string line = text::to_utf8(s);
  for (const Body& b : text::known_bodies())
    if (line.compare(0, b.name.size(), b.name) == 0) return true;
  return false;
}

bool is_subject(std::u32string_view s) {
  if (ends_sentence(s)) return false;
  // A bracketed word after it names the kind of notice: （通知）（依頼）（周知）.
  if (!s.empty() && s.back() == U')') {
    const size_t open = s.rfind(U'(');
    if (open == std::u32string_view::npos) return false;
    s = s.substr(0, open);
  }
  return ends_with(s, U"について");
}

}  // namespace nendiff
