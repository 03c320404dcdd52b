// Quoting normalized text in the characters written: the two texts are read
// side by side, each normalized character matched to the next written
// character that folds to it. Normalizing only folds characters and leaves
// things out, so the two run in step, and most characters are written as read
// (kanji, kana) and match without folding; the look-ahead over what was left
// out is bounded, and so is the work on text that does not run in step.
#include "text/quote.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstring>
#include <optional>
#include <vector>

#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace nendiff::text {
namespace {

constexpr size_t kLookAhead = 512;   // written characters a left-out stretch may span
constexpr size_t kWorkPerByte = 64;  // characters looked at, per byte, before quoting stops
constexpr UChar32 kIdeographicSpace = 0x3000;

// Whether `c` combines with the character before it (a voiced mark 「ﾞ」, a
// variation selector) and is read as one with it. ASCII, kana and kanji, most
// of a text, never do.
bool extends(UChar32 c) {
  if (c < 0x300 || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FA) ||
      (c >= 0x4E00 && c <= 0x9FFF))
    return false;
  return u_hasBinaryProperty(c, UCHAR_GRAPHEME_EXTEND);
}

// The end of the written character at byte `at` of `s`, with the marks that
// combine with it: what folds as one (「ｶﾞ」 to 「ガ」).
size_t character_end(std::string_view s, size_t at) {
  next_char(s, at);
  for (size_t next = at; next < s.size() && extends(next_char(s, next));) at = next;
  return at;
}

}  // namespace

Quotation::Quotation(std::string_view original, std::string_view normalized, Spacing spacing)
    : original_(original), normalized_(normalized), spacing_(spacing) {
  align();
}

// The bytes of [from, to) of the original when they are spaces alone that
// the spacing keeps, else 0.
size_t Quotation::kept_gap(size_t from, size_t to) const {
  if (to <= from || to - from > UINT16_MAX) return 0;
  for (size_t i = from; i < to;) {
    const UChar32 c = next_char(original_, i);
    if (c != kIdeographicSpace && !(c == ' ' && spacing_ == Spacing::typed)) return 0;
  }
  return to - from;
}

// The bytes from `at` of the normalized text that stand as they are from
// `from` of the original: whole characters, none of which takes a mark after
// it in the original (「ｶ」 before 「ﾞ」 is quoted with it, as one character).
size_t Quotation::same_run(size_t at, size_t from) const {
  const size_t most = std::min(normalized_.size() - at, original_.size() - from);
  size_t n = 0;
  while (n + 8 <= most && std::memcmp(normalized_.data() + at + n, original_.data() + from + n, 8) == 0)
    n += 8;
  while (n < most && normalized_[at + n] == original_[from + n]) ++n;
  n = character_start(normalized_, at + n) - at;  // whole characters
  size_t next = from + n;
  if (n > 0 && next < original_.size() && extends(next_char(original_, next)))
    n = character_start(normalized_, at + n - 1) - at;  // the last one goes with its mark
  return n;
}

// The written character at or after byte `from` (within the look-ahead and
// `work`) whose fold starts with `c`; its fold's other code points are put in
// `rest`.
std::optional<Quotation::Span> Quotation::find_fold(UChar32 c, size_t from, size_t& work,
                                                    std::u32string& rest) const {
  for (size_t n = 0; n < kLookAhead && from < original_.size() && work > 0; ++n, --work) {
    const size_t end = character_end(original_, from);
    size_t at = from;
    if (next_char(original_, at) == c && at == end) return Span{from, end};  // written as read
    const std::string fold = fold_character(original_.substr(from, end - from));
    size_t k = 0;
    if (next_char(fold, k) == c) {
      for (rest.clear(); k < fold.size();) rest.push_back(static_cast<char32_t>(next_char(fold, k)));
      return Span{from, end};
    }
    from = end;
  }
  return std::nullopt;
}

