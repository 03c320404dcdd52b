// Reading an Excel workbook (xlsx.hpp): SpreadsheetML's parts through the
// Word module's archive and XML parts. Elements are matched by local name,
// whatever prefix a producer binds the namespace to.
#include "read/xlsx.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <optional>
#include <vector>

#include "read/cell_values.hpp"
#include "read/support.hpp"
#include "read/text_writer.hpp"

namespace nendiff::detail {
namespace {

pugi::xml_node child(const pugi::xml_node& parent, std::string_view name) {
  for (const pugi::xml_node& n : parent.children())
    if (local_name(n) == name) return n;
  return {};
}

// The attribute of `n` whose local name is `name` (「r:id」 for "id" when prefixed).
std::string attribute(const pugi::xml_node& n, std::string_view name, bool prefixed = false) {
  for (const pugi::xml_attribute& a : n.attributes()) {
    const std::string_view full = a.name();
    const bool has_prefix = full.find(':') != std::string_view::npos;
    if (has_prefix == prefixed && local_name(full) == name) return a.value();
  }
  return {};
}

// A shared or inline string: its runs' text, without the readings (<rPh>)
// Japanese Excel keeps beside the text.
std::string rich_text(const pugi::xml_node& si) {
  std::string out;
  for (const pugi::xml_node& n : si.children()) {
    if (local_name(n) == "t") out += n.text().get();
    if (local_name(n) == "r") out += child(n, "t").text().get();
  }
  return out;
}

// Text of the file in a refusal, on its one line: ASCII controls (a line
// break in a cell's value) as spaces.
std::string one_line(std::string s) {
  std::replace_if(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; }, ' ');
  return s;
}

std::optional<size_t> index_of(std::string_view digits) {
  size_t n = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
  if (error != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
  return n;
}

class WorkbookReader {
 public:
  WorkbookReader(const std::string& path, const Archive& archive, std::uintmax_t max_size)
      : path_(path), archive_(archive), max_size_(max_size), out_(path, max_size) {}

  DecodedText read(const Part& workbook, const std::string& name) {
    const Relations parts = relations(path_, archive_, name);
    date1904_ = is_true(attribute(child(workbook.root(), "workbookPr"), "date1904"));
    read_strings(parts.target(path_, archive_, "sharedStrings"));
    read_formats(parts.target(path_, archive_, "styles"));
    std::vector<std::pair<std::string, std::string>> sheets;  // name, part
    for (const pugi::xml_node& s : child(workbook.root(), "sheets").children())
      if (local_name(s) == "sheet") sheets.emplace_back(attribute(s, "name"), sheet_part(parts, s));
    if (sheets.empty()) refuse(path_, "corrupt Excel workbook (" + name + " lists no sheet)");
    for (const auto& [sheet, part] : sheets) read_sheet(sheets.size() > 1 ? sheet : "", part);
    return out_.take("Excel");
  }

 private:
  static bool is_true(const std::string& v) { return v == "1" || v == "true"; }

  std::string sheet_part(const Relations& parts, const pugi::xml_node& sheet) {
    const std::string id = attribute(sheet, "id", true);
    const auto found = parts.ids.find(id);
    if (found == parts.ids.end() || !archive_.has(found->second))
      refuse(path_, one_line("corrupt Excel workbook (sheet 「" + attribute(sheet, "name") + "」 has no part: " +
                             parts.source + " names none for " + (id.empty() ? "it" : id) + ")"));
    return found->second;
  }

  void read_strings(const std::string& name) {
    if (name.empty()) return;
    const std::unique_ptr<Part> part = load_part(path_, archive_, name);
    for (const pugi::xml_node& si : part->root().children())
      if (local_name(si) == "si") strings_.push_back(rich_text(si));
  }

  // The workbook's own number formats, and each cell style's. Excel keeps a
  // format's code to 255 characters: a longer one is no format of Excel's
  // (General), and is not read again for every cell that names it.
  void read_formats(const std::string& name) {
    if (name.empty()) return;
    const std::unique_ptr<Part> part = load_part(path_, archive_, name);
    for (const pugi::xml_node& f : child(part->root(), "numFmts").children()) {
      std::string code = attribute(f, "formatCode");
      if (code.size() <= kMaxFormatCode) custom_.emplace(std::atoi(attribute(f, "numFmtId").c_str()), std::move(code));
    }
    for (const pugi::xml_node& xf : child(part->root(), "cellXfs").children())
      style_formats_.push_back(std::atoi(attribute(xf, "numFmtId").c_str()));
  }

  std::string format_of(const std::string& style) const {
    const std::optional<size_t> i = index_of(style);
    if (!i || *i >= style_formats_.size()) return "General";
    const auto custom = custom_.find(style_formats_[*i]);
    return custom != custom_.end() ? custom->second : builtin_number_format(style_formats_[*i]);
  }

  void read_sheet(const std::string& sheet, const std::string& name) {
    const std::unique_ptr<Part> part = load_part(path_, archive_, name);
    if (!sheet.empty()) out_.add("# " + sheet);
    bool table = false;  // a row of two cells or more has come
    for (const pugi::xml_node& row : child(part->root(), "sheetData").children()) {
      if (local_name(row) != "row") continue;
      std::vector<std::string> cells;
      size_t bytes = 0;  // a row of a million cells naming one long string: refused as it grows
      for (const pugi::xml_node& c : row.children()) {
        if (local_name(c) != "c") continue;
        cells.push_back(cell_text(c, sheet.empty() ? name : sheet));
        if ((bytes += cells.back().size() + 1) > max_size_) refuse(path_, unpacked_too_large(max_size_));
      }
      const std::string line = row_of(cells);
      table |= line.find('\t') != std::string::npos;
      out_.add(line, table);  // above the table (a title, a date): a paragraph
    }
  }

  std::string cell_text(const pugi::xml_node& c, const std::string& sheet) {
    const std::string type = attribute(c, "t");
    const pugi::xml_node v = child(c, "v"), formula = child(c, "f");
    const std::string value = v.text().get();
    if (type == "inlineStr") return rich_text(child(c, "is"));
    // A formula saved without its result (a workbook written by a program that
    // does not calculate): the formula is what the cell holds.
    if (!v && formula && *formula.text().get()) return "=" + std::string(formula.text().get());
    if (type == "b") return value == "1" ? "TRUE" : value == "0" ? "FALSE" : value;
    if (type == "str" || type == "e" || type == "d") return value;
    if (type == "s") return shared(value, sheet, c);
    if (value.empty()) return {};
    return shown_number(value, format_of(attribute(c, "s")), date1904_);
  }

  std::string shared(const std::string& value, const std::string& sheet, const pugi::xml_node& c) {
    const std::optional<size_t> i = index_of(value);
    if (!i || *i >= strings_.size())
      refuse(path_, one_line("corrupt Excel workbook (cell " + attribute(c, "r") + " of 「" + sheet +
                             "」 names shared string " + value + " of " + std::to_string(strings_.size()) + ")"));
    return strings_[*i];
  }

  static constexpr size_t kMaxFormatCode = 255;

  const std::string& path_;
  const Archive& archive_;
  const std::uintmax_t max_size_;
  TextWriter out_;
  bool date1904_ = false;
  std::vector<std::string> strings_;           // the shared strings
  std::map<int, std::string> custom_;          // the workbook's number formats, by id
  std::vector<int> style_formats_;             // each cell style's number format id
};

}  // namespace

DecodedText workbook_as_text(const std::string& path, const Archive& archive, const Part& workbook,
                             const std::string& name, std::uintmax_t max_size) {
  DecodedText out = WorkbookReader(path, archive, max_size).read(workbook, name);
  if (!is_valid_utf8(out.utf8))
    refuse(path, "corrupt Excel workbook (a character reference to no Unicode character)");
  return out;
}

}  // namespace nendiff::detail
