// Internal to pages.cpp: the start page's parts beyond two uploads — three or
// more editions for the history view, and the browser of --root, shown only
// when GET /api/root answers (the server was started with --root).
#pragma once

namespace nendiff::serve {

// Parts of the start page's one form:
extern const char kHistoryForm[];  // HTML: an upload of three or more editions
extern const char kRootSection[];  // HTML: the root's folders and files to choose
extern const char kRootScript[];   // its script: browse, choose, submit as asked.hpp reads it

}  // namespace nendiff::serve
