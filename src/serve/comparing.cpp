#include "serve/comparing.hpp"

#include <new>
#include <sstream>

#include "nendiff/error.hpp"
#include "nendiff/parse.hpp"
#include "serve/failure.hpp"
#include "serve/strings.hpp"
#include "serve/upload_dir.hpp"
#include "util/parallel.hpp"

namespace nendiff::serve {
namespace {

// `message` with every edition's path replaced by its shown name: the client
// never sees a path on the server. The later paths first: 「edition-1」 is
// the start of 「edition-10」.
std::string as_told(std::string message, const std::vector<Edition>& editions) {
  for (auto it = editions.rbegin(); it != editions.rend(); ++it) replace_all(message, it->path, it->shown);
  return message;
}

// `read()`'s documents handed to `use`; a reader's refusal (or
// follow_history's) becomes a Failure, with every path told as its shown name.
template <typename Read, typename Use>
auto reading(const std::vector<Edition>& editions, Read read, Use use) {
  try {
    return use(read());
  } catch (const Error& e) {
    throw Failure{422, "unreadable_edition", as_told(e.what(), editions)};
  } catch (const std::bad_alloc&) {
    throw Failure{507, "out_of_memory", "not enough memory to read and compare these editions"};
  }
}

// The editions read as one run of the CLI reads them, each named as shown.
template <typename Use>
auto reading(const std::vector<Edition>& editions, const Choices& choices, Use use) {
  return reading(editions, [&] {
    std::vector<std::string> paths;
    for (const Edition& e : editions) paths.push_back(e.path);
    std::vector<Document> docs = load_editions(paths, choices.input, choices.parse);
    for (size_t i = 0; i < docs.size(); ++i) docs[i].path = editions[i].shown;
    return docs;
  }, use);
}

// The uploads read where they are, in memory: an edition (a draft, 「案」)
// is never written to the server's disk. Each is named by its shown name.
template <typename Use>
auto reading_uploads(const std::vector<const Upload*>& uploads, const Choices& choices, Use use) {
  std::vector<Edition> editions;
  std::vector<std::string> names;
  for (const Upload* u : uploads) {
    names.push_back(shown_name(u->filename, u->field));
    editions.push_back({names.back(), names.back()});
  }
  return reading(editions, [&] {
    std::vector<DecodedText> texts(uploads.size());
    detail::parallel_for(uploads.size(), [&](size_t i) {
      texts[i] = read_input_bytes(uploads[i]->bytes, names[i], choices.input);
    });
    return parse_editions(std::move(texts), names, choices.parse);
  }, use);
}

std::shared_ptr<const Comparison> compared(std::vector<Document> docs) {
  return std::make_shared<const Comparison>(compare(std::move(docs[0]), std::move(docs[1])));
}

std::shared_ptr<const History> followed(std::vector<Document> docs) {
  return std::make_shared<const History>(follow_history(std::move(docs)));
}

}  // namespace

std::shared_ptr<const Comparison> compare_editions(const std::vector<Edition>& editions,
                                                   const Choices& choices) {
  return reading(editions, choices, compared);
}

std::shared_ptr<const History> follow_editions(const std::vector<Edition>& editions,
                                               const Choices& choices) {
  return reading(editions, choices, followed);
}

std::shared_ptr<const Comparison> compare_uploads(const std::vector<const Upload*>& uploads,
                                                   const Choices& choices) {
  return reading_uploads(uploads, choices, compared);
}

std::shared_ptr<const History> follow_uploads(const std::vector<const Upload*>& uploads,
                                              const Choices& choices) {
  return reading_uploads(uploads, choices, followed);
}

std::string report_of(const Comparison& c, Format format, const ReportOptions& shown) {
  std::ostringstream out;
  write_comparison(c, format, out, shown);
  return out.str();
}

std::string report_of(const History& h, Format format) {
  std::ostringstream out;
  write_history(h, format, out);
  return out.str();
}

}  // namespace nendiff::serve
