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

#include "text/years.hpp"
#include "text/brackets.hpp"
#include "text/normalize.hpp"
#include "text/script.hpp"
#include "text/unicode.hpp"

namespace nendiff {
namespace {

using text::ends_at;
using text::is_hiragana;
using text::one_of;
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
// Year phrases: the year with what qualifies it (以降, から, 末時点 …).

enum class Kind { attributive, point, onward, until, target, as_of };

struct Phrase {
  const YearMention* year = nullptr;
  size_t begin = 0, end = 0;  // visible text shown as the phrase
  size_t after = 0;           // first visible index past its particles
  Kind kind = Kind::attributive;
  bool close = false;         // attaches to the very next predicate
};

struct Qualifier {
  std::u32string_view word;
  Kind kind;
  bool shown;  // part of the phrase an editor sees (以降 is, the particle に is not)
};

// Longest first where one word starts another.
const Qualifier kQualifiers[] = {
    {U"末時点", Kind::as_of, true},   {U"末現在", Kind::as_of, true},
    {U"時点", Kind::as_of, true},     {U"現在", Kind::as_of, true},
    {U"以降", Kind::onward, true},    {U"以後", Kind::onward, true},
    {U"から", Kind::onward, true},    {U"より", Kind::onward, true},
    {U"までの間", Kind::until, true}, {U"までに", Kind::until, true},
    {U"まで", Kind::until, true},     {U"を目途に", Kind::target, true},
    {U"を目処に", Kind::target, true}, {U"を目標に", Kind::target, true},
    {U"目途", Kind::target, true},    {U"上旬", Kind::point, true},
    {U"中旬", Kind::point, true},     {U"下旬", Kind::point, true},
    {U"中", Kind::point, true},
    {U"末", Kind::point, true},       {U"当初", Kind::point, true},
    {U"上半期", Kind::point, true},   {U"下半期", Kind::point, true},
    {U"前半", Kind::point, true},     {U"後半", Kind::point, true},
    {U"初頭", Kind::point, true},
    {U"春", Kind::point, true},       {U"夏", Kind::point, true},
    {U"秋", Kind::point, true},       {U"冬", Kind::point, true},
};

// Particles after the phrase; `topic` ones scope over the clause, the others
// attach to the next predicate.
struct Particle {
  std::u32string_view word;
  bool topic;
};
const Particle kParticles[] = {
    {U"においても", true}, {U"においては", true}, {U"において", true},
    {U"についても", true}, {U"については", true}, {U"について", true},
    {U"にかけて", false},  {U"には", true},       {U"にも", true},
    {U"では", true},       {U"に", false},        {U"は", true},
    {U"も", true},         {U"で", false},
};

// 「2023年4月」「2023年4月1日」: month and day written after the year.
size_t skip_date(const std::u32string& t, size_t i) {
  for (int part = 0; part < 2; ++part) {
    size_t j = i;
    while (j < t.size() && u_isdigit(static_cast<UChar32>(t[j]))) ++j;
    if (j == i || j >= t.size() || (t[j] != U'月' && t[j] != U'日')) break;
    i = j + 1;
  }
  return i;
}

bool is_stronger(Kind a, Kind b) { return static_cast<int>(a) > static_cast<int>(b); }

// Reads the qualifiers at p.end (以降, 末時点 …), the strongest deciding the
// kind. `qualified`: the year's suffix already qualifies it (年度末, 年秋).
bool read_qualifiers(const std::u32string& t, Phrase& p, bool qualified) {
  for (bool more = true; more;) {
    more = false;
    for (const Qualifier& q : kQualifiers) {
      if (!starts_at(t, p.end, q.word)) continue;
      if (!qualified || is_stronger(q.kind, p.kind)) p.kind = q.kind;
      qualified = more = true;
      p.end += q.word.size();
      break;
    }
  }
  return qualified;
}

// Reads the particle at p.after, if any.
const Particle* read_particle(const std::u32string& t, Phrase& p) {
  for (const Particle& a : kParticles) {
    if (!starts_at(t, p.after, a.word)) continue;
    p.after += a.word.size();
    return &a;
  }
  return nullptr;
}

// The phrase of the year at visible `begin`.
Phrase read_phrase(const std::u32string& t, size_t begin, const YearMention& y) {
  Phrase p;
  p.year = &y;
  p.begin = begin;
  p.end = skip_date(t, begin + to_u32(y.raw).size());
  bool suffixed = !(y.suffix == "年度" || y.suffix == "年" || y.suffix == "度" || y.suffix.empty());
  if (suffixed) p.kind = Kind::point;
  bool qualified = read_qualifiers(t, p, suffixed);
  p.after = p.end;
  const Particle* particle = read_particle(t, p);
  bool comma = p.after < t.size() && t[p.after] == U'、';
  if (!qualified && !particle) {
    // 「2023年度、」 is adverbial; 「2023年度の」「2023年度健康経営度調査」 name a thing.
    p.kind = comma ? Kind::point : Kind::attributive;
    return p;
  }
  if (!qualified) p.kind = Kind::point;
  bool genitive = !particle && p.after < t.size() && t[p.after] == U'の';
  p.close = !(particle && particle->topic) && !comma && !genitive;
  return p;
}

// A range 「2020年度から2022年度まで、」 or list 「2023年12月、2024年4月に」 is one
// phrase as far as attachment goes: the last member decides.
void chain_ranges(std::vector<Phrase>& phrases, const std::u32string& t) {
  for (size_t i = phrases.size(); i-- > 1;) {
    Phrase& a = phrases[i - 1];
    size_t gap = a.after;
    if (gap < t.size() && t[gap] == U'、') ++gap;
    if (gap == phrases[i].begin) a.close = phrases[i].close;
  }
}

// Real sentences name a handful of years (4 at most in the samples); each
// phrase looks at the others (opens_time_frame), so a line of thousands of
// years is judged on its first ones only.
constexpr size_t kMaxYearPhrases = 64;

std::vector<Phrase> year_phrases(const Sentence& s, const Visible& v) {
  std::vector<Phrase> phrases;
  // Code points before each year, counted on from the previous year (years are
  // in text order): counting from the start each time is quadratic on a
  // sentence of thousands of years.
  size_t index = 0, counted = 0;
  for (const YearMention& y : s.years) {
    if (phrases.size() == kMaxYearPhrases) break;
    if (y.offset < counted) index = counted = 0;
    index += to_u32(std::string_view(s.text).substr(counted, y.offset - counted)).size();
    counted = y.offset;
    if (y.year <= 0 || index >= v.at.size() || v.at[index] < 0) continue;  // in brackets
    phrases.push_back(read_phrase(v.text, static_cast<size_t>(v.at[index]), y));
  }
  chain_ranges(phrases, v.text);
  return phrases;
}

// ---------------------------------------------------------------------------
// Predicates: what tense does a phrase's predicate carry?

enum class Tense { unknown, neutral, past, ongoing, present, future };

struct Marker {
  Tense tense;
  bool attributive;  // modifies a following noun: a relative clause
};

// Verbs that in their た-form only link a noun (「…に向けた支援」「…を通じた」).
const std::u32string_view kLinkingVerbs[] = {
    U"向け", U"通じ", U"応じ", U"踏まえ", U"見据え", U"沿っ", U"即し", U"含め",
    U"用い", U"とし", U"いっ", U"基づい", U"伴っ", U"関し", U"対し", U"際し", U"置い"};

// Hiragana that may follow a finite た: 「…したところ」「…したほか」「…したが」.
const std::u32string_view kAfterFinite[] = {U"ところ", U"ほか", U"が", U"と"};
const std::u32string_view kNominalizers[] = {U"こと", U"もの", U"の"};

// After the predicate at `end`: a noun follows (relative clause) or not.
std::optional<bool> attributive_after(const std::u32string& t, size_t end) {
  if (end >= t.size() || t[end] == U'、' || t[end] == U'。') return false;
  if (!is_hiragana(t[end])) return true;
  for (auto w : kAfterFinite)
    if (starts_at(t, end, w)) return false;
  for (auto w : kNominalizers)
    if (starts_at(t, end, w)) return true;
  return std::nullopt;  // たら, たり, ため …: not a finite past
}

std::optional<Marker> past_at(const std::u32string& t, size_t i) {
  if (i < 1 || !(t[i] == U'た' || (t[i] == U'だ' && t[i - 1] == U'ん'))) return std::nullopt;
  char32_t prev = t[i - 1];
  if (!is_hiragana(prev) || one_of(U"まあわふのか", prev))
    return std::nullopt;  // また, あたり, わたり, ふたたび, のため
  if (i >= 3 && ends_at(t, i, U"うし") && one_of(U"こそあど", t[i - 3]))
    return std::nullopt;  // こうした: a demonstrative
  std::optional<bool> attributive = attributive_after(t, i + 1);
  if (!attributive) return std::nullopt;
  if (*attributive)
    for (auto w : kLinkingVerbs)
      if (ends_at(t, i, w)) return std::nullopt;
  return Marker{Tense::past, *attributive};
}

std::optional<Marker> ongoing_at(const std::u32string& t, size_t i) {
  if (t[i] != U'て' && t[i] != U'で' && t[i] != U'済') return std::nullopt;  // what the words start with
  for (auto w : {U"ている", U"ており", U"ておる", U"でいる", U"でおり"}) {
    std::u32string_view word(w);
    if (!starts_at(t, i, word)) continue;
    bool attributive =
        word.back() == U'る' && attributive_after(t, i + word.size()).value_or(false);
    return Marker{Tense::ongoing, attributive};
  }
  if (starts_at(t, i, U"済み")) return Marker{Tense::past, false};  // 作成・公表済み
  return std::nullopt;
}

std::optional<Marker> marker_at(const std::u32string& t, size_t i) {
  if (auto m = past_at(t, i)) return m;
  return ongoing_at(t, i);
}

// Endings of a clause that hands its tense on (…し、…とともに、…ため、).
const std::u32string_view kClauseEnds[] = {U"とともに", U"ながら", U"つつ", U"ほか", U"他",
                                           U"ため", U"ところ", U"結果"};
// Postpositions ending in a verb form: not a clause end.
const std::u32string_view kPostpositions[] = {
    U"として", U"について", U"において", U"に対して", U"を通じて", U"に向けて", U"に基づいて",
    U"に関して", U"にかけて", U"によって", U"に応じて", U"に加えて", U"を含めて", U"にあたって",
    U"に当たって", U"に際して", U"に伴い", U"に基づき", U"を踏まえ", U"に向け", U"を通じ",
    U"に関し", U"により", U"に応じ", U"に加え", U"を含め", U"に対し", U"引き続き"};

bool clause_ends_before(const std::u32string& t, size_t comma) {
  for (auto w : kClauseEnds)
    if (ends_at(t, comma, w)) return true;
  if (comma == 0 || !is_hiragana(t[comma - 1])) return false;
  for (auto w : kPostpositions)
    if (ends_at(t, comma, w)) return false;
  return !one_of(U"はもにでとへがをやかの", t[comma - 1]);
}

// Does a new time frame open at `i`, so that an earlier clause's phrase no
// longer reaches the predicate that follows?
bool opens_time_frame(const std::u32string& t, const std::vector<Phrase>& phrases, size_t i,
                      Kind kind) {
  for (const Phrase& p : phrases)
    if (p.begin == i && p.kind != Kind::attributive) return true;
  if (kind == Kind::onward) return false;  // 「2023年度以降も…し、引き続き…」 stays one frame
  if (t[i] != U'引' && t[i] != U'今') return false;  // what the words start with
  if (starts_at(t, i, U"引き続き")) return true;
  return starts_at(t, i, U"今後") && !starts_at(t, i + 2, U"の");
}

const std::u32string_view kFutureEndings[] = {U"予定である", U"予定だ", U"予定", U"見込みである",
                                              U"見込み", U"方針である", U"方針", U"計画である"};
const std::u32string_view kPresentEndings[] = {U"ている", U"ておる", U"でいる", U"である", U"ある"};

// The tense of the sentence's final predicate.
Tense ending_tense(const std::u32string& t) {
  size_t end = t.size();
  while (end > 0 && (t[end - 1] == U'。' || t[end - 1] == U' ')) --end;
  for (auto w : kFutureEndings)
    if (ends_at(t, end, w)) return Tense::future;
  if (end > 0 && past_at(t, end - 1)) return Tense::past;
  for (auto w : kPresentEndings)
    if (ends_at(t, end, w)) return Tense::present;
  if (ends_at(t, end, U"たい")) return Tense::future;
  if (end > 0 && one_of(U"うくすつぬぶむるぐ", t[end - 1]))
    return Tense::future;  // dictionary form: …する, …図る, …目指す
  return Tense::neutral;   // …を実施。: a noun ending reports
}

// How far after a year its predicate is looked for. The longest sentence of the
// sample editions has 313 characters; a "sentence" of a million characters
// (a line that lost its 。) would make every year scan it to its end.
constexpr size_t kMaxPredicateReach = 2000;

Tense governed_tense(const std::u32string& t, const std::vector<Phrase>& phrases, const Phrase& p) {
  bool crossed = false;
  const size_t reach = std::min(t.size(), p.after + kMaxPredicateReach);
  for (size_t i = p.after; i < reach; ++i) {
    if (crossed && opens_time_frame(t, phrases, i, p.kind)) return Tense::unknown;
    if (std::optional<Marker> m = marker_at(t, i)) {
      if (!m->attributive || p.close) return m->tense;
      continue;
    }
    if (t[i] == U'、' && clause_ends_before(t, i)) crossed = true;
  }
  return reach < t.size() ? Tense::unknown : ending_tense(t);
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

StaleFinding measure_finding(const Context& c, size_t measure, const Sentence& s, const Phrase& p,
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
const char* stale_reason(const std::u32string& t, const std::vector<Phrase>& phrases,
                         const Phrase& p) {
  if (p.kind == Kind::attributive) return nullptr;
  Tense tense = governed_tense(t, phrases, p);
  if (p.kind == Kind::as_of)
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
  std::vector<Phrase> phrases = year_phrases(s, v);
  bool unrolled = carried_over(c, s) && ending_tense(v.text) == Tense::future;
  const Phrase* first_prior = nullptr;
  for (const Phrase& p : phrases) {
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
