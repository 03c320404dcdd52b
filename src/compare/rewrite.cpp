// A rewrite's edit script, kept as the kinds and lengths of its pieces.
#include <algorithm>
#include <cstdint>
#include <vector>

#include "nendiff/compare.hpp"

namespace nendiff {
namespace {

constexpr uint32_t kLengthBits = 30;  // the kind in the two bits above
constexpr uint32_t kMaxLength = (uint32_t{1} << kLengthBits) - 1;

uint32_t word(TextEdit::Kind kind, size_t length) {
  return (static_cast<uint32_t>(kind) << kLengthBits) | static_cast<uint32_t>(length);
}

// A piece longer than a word holds (a gigabyte) is kept as several pieces of
// its kind; a roll is a year, a few bytes.
void keep(std::vector<uint32_t>& script, const TextEdit& e) {
  if (e.kind == TextEdit::rolled) {
    script.push_back(word(e.kind, e.text.size()));
    script.push_back(static_cast<uint32_t>(e.old_text.size()));
    return;
  }
  size_t left = e.text.size();
  do {
    const size_t length = std::min<size_t>(left, kMaxLength);
    script.push_back(word(e.kind, length));
    left -= length;
  } while (left > 0);
}

}  // namespace

void Rewrite::set_edits(ListView<TextEdit> edits) {
  std::vector<uint32_t> script;
  script.reserve(edits.size());
  for (const TextEdit& e : edits) keep(script, e);
  script_ = std::move(script);
}

// The pieces again, each where the last one of its side ended: what is the
// same reads from the old sentence (and stands just as long in the new one),
// what was deleted from the old one, what was inserted from the new one.
std::vector<TextEdit> Rewrite::edits() const {
  std::vector<TextEdit> out;
  out.reserve(script_.size());
  size_t in_old = 0, in_new = 0;
  for (size_t i = 0; i < script_.size(); ++i) {
    const auto kind = static_cast<TextEdit::Kind>(script_[i] >> kLengthBits);
    const size_t length = script_[i] & kMaxLength;
    if (kind == TextEdit::rolled) {
      const size_t old_length = script_[++i];
      out.push_back({kind, new_sentence.substr(in_new, length), old_sentence.substr(in_old, old_length)});
      in_old += old_length;
      in_new += length;
    } else if (kind == TextEdit::inserted) {
      out.push_back({kind, new_sentence.substr(in_new, length), {}});
      in_new += length;
    } else {
      out.push_back({kind, old_sentence.substr(in_old, length), {}});
      in_old += length;
      if (kind == TextEdit::same) in_new += length;
    }
  }
  return out;
}

}  // namespace nendiff
