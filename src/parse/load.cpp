// Reading and parsing an edition in one call, and several editions at once.
#include "nendiff/parse.hpp"
#include "util/parallel.hpp"

namespace nendiff {

Document load_edition(const std::string& path, const InputOptions& options) {
  return parse(read_input(path, options), path);
}

std::vector<Document> load_editions(const std::vector<std::string>& paths,
                                    const InputOptions& options) {
  std::vector<Document> docs(paths.size());
  detail::parallel_for(paths.size(), [&](size_t i) { docs[i] = load_edition(paths[i], options); });
  return docs;
}

}  // namespace nendiff
