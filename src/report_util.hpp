// Internal: small helpers the report views share.
#pragma once

#include <string>
#include <string_view>

namespace nendiff::detail {

std::string indent(size_t depth);
// The first `chars` characters of `text`, with … when cut.
std::string excerpt(std::string_view text, size_t chars);
// Escapes & < > " ' for HTML text and attributes.
std::string html_escape(std::string_view text);

}  // namespace nendiff::detail
