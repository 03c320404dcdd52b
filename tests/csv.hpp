// Reading back the CSV reports the tests check: RFC 4180, strictly.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace nendiff::test {

// RFC 4180: CRLF between records, quoted fields may hold quotes (doubled), commas
// and line breaks; a bare LF outside quotes is an error.
inline std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> records(1);
  std::string field;
  bool quoted = false, was_quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char ch = text[i];
    if (quoted) {
      if (ch != '"')
        field += ch;
      else if (i + 1 < text.size() && text[i + 1] == '"')
        field += '"', ++i;
      else
        quoted = false;
    } else if (ch == '"') {
      if (!field.empty() || was_quoted) throw std::runtime_error("quote inside an unquoted field");
      quoted = was_quoted = true;
    } else if (ch == ',') {
      records.back().push_back(field), field.clear(), was_quoted = false;
    } else if (ch == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      records.back().push_back(field), field.clear(), was_quoted = false;
      records.emplace_back();
      ++i;
    } else if (ch == '\n' || ch == '\r') {
      throw std::runtime_error("bare line break outside quotes");
    } else {
      field += ch;
    }
  }
  if (quoted) throw std::runtime_error("unterminated quote");
  if (!records.back().empty() || !field.empty())
    throw std::runtime_error("no CRLF after the last record");
  records.pop_back();
  return records;
}

}  // namespace nendiff::test
