// Internal: how the editions were read, as every report shows it (layout.cpp):
// the kind of their units, whose words a report uses, the profile it names at
// its top, and whether the generic notice applies.
#pragma once

#include <string>
#include <vector>

#include "nendiff/compare.hpp"
#include "report/labels.hpp"

namespace nendiff::detail {

// The kind of a document's units: its first unit's; with none, paragraphs when
// it was read generically, else measures (Layout names no kind of its own).
UnitKind unit_kind(const Document& d);
// A comparison's: the new edition's, or the old one's when only it has units.
UnitKind unit_kind(const Comparison& c);

// 「law (法令: 編・章・節・款・目、条（見出し付き）、項・号)」.
std::string profile_text(const Layout& l);
// The profile of editions read alike, or each one in turn 「law (…) → generic
// (…)」 when they were read with different ones (editions parsed separately).
std::string profile_text(const std::vector<const Document*>& editions);
std::string profile_text(const Comparison& c);
// An edition was read paragraph by paragraph: the generic notice applies.
bool read_generically(const std::vector<const Document*>& editions);
bool read_generically(const Comparison& c);
// What every report of `c` says at its top, in order: the generic notice, then
// each caution (the editions reversed, or not of one document).
std::vector<Label> comparison_notices(const Comparison& c);
// 「注意 note: 既知のレイアウトに当てはまらないため、… / No known layout fits …」,
// `what` in both languages: what every report says at its top when no profile
// fits (words::generic_compared, words::generic_read), or a warning.
std::string notice(const Label& what);
// Japanese labels for a Japanese document: one whose title or first units are
// written in kana or kanji.
bool japanese(const Document& d);
// `asked`, or for automatic Japanese when either edition is Japanese.
Language language_of(const Comparison& c, Language asked);

// One unit holds most of a long text: the sign of a profile that does not fit
// (parse/detect.cpp lowers such a reading's score by the same measure).
bool one_unit_dominates(const Document& d);
// 「98%」, rounded down: a share is never shown as more than it is.
std::string percent(double share);

// A unit as the reports name it: its label before `text` (「第二十三条の二
// (趣旨)…」), or `text` alone for a unit its layout does not number.
std::string labelled(const Measure& m, const std::string& text);

}  // namespace nendiff::detail