void Quotation::align() {
  size_t from = 0;  // the next written character not quoted (a byte of `original_`)
  size_t work = kWorkPerByte * (original_.size() + normalized_.size());
  std::u32string rest;  // the fold of the character quoted last, beyond what was matched
  auto piece = [&](size_t at, Piece::Kind kind, size_t source = 0, size_t length = 0) {
    pieces_.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(source),
                       static_cast<uint32_t>(length), kind, 0});
  };
  for (size_t i = 0; i < normalized_.size();) {
    if (rest.empty()) {
      if (const size_t run = same_run(i, from)) {  // most of a text
        piece(i, Piece::same, from);
        i += run;
        from += run;
        continue;
      }
    }
    const size_t start = i;
    const UChar32 c = next_char(normalized_, i);
    if (!rest.empty() && rest.front() == static_cast<char32_t>(c)) {
      rest.erase(0, 1);
      piece(start, Piece::folded_in);
      continue;
    }
    rest.clear();
    const std::optional<Span> found = find_fold(c, from, work, rest);
    if (!found) {  // not written so: quoted as normalized
      piece(start, Piece::normalized);
      continue;
    }
    piece(start, Piece::written, found->from, found->to - found->from);
    if (pieces_.size() > 1)  // spaces before the first quoted character are layout
      pieces_.back().gap = static_cast<uint16_t>(kept_gap(from, found->from));
    from = found->to;
  }
}

size_t Quotation::piece_end(size_t k) const {
  return k + 1 < pieces_.size() ? pieces_[k + 1].at : normalized_.size();
}

// Piece k's part in [from, to) of the normalized text, and the spaces kept
// after it when they stand inside the stretch (or after it: `spaces_after`).
void Quotation::append_piece(std::string& out, size_t k, size_t from, size_t to,
                             bool spaces_after) const {
  const Piece& p = pieces_[k];
  const size_t end = piece_end(k), begin = std::max<size_t>(from, p.at), stop = std::min(to, end);
  switch (p.kind) {
    case Piece::same: out.append(original_.substr(p.source + (begin - p.at), stop - begin)); break;
    case Piece::written: out.append(original_.substr(p.source, p.length)); break;
    case Piece::normalized: out.append(normalized_.substr(p.at, end - p.at)); break;
    case Piece::folded_in: break;
  }
  if (stop == end && k + 1 < pieces_.size() && (end < to || spaces_after)) {
    const Piece& next = pieces_[k + 1];
    out.append(original_.substr(next.source - next.gap, next.gap));
  }
}

std::string Quotation::quote(size_t from, size_t to, bool spaces_after) const {
  from = character_start(normalized_, std::min(from, normalized_.size()));
  to = character_start(normalized_, std::min(to, normalized_.size()));
  std::string out;
  if (from >= to) return out;
  auto k = static_cast<size_t>(
      std::upper_bound(pieces_.begin(), pieces_.end(), from,
                       [](size_t offset, const Piece& p) { return offset < p.at; }) -
      pieces_.begin()) - 1;
  for (; k < pieces_.size() && pieces_[k].at < to; ++k) append_piece(out, k, from, to, spaces_after);
  return out;
}

std::string written_stretch(std::string_view written, std::string_view read) {
  if (read.empty()) return {};
  std::string joined(written);
  joined.erase(std::remove_if(joined.begin(), joined.end(), [](char c) { return c == '\n' || c == '\r'; }),
               joined.end());
  if (joined.find(read) != std::string::npos) return std::string(read);  // most tags: written as read
  size_t first = 0;
  const UChar32 opener = next_char(read, first);
  std::vector<size_t> opens;  // where a character read as the opener stands
  for (size_t i = 0; i < joined.size();) {
    const size_t start = i;
    const UChar32 c = next_char(joined, i);
    if (c == opener || fold_character(std::string_view(joined).substr(start, i - start)) == read.substr(0, first))
      opens.push_back(start);
  }
  for (size_t k = opens.size(); k-- > 0 && opens.size() - k <= 8;) {
    const std::string_view tail = std::string_view(joined).substr(opens[k]);
    std::string quoted = Quotation(tail, read, Spacing::typed).quote_alone(0, read.size());
    if (tail.substr(0, quoted.size()) == quoted) return quoted;  // written in one stretch
  }
  return {};
}

}  // namespace nendiff::text
