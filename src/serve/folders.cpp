#include "serve/folders.hpp"

#include <algorithm>
#include <fstream>
#include <new>
#include <sstream>

#include "nendiff/error.hpp"
#include "serve/failure.hpp"
#include "serve/strings.hpp"

namespace nendiff::serve {
namespace {

BatchOptions batch_options(const Root& root, const Choices& choices) {
  BatchOptions o;  // JSON and HTML reports, as the CLI's default
  o.input = choices.input;
  o.parse = choices.parse;
  o.report = choices.shown;
  o.shown_from = root.path();  // reports name 「2024/a.txt」, never where the root is
  return o;
}

// The run's failures name paths under the root only (BatchOptions::shown_from),
// but compare_trees' own refusal names a folder as it was given.
Failure refusal(std::string message, const Root& root, const std::string& out_dir) {
  replace_all(message, root.path() + "/", "");
  replace_all(message, out_dir, "(reports)");
  return {422, "unreadable_folder", message};
}

}  // namespace

FolderReports::FolderReports(const Root& root, const std::string& old_dir, const std::string& new_dir,
                             const Choices& choices) {
  try {
    result_ = compare_trees(root.folder(old_dir), root.folder(new_dir), out_.path(),
                            batch_options(root, choices));
  } catch (const Error& e) {
    throw refusal(e.what(), root, out_.path());
  } catch (const std::bad_alloc&) {
    throw Failure{507, "out_of_memory", "not enough memory to compare these folders"};
  }
  if (result_.pairs.empty())
    throw Failure{422, "no_pairs", "no pair of documents could be compared in these folders"};
}

std::optional<std::string> FolderReports::file(const std::string& relative) const {
  bool written = relative == "index.html" || relative == "index.json";
  for (const BatchPair& p : result_.pairs)
    written = written || std::find(p.reports.begin(), p.reports.end(), relative) != p.reports.end();
  if (!written) return std::nullopt;
  std::ifstream in(out_.path() + "/" + relative, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in) return std::nullopt;
  return bytes.str();
}

}  // namespace nendiff::serve
