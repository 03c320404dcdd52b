// A user's profile file (TOML, docs/profiles.md): a family's layout nendiff has
// no built-in profile for. Every mistake is one line naming the file, the line
// and the key, as a compiler names a source position.
#define TOML_HEADER_ONLY 1
#define TOML_EXCEPTIONS 1
#include <toml++/toml.h>

#include <fstream>
#include <functional>
#include <map>
#include <sstream>

#include "nendiff/error.hpp"
#include "parse/profile_file.hpp"
#include "text/normalize.hpp"
#include "text/unicode.hpp"

namespace nendiff {
namespace {

// Where a mistake is: the file, and the line of the node (or of its table).
class Reader {
 public:
  explicit Reader(std::string path) : path_(std::move(path)) {}

  [[noreturn]] void fail(const toml::node& at, const std::string& key,
                         const std::string& problem) const {
    throw Error(path_ + ":" + std::to_string(at.source().begin.line) + ": " + key + ": " + problem);
  }

  std::string string(const toml::node& node, const std::string& key) const {
    const std::optional<std::string> s = node.value<std::string>();
    if (!s) fail(node, key, "expected a string");
    return *s;
  }

  bool boolean(const toml::node& node, const std::string& key) const {
    const std::optional<bool> b = node.value<bool>();
    if (!b) fail(node, key, "expected true or false");
    return *b;
  }

  // Strings as matched: folded to half width like the lines they meet.
  std::u32string folded(const toml::node& node, const std::string& key) const {
    return text::to_u32(text::fold_line(string(node, key)));
  }

  NumberingTemplate form(const toml::node& node, const std::string& key) const {
    try {
      return NumberingTemplate::parse(text::fold_line(string(node, key)));
    } catch (const Error& e) {
      fail(node, key, e.what());
    }
  }

  const toml::array& array(const toml::node& node, const std::string& key) const {
    if (!node.is_array()) fail(node, key, "expected a list [ … ]");
    return *node.as_array();
  }

  // Each element of an array of tables, with its key path 「heading[2]」.
  void tables(const toml::node& node, const std::string& key,
              const std::function<void(const toml::table&, const std::string&)>& each) const {
    const toml::array& list = array(node, key);
    for (size_t i = 0; i < list.size(); ++i) {
      const std::string path = key + "[" + std::to_string(i + 1) + "]";
      if (!list[i].is_table()) fail(list[i], path, "expected a table");
      each(*list[i].as_table(), path);
    }
  }

  // Calls `take` for each key of `table`; an unknown key is a mistake.
  void keys(const toml::table& table, const std::string& prefix,
            const std::map<std::string, std::function<void(const toml::node&, const std::string&)>>& take)
      const {
    for (auto&& [k, node] : table) {
      const std::string key = std::string(k.str());
      const std::string path = prefix.empty() ? key : prefix + "." + key;
      auto it = take.find(key);
      if (it == take.end()) fail(node, path, "unknown key" + known_keys(take));
      it->second(node, path);
    }
  }

 private:
  // 「 (known: a, b)」: the keys the table takes, for a misspelt one.
  template <typename Map>
  static std::string known_keys(const Map& known) {
    std::string all;
    for (const auto& [name, _] : known) all += (all.empty() ? "" : ", ") + name;
    return " (known: " + all + ")";
  }

