// Internal: one side of a unit as the 新旧対照表 marks it, whatever the format.
// A side reads sentence by sentence (sentences tile the text): a rewritten
// sentence quotes its edit script (its own changes marked, a rolled year not),
// a sentence added or dropped whole is marked whole, any other is plain. The
// HTML rows (html_rows.cpp) walk a side to write markup; Word and PDF
// (taihyo.cpp) take the marked runs.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "nendiff/compare.hpp"
#include "report/rows.hpp"
#include "report/quoted.hpp"

namespace nendiff::detail {

// What a measure's diff says about the sentences of one side, looked up by
// (line, text) and gathered once per measure: scanning the lists per sentence
// is quadratic in a measure of thousands of sentences.
struct SideNotes {
  using Key = std::pair<int, std::string>;
  std::map<Key, const Rewrite*> rewrites;             // the first one of each
  std::set<Key> whole;                                // added (new side) or dropped (old side)
  std::multimap<int, const NumberChange*> numbers;    // by line on this side
  std::multimap<std::string, const StaleFinding*, std::less<>> stale;  // new side, by sentence

  SideNotes(const Row& r, bool new_side);
};

// The callbacks of walk_side(), one per kind of stretch, in text order. Each
// stretch knows where it stands in the unit's text (a sentence its offset, a
// rewrite its sentence's), which is how it is quoted (Quoted).
struct SideWalk {
  std::function<void(size_t, std::string_view)> between;    // text between sentences, at an offset
  std::function<void(const Rewrite&, const Sentence&)> rewritten;  // a sentence reworded: this side's
  std::function<void(const Sentence&)> whole;               // added or dropped whole
  std::function<void(const Sentence&)> plain;               // the same in both editions
  // Before a sentence that starts a paragraph of its own (an article's 項, a
  // sub-item), but the first: where the edition breaks the line. Optional.
  std::function<void()> paragraph;
  // Where the unit's own number stands (「第四条」): before its text, or after
  // an article's caption, which stands above it (「（商号）」). Optional.
  std::function<void()> label;
};
void walk_side(const SideNotes& notes, const Measure& m, const SideWalk& walk);

// A stretch of one side's text, underlined (傍線) where it differs.
struct MarkedRun {
  std::string text;
  bool changed = false;
};
using MarkedText = std::vector<MarkedRun>;

// One side of an edit script, verbatim (quoted_side): inserted (new side) or
// deleted (old side) characters changed; a rolled year plain unless
// `show_rolls`. The script's side starts at byte `offset` of what `quoted`
// quotes.
void append_edit_runs(MarkedText& out, ListView<TextEdit> edits, bool new_side,
                      bool show_rolls, const Quoted& quoted, size_t offset = 0);
// A measure's side, sentence by sentence as walk_side() reads it.
MarkedText side_runs(const Row& r, const Measure& m, bool new_side, bool show_rolls);
// `text` appended as one run, merged with the last run when it is marked alike.
void append_run(MarkedText& out, std::string_view text, bool changed);

}  // namespace nendiff::detail
