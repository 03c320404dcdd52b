// Stage 2 — parse: decoded text → Document (front matter, sections, units,
// sentences), read with the profile that explains the text's layout.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "nendiff/model.hpp"
#include "nendiff/read.hpp"

namespace nendiff {

struct ParseOptions {
  // A built-in profile — follow-up, law, outline, generic — or a profile file
  // (TOML, docs/profiles.md); empty: recognise the layout (Document::layout
  // says which profile explained it).
  std::string profile;
};

// Throws Error when `options` names a profile that is neither built in nor a
// readable, valid profile file: for programs to refuse it before any input is read.
void check_profile(const ParseOptions& options);

// Parses a decoded edition; `path` is recorded in the Document, and so are the
// text's encoding and PDF pages. Never throws on odd text: a document with no
// headings or no units parses to an empty structure. Throws Error for a
// profile that is neither built in nor a readable, valid profile file.
Document parse(const DecodedText& text, const std::string& path = "",
               const ParseOptions& options = {});
// The same for text that is already UTF-8 and has no pages.
Document parse(std::string_view utf8, const std::string& path = "",
               const ParseOptions& options = {});

// Editions of one document parsed together: with one profile, which (unless
// given) is the one that explains all of them best, so that they are compared
// unit for unit.
std::vector<Document> parse_editions(const std::vector<DecodedText>& texts,
                                     const std::vector<std::string>& paths,
                                     const ParseOptions& options = {});
// The same for texts read only to be parsed: each edition's text is freed as
// soon as its structure is read (its units keep their own copies), before its
// sentences are read.
std::vector<Document> parse_editions(std::vector<DecodedText>&& texts,
                                     const std::vector<std::string>& paths,
                                     const ParseOptions& options = {});

// read_input + parse.
Document load_edition(const std::string& path, const InputOptions& input = {},
                      const ParseOptions& options = {});

// read_input for each path, several at once on a machine with more than one
// core, then parse_editions; the documents in the order of `paths`. When some
// fail, throws the error of the first failing path (in that order).
std::vector<Document> load_editions(const std::vector<std::string>& paths,
                                    const InputOptions& input = {},
                                    const ParseOptions& options = {});

}  // namespace nendiff
