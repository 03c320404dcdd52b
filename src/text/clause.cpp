#include "text/clause.hpp"

#include "text/brackets.hpp"
#include "text/script.hpp"
#include "text/unicode.hpp"

namespace nendiff::text {
namespace {

// Verbs that after a particle make a postposition (「…に基づく」「…を踏まえる」):
// their forms link what comes before them to a noun (「…に向けた支援」) or to
// the rest of the clause (「…に基づき、」「…について、」), and end no clause.
// `particles`: one of them must come before the form, for stems too short or
// too common to be told apart alone (「呼びかけて、」 is a clause, 「…にかけて、」
// not; 「組み合わせた」 a verb, 「…と合わせた」 a link).
struct PostpositionalVerb {
  std::u32string_view te_stem;  // before た and て: 基づい (「…に基づいた」「…に基づいて」)
  std::u32string_view renyo;    // 連用形, before 、: 基づき (「…に基づき、」)
  std::u32string_view particles = U"";
};

const PostpositionalVerb kPostpositionalVerbs[] = {
    {U"基づい", U"基づき"}, {U"向け", U"向け"},     {U"通じ", U"通じ"},
    {U"応じ", U"応じ"},     {U"踏まえ", U"踏まえ"}, {U"見据え", U"見据え"},
    {U"沿っ", U"沿い"},     {U"即し", U"即し"},     {U"含め", U"含め"},
    {U"用い", U"用い"},     {U"伴っ", U"伴い"},     {U"関し", U"関し"},
    {U"対し", U"対し"},     {U"際し", U"際し"},     {U"置い", U"置き"},
    {U"加え", U"加え"},     {U"除い", U"除き"},     {U"限っ", U"限り"},
    {U"当たっ", U"当たり"}, {U"先立っ", U"先立ち"}, {U"比べ", U"比べ"},
    {U"従っ", U"従い"},     {U"併せ", U"併せ"},     {U"合わせ", U"合わせ", U"とに"},
    {U"とし", U""},            // 「…を対象とした」「…として、」
    {U"いっ", U"", U"と"},     // 「…といった」
    {U"つい", U"つき", U"に"},  // 「…について、」
    {U"おい", U"おき", U"に"},  // 「…において、」
    {U"よっ", U"より", U"に"},  // 「…によって、」「…により、」
    {U"かけ", U"かけ", U"に"},  // 「…にかけて、」
    {U"あたっ", U"あたり", U"に"}, {U"わたっ", U"わたり", U"に"},
};

// True when `form` (a stem, or a stem and て) of `v` ends just before `end`.
bool form_before(std::u32string_view t, size_t end, const PostpositionalVerb& v,
                 std::u32string_view form, std::u32string_view after = U"") {
  if (form.empty() || !ends_at(t, end, after) || !ends_at(t, end - after.size(), form)) return false;
  const size_t before = end - after.size() - form.size();
  return v.particles.empty() || (before > 0 && one_of(v.particles, t[before - 1]));
}

// A た-form that only links a noun: 「…に向けた」「…を通じた」.
bool linking_before(std::u32string_view t, size_t end) {
  for (const PostpositionalVerb& v : kPostpositionalVerbs)
    if (form_before(t, end, v, v.te_stem)) return true;
  return false;
}

// A postposition before a 、: 「…に基づき、」「…について、」, and the adverb 引き続き.
bool postposition_before(std::u32string_view t, size_t comma) {
  if (ends_at(t, comma, U"引き続き")) return true;
  for (const PostpositionalVerb& v : kPostpositionalVerbs)
    if (form_before(t, comma, v, v.renyo) || form_before(t, comma, v, v.te_stem, U"て"))
      return true;
  return false;
}

// The finite past ending just before `end`: た, or だ after ん (読んだ). Not
// また, あたり, わたり, ふたたび, のため, nor the demonstratives こうした …
bool past_before(std::u32string_view t, size_t end) {
  if (end < 2) return false;
  const size_t i = end - 1;
  if (!(t[i] == U'た' || (t[i] == U'だ' && t[i - 1] == U'ん'))) return false;
  const char32_t prev = t[i - 1];
  if (!is_hiragana(prev) || one_of(U"まあわふのか", prev)) return false;
  return !(i >= 3 && ends_at(t, i, U"うし") && one_of(U"こそあど", t[i - 3]));
}

// Hiragana that may follow a finite た: 「…したところ」「…したほか」「…したが」.
const std::u32string_view kAfterFinite[] = {U"ところ", U"ほか", U"が", U"と"};
const std::u32string_view kNominalizers[] = {U"こと", U"もの", U"の"};

// After the predicate at `end`: a noun follows (a relative clause) or not;
// nullopt after たら, たり, ため …, which make no finite past.
std::optional<bool> attributive_after(std::u32string_view t, size_t end) {
  if (end >= t.size() || t[end] == U'、' || t[end] == U'。') return false;
  if (!is_hiragana(t[end])) return true;
  for (auto w : kAfterFinite)
    if (starts_at(t, end, w)) return false;
  for (auto w : kNominalizers)
    if (starts_at(t, end, w)) return true;
  return std::nullopt;
}

std::optional<Predicate> past_at(std::u32string_view t, size_t i) {
  if (!past_before(t, i + 1)) return std::nullopt;
  std::optional<bool> attributive = attributive_after(t, i + 1);
  if (!attributive || (*attributive && linking_before(t, i))) return std::nullopt;
  return Predicate{Tense::past, *attributive};
}

// The forms of いる/おる after て/で: under way.
const std::u32string_view kOngoing[] = {U"ている", U"ており", U"ておる", U"でいる", U"でおり"};

// Verbs of planning, before て/で: their progressive states a plan, not
// work under way (「2023年度は…を予定している」「…することとしており、」).
const std::u32string_view kPlanStems[] = {U"予定し", U"予定とし", U"こととし", U"目指し",
                                          U"計画し", U"目標とし", U"見込ん"};

// The tense of the progressive whose て/で is at `te`: a plan after a verb of
// planning, else under way.
Tense progressive_tense(std::u32string_view t, size_t te) {
  for (std::u32string_view stem : kPlanStems)
    if (ends_at(t, te, stem)) return Tense::future;
  return Tense::ongoing;
}

std::optional<Predicate> ongoing_at(std::u32string_view t, size_t i) {
  if (t[i] != U'て' && t[i] != U'で' && t[i] != U'済') return std::nullopt;  // what the words start with
  for (std::u32string_view word : kOngoing) {
    if (!starts_at(t, i, word)) continue;
    bool attributive =
        word.back() == U'る' && attributive_after(t, i + word.size()).value_or(false);
    return Predicate{progressive_tense(t, i), attributive};
  }
  if (starts_at(t, i, U"済み")) return Predicate{Tense::past, false};  // 作成・公表済み
  return std::nullopt;
}

// The dictionary form of a verb ends in the u-row: …する, …図る, …目指す.
bool dictionary_form_before(std::u32string_view t, size_t end) {
  return end > 0 && one_of(U"うくすつぬぶむるぐ", t[end - 1]);
}

// The tense of the verb form ending just before `end`; none when no verb
// form ends there.
Tense form_tense(std::u32string_view t, size_t end) {
  if (past_before(t, end)) return Tense::past;
  for (std::u32string_view w : kOngoing)  // finite: …ている
    if (w.back() == U'る' && ends_at(t, end, w)) return progressive_tense(t, end - w.size());
  return dictionary_form_before(t, end) ? Tense::future : Tense::none;
}

struct Ending {
  std::u32string_view word;
  Tense tense;
};

// Sentence endings, longest first where one ends another; the other endings
// are verb forms (form_tense), where a plan stated in the progressive is still
// a plan (「…を予定している」, progressive_tense); a state is present:
// 「…である」「…がある」.
const Ending kSentenceEndings[] = {
    {U"予定である", Tense::future},     {U"予定だ", Tense::future},
    {U"予定", Tense::future},           {U"見込みである", Tense::future},
    {U"見込み", Tense::future},         {U"方針である", Tense::future},
    {U"方針", Tense::future},           {U"計画である", Tense::future},
    {U"たい", Tense::future},           {U"済みである", Tense::past},
    {U"済み", Tense::past},             {U"ところである", Tense::past},
    {U"ところ", Tense::past},           {U"ています", Tense::ongoing},
    {U"である", Tense::present},        {U"ある", Tense::present}};

// The continuative forms of those endings, before 、 (the progressive ones
// read by progressive_tense).
const Ending kClauseEndings[] = {
    {U"ところであり", Tense::past}, {U"予定であり", Tense::future}, {U"ており", Tense::ongoing},
    {U"でおり", Tense::ongoing},    {U"であり", Tense::present}};

// Words that join a clause to the next: 「…するとともに、」「…したほか、」.
const std::u32string_view kConnectives[] = {U"とともに", U"ほか", U"他",   U"つつ",    U"ながら",
                                            U"上で",     U"ため", U"ところ", U"結果"};

// Hiragana a 連用形 ends in (実施し、行い、図り、進め、設け …).
constexpr std::u32string_view kRenyoEndings = U"しいりきちびみぎえけめせれじ";

// Particles, after which a 、 ends a phrase, not a clause.
constexpr std::u32string_view kParticles = U"はもにでとへがをやかの";

// Words that open a time frame ahead (a year's 以降 among them: 「2024年度以降も」).
const std::u32string_view kAhead[] = {U"今後", U"引き続き", U"以降", U"以後"};

}  // namespace

std::optional<Predicate> predicate_at(std::u32string_view t, size_t i) {
  if (auto p = past_at(t, i)) return p;
  return ongoing_at(t, i);
}

std::optional<Tense> clause_end(std::u32string_view t, size_t comma) {
  if (comma == 0) return std::nullopt;
  for (const Ending& e : kClauseEndings) {
    if (!ends_at(t, comma, e.word)) continue;
    return e.tense == Tense::ongoing ? progressive_tense(t, comma - e.word.size()) : e.tense;
  }
  for (std::u32string_view w : kConnectives) {
    if (!ends_at(t, comma, w)) continue;
    const size_t verb = comma - w.size();
    if (verb == 0 || !is_hiragana(t[verb - 1])) return std::nullopt;  // 「企業とともに」: a noun
    // 「…するとともに」: the dictionary form before a connective has no tense
    // of its own; only …した / …している do.
    Tense form = form_tense(t, verb);
    return form == Tense::past || form == Tense::ongoing ? form : Tense::inherit;
  }
  if (comma < 2 || !one_of(kRenyoEndings, t[comma - 1]) || !is_han(t[comma - 2]) ||
      postposition_before(t, comma))
    return std::nullopt;
  return Tense::inherit;  // 「…を実施し、」「…を行い、」
}

bool predicate_ends_before(std::u32string_view t, size_t comma) {
  if (clause_end(t, comma)) return true;
  return comma > 0 && is_hiragana(t[comma - 1]) && !postposition_before(t, comma) &&
         !one_of(kParticles, t[comma - 1]);
}

Tense sentence_tense(std::u32string_view t) {
  size_t end = t.size();
  while (end > 0 && one_of(U"。 ", t[end - 1])) --end;
  for (const Ending& e : kSentenceEndings)
    if (ends_at(t, end, e.word)) return e.tense;
  return form_tense(t, end);  // none: a noun ending, 「…を実施。」
}

std::vector<Clause> split_clauses(std::u32string_view t) {
  std::vector<Clause> out;
  std::vector<bool> inside = inside_brackets(t);
  size_t begin = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] != U'、' || inside[i]) continue;
    if (std::optional<Tense> tense = clause_end(t, i)) {
      out.push_back({begin, i + 1, *tense});
      begin = i + 1;
    }
  }
  out.push_back({begin, t.size(), sentence_tense(t)});
  return out;
}

bool states_outlook(std::u32string_view t) {
  if (sentence_tense(t) != Tense::future) return false;
  for (std::u32string_view w : kAhead)
    if (t.find(w) != std::u32string_view::npos) return true;
  return false;
}

}  // namespace nendiff::text