  std::string path_;
};

UnitKind unit_kind(const Reader& r, const toml::node& node, const std::string& key) {
  const std::string name = r.string(node, key);
  for (UnitKind k : {UnitKind::measure, UnitKind::article, UnitKind::item, UnitKind::paragraph})
    if (name == unit_kind_name(k)) return k;
  r.fail(node, key, "'" + name + "' is not one of measure, article, item, paragraph");
}

std::vector<std::u32string> folded_list(const Reader& r, const toml::node& node,
                                        const std::string& key) {
  std::vector<std::u32string> out;
  const toml::array& list = r.array(node, key);
  for (size_t i = 0; i < list.size(); ++i)
    out.push_back(r.folded(list[i], key + "[" + std::to_string(i + 1) + "]"));
  return out;
}

std::vector<NumberingTemplate> forms(const Reader& r, const toml::node& node, const std::string& key) {
  std::vector<NumberingTemplate> out;
  const toml::array& list = r.array(node, key);
  for (size_t i = 0; i < list.size(); ++i)
    out.push_back(r.form(list[i], key + "[" + std::to_string(i + 1) + "]"));
  return out;
}

HeadingStyle heading(const Reader& r, const toml::table& t, const std::string& path) {
  HeadingStyle h{NumberingTemplate::parse("{t}")};
  bool has_form = false;
  r.keys(t, path,
         {{"form", [&](const toml::node& n, const std::string& k) {
             h.form = r.form(n, k);
             has_form = true;
           }}});
  if (!has_form) r.fail(t, path, "needs a form, e.g. form = \"第{n}章 {t}\"");
  return h;
}

ItemStyle item(const Reader& r, const toml::table& t, const std::string& path) {
  ItemStyle i{NumberingTemplate::parse("{t}")};
  bool has_form = false;
  r.keys(t, path,
         {{"form", [&](const toml::node& n, const std::string& k) {
             i.form = r.form(n, k);
             has_form = true;
           }},
          {"names_unit", [&](const toml::node& n, const std::string& k) { i.names_unit = r.boolean(n, k); }},
          {"top_level_only",
           [&](const toml::node& n, const std::string& k) { i.top_level_only = r.boolean(n, k); }}});
  if (!has_form) r.fail(t, path, "needs a form, e.g. form = \"・{t}\"");
  return i;
}

TagForm tag_form(const Reader& r, const toml::table& t, const std::string& path) {
  TagForm f;
  r.keys(t, path,
         {{"brackets",
           [&](const toml::node& n, const std::string& k) {
             const std::u32string b = r.folded(n, k);
             if (b.size() != 2) r.fail(n, k, "expected the opening and the closing bracket, e.g. \"【】\"");
             f.open = b[0], f.close = b[1];
           }},
          {"prefixes", [&](const toml::node& n, const std::string& k) { f.prefixes = folded_list(r, n, k); }},
          {"known_bodies_only",
           [&](const toml::node& n, const std::string& k) { f.known_bodies_only = r.boolean(n, k); }}});
  if (!f.open) r.fail(t, path, "needs brackets, e.g. brackets = \"【】\"");
  return f;
}

Body body(const Reader& r, const toml::table& t, const std::string& path) {
  Body b;
  r.keys(t, path,
         {{"name", [&](const toml::node& n, const std::string& k) { b.name = r.string(n, k); }},
          {"aliases",
           [&](const toml::node& n, const std::string& k) {
             const toml::array& list = r.array(n, k);
             for (size_t i = 0; i < list.size(); ++i)
               b.aliases.push_back(r.string(list[i], k + "[" + std::to_string(i + 1) + "]"));
           }},
          {"ended",
           [&](const toml::node& n, const std::string& k) {
             b.ended = r.string(n, k);
             if (b.ended.size() != 10 || b.ended[4] != '-' || b.ended[7] != '-')
               r.fail(n, k, "expected a date YYYY-MM-DD");
           }},
          {"successor", [&](const toml::node& n, const std::string& k) { b.successor = r.string(n, k); }}});
  if (b.name.empty()) r.fail(t, path, "needs a name");
  return b;
}

Profile read(const Reader& r, const toml::table& root) {
  Profile p;
  if (const toml::node* base = root.get("extends")) {
    const std::string name = r.string(*base, "extends");
    const Profile* builtin = builtin_profile(name);
    if (!builtin) r.fail(*base, "extends", "no built-in profile '" + name + "' (follow-up, law, outline, generic)");
    p = *builtin;
  }
  p.name.clear();
  r.keys(root, "",
         {{"name", [&](const toml::node& n, const std::string& k) { p.name = r.string(n, k); }},
          {"extends", [](const toml::node&, const std::string&) {}},
          {"description", [&](const toml::node& n, const std::string& k) { p.description = r.string(n, k); }},
          {"unit", [&](const toml::node& n, const std::string& k) { p.unit = unit_kind(r, n, k); }},
          {"rolls_years", [&](const toml::node& n, const std::string& k) { p.rolls_years = r.boolean(n, k); }},
          {"paragraphs_are_units",
           [&](const toml::node& n, const std::string& k) { p.paragraphs_are_units = r.boolean(n, k); }},
          {"markdown", [&](const toml::node& n, const std::string& k) { p.markdown = r.boolean(n, k); }},
          {"hard_wrapped", [&](const toml::node& n, const std::string& k) { p.hard_wrapped = r.boolean(n, k); }},
          {"lead_by_order", [&](const toml::node& n, const std::string& k) { p.lead_by_order = r.boolean(n, k); }},
          {"heading",
           [&](const toml::node& n, const std::string& k) {
             p.headings.clear();
             r.tables(n, k, [&](const toml::table& t, const std::string& at) { p.headings.push_back(heading(r, t, at)); });
           }},
          {"item",
           [&](const toml::node& n, const std::string& k) {
             p.items.clear();
             r.tables(n, k, [&](const toml::table& t, const std::string& at) { p.items.push_back(item(r, t, at)); });
           }},
          {"tag",
           [&](const toml::node& n, const std::string& k) {
             p.tags.clear();
             r.tables(n, k, [&](const toml::table& t, const std::string& at) { p.tags.push_back(tag_form(r, t, at)); });
           }},
          {"body",
           [&](const toml::node& n, const std::string& k) {
             r.tables(n, k, [&](const toml::table& t, const std::string& at) { p.bodies.push_back(body(r, t, at)); });
           }},
          {"caption", [&](const toml::node& n, const std::string& k) { p.captions = forms(r, n, k); }},
          {"footnote", [&](const toml::node& n, const std::string& k) { p.footnotes = forms(r, n, k); }},
          {"lead_marks", [&](const toml::node& n, const std::string& k) { p.lead_marks = folded_list(r, n, k); }},
          {"not_tags", [&](const toml::node& n, const std::string& k) { p.not_tags = folded_list(r, n, k); }},
          {"ministry_columns",
           [&](const toml::node& n, const std::string& k) { p.ministry_columns = folded_list(r, n, k); }}});
  if (p.name.empty()) r.fail(root, "name", "a profile needs a name");
  return p;
}

}  // namespace

Profile read_profile_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path + ": cannot read the profile file");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  Reader r(path);
  try {
    return read(r, toml::parse(bytes.str(), path));
  } catch (const toml::parse_error& e) {
    throw Error(path + ":" + std::to_string(e.source().begin.line) + ": " +
                std::string(e.description()));
  }
}

}  // namespace nendiff
