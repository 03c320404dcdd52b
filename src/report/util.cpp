#include "report/util.hpp"

#include "report/printable.hpp"
#include "text/unicode.hpp"

namespace nendiff::detail {

std::string indent(size_t depth) { return std::string(depth * 2, ' '); }

std::string excerpt(std::string_view text, size_t chars) {
  std::u32string s = text::to_u32(text);
  if (s.size() <= chars) return std::string(text);
  return text::to_utf8(s.substr(0, chars)) + "…";
}

std::string section_path_text(const std::vector<std::string>& path, std::string_view none) {
  if (path.empty()) return std::string(none);
  std::string out = path.front();
  for (size_t i = 1; i < path.size(); ++i) out += " › " + path[i];
  return out;
}

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : printable(text)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

namespace {

std::string defused(const std::string& cell) {
  if (!cell.empty() && std::string("=+-@\t\r").find(cell[0]) != std::string::npos)
    return "'" + cell;
  return cell;
}

std::string quoted(const std::string& cell) {
  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string out = "\"";
  for (char ch : cell) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
  return out + "\"";
}

}  // namespace

void write_csv_record(const std::vector<std::string>& cells, std::ostream& out) {
  for (size_t i = 0; i < cells.size(); ++i)
    out << (i ? "," : "") << quoted(defused(printable(cells[i], LineBreaks::kept)));
  out << "\r\n";
}

std::string edition_label(const Document& d) {
  if (d.edition_year > 0) return std::to_string(d.edition_year) + "年版";
  size_t slash = d.path.find_last_of('/');
  return slash == std::string::npos ? d.path : d.path.substr(slash + 1);
}

}  // namespace nendiff::detail
