// The stale carry-over check. Each edition is written by copying last year's
// and editing it, so what reviewers miss is text whose years were not rolled:
// a plan still set in a year that has begun (「2023年度以降も…推進する」 in a
// 2024 edition). A year alone proves nothing — 「2023年度に…を実施した」 is a
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
#include "nendiff/check.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdint>
#include <optional>

#include "text/year_phrase.hpp"
#include "text/years.hpp"
#include "text/brackets.hpp"
#include "text/clause.hpp"
#include "text/normalize.hpp"
#include "text/script.hpp"
#include "text/unicode.hpp"

namespace nendiff {
namespace {

using text::starts_at;
using text::starts_with;
using text::to_u32;
using text::to_utf8;

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

using text::PhraseKind;
using text::Tense;
using text::YearPhrase;

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

// The prior edition's sentences, by a hash of their compare keys (a set of the
// keys themselves would copy the whole prior text once more).
class PriorSentences {
 public:
  explicit PriorSentences(const Document& prior) {
    for (const Measure& m : prior.measures)
      for (const Sentence& s : m.sentences) by_hash_.push_back({key_hash(s.text), &s});
    std::sort(by_hash_.begin(), by_hash_.end());
  }
  // True when a prior sentence reads the same as `normalized`, spaces aside.
  bool contains(std::string_view normalized) const {
    auto [first, last] = std::equal_range(by_hash_.begin(), by_hash_.end(),
                                          Entry{key_hash(normalized), nullptr},
                                          [](const Entry& a, const Entry& b) { return a.first < b.first; });
    if (first == last) return false;
    const std::string key = text::compare_key(normalized);
    return std::any_of(first, last, [&](const Entry& e) { return text::compare_key(e.second->text) == key; });
  }

