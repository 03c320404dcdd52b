// The report formats: their names, the one grammar of --format, the format an
// output file's extension implies, and which formats each view comes in.
#include <algorithm>
#include <boost/filesystem.hpp>
#include <sstream>

#include "nendiff/error.hpp"
#include "nendiff/report.hpp"

namespace nendiff {
namespace {

struct Name {
  const char* name;
  Format format;
};
// Canonical names first: format_name() gives the first one of each format.
const Name kNames[] = {{"text", Format::text}, {"json", Format::json},  {"md", Format::markdown},
                       {"csv", Format::csv},   {"xlsx", Format::xlsx},  {"html", Format::html},
                       {"docx", Format::docx}, {"pdf", Format::pdf},
                       {"txt", Format::text},  {"markdown", Format::markdown},
                       {"htm", Format::html}};

// Names are ASCII; R.HTML and -f HTML mean html.
const Format* find_format(std::string name) {
  for (char& ch : name)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  for (const Name& n : kNames)
    if (name == n.name) return &n.format;
  return nullptr;
}

// 「text, json, html or csv」
std::string listed(const std::vector<Format>& formats) {
  std::string out;
  for (size_t i = 0; i < formats.size(); ++i)
    out += std::string(i == 0 ? "" : i + 1 == formats.size() ? " or " : ", ") +
           format_name(formats[i]);
  return out;
}

}  // namespace

std::vector<Format> parse_formats(const std::string& list) {
  std::vector<Format> formats;
  std::istringstream in(list);
  for (std::string name; std::getline(in, name, ',');) {
    const Format* f = find_format(name);
    if (!f) throw Error("unknown format '" + name + "' (text, json, md, csv, xlsx, html, docx, pdf)");
    if (std::find(formats.begin(), formats.end(), *f) == formats.end()) formats.push_back(*f);
  }
  return formats;
}

std::optional<Format> format_for_path(const std::string& path) {
  const std::string ext = boost::filesystem::path(path).extension().string();
  if (ext.empty() || ext == ".") return Format::text;
  const Format* f = find_format(ext.substr(1));
  return f ? std::optional<Format>(*f) : std::nullopt;
}

const char* format_name(Format f) {
  for (const Name& n : kNames)
    if (n.format == f) return n.name;
  return "text";
}

const char* format_extension(Format f) { return f == Format::text ? "txt" : format_name(f); }

const char* view_name(View v) {
  switch (v) {
    case View::document: return "parse";
    case View::findings: return "check";
    case View::comparison: return "compare";
    case View::history: return "history";
  }
  return "compare";
}

const std::vector<Format>& formats_of(View v) {
  static const std::vector<Format> text_json = {Format::text, Format::json};
  static const std::vector<Format> all = {Format::text, Format::json, Format::markdown,
                                          Format::csv,  Format::xlsx, Format::html,
                                          Format::docx, Format::pdf};
  static const std::vector<Format> history = {Format::text, Format::json, Format::html,
                                              Format::csv, Format::pdf};
  switch (v) {
    case View::document:
    case View::findings: return text_json;
    case View::comparison: return all;
    case View::history: return history;
  }
  return all;
}

std::string format_rule(View v) { return std::string(view_name(v)) + " output is " + listed(formats_of(v)); }

void require_format(View v, Format f) {
  const std::vector<Format>& formats = formats_of(v);
  if (std::find(formats.begin(), formats.end(), f) == formats.end()) throw Error(format_rule(v));
}

Paper parse_paper(const std::string& name) {
  if (name == "a4") return Paper::a4;
  if (name == "a4-portrait") return Paper::a4_portrait;
  if (name == "a3") return Paper::a3;
  throw Error("unknown paper '" + name + "' (a4, a4-portrait, a3)");
}

}  // namespace nendiff
