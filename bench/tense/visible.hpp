// The sentence as grammar sees it: (…) and […] notes removed, a quoted title
// 「…」『…』【…】〔…〕 one noun, as nendiff's check sees it (visible_text there).
#pragma once

#include <string>
#include <vector>

namespace tense {

struct Visible {
  std::string text;
  std::vector<long> at;  // per sentence byte: its byte in `text`, -1 when hidden
};

Visible visible_text(const std::string& sentence);

}  // namespace tense
