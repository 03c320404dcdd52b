#include "serve/comparing.hpp"

#include <new>
#include <sstream>

#include "nendiff/error.hpp"
#include "nendiff/parse.hpp"
#include "serve/failure.hpp"
#include "serve/upload_dir.hpp"

namespace nendiff::serve {

std::shared_ptr<const Comparison> compare_uploads(const std::vector<const Upload*>& editions,
                                                  const Choices& choices) {
  UploadDir dir;
  std::vector<std::string> paths, shown;
  for (size_t i = 0; i < editions.size(); ++i) {
    shown.push_back(shown_name(editions[i]->filename, editions[i]->field));
    paths.push_back(dir.store(editions[i]->bytes, i, shown.back()));
  }
  try {
    std::vector<Document> docs = load_editions(paths, choices.input, choices.parse);
    for (size_t i = 0; i < docs.size(); ++i) docs[i].path = shown[i];
    return std::make_shared<const Comparison>(compare(std::move(docs[0]), std::move(docs[1])));
  } catch (const Error& e) {
    throw Failure{422, "unreadable_edition", dir.as_told(e.what())};
  } catch (const std::bad_alloc&) {
    throw Failure{507, "out_of_memory", "not enough memory to read and compare these editions"};
  }
}

std::string report_of(const Comparison& c, Format format, const ReportOptions& shown) {
  std::ostringstream out;
  write_comparison(c, format, out, shown);
  return out.str();
}

}  // namespace nendiff::serve