 private:
  using Entry = std::pair<std::uint64_t, const Sentence*>;
  // FNV-1a over the compare key's bytes (the text without its spaces).
  static std::uint64_t key_hash(std::string_view normalized) {
    std::uint64_t h = 14695981039346656037ull;
    for (char c : normalized) {
      if (c == ' ') continue;
      h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    }
    return h;
  }
  std::vector<Entry> by_hash_;
};

struct Context {
  const Document& doc;
  int year;                                   // the edition year, 0 when unknown
  const PriorSentences* prior_sentences;
  std::vector<StaleFinding> findings;
  int prior_year = 0;                         // the prior edition's year, 0 when unknown
};

std::string year_label(const YearMention& y) {
  return std::to_string(y.year) + (y.fiscal ? "年度" : "年");
}

// 「令和5年度（2023年度）」: era years are shown with their Western year.
std::string era_note_ja(const YearMention& y) {
  return y.era ? "（" + y.raw + "は" + year_label(y) + "）" : "";
}
std::string era_note_en(const YearMention& y) {
  return y.era ? " (" + y.raw + " is " + std::to_string(y.year) + ")" : "";
}

void set_messages(StaleFinding& f, const YearMention& y, int year) {
  std::string q = "「" + f.text + "」", ed = std::to_string(year);
  if (f.reason == "prior_year_future") {
    f.message_ja = q + era_note_ja(y) + "は" + ed + "年版では既に始まった年のことですが、"
                   "今後の取組として書かれています。年の更新漏れではありませんか。";
    f.message_en = q + era_note_en(y) + " names a year that has already begun by this " + ed +
                   " edition, yet the sentence states it as a plan: "
                   "was the year not rolled forward?";
  } else if (f.reason == "prior_year_as_of") {
    f.message_ja = q + era_note_ja(y) + "の状況が、" + ed + "年版で現在の状況として書かれています。"
                   "時点を更新してください。";
    f.message_en = q + era_note_en(y) + " presents an earlier year's state as the current one in "
                   "the " + ed + " edition: update the reference date.";
  } else if (f.reason == "malformed_year") {
    f.message_ja = q + "は年の表記の誤りと思われます（「" + std::to_string(y.year) + "年度」か「" +
                   std::to_string(y.year) + "年」）。";
    f.message_en = q + " looks like a typo: " + std::to_string(y.year) + "年度 (fiscal year) or " +
                   std::to_string(y.year) + "年 was meant.";
  } else if (f.reason == "unrolled_carryover") {
    f.message_ja = "今後の取組を述べるこの文は、年（" + q + "）も含めて前年版と同一です。"
                   "更新されないまま引き継がれています。";
    f.message_en = "This forward-looking sentence is identical to last edition's, " + q +
                   " included: it was carried over without being updated.";
  }
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

bool is_malformed(const YearMention& y) { return starts_with(to_u32(y.suffix), U"度"); }

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

// A body annotated as abolished, once per tag (a tag may close several measures).
void check_tag(Context& c, size_t measure, int& last_tag_line) {
  const Measure& m = c.doc.measures[measure];
  if (!m.tag || m.tag->line == last_tag_line) return;
  last_tag_line = m.tag->line;
  for (const Ministry& body : m.tag->ministries) {
    if (body.annotation.find("廃止") == std::string::npos) continue;
    StaleFinding f;
    f.reason = "abolished_body";
    f.text = body.name + "(" + body.annotation + ")";
    f.line = m.tag->line;
    f.sentence = m.tag->raw;
    f.measure = measure;
    f.section_path = m.section_path;
    f.message_ja = "府省庁タグに廃止された組織「" + body.name + "」（" + body.annotation +
                   "）が残っています。";
    f.message_en = "The ministry tag still lists " + body.name + ", annotated as abolished (" +
                   body.annotation + ").";
    c.findings.push_back(std::move(f));
  }
}

StaleFinding front_finding(const char* reason, Severity severity, int line,
                           const std::string& text) {
  StaleFinding f;
  f.reason = reason;
  f.severity = severity;
  f.line = line;
  f.text = f.sentence = text;
  return f;
}

void check_date(Context& c) {
  const Document& d = c.doc;
  if (!d.date_blank) return;
  StaleFinding f = front_finding("blank_date", d.draft ? Severity::info : Severity::error,
                                 d.date_line, d.date_text);
  f.message_ja = d.draft ? "決定日が空欄です（案のため想定どおり。決定時に記入してください）。"
                         : "決定日が空欄のままです。";
  f.message_en = d.draft
                     ? "The decision date is blank (expected in a draft; fill it in when decided)."
                     : "The decision date is blank in a final edition.";
  c.findings.push_back(std::move(f));
}

// The title and the decision date both carry the edition year; one left at
// an earlier year than the edition's was not rolled.
void check_front_year(Context& c, const std::string& text, int line) {
  std::vector<YearMention> years = text::find_years(text);
  for (const YearMention& y : years) {
    if (!is_malformed(y)) continue;
    StaleFinding f = front_finding("malformed_year", Severity::warning, line, text);
    f.text = y.raw;
    set_messages(f, y, c.year);
    c.findings.push_back(std::move(f));
  }
  if (c.year == 0 || years.empty() || years.back().year >= c.year) return;
  StaleFinding f = front_finding("edition_year_mismatch", Severity::error, line, text);
  f.text = years.back().raw;
  f.message_ja =
      "「" + f.text + "」が本版の年（" + std::to_string(c.year) + "年）になっていません。";
  f.message_en = "「" + f.text + "」 is not the edition year " + std::to_string(c.year) + ".";
  c.findings.push_back(std::move(f));
}

}  // namespace

std::vector<StaleFinding> check_stale(const Document& doc, const CheckOptions& options) {
  // Carry-over is only a sign of neglect when the prior edition is older.
  int year = options.edition_year ? options.edition_year : doc.edition_year;
  bool use_prior = options.prior && (options.prior->edition_year == 0 || year == 0 ||
                                     options.prior->edition_year < year);
  std::optional<PriorSentences> prior;
  if (use_prior) prior.emplace(*options.prior);
  Context c{doc, year, prior ? &*prior : nullptr, {}, use_prior ? options.prior->edition_year : 0};
  check_date(c);
  check_front_year(c, doc.title, doc.title_line);
  check_front_year(c, doc.date_text, doc.date_line);
  int last_tag_line = -1;
  for (size_t measure = 0; measure < doc.measures.size(); ++measure) {
    for (const Sentence& s : doc.measures[measure].sentences) check_sentence(c, measure, s);
    check_tag(c, measure, last_tag_line);
  }
  std::stable_sort(c.findings.begin(), c.findings.end(),
                   [](const StaleFinding& a, const StaleFinding& b) { return a.line < b.line; });
  return c.findings;
}

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "warning";
}

}  // namespace nendiff
