// A TextChange owns the texts its edits view: copied or moved, it points the
// edits at its own texts again (see compare.hpp).
#include "compare/edits.hpp"
#include "nendiff/compare.hpp"

namespace nendiff {
namespace {

// `piece` of `from`, as the same stretch of `to`.
std::string_view rebased(std::string_view piece, std::string_view from, std::string_view to) {
  return std::string_view(to).substr(static_cast<size_t>(piece.data() - from.data()), piece.size());
}

}  // namespace

TextChange& TextChange::operator=(const TextChange& o) {
  const Texts from = o.texts();
  TextChangeFields::operator=(o);
  view_own_texts(from);
  return *this;
}

// `from` is taken before the texts move: a moved std::string may leave a short
// text behind in `o`.
TextChange& TextChange::operator=(TextChange&& o) noexcept {
  const Texts from = o.texts();
  TextChangeFields::operator=(std::move(o));
  view_own_texts(from);
  return *this;
}

void TextChange::view_own_texts(Texts from) noexcept {
  // A piece of neither text (none that edit_script makes) is left as it is.
  auto own = [&](std::string_view& piece) {
    if (piece.empty()) piece = {};
    else if (is_within(piece, from.old_text)) piece = rebased(piece, from.old_text, old_text);
    else if (is_within(piece, from.new_text)) piece = rebased(piece, from.new_text, new_text);
  };
  for (TextEdit& e : edits) {
    own(e.text);
    own(e.old_text);
  }
}

TextChange text_change(std::string part, std::string old_text, std::string new_text, int old_line,
                       int new_line, int gap) {
  TextChange t;
  t.part = std::move(part);
  t.old_text = std::move(old_text);
  t.new_text = std::move(new_text);
  t.old_line = old_line;
  t.new_line = new_line;
  t.edits = edit_script(t.old_text, t.new_text, gap);
  return t;
}

}  // namespace nendiff
