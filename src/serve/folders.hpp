// Folder comparison under --root: two year folders (root/2023, root/2024)
// compared by batch mode (nendiff/batch.hpp, as `nendiff compare 2023 2024
// -o OUT` run in the root), its reports written to a private directory that
// lives as long as the result is kept, never into the root.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "nendiff/batch.hpp"
#include "serve/root.hpp"
#include "serve/upload_dir.hpp"
#include "serve/uploads.hpp"

namespace nendiff::serve {

class FolderReports {
 public:
  // Compares the folders `old_dir` and `new_dir` of `root` (checked as
  // Root::folder). Throws Failure: 422 when no pair could be compared.
  FolderReports(const Root& root, const std::string& old_dir, const std::string& new_dir,
                const Choices& choices);

  // The bytes of a file the run wrote — 「index.html」, 「index.json」 or a
  // pair's report, named relative to the index as its links name them — or
  // none for any other name (the client never names a path to open).
  std::optional<std::string> file(const std::string& relative) const;
  const BatchResult& result() const { return result_; }

 private:
  UploadDir out_;  // removed, with the reports, when the result is dropped
  BatchResult result_;
};

}  // namespace nendiff::serve
