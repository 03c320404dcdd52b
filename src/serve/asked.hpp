// What a comparison request asks for, from the fields it carries:
//   old, new          two uploaded editions compared
//   editions          uploaded editions, in any order: three or more → the
//                     history view (two: compared, the first as the older)
//   old-path, new-path  two files under --root compared
//   path (repeated)   files under --root: three or more → the history view
//   old-dir, new-dir  two folders under --root compared (batch mode)
// Uploads and picks under the root do not mix in one request.
#pragma once

#include <string>
#include <vector>

#include "serve/options.hpp"
#include "serve/uploads.hpp"

namespace nendiff::serve {

struct Asked {
  enum class Kind { comparison, history, folders } kind = Kind::comparison;
  std::vector<const Upload*> uploads;  // the editions uploaded, in order
  std::vector<std::string> picked;     // or their paths under --root (folders: old, new)
};

// Throws Failure: 400 for fields missing or mixed, 404 no_root for a pick
// without --root, 413 for too many editions or one too large.
Asked asked_of(const Form& form, const ServeOptions& options);

}  // namespace nendiff::serve
