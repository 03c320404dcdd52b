// Word's list numbering (numbering.xml, styles.xml): the labels Word shows in
// front of list paragraphs but keeps out of their text.
#include "read/docx_numbering.hpp"

#include <algorithm>
#include <climits>
#include <cstdlib>

#include "text/unicode.hpp"

namespace nendiff::detail {
namespace {

using text::to_utf8;

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

ListRef list_ref(const Names& w, const pugi::xml_node& ppr) {
  const pugi::xml_node num = ppr.child(w("numPr").c_str());
  ListRef ref;
  ref.num_id = w.val(num, "numId");
  if (auto ilvl = w.val(num, "ilvl"); !ilvl.empty()) ref.level = decimal(ilvl);
  return ref;
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
  if (format == "lowerRoman") return ascii_lower(roman(n));
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

}  // namespace

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

// The label of a paragraph with properties `ppr`, "" when it is no list item.
std::string ListCounter::label(const Names& w, const pugi::xml_node& ppr) {
  const ListRef ref = resolve(w, ppr);
  auto list = lists_.find(ref.num_id);
  if (ref.num_id.empty() || ref.num_id == "0" || list == lists_.end()) return "";
  const int level = std::clamp(ref.level, 0, 8);
  const Level& format = list->second.levels[level];
  if (format.format == "bullet") return bullet(format);
  std::array<int, 9>& count = counts_[list->second.counter];
  int& at = count[static_cast<size_t>(level)];
  at = at ? std::min(at + 1, kMaxListNumber) : format.start;
  for (size_t deeper = static_cast<size_t>(level) + 1; deeper < count.size(); ++deeper)
    count[deeper] = 0;
  std::string text = expand(format.text, list->second.levels, count);
  return text.empty() ? "" : text + (format.space ? " " : "");
}

// Direct numbering wins over the paragraph style's (and the styles it is based on).
ListRef ListCounter::resolve(const Names& w, const pugi::xml_node& ppr) const {
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
std::string ListCounter::expand(const std::string& pattern, Levels& levels,
                                const std::array<int, 9>& count) {
  std::string out;
  for (size_t i = 0; i < pattern.size() && out.size() <= kMaxLabelBytes; ++i) {
    if (pattern[i] != '%' || i + 1 >= pattern.size() || pattern[i + 1] < '1' ||
        pattern[i + 1] > '9') {
      out += pattern[i];
      continue;
    }
    const auto level = static_cast<size_t>(pattern[++i] - '1');
    const Level& l = levels[static_cast<int>(level)];
    out += format_number(count[level] ? count[level] : l.start, l.format);
  }
  return utf8_prefix(out, kMaxLabelBytes);
}

}  // namespace nendiff::detail
