// Internal: the phrases that name what a measure is about.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace nendiff::text {

// Phrases that name what a measure is about: 「」-quoted names, Latin acronyms
// and names (AMED, DASHforSaMD), long katakana terms, organisation names. Takes
// year-masked text (mask_years) so 「健康経営銘柄2023」 and 「…2024」 agree.
// Sorted, each once.
std::vector<std::string> key_phrases(std::string_view masked);

// The names among them — quoted names, Latin acronyms and names, bodies: what
// says which programme, body or target a measure is about. A katakana term
// (エビデンス, ワクチン) names a topic, which measures about different
// programmes share.
std::vector<std::string> names(std::string_view masked);

}  // namespace nendiff::text
