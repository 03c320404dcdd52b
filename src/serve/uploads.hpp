// What a comparison request carries — the editions uploaded and the options,
// in fields named like compare's options — checked before anything is read.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "nendiff/parse.hpp"
#include "nendiff/read.hpp"
#include "nendiff/report.hpp"
#include "serve/options.hpp"

namespace nendiff::serve {

struct Upload {
  std::string field;     // 「old」, 「new」
  std::string filename;  // as the client named it (never used as a path)
  std::string bytes;
};

struct Form {
  std::vector<Upload> files;
  std::map<std::string, std::string> fields;  // the options, by name
  std::vector<std::string> paths;  // the fields 'path', in order: editions picked under --root
};

// How to read and show one comparison: compare's options, as the CLI reads them.
struct Choices {
  InputOptions input;
  ParseOptions parse;
  ReportOptions shown;
};

// The fields profile (a built-in one: no path on the server), lang, encoding,
// only, diff-only, old-left, show-rolls, full, paper; throws Failure (400)
// naming a value that is wrong.
Choices choices_of(const Form& form, const ServeOptions& options);
// The files of `old` and `new`, in that order; throws Failure for a missing
// or repeated one (400), too many files (413) or one over --max-size (413).
std::vector<const Upload*> editions_of(const Form& form, const ServeOptions& options);
// The files of `field`, in order.
std::vector<const Upload*> files_of(const Form& form, const std::string& field);
// Throws Failure (413 too_large) for a file over --max-size.
void check_sizes(const std::vector<const Upload*>& files, const ServeOptions& options);
// Throws Failure (413 too_many_files) for more than --max-files editions.
void check_count(size_t editions, const ServeOptions& options);

}  // namespace nendiff::serve
