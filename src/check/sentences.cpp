// Stale sentences. Each edition is written by copying last year's and editing
// it, so what reviewers miss is text whose years were not rolled: a plan still
// set in a year that has begun (「2023年度以降も…推進する」 in a 2024 edition). A year alone proves nothing — 「2023年度に…を実施した」 is a
// correct report — so each year phrase is judged by the predicate it governs:
//
// - A phrase attached by a case particle without a comma (「2023年度に策定した
//   指針」) governs the first predicate after it, relative clauses included.
// - A phrase set off as a topic or by a comma (「2023年度以降は、」) governs the
//   clause's own predicate; relative clauses on the way (「確認された事項」)
//   are skipped, their tense being relative to the main clause.
// - A continuative clause (…し、…とともに、) takes its tense from the next
//   clause, unless that clause opens its own time frame (another year, or for a
//   single-year phrase 「今後」「引き続き」): 「2023年度に…実施し、2024年度以降も
//   …推進する。」 says nothing future about 2023.
// - Bracketed annotations 「（2023年度末時点加盟約3,400団体）」 and quoted titles
//   govern no predicate and are not judged (a malformed year in them still is).
//
// prior_year_as_of (「2023年度現在」「…末時点」) fires only when the governed
// predicate presents a state (…ている, …である) or a plan; a past predicate
// (「2023年度末時点で累計614件…を実施した」) is a dated report, not a claim about now.
#include <algorithm>
#include <optional>

#include "check/context.hpp"
#include "text/brackets.hpp"
#include "text/clause.hpp"
#include "text/normalize.hpp"
#include "text/unicode.hpp"
#include "text/year_phrase.hpp"

