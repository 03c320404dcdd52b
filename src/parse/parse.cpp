// The parse stage's entry points: the profile is given or recognised, the
// structure read with it, then finished (parse/parser.hpp).
#include "nendiff/parse.hpp"

#include <algorithm>
#include <optional>

#include "nendiff/error.hpp"
#include "parse/detect.hpp"
#include "parse/profile_file.hpp"
#include "util/memory.hpp"
#include "util/parallel.hpp"

namespace nendiff {
namespace {

constexpr size_t kLongEdition = size_t{1} << 20;  // bytes: its lines fill huge pages

// The profile `options` names: a built-in one, or a file (kept in `file`).
const Profile* given_profile(const ParseOptions& options, std::optional<Profile>& file) {
  if (options.profile.empty()) return nullptr;
  if (const Profile* p = builtin_profile(options.profile)) return p;
  if (options.profile.find('.') == std::string::npos && options.profile.find('/') == std::string::npos)
    throw Error("unknown profile '" + options.profile +
                "' (follow-up, law, outline, generic, or a profile file such as my.toml)");
  file = read_profile_file(options.profile);
  return &*file;
}

Document finished(Reading r, const DecodedText& text, const std::string& path, SharedUnits* shared,
                  size_t edition, size_t editions) {
  Document d = std::move(r.structure.doc);
  d.path = path;
  d.encoding = text.encoding;
  d.line_pages = text.line_pages;
  finish(d, shared, edition, editions);
  d.layout.profile = r.profile->name;
  d.layout.description = r.profile->description;
  d.layout.generic = r.profile->paragraphs_are_units;
  d.layout.rolls_years = r.profile->rolls_years;
  d.layout.coverage = r.coverage;
  d.layout.largest_unit = r.largest_unit;
  return d;
}

// An edition being read holds its lines, several times its size, beside its
// units: editions are read in full at once only when one edition's lines fit
// in the fixed part of the memory allowed (issue 15: 10 times the input and
// 100 MB), else one after the other.
bool read_side_by_side(const std::vector<DecodedText>& texts) {
  constexpr size_t kSideBySideBytes = size_t{8} << 20;
  return std::all_of(texts.begin(), texts.end(),
                     [](const DecodedText& t) { return t.utf8.size() <= kSideBySideBytes; });
}

// Lines in the editions worth sharing, about: a line of Japanese text takes
// some 100 bytes, and a third are blank. At most 256 Ki: the table's 4 MiB (a
// fuller table only shares fewer lines).
size_t expected_lines(const std::vector<DecodedText>& texts) {
  size_t bytes = 0;
  for (const DecodedText& t : texts) bytes += t.utf8.size();
  return std::min<size_t>(bytes / 128, size_t{1} << 18);
}

// `freed`, when given, holds the texts themselves: each is dropped once its
// lines are, for the sentences read next need the room (two editions of
// 200,000 short measures are 17 MB of text).
std::vector<Document> parse_texts(const std::vector<DecodedText>& texts,
                                  const std::vector<std::string>& paths,
                                  const ParseOptions& options, std::vector<DecodedText>* freed) {
  std::optional<Profile> file;
  const Profile* given = given_profile(options, file);
  // A long edition's lines are kept in pages of their own (EditionLines), not
  // in the heap, where a reader's freed working memory (a Word file's tree)
  // would otherwise stay beside them: it goes back first.
  if (std::any_of(texts.begin(), texts.end(), [](const DecodedText& t) { return t.utf8.size() >= kLongEdition; }))
    detail::return_free_memory();
  std::vector<EditionLines> lines(texts.size());
  std::vector<std::vector<Reading>> readings(texts.size());
  // Editions too long to be read side by side share nothing: their memory
  // is what is short then (issue 15).
  const bool side_by_side = texts.size() > 1 && read_side_by_side(texts);
  const size_t shared_lines = side_by_side ? expected_lines(texts) : 0;
  {
    SharedLines shared(shared_lines);  // gone once the lines are read
    detail::parallel_for(texts.size(), [&](size_t i) {
      lines[i] = read_lines(texts[i].utf8, texts[i].table_rows,
                            {side_by_side ? &shared : nullptr, i, texts.size()});
      if (given) readings[i].push_back(read_with(lines[i].lines(), *given));
      else readings[i] = read_with_every_profile(lines[i].lines());
    });
  }
  std::vector<const std::vector<Reading>*> all;
  for (const std::vector<Reading>& r : readings) all.push_back(&r);
  if (!given && unread_may_decide(all))
    detail::parallel_for(texts.size(), [&](size_t i) { read_unread(readings[i], lines[i].lines()); });
  const size_t chosen = given ? 0 : choose_profile(all);
  SharedUnits units(shared_lines / 4);
  std::vector<Document> docs(texts.size());
  auto read_in_full = [&](size_t i) {
    Reading& r = readings[i][chosen];
    if (r.sampled || r.unread) r = read_with(lines[i].lines(), *r.profile);
    lines[i] = EditionLines();  // read: sentences need the room
    if (freed) std::string().swap((*freed)[i].utf8);
    docs[i] = finished(std::move(r), texts[i], i < paths.size() ? paths[i] : "",
                       side_by_side ? &units : nullptr, i, texts.size());
  };
  if (side_by_side) detail::parallel_for(texts.size(), read_in_full);
  else for (size_t i = 0; i < texts.size(); ++i) read_in_full(i);
  std::vector<Document*> editions;
  for (Document& d : docs) editions.push_back(&d);
  number_levels(editions);
  return docs;
}

}  // namespace

void check_profile(const ParseOptions& options) {
  std::optional<Profile> file;
  given_profile(options, file);
}

std::vector<Document> parse_editions(const std::vector<DecodedText>& texts,
                                     const std::vector<std::string>& paths,
                                     const ParseOptions& options) {
  return parse_texts(texts, paths, options, nullptr);
}

std::vector<Document> parse_editions(std::vector<DecodedText>&& texts,
                                     const std::vector<std::string>& paths,
                                     const ParseOptions& options) {
  return parse_texts(texts, paths, options, &texts);
}

Document parse(const DecodedText& text, const std::string& path, const ParseOptions& options) {
  return std::move(parse_editions({text}, {path}, options).front());
}

Document parse(std::string_view utf8, const std::string& path, const ParseOptions& options) {
  return parse(DecodedText{std::string(utf8), "UTF-8"}, path, options);
}

}  // namespace nendiff
