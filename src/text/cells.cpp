#include "text/cells.hpp"

#include "text/utf8.hpp"

namespace nendiff::text {
namespace {

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split(std::string_view s, char by) {
  std::vector<std::string_view> out;
  for (size_t start = 0;;) {
    const size_t end = s.find(by, start);
    out.push_back(s.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) return out;
    start = end + 1;
  }
}

}  // namespace

bool is_pipe_row(std::string_view line) {
  const std::string_view t = trimmed(line);
  return t.size() >= 2 && t.front() == '|' && t.back() == '|';
}

std::vector<std::string_view> cells_of(std::string_view line) {
  if (line.find('\t') != std::string_view::npos || !is_pipe_row(line)) return split(line, '\t');
  const std::string_view t = trimmed(line);
  return split(t.substr(1, t.size() - 2), '|');
}

std::string_view cell_text(std::string_view cell) {
  auto space = [](UChar32 c) { return c == ' ' || c == '\r' || c == 0x3000; };
  for (size_t next = 0; !cell.empty() && space(next_char(cell, next)); next = 0) cell.remove_prefix(next);
  while (!cell.empty()) {
    size_t last = character_start(cell, cell.size() - 1), end = last;
    if (!space(next_char(cell, end))) break;
    cell.remove_suffix(cell.size() - last);
  }
  return cell;
}

std::optional<int> row_number(std::string_view cell) {
  size_t i = 0;
  if (cell.substr(0, 3) == "No." || cell.substr(0, 3) == "no.") i = 3;
  auto next = [&] { return i < cell.size() ? next_char(cell, i) : UChar32{-1}; };
  UChar32 c = next();
  if (c >= 0x2460 && c <= 0x2473)  // ①…⑳
    return i == cell.size() ? std::optional<int>(c - 0x2460 + 1) : std::nullopt;
  const bool parenthesized = c == '(';
  if (parenthesized) c = next();
  int n = 0, digits = 0;
  for (; c >= '0' && c <= '9'; c = next()) n = n * 10 + (c - '0'), ++digits;
  if (digits == 0 || digits > 3) return std::nullopt;
  if (parenthesized ? c != ')' : c != -1 && c != '.' && c != ')' && c != '-') return std::nullopt;
  if (c == '-') {  // branches: 「3-2」「3-2-1」
    while ((c = next()) != -1)
      if (!(c >= '0' && c <= '9') && c != '-') return std::nullopt;
  } else if (c != -1 && next() != -1) {
    return std::nullopt;
  }
  return n;
}

bool is_delimiter_row(std::string_view line) {
  if (!is_pipe_row(line)) return false;
  for (std::string_view cell : cells_of(line)) {
    cell = trimmed(cell);
    if (cell.empty() || cell.find_first_not_of(":-") != std::string_view::npos ||
        cell.find('-') == std::string_view::npos)
      return false;
  }
  return true;
}

}  // namespace nendiff::text