namespace nendiff::detail {
namespace {

using text::PhraseKind;
using text::starts_at;
using text::Tense;
using text::to_u32;
using text::to_utf8;
using text::YearPhrase;

constexpr char32_t kQuoted = 0xFFFC;  // stands for a quoted title: a noun

// ---------------------------------------------------------------------------
// The sentence as grammar sees it: parenthesised annotations removed, quoted
// titles replaced by one noun-like placeholder.

struct Visible {
  std::u32string text;
  std::vector<long> at;  // visible index of each sentence character, -1 if hidden
};

// Unmatched brackets stay plain text.
Visible visible_text(const std::u32string& s) {
  Visible v;
  v.at.assign(s.size(), -1);
  std::vector<std::optional<size_t>> close = text::matching_brackets(s);
  for (size_t i = 0; i < s.size(); ++i) {
    if (close[i]) {
      if (text::opened_by(s[i])->role == text::BracketRole::title) v.text.push_back(kQuoted);
      i = *close[i];
      continue;
    }
    v.at[i] = static_cast<long>(v.text.size());
    v.text.push_back(s[i]);
  }
  return v;
}

// ---------------------------------------------------------------------------
// Year phrases (text/year_phrase), found in the visible text.

// Real sentences name a handful of years (4 at most in the samples); each
// phrase looks at the others (opens_time_frame), so a line of thousands of
// years is judged on its first ones only.
constexpr size_t kMaxYearPhrases = 64;

std::vector<YearPhrase> year_phrases(const Sentence& s, const Visible& v) {
  std::vector<YearPhrase> phrases;
  const std::vector<size_t> at = text::year_positions(s.text, s.years);
  for (size_t k = 0; k < s.years.size() && phrases.size() < kMaxYearPhrases; ++k) {
    const YearMention& y = s.years[k];
    if (y.year <= 0 || at[k] >= v.at.size() || v.at[at[k]] < 0) continue;  // in brackets
    phrases.push_back(text::read_year_phrase(v.text, static_cast<size_t>(v.at[at[k]]), y));
  }
  text::chain_ranges(phrases, v.text);
  return phrases;
}

// ---------------------------------------------------------------------------
// Predicates (text/clause): what tense does a phrase's predicate carry?

// Does a new time frame open at `i`, so that an earlier clause's phrase no
// longer reaches the predicate that follows?
bool opens_time_frame(const std::u32string& t, const std::vector<YearPhrase>& phrases, size_t i,
                      PhraseKind kind) {
  for (const YearPhrase& p : phrases)
    if (p.begin == i && p.kind != PhraseKind::attributive) return true;
  if (kind == PhraseKind::onward) return false;  // 「2023年度以降も…し、引き続き…」 stays one frame
  if (t[i] != U'引' && t[i] != U'今') return false;  // what the words start with
  if (starts_at(t, i, U"引き続き")) return true;
  return starts_at(t, i, U"今後") && !starts_at(t, i + 2, U"の");
}

// How far after a year its predicate is looked for. The longest sentence of the
// sample editions has 313 characters; a "sentence" of a million characters
// (a line that lost its 。) would make every year scan it to its end.
constexpr size_t kMaxPredicateReach = 2000;

// The first predicate after the phrase that is not a relative clause (unless
// the phrase attaches to the very next one), across continuative clauses
// until a new time frame opens; else the sentence's ending.
Tense governed_tense(const std::u32string& t, const std::vector<YearPhrase>& phrases,
                     const YearPhrase& p) {
  bool crossed = false;
  const size_t reach = std::min(t.size(), p.after + kMaxPredicateReach);
  for (size_t i = p.after; i < reach; ++i) {
    if (crossed && opens_time_frame(t, phrases, i, p.kind)) return Tense::none;
    if (std::optional<text::Predicate> m = text::predicate_at(t, i)) {
      if (!m->attributive || p.close) return m->tense;
      continue;
    }
    if (t[i] == U'、' && text::predicate_ends_before(t, i)) crossed = true;
  }
  return reach < t.size() ? Tense::none : text::sentence_tense(t);
}

// ---------------------------------------------------------------------------
// Findings.

// FNV-1a over the compare key's bytes (the text without its spaces).
std::uint64_t key_hash(std::string_view normalized) {
  std::uint64_t h = 14695981039346656037ull;
  for (char c : normalized) {
    if (c == ' ') continue;
    h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  }
  return h;
}

StaleFinding measure_finding(const Context& c, size_t measure, const Sentence& s, const YearPhrase& p,
                             const std::u32string& visible, const char* reason, Severity severity) {
  const Measure& m = c.doc.measures[measure];
  StaleFinding f;
  f.reason = reason;
  f.severity = severity;
  f.text = to_utf8(std::u32string_view(visible).substr(p.begin, p.end - p.begin));
  f.line = m.line_at(s.offset + p.year->offset);
  f.sentence = s.text;
  f.measure = measure;
  f.section_path = m.section_path;
  set_messages(f, *p.year, c.year);
  return f;
}

// The reason a prior-year phrase is stale for, or nullptr.
const char* stale_reason(const std::u32string& t, const std::vector<YearPhrase>& phrases,
                         const YearPhrase& p) {
  if (p.kind == PhraseKind::attributive) return nullptr;
  Tense tense = governed_tense(t, phrases, p);
  if (p.kind == PhraseKind::as_of)
    return tense == Tense::ongoing || tense == Tense::present || tense == Tense::future
               ? "prior_year_as_of"
               : nullptr;
  return tense == Tense::future ? "prior_year_future" : nullptr;
}

// Malformed years anywhere in the sentence, brackets included.
void check_malformed(Context& c, size_t measure, const Sentence& s) {
  const Measure& m = c.doc.measures[measure];
  for (const YearMention& y : s.years) {
    if (!is_malformed(y)) continue;
    StaleFinding f;
    f.reason = "malformed_year";
    f.text = y.raw;
    f.line = m.line_at(s.offset + y.offset);
    f.sentence = s.text;
    f.measure = measure;
    f.section_path = m.section_path;
    set_messages(f, y, c.year);
    c.findings.push_back(std::move(f));
  }
}

bool carried_over(const Context& c, const Sentence& s) {
  return c.prior_sentences && c.prior_sentences->contains(s.text);
}

}  // namespace

PriorSentences::PriorSentences(const Document& prior) {
  for (const Measure& m : prior.measures)
    for (const Sentence& s : m.sentences) by_hash_.push_back({key_hash(s.text), &s});
  std::sort(by_hash_.begin(), by_hash_.end());
}

bool PriorSentences::contains(std::string_view normalized) const {
  auto [first, last] = std::equal_range(by_hash_.begin(), by_hash_.end(),
                                        Entry{key_hash(normalized), nullptr},
                                        [](const Entry& a, const Entry& b) { return a.first < b.first; });
  if (first == last) return false;
  const std::string key = text::compare_key(normalized);
  return std::any_of(first, last, [&](const Entry& e) { return text::compare_key(e.second->text) == key; });
}

bool is_malformed(const YearMention& y) { return y.suffix.rfind("度", 0) == 0; }

void check_sentence(Context& c, size_t measure, const Sentence& s) {
  check_malformed(c, measure, s);
  // Only a sentence naming a year before the edition's can be stale.
  if (c.year == 0 ||
      std::none_of(s.years.begin(), s.years.end(), [&](const YearMention& y) { return y.year < c.year; }))
    return;
  Visible v = visible_text(to_u32(s.text));
  std::vector<YearPhrase> phrases = year_phrases(s, v);
  bool unrolled = carried_over(c, s) && text::sentence_tense(v.text) == Tense::future;
  const YearPhrase* first_prior = nullptr;
  for (const YearPhrase& p : phrases) {
    if (p.year->year >= c.year) continue;
    // Only a year that should have rolled makes a repeated sentence stale: one
    // from the prior edition's own time (「2023年度以降」 in 2023 → 2024), not a
    // historical date repeated as background (「2016年度に作成した」).
    int rolling_from = c.prior_year ? c.prior_year : c.year - 1;
    if (!first_prior && !p.year->dated && p.year->year >= rolling_from) first_prior = &p;
    const char* reason = stale_reason(v.text, phrases, p);
    if (!reason) continue;
    if (unrolled) reason = "unrolled_carryover";
    Severity severity = unrolled ? Severity::error : Severity::warning;
    c.findings.push_back(measure_finding(c, measure, s, p, v.text, reason, severity));
    if (unrolled) return;  // one finding says it all
  }
  if (unrolled && first_prior)
    c.findings.push_back(measure_finding(c, measure, s, *first_prior, v.text,
                                         "unrolled_carryover", Severity::error));
}

}  // namespace nendiff::detail
