#include "serve/uploads.hpp"

#include <algorithm>

#include "nendiff/error.hpp"
#include "serve/failure.hpp"
#include "serve/upload_dir.hpp"

namespace nendiff::serve {
namespace {

const char* const kProfiles[] = {"follow-up", "law", "outline", "generic"};

Failure bad_field(const std::string& name, const std::string& rule, const std::string& value) {
  return {400, "bad_option", name + ": " + rule + ", not '" + value.substr(0, 40) + "'"};
}

const std::string* field(const Form& form, const std::string& name) {
  const auto it = form.fields.find(name);
  return it == form.fields.end() ? nullptr : &it->second;
}

// A checkbox's value (on when ticked) or a program's 1/true/yes.
bool flag(const Form& form, const std::string& name) {
  const std::string* v = field(form, name);
  if (!v) return false;
  for (const char* yes : {"on", "1", "true", "yes"})
    if (*v == yes) return true;
  for (const char* no : {"", "off", "0", "false", "no"})
    if (*v == no) return false;
  throw bad_field(name, "on or off", *v);
}

std::string profile_of(const Form& form) {
  const std::string* p = field(form, "profile");
  if (!p || p->empty() || *p == "auto") return "";
  for (const char* known : kProfiles)
    if (*p == known) return *p;
  throw bad_field("profile", "follow-up, law, outline, generic or auto", *p);
}

Language language_of(const Form& form) {
  const std::string* l = field(form, "lang");
  if (!l || l->empty() || *l == "auto") return Language::automatic;
  if (*l == "ja") return Language::ja;
  if (*l == "en") return Language::en;
  throw bad_field("lang", "ja, en or auto", *l);
}

// --only and --diff-only, in the CLI's words.
UnitFilter filter_of(const Form& form) {
  const std::string* only = field(form, "only");
  const bool diff_only = flag(form, "diff-only");
  if (only && !only->empty()) {
    if (diff_only) throw Failure{400, "bad_option", "only and diff-only: one or the other"};
    try {
      return parse_unit_filter(*only);
    } catch (const Error& e) {
      throw Failure{400, "bad_option", std::string("only: ") + e.what()};
    }
  }
  return diff_only ? parse_unit_filter("changed,added,dropped,moved") : UnitFilter{};
}

Paper paper_of(const Form& form) {
  const std::string* p = field(form, "paper");
  if (!p || p->empty()) return Paper::a4;
  try {
    return parse_paper(*p);
  } catch (const Error&) {
    throw bad_field("paper", "a4, a4-portrait or a3", *p);
  }
}

std::string encoding_of(const Form& form) {
  const std::string* e = field(form, "encoding");
  if (!e || e->empty() || *e == "auto") return "";
  const bool name = e->size() <= 40 && std::all_of(e->begin(), e->end(), [](char c) {
                      return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
                    });
  if (!name) throw bad_field("encoding", "an encoding name such as cp932", *e);
  return *e;
}

}  // namespace

Choices choices_of(const Form& form, const ServeOptions& options) {
  Choices c;
  c.input.encoding = encoding_of(form);
  c.input.max_size = options.max_size;
  c.parse.profile = profile_of(form);
  c.shown.language = language_of(form);
  c.shown.only = filter_of(form);
  c.shown.old_left = flag(form, "old-left");
  c.shown.show_rolls = flag(form, "show-rolls");
  c.shown.full = flag(form, "full");
  c.shown.paper = paper_of(form);
  return c;
}

void check_count(size_t editions, const ServeOptions& options) {
  if (editions > static_cast<size_t>(options.max_files))
    throw Failure{413, "too_many_files",
                  std::to_string(editions) + " files in one request; at most " +
                      std::to_string(options.max_files)};
}

std::vector<const Upload*> files_of(const Form& form, const std::string& field) {
  std::vector<const Upload*> files;
  for (const Upload& u : form.files)
    if (u.field == field) files.push_back(&u);
  return files;
}

void check_sizes(const std::vector<const Upload*>& files, const ServeOptions& options) {
  for (const Upload* u : files)
    if (u->bytes.size() > options.max_size)
      throw Failure{413, "too_large",
                    shown_name(u->filename, u->field) + ": larger than " +
                        std::to_string(options.max_size) + " bytes (the server's --max-size)"};
}

std::vector<const Upload*> editions_of(const Form& form, const ServeOptions& options) {
  check_count(form.files.size(), options);
  std::vector<const Upload*> editions;
  for (const char* name : {"old", "new"}) {
    const std::vector<const Upload*> files = files_of(form, name);
    if (files.size() != 1)
      throw Failure{400, files.empty() ? "missing_file" : "repeated_file",
                    std::string(files.empty() ? "no file in field '" : "more than one file in field '") +
                        name + "': send the " + (name[0] == 'o' ? "older" : "newer") +
                        " edition as '" + name + "'"};
    editions.push_back(files[0]);
  }
  check_sizes(editions, options);
  return editions;
}

}  // namespace nendiff::serve
