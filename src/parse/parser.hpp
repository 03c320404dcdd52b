// Internal: the parse stage's two steps. read_structure() finds an edition's
// front matter, sections, units, tags and footnotes with one profile; it is
// cheap enough to run with every built-in profile when the layout is not
// known (parse/detect.cpp). finish() then reads the chosen structure's
// sentences, years and figures.
#pragma once

#include <vector>

#include "nendiff/model.hpp"
#include "parse/lines.hpp"
#include "parse/profile.hpp"

namespace nendiff {

// Sections' levels are raw here: a heading style's place in the profile's
// list (outermost first), or a Markdown heading's marks. number_levels()
// makes them 1, 2, 3 … over the styles the editions read together use.
struct Structure {
  Document doc;
  std::vector<bool> itemized;  // each unit began with an item's marker (not a bare paragraph)
};

Structure read_structure(const std::vector<TextLine>& lines, const Profile& profile);

// Numbers the levels of the editions' sections 1, 2, 3 … in the order of
// their raw levels, the same numbers in every edition.
void number_levels(const std::vector<Document*>& editions);

// A unit's sentences follow from its text and where its paragraphs start:
// editions read side by side share them (util/shared_table.hpp).
inline std::string_view unit_text(const Measure& m) { return m.text; }
using SharedUnits = detail::SharedTable<Measure, unit_text>;

// `shared`: the table of the editions read side by side, of which `doc` is
// the `edition`th of `editions`.
void finish(Document& doc, SharedUnits* shared = nullptr, size_t edition = 0, size_t editions = 1);

}  // namespace nendiff
