// Stale carryover check: text in an edition that still speaks of a year as if
// it were ahead, a blank decision date, malformed years, abolished bodies.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "nendiff/model.hpp"

namespace nendiff {

enum class Severity { info, warning, error };

struct StaleFinding {
  std::string reason;     // prior_year_future, prior_year_as_of, malformed_year,
                          // abolished_body, blank_date, unrolled_carryover
  Severity severity = Severity::warning;
  int line = 0;           // input line of `text`
  std::string text;       // the exact phrase, e.g. 「2023年度以降」
  std::string sentence;   // the sentence containing it
  std::optional<size_t> measure;  // index into Document::measures; none: front matter
  SharedList<std::string> section_path;
  std::string message_ja; // plain-language reason for an editor
  std::string message_en;
};

struct CheckOptions {
  int edition_year = 0;              // 0: the document's own edition year
  const Document* prior = nullptr;   // last edition, enables unrolled_carryover
};

std::vector<StaleFinding> check_stale(const Document& doc, const CheckOptions& options = {});

const char* severity_name(Severity s);

}  // namespace nendiff
