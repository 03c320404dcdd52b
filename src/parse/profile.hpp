// Internal: a document family's layout, declaratively — what its headings,
// units, ministry tags, captions and notes look like. The built-in profiles
// (parse/profiles.cpp) and a user's profile file (parse/profile_file.cpp) fill
// the same struct, so a file can say everything a built-in one does.
#pragma once

#include <string>
#include <vector>

#include "nendiff/model.hpp"
#include "parse/numbering.hpp"

namespace nendiff {

// A heading style: 「1.」「(1)」「①」「第1章」「＜…＞」. A profile lists its
// styles outermost first, as the numbering of official documents nests
// (第1 → 1 → (1) → ア → (ア), 公用文の項目番号); a document's levels are the
// places of the styles it uses in that order (a Markdown 「## …」 counts its marks).
struct HeadingStyle {
  NumberingTemplate form;
};

// What starts a unit: a bullet 「・」, a marker 「○」「1)」, an article
// 「第二十三条の二」. The template's {t} is the unit's first text.
struct ItemStyle {
  NumberingTemplate form;
  bool names_unit = false;      // the label is the unit's identity (law articles)
  bool top_level_only = false;  // indented, it continues the unit above (outline sub-bullets)
};

// A bracket form ministry tags are written in at a unit's end or alone on a
// line: 【◎厚、経】, （◎厚生労働省、経済産業省）, 《所管省庁：…》.
struct TagForm {
  char32_t open = 0, close = 0;
  std::vector<std::u32string> prefixes;  // 「所管省庁：」, read and dropped
  // Every name must be a body nendiff knows: （…） at a sentence's end is far
  // more often an aside (「（2020年3月27日閣議決定）」) than a tag.
  bool known_bodies_only = false;
};

struct Profile {
  std::string name;         // follow-up, law, outline, generic, or the file's
  std::string description;  // one line, for `nendiff parse` and the reports
  UnitKind unit = UnitKind::measure;
  std::vector<HeadingStyle> headings;  // outermost first; a line takes the first that matches
  std::vector<ItemStyle> items;
  std::vector<NumberingTemplate> captions;   // a line naming the unit below it (law: 「（趣旨）」)
  std::vector<NumberingTemplate> footnotes;  // a note's first line: 「¹ …」「※1 …」
  std::vector<TagForm> tags;
  std::vector<std::u32string> lead_marks;    // ◎, (主)
  bool lead_by_order = false;                // a tag with no lead mark: the first name leads
  std::vector<std::u32string> not_tags;      // bracketed labels: KPI, 目標, 再掲 …
  std::vector<Body> bodies;                  // bodies beyond nendiff's own table
  // Words of a table's header over the ministries in charge (「担当府省」
  // 「所管省庁」): such a table lists units, one a row, that column its tag.
  std::vector<std::u32string> ministry_columns;
  bool rolls_years = true;           // each edition rolls its years (follow-ups); laws do not
  // Lines are wrapped at the page's width (PDF text), so a line may go on in
  // the next; else each line is a paragraph (Markdown, e-Gov text, Word).
  bool hard_wrapped = true;
  bool paragraphs_are_units = false;  // every paragraph outside a unit starts one (generic)
  bool markdown = false;             // 「## 見出し」: '#' counts the level; 「- 」 bullets nest
};

// The built-in profiles, most specific first: follow-up, law, outline, generic.
const std::vector<Profile>& builtin_profiles();
// A built-in profile by name, or nullptr.
const Profile* builtin_profile(std::string_view name);

}  // namespace nendiff
