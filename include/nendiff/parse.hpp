// Stage 2 — parse: decoded text → Document (sections, measures, sentences).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "nendiff/model.hpp"
#include "nendiff/read.hpp"

namespace nendiff {

// Parses a decoded edition; `path` is recorded in the Document, and so are the
// text's encoding and PDF pages. Never throws on odd text: a document with no
// headings or no measures parses to an empty structure.
Document parse(const DecodedText& text, const std::string& path = "");
// The same for text that is already UTF-8 and has no pages.
Document parse(std::string_view utf8, const std::string& path = "");

// read_input + parse.
Document load_edition(const std::string& path, const InputOptions& options = {});

// load_edition for each path, several at once on a machine with more than one
// core; the documents in the order of `paths`. When some fail, throws the
// error of the first failing path (in that order).
std::vector<Document> load_editions(const std::vector<std::string>& paths,
                                    const InputOptions& options = {});

}  // namespace nendiff
