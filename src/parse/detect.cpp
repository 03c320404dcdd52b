#include "parse/detect.hpp"

#include <algorithm>

#include "parse/front.hpp"
#include "text/unicode.hpp"

namespace nendiff {
namespace {

// A profile is used when it explains more than this share of the text;
// below, the text is read paragraph by paragraph (the generic profile's score).
constexpr double kGenericScore = 0.5;
// A less specific profile must explain this much more to be preferred.
constexpr double kTieMargin = 0.02;
// A follow-up's units carry ministry tags: with at least this share of its
// units tagged, the whole structure is the follow-up's.
constexpr double kTaggedShare = 1.0 / 3;
// One unit holding most of a long text is a profile reading it wrongly.
constexpr double kLargestUnit = 0.5;
constexpr size_t kLongText = 6000;  // bytes: some two thousand characters

// Shares are of bytes of normalized text: the same for every profile read,
// and one pass less than counting characters.
size_t length(std::string_view utf8) { return utf8.size(); }

size_t unit_length(const Measure& m) { return length(m.text) + (m.tag ? length(m.tag->raw) : 0); }

// The share of the text in headings and in units that are the profile's own:
// units closed by tags for a profile that has tags (all of its units once a
// third of them are), units begun by an item's marker for the others. Some
// follow-ups tag no unit at all (成長戦略フォローアップ, a 骨太の方針 of
// paragraphs): in a dated decision (a date line 「令和3年6月18日」, as annual
// editions carry) with no tag, all its units are the follow-up's; an undated
// outline stays an outline.
void score(Reading& r, size_t total) {
  const Document& d = r.structure.doc;
  size_t headings = 0, units = 0, tagged_units = 0, itemized_units = 0, largest = 0, tagged = 0;
  for (const Section& s : d.sections) headings += length(s.heading);
  for (size_t i = 0; i < d.measures.size(); ++i) {
    const Measure& m = d.measures[i];
    const size_t n = unit_length(m);
    units += n;
    largest = std::max(largest, n);
    tagged += m.tag.has_value();
    tagged_units += m.tag ? n : 0;
    itemized_units += r.structure.itemized[i] ? n : 0;
  }
  const bool has_tags = !r.profile->tags.empty();
  const bool untagged_decision = has_tags && tagged == 0 && dated_to_the_day(d) && !is_notice(d);
  size_t evidence = untagged_decision ? units : has_tags ? tagged_units : itemized_units;
  if (has_tags && tagged >= kTaggedShare * static_cast<double>(d.measures.size()))
    evidence = units;
  // Title, date and deciding body are read alike by every profile.
  const size_t front = length(d.title) + length(d.date_text) + length(d.body);
  const double all = static_cast<double>(std::max<size_t>(total > front ? total - front : 0, 1));
  r.coverage = std::min(1.0, static_cast<double>(headings + units) / all);
  r.largest_unit = static_cast<double>(largest) / all;
  // Headings alone are weak evidence: numbered lines are found in any text.
  r.score = std::min(1.0, static_cast<double>(evidence == 0 ? headings / 2 : headings + evidence) / all);
  if (r.profile->paragraphs_are_units) r.score = kGenericScore;
  if (total > kLongText && r.largest_unit > kLargestUnit) r.score /= 2;
}

// Detection samples an edition longer than twice kWindows stretches of
// kWindowLength bytes (some 2,500 characters each).
constexpr size_t kWindows = 8, kWindowLength = 7500;
constexpr size_t kSeekParagraph = 200;  // lines searched for a paragraph's start

// A table's rows are no layout's evidence, for or against: they are left out.
size_t text_length(const std::vector<TextLine>& lines) {
  size_t total = 0;
  for (const TextLine& l : lines) total += l.table_row ? 0 : l.normalized.size();
  return total;
}

// The first line at or after `from` that follows a blank line (or `from`).
size_t paragraph_start(const std::vector<TextLine>& lines, size_t from) {
  for (size_t i = from; i < lines.size() && i < from + kSeekParagraph; ++i)
    if (i > 0 && lines[i - 1].normalized.empty() && !lines[i].normalized.empty()) return i;
  return from;
}

// kWindows stretches of the edition, the first from its start (title, date),
// each the next from a paragraph's start, a blank line between them.
std::vector<TextLine> sample_of(const std::vector<TextLine>& lines) {
  std::vector<TextLine> sample;
  for (size_t w = 0; w < kWindows; ++w) {
    size_t i = w == 0 ? 0 : paragraph_start(lines, w * lines.size() / kWindows);
    if (w > 0) sample.emplace_back().number = lines[i].number;  // a blank line between
    for (size_t length = 0; i < lines.size() && length < kWindowLength; ++i) {
      sample.push_back(lines[i]);
      length += lines[i].normalized.size();
    }
  }
  return sample;
}

// The readings left unread that `wanted` names, read (a long edition's on
// its sample: their structures are not kept).
template <typename Wanted>
void read_wanted(std::vector<Reading>& readings, const std::vector<TextLine>& lines, Wanted wanted) {
  const bool long_text = text_length(lines) > 2 * kWindows * kWindowLength;
  const std::vector<TextLine> sample = long_text ? sample_of(lines) : std::vector<TextLine>{};
  for (Reading& r : readings) {
    if (!r.unread || !wanted(r)) continue;
    r = read_with(long_text ? sample : lines, *r.profile);
    // A sample's structure is read again in full if chosen: only its score
    // is kept, and the next profile reads into the memory it leaves.
    if (long_text) {
      r.sampled = true;
      r.structure = Structure();
    }
  }
}

}  // namespace

Reading read_with(const std::vector<TextLine>& lines, const Profile& profile) {
  Reading r{&profile, read_structure(lines, profile)};
  score(r, text_length(lines));
  return r;
}

std::vector<Reading> read_with_every_profile(const std::vector<TextLine>& lines) {
  std::vector<Reading> readings;
  for (const Profile& p : builtin_profiles()) {
    Reading& r = readings.emplace_back();
    r.profile = &p;
    r.unread = true;
    r.score = kGenericScore;  // the paragraphs' profile's bound (score())
  }
  // The specific ones are read now; every such profile has no paragraphs' rule.
  const auto specific = [](const Reading& r) { return !r.profile->paragraphs_are_units; };
  read_wanted(readings, lines, specific);
  return readings;
}

// Sound because the profile left unread is the last, least specific one: a
// profile read that reaches its bound is chosen before it.
bool unread_may_decide(const std::vector<const std::vector<Reading>*>& editions) {
  double best_read = 0;
  bool unread = false;
  for (size_t p = 0; p < editions.front()->size(); ++p) {
    double sum = 0;
    for (const std::vector<Reading>* readings : editions) {
      unread = unread || (*readings)[p].unread;
      sum += (*readings)[p].unread ? 0 : (*readings)[p].score;
    }
    best_read = std::max(best_read, sum);
  }
  return unread && best_read < kGenericScore * static_cast<double>(editions.size());
}

void read_unread(std::vector<Reading>& readings, const std::vector<TextLine>& lines) {
  read_wanted(readings, lines, [](const Reading&) { return true; });
}

size_t choose_profile(const std::vector<const std::vector<Reading>*>& editions) {
  const size_t profiles = editions.front()->size();
  std::vector<double> scores(profiles, 0);
  for (const std::vector<Reading>* readings : editions)
    for (size_t p = 0; p < profiles; ++p) scores[p] += (*readings)[p].score;
  const double best = *std::max_element(scores.begin(), scores.end());
  const double margin = kTieMargin * static_cast<double>(editions.size());
  for (size_t p = 0; p < profiles; ++p)
    if (scores[p] >= best - margin) return p;
  return profiles - 1;
}

}  // namespace nendiff
