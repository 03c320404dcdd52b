#include "batch/shown.hpp"

namespace nendiff::detail {
namespace {

void show_document(BatchDocument& d, const std::string& base) { d.path = shown_path(d.path, base); }

// A message names its path anywhere in it (「PATH: cannot read …」).
void show_failure(BatchFailure& f, const std::string& base) {
  const std::string prefix = base + "/";
  for (size_t at = f.message.find(prefix); at != std::string::npos; at = f.message.find(prefix, at))
    f.message.erase(at, prefix.size());
  f.path = shown_path(f.path, base);
}

}  // namespace

std::string shown_path(const std::string& path, const std::string& base) {
  if (base.empty() || path.compare(0, base.size(), base) != 0) return path;
  if (path.size() == base.size()) return ".";
  return path[base.size()] == '/' ? path.substr(base.size() + 1) : path;
}

void show_from(BatchResult& r, const std::string& base) {
  if (base.empty()) return;
  for (BatchPair& p : r.pairs) {
    show_document(p.old_doc, base);
    show_document(p.new_doc, base);
  }
  for (auto* docs : {&r.unmatched_old, &r.unmatched_new})
    for (BatchDocument& d : *docs) show_document(d, base);
  for (auto* failures : {&r.failures, &r.not_followed})
    for (BatchFailure& f : *failures) show_failure(f, base);
}

}  // namespace nendiff::detail
