#include "serve/asked.hpp"

#include "serve/failure.hpp"

namespace nendiff::serve {
namespace {

const std::string* field(const Form& form, const std::string& name) {
  const auto it = form.fields.find(name);
  return it == form.fields.end() ? nullptr : &it->second;
}

// Two fields that go together (old-path and new-path …), both given.
std::vector<std::string> both(const Form& form, const std::string& old_name, const std::string& new_name) {
  const std::string *o = field(form, old_name), *n = field(form, new_name);
  if (!o || !n)
    throw Failure{400, "missing_file", "send both '" + old_name + "' and '" + new_name + "'"};
  return {*o, *n};
}

Asked::Kind by_count(size_t editions) {
  if (editions < 2)
    throw Failure{400, "missing_file", "choose two editions to compare, or three or more for their history"};
  return editions == 2 ? Asked::Kind::comparison : Asked::Kind::history;
}

// Editions chosen under --root, never with uploads.
Asked picked(const Form& form, const ServeOptions& options) {
  if (options.root.empty())
    throw Failure{404, "no_root", "the server offers no folder to choose from (started without --root)"};
  if (!form.files.empty())
    throw Failure{400, "bad_option", "upload editions or choose them on the server, not both"};
  if (field(form, "old-dir") || field(form, "new-dir"))
    return {Asked::Kind::folders, {}, both(form, "old-dir", "new-dir")};
  if (field(form, "old-path") || field(form, "new-path"))
    return {Asked::Kind::comparison, {}, both(form, "old-path", "new-path")};
  check_count(form.paths.size(), options);
  return {by_count(form.paths.size()), {}, form.paths};
}

bool picks_under_root(const Form& form) {
  for (const char* name : {"old-dir", "new-dir", "old-path", "new-path"})
    if (field(form, name)) return true;
  return !form.paths.empty();
}

}  // namespace

Asked asked_of(const Form& form, const ServeOptions& options) {
  if (picks_under_root(form)) return picked(form, options);
  check_count(form.files.size(), options);
  std::vector<const Upload*> editions = files_of(form, "editions");
  if (editions.empty()) return {Asked::Kind::comparison, editions_of(form, options), {}};
  if (editions.size() != form.files.size())
    throw Failure{400, "bad_option", "send the editions either as 'old' and 'new' or all as 'editions'"};
  const Asked::Kind kind = by_count(editions.size());
  check_sizes(editions, options);
  return {kind, std::move(editions), {}};
}

}  // namespace nendiff::serve
