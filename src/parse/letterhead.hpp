// Internal: the letterhead of a 通知 or a 事務連絡 — its number 「医政発0401第１号」
// or the words 「事務連絡」, the date, the addressee 「各都道府県知事　殿」, the sender
// 「厚生労働省医政局長」 — and its subject 「…について（通知）」, which is its title.
// Read as front matter (parse/front.cpp): never a heading, a paragraph or the title.
#pragma once

#include <string_view>

namespace nendiff {

// 「医政発0401第１号」「事務連絡」: what a notice's first line is, never its title.
bool is_letterhead_mark(std::u32string_view s);
// 「各都道府県衛生主管部（局）　御中」「…殿」「関係各位」.
bool is_addressee(std::u32string_view s);
// A short line that starts with a government body's name in full and ends no
// sentence: 「厚生労働省医政局総務課」.
bool is_sender(std::u32string_view s);
// 「…について」, 「…について（通知）」: what the notice is about.
bool is_subject(std::u32string_view s);

}  // namespace nendiff
