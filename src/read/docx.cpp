// Reading Word (.docx) editions: a ZIP archive (libzip) of XML parts (pugixml).
// The text is what Word shows: runs joined, deleted revisions left out, list
// numbers and bullets put back in front of their paragraphs (Word keeps them
// in numbering.xml, not in the text), table rows as lines, footnotes at the end.
// Built as the module nendiff-docx.so (module.hpp): libzip and pugixml load only for ZIPs.
#include <algorithm>
#include <array>
#include <climits>
#include <cstdlib>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

#include "read/docx_parts.hpp"
#include "read/support.hpp"
#include "read/module_tables.hpp"
#include "nendiff/error.hpp"
#include "text/normalize.hpp"
#include "text/unicode.hpp"

namespace nendiff::detail {
namespace {

using text::to_utf8;

// --- List numbering ----------------------------------------------------------

// List labels are decoration, so they are bounded rather than spelled out: a
// numbering.xml may ask for the two-billionth letter (「AAA…」 77 million
// times), eight times over, in every paragraph. Word's own numbers stop at 32767.
constexpr int kMaxListNumber = 32767;
constexpr size_t kMaxLabelBytes = 64;  // 「1.2.3.4.5.6.7.8.9.」 is 18

// A w:val number: atoi's result for out-of-range text is undefined.
int decimal(const std::string& s) {
  const long long n = std::strtoll(s.c_str(), nullptr, 10);
  return static_cast<int>(std::clamp<long long>(n, INT_MIN, INT_MAX));
}

int list_number(const std::string& s) { return std::clamp(decimal(s), 0, kMaxListNumber); }

struct Level {
  std::string format = "decimal";  // w:numFmt: bullet, decimal, decimalEnclosedCircle …
  std::string text;                // w:lvlText: 「%1.」「(%2)」「・」
  int start = 1;
  bool space = true;               // a tab or space follows the number (w:suff)
};

using Levels = std::map<int, Level>;  // by w:ilvl, 0–8

// Word has nine levels; any other ilvl is never shown, and would only make
// each list's copy of its abstract list's levels longer.
bool is_level(int ilvl) { return ilvl >= 0 && ilvl <= 8; }

Level read_level(const Names& w, const pugi::xml_node& lvl) {
  Level level;
  if (auto fmt = w.val(lvl, "numFmt"); !fmt.empty()) level.format = fmt;
  level.text = w.val(lvl, "lvlText");
  if (auto start = w.val(lvl, "start"); !start.empty()) level.start = list_number(start);
  level.space = w.val(lvl, "suff") != "nothing";
  return level;
}

Levels read_levels(const Names& w, const pugi::xml_node& parent) {
  Levels levels;
  for (const pugi::xml_node& lvl : w.children(parent, "lvl"))
    if (const int ilvl = decimal(w.attr(lvl, "ilvl")); is_level(ilvl)) levels[ilvl] = read_level(w, lvl);
  return levels;
}

// A list (w:num): an abstract list's levels with the list's overrides. Word
// counts on across lists of the same abstract list unless one restarts.
struct List {
  Levels levels;
  std::string counter;  // lists sharing a counter continue each other's numbers
};

// numbering.xml
std::map<std::string, List> read_lists(const Part& part) {
  const Names& w = part.names;
  std::map<std::string, Levels> abstract;
  std::map<std::string, List> lists;
  for (const pugi::xml_node& a : w.children(part.root(), "abstractNum"))
    abstract[w.attr(a, "abstractNumId")] = read_levels(w, a);
  for (const pugi::xml_node& num : w.children(part.root(), "num")) {
    const std::string abstract_id = w.val(num, "abstractNumId"), id = w.attr(num, "numId");
    List list{abstract[abstract_id], "abstract " + abstract_id};
    for (const pugi::xml_node& o : w.children(num, "lvlOverride")) {
      const int ilvl = decimal(w.attr(o, "ilvl"));
      if (!is_level(ilvl)) continue;
      if (pugi::xml_node lvl = o.child(w("lvl").c_str())) list.levels[ilvl] = read_level(w, lvl);
      if (auto start = w.val(o, "startOverride"); !start.empty()) {
        list.levels[ilvl].start = list_number(start);
        list.counter = "list " + id;
      }
    }
    lists[id] = list;
  }
  return lists;
}

// A paragraph's list membership: list id and level.
struct ListRef {
  std::string num_id;
  int level = -1;  // -1: not given here
};

ListRef list_ref(const Names& w, const pugi::xml_node& ppr) {
  const pugi::xml_node num = ppr.child(w("numPr").c_str());
  ListRef ref;
  ref.num_id = w.val(num, "numId");
  if (auto ilvl = w.val(num, "ilvl"); !ilvl.empty()) ref.level = decimal(ilvl);
  return ref;
}

// styles.xml: list styles (「List Bullet」) number their paragraphs themselves.
struct Style {
  ListRef list;
  std::string based_on;
};

struct Styles {
  std::map<std::string, Style> by_id;
  std::string default_paragraph;
};

Styles read_styles(const Part& part) {
  const Names& w = part.names;
  Styles styles;
  for (const pugi::xml_node& s : w.children(part.root(), "style")) {
    if (w.attr(s, "type") != "paragraph") continue;
    const std::string id = w.attr(s, "styleId");
    styles.by_id[id] = {list_ref(w, s.child(w("pPr").c_str())), w.val(s, "basedOn")};
    const std::string is_default = w.attr(s, "default");
    if (is_default == "1" || is_default == "true") styles.default_paragraph = id;
  }
  return styles;
}

// 「AA」 for 27: Word's letter numbers, the letter repeated.
std::string repeat(std::u32string_view letters, int n) {
  if (n < 1) return std::to_string(n);  // no letter for 0
  const int k = static_cast<int>(letters.size());
  return to_utf8(std::u32string(static_cast<size_t>((n - 1) / k + 1), letters[(n - 1) % k]));
}

std::string roman(int n) {
  static const std::pair<int, const char*> digits[] = {
      {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
      {50, "L"},   {40, "XL"},  {10, "X"},  {9, "IX"},   {5, "V"},   {4, "IV"}, {1, "I"}};
  std::string out;
  for (const auto& [value, letters] : digits)
    for (; n >= value; n -= value) out += letters;
  return out;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return s;
}

// 「十二」 for 12: the kanji numbers of Japanese list styles (below 100).
std::string kanji_number(int n) {
  static const std::u32string digit = U"〇一二三四五六七八九";
  if (n <= 0 || n >= 100) return std::to_string(n);
  std::u32string out;
  if (n >= 20) out += digit[static_cast<size_t>(n / 10)];
  if (n >= 10) out += U'十';
  if (n % 10 || n < 10) out += digit[static_cast<size_t>(n % 10)];
  return to_utf8(out);
}

// At most `bytes` of `s`, not cutting a character.
std::string utf8_prefix(std::string s, size_t bytes) {
  if (s.size() <= bytes) return s;
  while (bytes > 0 && (static_cast<unsigned char>(s[bytes]) & 0xC0) == 0x80) --bytes;
  s.resize(bytes);
  return s;
}

// How Word writes list number `n` in format `format` (w:ST_NumberFormat).
std::string format_number(int n, const std::string& format) {
  if (format == "none") return "";
  if (format == "decimalZero" && n < 10) return "0" + std::to_string(n);
  if ((format == "decimalEnclosedCircle" || format == "decimalEnclosedCircleChinese") && n >= 1 &&
      n <= 20)
    return to_utf8(std::u32string(1, static_cast<char32_t>(0x2460 + n - 1)));
  if (format == "decimalEnclosedParen") return "(" + std::to_string(n) + ")";
  if (format == "decimalEnclosedFullstop") return std::to_string(n) + ".";
  if (format == "upperLetter") return repeat(U"ABCDEFGHIJKLMNOPQRSTUVWXYZ", n);
  if (format == "lowerLetter") return repeat(U"abcdefghijklmnopqrstuvwxyz", n);
  if (format == "upperRoman") return roman(n);
  if (format == "lowerRoman") return lower(roman(n));
  if (format == "aiueo" || format == "aiueoFullWidth")
    return repeat(U"アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン", n);
  if (format == "iroha" || format == "irohaFullWidth")
    return repeat(U"イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセスン", n);
  if (format == "ideographTraditional") return repeat(U"甲乙丙丁戊己庚辛壬癸", n);
  if (format == "ideographZodiac") return repeat(U"子丑寅卯辰巳午未申酉戌亥", n);
  if (format == "japaneseCounting" || format == "ideographDigital" ||
      format == "japaneseDigitalTenThousand" || format == "chineseCounting")
    return kanji_number(n);
  return std::to_string(n);  // decimal, decimalFullWidth (folded later) and the rest
}

// Bullets print as ・, whatever glyph the list uses (Symbol's , •, ●, ■ …),
// except ○: in these documents it marks a heading level, not an item.
std::string bullet(const Level& level) {
  if (level.text == "○" || level.text == "◯") return level.text + (level.space ? " " : "");
  return "・";
}

// Counts list paragraphs and writes their labels: 「1.」「(2)」「①」「・」.
class ListCounter {
 public:
  ListCounter(std::map<std::string, List> lists, Styles styles)
      : lists_(std::move(lists)), styles_(std::move(styles)) {}

  // The label of a paragraph with properties `ppr`, "" when it is no list item.
  std::string label(const Names& w, const pugi::xml_node& ppr) {
    const ListRef ref = resolve(w, ppr);
    auto list = lists_.find(ref.num_id);
    if (ref.num_id.empty() || ref.num_id == "0" || list == lists_.end()) return "";
    const int level = std::clamp(ref.level, 0, 8);
    const Level& format = list->second.levels[level];
    if (format.format == "bullet") return bullet(format);
    std::array<int, 9>& count = counts_[list->second.counter];
    count[static_cast<size_t>(level)] =
        count[static_cast<size_t>(level)]
            ? std::min(count[static_cast<size_t>(level)] + 1, kMaxListNumber)
            : format.start;
    for (size_t deeper = static_cast<size_t>(level) + 1; deeper < count.size(); ++deeper)
      count[deeper] = 0;
    std::string text = expand(format.text, list->second.levels, count);
    return text.empty() ? "" : text + (format.space ? " " : "");
  }

 private:
  // Direct numbering wins over the paragraph style's (and the styles it is based on).
  ListRef resolve(const Names& w, const pugi::xml_node& ppr) const {
    ListRef ref = list_ref(w, ppr);
    std::string style = w.val(ppr, "pStyle");
    if (style.empty()) style = styles_.default_paragraph;
    for (int depth = 0; depth < 16 && (ref.num_id.empty() || ref.level < 0); ++depth) {
      auto s = styles_.by_id.find(style);
      if (s == styles_.by_id.end()) break;
      if (ref.num_id.empty()) ref.num_id = s->second.list.num_id;
      if (ref.level < 0 && !s->second.list.num_id.empty()) ref.level = s->second.list.level;
      style = s->second.based_on;
    }
    return ref;
  }

  // 「%1.%2」 with each %N as level N counts, in level N's format.
  static std::string expand(const std::string& pattern, Levels& levels,
                            const std::array<int, 9>& count) {
    std::string out;
    for (size_t i = 0; i < pattern.size() && out.size() <= kMaxLabelBytes; ++i) {
      if (pattern[i] != '%' || i + 1 >= pattern.size() || pattern[i + 1] < '1' ||
          pattern[i + 1] > '9') {
        out += pattern[i];
        continue;
      }
      const int level = pattern[++i] - '1';
      const Level& l = levels[level];
      out += format_number(count[static_cast<size_t>(level)] ? count[static_cast<size_t>(level)]
                                                             : l.start,
                           l.format);
    }
    return utf8_prefix(out, kMaxLabelBytes);
  }

  std::map<std::string, List> lists_;
  Styles styles_;
  std::map<std::string, std::array<int, 9>> counts_;
};

// --- The document body -------------------------------------------------------

// 「¹²」: footnote references as the superscript marks the parser knows.
std::string superscript(int n) {
  static const char32_t digits[] = {0x2070, 0xB9, 0xB2, 0xB3, 0x2074,
                                    0x2075, 0x2076, 0x2077, 0x2078, 0x2079};
  std::u32string out;
  for (char c : std::to_string(n)) out += digits[c - '0'];
  return to_utf8(out);
}

class BodyReader {
 public:
  // The text is refused once it is longer than `max_size`, as the file would be.
  BodyReader(const Names& w, ListCounter& lists, const Part& footnotes, const std::string& path,
             std::uintmax_t max_size)
      : w_(w), lists_(lists), path_(path), max_size_(max_size) {
    const Names& f = footnotes.names;
    for (const pugi::xml_node& n : f.children(footnotes.root(), "footnote"))
      for (const pugi::xml_node& p : f.children(n, "p")) footnotes_[f.attr(n, "id")].push_back(p);
  }

  std::string read(const pugi::xml_node& body) {
    block(body);
    const size_t referenced = noted_.size();  // by the body, not by footnotes themselves
    for (size_t i = 0; i < referenced; ++i)
      add(superscript(static_cast<int>(i) + 1) + " " + footnote_text(noted_[i]));
    return std::move(text_) + "\n";
  }

 private:
  void add(const std::string& paragraph) {
    if (text::normalize_line(paragraph).empty()) return;
    const std::string_view separator = text_.empty() ? "" : "\n\n";
    if (text_.size() + separator.size() + paragraph.size() > max_size_)
      refuse(path_, unpacked_too_large(max_size_));
    text_.append(separator).append(paragraph);
  }

  // Paragraphs and tables, also inside content controls and custom XML.
  void block(const pugi::xml_node& parent) {
    for (const pugi::xml_node& n : parent.children()) {
      if (w_.is(n, "p")) add(paragraph(n));
      else if (w_.is(n, "tbl")) table(n, [&](const std::string& row) { add(row); });
      else if (w_.is(n, "sdt")) block(n.child(w_("sdtContent").c_str()));
      else if (w_.is(n, "customXml") || w_.is(n, "ins") || w_.is(n, "moveTo")) block(n);
    }
  }

  std::string paragraph(const pugi::xml_node& p) {
    std::string text = lists_.label(w_, p.child(w_("pPr").c_str()));
    runs(p, text);
    return text;
  }

  // Each row a line: its cells' text separated by tabs, empty cells left out.
  template <typename Emit>
  void table(const pugi::xml_node& tbl, Emit emit) {
    for (const pugi::xml_node& tr : w_.children(tbl, "tr")) {
      std::string row;
      for (const pugi::xml_node& tc : w_.children(tr, "tc")) {
        const std::string cell = cell_text(tc);
        if (text::normalize_line(cell).empty()) continue;
        row += (row.empty() ? "" : "\t") + cell;
      }
      emit(row);
    }
  }

  std::string cell_text(const pugi::xml_node& tc) {
    std::string text;
    auto append = [&](std::string piece) {
      for (char& c : piece)
        if (c == '\n') c = ' ';
      if (!text::normalize_line(piece).empty()) text += (text.empty() ? "" : " ") + piece;
    };
    for (const pugi::xml_node& n : tc.children()) {
      if (w_.is(n, "p")) append(paragraph(n));
      if (w_.is(n, "tbl")) table(n, append);
    }
    return text;
  }

  // The text of runs, through hyperlinks, fields, insertions and content
  // controls; deletions, field codes and drawings are not text.
  void runs(const pugi::xml_node& parent, std::string& out) {
    for (const pugi::xml_node& n : parent.children()) {
      if (w_.is(n, "r")) run(n, out);
      else if (w_.is(n, "hyperlink") || w_.is(n, "smartTag") || w_.is(n, "ins") ||
               w_.is(n, "moveTo") || w_.is(n, "fldSimple") || w_.is(n, "customXml") ||
               w_.is(n, "dir") || w_.is(n, "bdo"))
        runs(n, out);
      else if (w_.is(n, "sdt")) runs(n.child(w_("sdtContent").c_str()), out);
    }
  }

  void run(const pugi::xml_node& r, std::string& out) {
    for (const pugi::xml_node& n : r.children()) {
      if (w_.is(n, "t")) out += n.text().get();
      else if (w_.is(n, "tab")) out += '\t';
      else if (w_.is(n, "cr")) out += '\n';
      else if (w_.is(n, "br") && w_.attr(n, "type").empty()) out += '\n';  // not a page break
      else if (w_.is(n, "noBreakHyphen")) out += '-';
      else if (w_.is(n, "footnoteReference")) out += note(w_.attr(n, "id"));
    }
  }

  std::string note(const std::string& id) {
    noted_.push_back(id);
    return superscript(static_cast<int>(noted_.size()));
  }

  std::string footnote_text(const std::string& id) {
    std::string text;
    auto found = footnotes_.find(id);
    if (found == footnotes_.end()) return text;
    for (const pugi::xml_node& p : found->second) runs(p, text);
    return text.substr(std::min(text.find_first_not_of(" \t"), text.size()));
  }

  const Names& w_;
  ListCounter& lists_;
  // The paragraphs of each footnote id (Word writes one footnote an id; more
  // are read together): a lookup per reference, not a walk through them all.
  std::unordered_map<std::string, std::vector<pugi::xml_node>> footnotes_;
  const std::string& path_;
  const std::uintmax_t max_size_;
  std::string text_;                // the paragraphs so far, a blank line between them
  std::vector<std::string> noted_;  // footnote ids in the order they are referenced
};

// What a ZIP archive that is no Word document is, for the refusal.
std::string zip_kind(const Archive& archive) {
  if (archive.has("xl/workbook.xml")) return "Excel workbook (.xlsx), not a text edition";
  if (archive.has("ppt/presentation.xml")) return "PowerPoint file (.pptx), not a text edition";
  if (archive.has("mimetype") && archive.has("content.xml"))
    return "OpenDocument file, not supported (save it as .docx or PDF)";
  return "ZIP archive, not a text edition";
}

DecodedText read_word(const std::string& path, const Archive& archive, const std::string& main,
                      std::uintmax_t max_size) {
  std::unique_ptr<Part> document = load_part(path, archive, main);
  const Names& w = document->names;
  const pugi::xml_node body = document->root().child(w("body").c_str());
  if (!w.is(document->root(), "document")) refuse(path, zip_kind(archive));
  if (!body) refuse(path, "corrupt Word document (" + main + " has no body)");
  const Relations parts = relations(path, archive, main);
  auto related = [&](const char* type) {
    return load_part(path, archive, parts.target(path, archive, type));
  };
  std::unique_ptr<Part> numbering = related("numbering"), styles = related("styles"),
                        footnotes = related("footnotes");
  ListCounter lists(read_lists(*numbering), read_styles(*styles));
  DecodedText out;
  out.utf8 = BodyReader(w, lists, *footnotes, path, max_size).read(body);
  // The parts are valid UTF-8 (load_part), but pugixml writes what a character
  // reference says, a surrogate (&#xD800;) or a number past Unicode too.
  if (!is_valid_utf8(out.utf8))
    refuse(path, "corrupt Word document (a character reference to no Unicode character)");
  out.encoding = "DOCX";
  return out;
}

DecodedText read_zip_document(const std::string& path, std::string_view bytes,
                              std::uintmax_t max_size) {
  const bool docx = path.size() >= 5 && lower(path.substr(path.size() - 5)) == ".docx";
  const Archive archive(path, bytes, max_size, docx ? "Word document" : "ZIP archive");
  std::string main = relations(path, archive, "").target(path, archive, "officeDocument");
  if (main.empty()) main = "word/document.xml";
  if (!archive.has(main)) refuse(path, zip_kind(archive));
  return read_word(path, archive, main, max_size);
}

}  // namespace
}  // namespace nendiff::detail

NENDIFF_MODULE_ENTRY const nendiff::detail::ModuleHeader* nendiff_docx_module() {
  using namespace nendiff::detail;
  static const DocxModule table{{kModuleAbi}, &read_zip_document};
  return &table.header;
}
