// Reading and parsing editions in one call.
#include "nendiff/parse.hpp"
#include "util/parallel.hpp"

namespace nendiff {

Document load_edition(const std::string& path, const InputOptions& input,
                      const ParseOptions& options) {
  std::vector<DecodedText> text;  // the one copy of the text, read into place
  text.push_back(read_input(path, input));
  return std::move(parse_editions(std::move(text), {path}, options).front());
}

std::vector<Document> load_editions(const std::vector<std::string>& paths,
                                    const InputOptions& input, const ParseOptions& options) {
  std::vector<DecodedText> texts(paths.size());
  detail::parallel_for(paths.size(), [&](size_t i) { texts[i] = read_input(paths[i], input); });
  return parse_editions(std::move(texts), paths, options);
}

}  // namespace nendiff
