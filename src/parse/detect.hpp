// Internal: recognising an edition's layout. Every built-in profile reads the
// edition's structure; the one that explains most of its text — places it in
// headings and in units that carry the profile's evidence — is used, the more
// specific one on a tie. When none explains more than half, the text is
// compared paragraph by paragraph (the generic profile), and nendiff says so.
#pragma once

#include <vector>

#include "parse/lines.hpp"
#include "parse/parser.hpp"
#include "parse/profile.hpp"

namespace nendiff {

// One edition read with one profile.
struct Reading {
  const Profile* profile = nullptr;
  Structure structure;
  double score = 0;         // share of the text the profile explains (see detect.cpp)
  double coverage = 0;      // share of the text in headings and units
  double largest_unit = 0;  // share of the text in the largest unit
  bool sampled = false;     // scored on a sample of the edition (structure not kept): read it again in full
  bool unread = false;      // not read yet: `score` is only its bound (see read_with_every_profile)
};

// The edition read with `profile`, and how well it explains it.
Reading read_with(const std::vector<TextLine>& lines, const Profile& profile);

// The edition read with every built-in profile, most specific first. A long
// edition is recognised from a sample of it: stretches spread evenly over it,
// each from a paragraph's start, so that recognising costs a few percent of
// reading it. The paragraphs' profile (generic) scores the same whatever the
// text, or half that: it is left unread, its score set to that bound, until
// the choice may depend on it (unread_may_decide).
std::vector<Reading> read_with_every_profile(const std::vector<TextLine>& lines);

// Whether a reading left unread could be chosen, or change the choice: no
// profile read explains the editions together as well as its bound.
bool unread_may_decide(const std::vector<const std::vector<Reading>*>& editions);

// The readings of one edition left unread, read.
void read_unread(std::vector<Reading>& readings, const std::vector<TextLine>& lines);

// Which profile explains the editions (read with every profile each) best
// together: an index into their readings.
size_t choose_profile(const std::vector<const std::vector<Reading>*>& editions);

}  // namespace nendiff
