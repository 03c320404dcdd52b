#include "serve/comparing.hpp"

#include <new>
#include <sstream>

#include "nendiff/error.hpp"
#include "nendiff/parse.hpp"
#include "serve/failure.hpp"
#include "serve/strings.hpp"
#include "serve/upload_dir.hpp"

namespace nendiff::serve {
namespace {

// `message` with every edition's path replaced by its shown name: the client
// never sees a path on the server. The later paths first: 「edition-1」 is
// the start of 「edition-10」.
std::string as_told(std::string message, const std::vector<Edition>& editions) {
  for (auto it = editions.rbegin(); it != editions.rend(); ++it) replace_all(message, it->path, it->shown);
  return message;
}

// The editions read as one run of the CLI reads them, each named as shown,
// handed to `use`; a reader's refusal (or follow_history's) becomes a Failure.
template <typename Use>
auto reading(const std::vector<Edition>& editions, const Choices& choices, Use use) {
  try {
    std::vector<std::string> paths;
    for (const Edition& e : editions) paths.push_back(e.path);
    std::vector<Document> docs = load_editions(paths, choices.input, choices.parse);
    for (size_t i = 0; i < docs.size(); ++i) docs[i].path = editions[i].shown;
    return use(std::move(docs));
  } catch (const Error& e) {
    throw Failure{422, "unreadable_edition", as_told(e.what(), editions)};
  } catch (const std::bad_alloc&) {
    throw Failure{507, "out_of_memory", "not enough memory to read and compare these editions"};
  }
}

// `work` on the uploads written to a private directory, which goes after.
template <typename Work>
auto with_uploads(const std::vector<const Upload*>& uploads, Work work) {
  UploadDir dir;
  std::vector<Edition> editions;
  for (size_t i = 0; i < uploads.size(); ++i) {
    const std::string shown = shown_name(uploads[i]->filename, uploads[i]->field);
    editions.push_back({dir.store(uploads[i]->bytes, i, shown), shown});
  }
  try {
    return work(editions);
  } catch (Failure& f) {
    f.message = dir.as_told(f.message);
    throw;
  }
}

}  // namespace

std::shared_ptr<const Comparison> compare_editions(const std::vector<Edition>& editions,
                                                   const Choices& choices) {
  return reading(editions, choices, [](std::vector<Document> docs) {
    return std::make_shared<const Comparison>(compare(std::move(docs[0]), std::move(docs[1])));
  });
}

std::shared_ptr<const History> follow_editions(const std::vector<Edition>& editions,
                                               const Choices& choices) {
  return reading(editions, choices, [](std::vector<Document> docs) {
    return std::make_shared<const History>(follow_history(std::move(docs)));
  });
}

std::shared_ptr<const Comparison> compare_uploads(const std::vector<const Upload*>& uploads,
                                                  const Choices& choices) {
  return with_uploads(uploads, [&](const std::vector<Edition>& e) { return compare_editions(e, choices); });
}

std::shared_ptr<const History> follow_uploads(const std::vector<const Upload*>& uploads,
                                              const Choices& choices) {
  return with_uploads(uploads, [&](const std::vector<Edition>& e) { return follow_editions(e, choices); });
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
