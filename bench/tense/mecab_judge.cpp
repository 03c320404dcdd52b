// The MeCab judge. Three parts: the sentence as grammar sees it (visible.hpp:
// bracketed notes hidden, quoted titles one noun), the predicates (what MeCab says each is), and
// nendiff's skeleton over them (a year phrase governs the first predicate after
// it, or the clause's own when set off by は/も/、; a continuative clause hands
// its tense on). The word lists left here are of lemmas MeCab gives, not of
// endings: the nouns that make a plan, and verbs that act as postpositions
// (に向けた, を踏まえ) where IPAdic has no 連語 entry for them.
#include "tense/mecab_judge.hpp"

#include <algorithm>
#include <optional>
#include <set>

#include "tense/visible.hpp"

namespace tense {
namespace {

// ---------------------------------------------------------------------------
// Predicates.

struct Marker {
  Tense tense;
  bool attributive;  // modifies a following noun: a relative clause
};

using Tokens = std::vector<Token>;

bool is(const Tokens& t, size_t i, const char* surface) { return i < t.size() && t[i].surface == surface; }
bool lemma_in(const Token& t, const std::set<std::string>& words) { return words.count(t.lemma) > 0; }
// The past auxiliary: た, and だ after an 音便 (取り組んだ), which IPAdic lemmatises as だ.
bool is_past_aux(const Token& t) {
  return t.pos == Pos::aux && (t.lemma == "た" || t.ctype == "特殊・タ" || t.ctype == "助動詞-タ");
}
bool is_predicate(const Token& t) {
  return t.pos == Pos::verb || t.pos == Pos::aux || t.pos == Pos::adjective;
}

// Verbs that after に/を/と only link a noun (「…に向けた支援」「…を踏まえ、」): IPAdic
// has 連語 entries for some (について, に対し); these it splits.
const std::set<std::string> kLinkingLemmas = {
    "向ける", "通じる", "応じる", "踏まえる", "見据える", "沿う",   "即する", "含める", "用いる",
    "基づく", "伴う",   "関する", "対する",   "際する",   "加える", "よる",   "当たる", "あたる",
    "いう",   "する",   "比べる", "従う",     "先立つ",   "わたる", "限る",   "除く"};

bool is_linking_verb(const Tokens& t, size_t verb) {
  if (verb == 0 || t[verb].pos != Pos::verb || !lemma_in(t[verb], kLinkingLemmas)) return false;
  const Token& before = t[verb - 1];
  if (before.pos != Pos::particle) return false;
  if (t[verb].lemma == "する") return before.surface == "と";  // 「…を対象とした」
  return before.surface == "に" || before.surface == "を" || before.surface == "と";
}

// The verb a chain of auxiliaries ending before `i` hangs on.
size_t verb_before(const Tokens& t, size_t i) {
  size_t v = i;
  while (v > 0 && (t[v - 1].pos == Pos::aux || (t[v - 1].pos == Pos::verb && t[v - 1].pos2 == "接尾"))) --v;
  return v > 0 ? v - 1 : 0;
}

// After a predicate ending before `j`: does a noun follow (a relative clause)?
std::optional<bool> attributive_after(const Tokens& t, size_t j) {
  if (j >= t.size() || t[j].pos == Pos::comma || t[j].pos == Pos::period) return false;
  const Token& n = t[j];
  if (n.pos == Pos::noun || n.pos == Pos::suffix) {
    static const std::set<std::string> finite = {"ところ", "ほか", "他", "結果", "ため", "上"};
    if (finite.count(n.surface)) return false;  // 「…したところ」「…したほか」
    return true;
  }
  if (n.pos == Pos::particle) return n.surface == "の" ? std::optional<bool>(true) : false;
  if (n.pos == Pos::aux || n.pos == Pos::verb) return std::nullopt;  // not the predicate's end
  return false;
}

const std::set<std::string> kPlanNouns = {"予定", "見込み", "見込", "方針", "計画"};

// The copula chain (で ある, だ, です) ending at `i` skipped: the word before it.
size_t before_copula(const Tokens& t, size_t i) {
  size_t k = i + 1;
  while (k > 0 && t[k - 1].pos == Pos::aux &&
         (t[k - 1].lemma == "だ" || t[k - 1].lemma == "ある" || t[k - 1].lemma == "です"))
    --k;
  return k;  // index after the word before the copula; k == i + 1: none
}

// …予定している, …こととしている, …目指している, …予定となっている: a plan,
// though progressive.
bool plan_in_progressive(const Tokens& t, size_t te) {
  if (te < 2) return false;
  const Token& verb = t[te - 1];
  if (verb.lemma == "目指す") return true;
  if (verb.lemma == "なる") return te >= 3 && t[te - 2].surface == "と" && lemma_in(t[te - 3], kPlanNouns);
  if (verb.lemma != "する") return false;
  if (t[te - 2].pos == Pos::noun && lemma_in(t[te - 2], kPlanNouns)) return true;
  return te >= 3 && t[te - 2].surface == "と" &&
         (t[te - 3].surface == "こと" || lemma_in(t[te - 3], kPlanNouns));
}

std::optional<Marker> marker_at(const Tokens& t, size_t i) {
  const Token& k = t[i];
  if (is_past_aux(k) && k.form == Form::terminal) {
    std::optional<bool> attributive = attributive_after(t, i + 1);
    if (!attributive) return std::nullopt;
    if (*attributive && is_linking_verb(t, verb_before(t, i))) return std::nullopt;
    return Marker{Tense::past, *attributive};
  }
  if (k.pos == Pos::verb && k.pos2 == "非自立" &&
      (k.lemma == "いる" || k.lemma == "おる" || k.lemma == "居る") && i > 0 &&
      (t[i - 1].surface == "て" || t[i - 1].surface == "で") && t[i - 1].pos == Pos::particle) {
    if (i + 1 < t.size() && is_past_aux(t[i + 1])) return std::nullopt;  // …ていた: past at た
    bool attributive = k.form == Form::terminal && attributive_after(t, i + 1).value_or(false);
    return Marker{plan_in_progressive(t, i - 1) ? Tense::future : Tense::ongoing, attributive};
  }
  if (k.surface == "済み" || k.surface == "済") return Marker{Tense::past, false};  // 作成・公表済み
  return std::nullopt;
}

// The tense of the predicate ending at token `last` (inclusive).
Tense predicate_tense(const Tokens& t, size_t last) {
  const Token& k = t[last];
  if (is_past_aux(k)) return Tense::past;
  if (k.pos == Pos::aux && k.lemma == "たい") return Tense::future;
  if (k.pos == Pos::aux && k.lemma == "ます" && last > 0) {  // …します, …しています: the verb's own
    Tense verb = predicate_tense(t, last - 1);
    return verb == Tense::ongoing || verb == Tense::present ? verb : Tense::future;
  }
  if (k.pos == Pos::verb && (k.lemma == "ある" || k.lemma == "有る") && last >= 2 &&
      t[last - 1].surface == "が" && t[last - 2].surface == "必要")
    return Tense::future;  // …していく必要がある: an obligation ahead
  if (k.surface == "済み" || k.surface == "済") return Tense::past;
  if (k.pos == Pos::aux && (k.lemma == "だ" || k.lemma == "ある" || k.lemma == "です")) {
    size_t after = before_copula(t, last);
    if (after == 0) return Tense::present;
    const Token& word = t[after - 1];
    if (lemma_in(word, kPlanNouns) || word.surface == "必要") return Tense::future;
    if (word.surface == "ところ" && after >= 2 && is_past_aux(t[after - 2])) return Tense::past;
    if (word.surface == "済み" || word.surface == "済") return Tense::past;
    return Tense::present;
  }
  if (k.pos == Pos::verb && k.pos2 == "非自立" && last > 0 &&
      (t[last - 1].surface == "て" || t[last - 1].surface == "で")) {
    if (k.lemma == "いる" || k.lemma == "おる" || k.lemma == "居る")
      return plan_in_progressive(t, last - 1) ? Tense::future : Tense::ongoing;
    return Tense::future;  // …していく, …してまいる
  }
  if (k.pos == Pos::noun || k.pos == Pos::suffix) {
    if (lemma_in(k, kPlanNouns)) return Tense::future;
    if (k.surface == "ところ" && last > 0 && is_past_aux(t[last - 1])) return Tense::past;
    return Tense::past;  // 「…を実施。」: a noun ending reports
  }
  if (k.pos == Pos::verb &&
      (k.lemma == "ある" || k.lemma == "有る" || k.lemma == "いる" || k.lemma == "居る"))
    return Tense::present;
  if (k.pos == Pos::verb && k.form == Form::terminal) return Tense::future;  // …する, …図る
  if (k.pos == Pos::adjective || k.pos == Pos::aux) return Tense::present;
  return Tense::unknown;
}

// The sentence's final predicate.
Tense ending_tense(const Tokens& t) {
  size_t end = t.size();
  while (end > 0 &&
         (t[end - 1].pos == Pos::period || t[end - 1].pos == Pos::symbol || t[end - 1].pos == Pos::close))
    --end;
  return end == 0 ? Tense::unknown : predicate_tense(t, end - 1);
}

// Words after a predicate that join its clause to the next (…するとともに、…したほか、).
const std::set<std::string> kConnectives = {"とともに", "ほか", "他",   "ため",
                                            "結果",     "上で", "つつ", "ながら"};

// Does a clause end at the comma `i` (「…し、」「…とともに、」), not a phrase
// (「2023年度は、」「…について、」「…を踏まえ、」)?
bool clause_ends_before(const Tokens& t, size_t i) {
  if (i == 0) return false;
  const Token& k = t[i - 1];
  if (k.surface == "ところ" || kConnectives.count(k.surface)) return i >= 2 && is_predicate(t[i - 2]);
  if (k.pos == Pos::particle) return k.pos2 == "接続助詞" && k.surface != "と";
  if (k.pos == Pos::verb) return !is_linking_verb(t, i - 1);
  if (k.pos == Pos::aux && k.surface == "で") return false;  // 「…することで、」「…の機関で、」: a means
  return k.pos == Pos::aux;
}

// ---------------------------------------------------------------------------
// Year phrases.

enum class Kind { attributive, point, onward, until, target, as_of };

struct Phrase {
  size_t begin = 0;  // first token
  size_t after = 0;  // first token past its qualifiers and particles
  Kind kind = Kind::attributive;
  bool close = false;  // attaches to the very next predicate
};

std::optional<Kind> qualifier(const std::string& w) {
  static const std::set<std::string> as_of = {"時点", "現在"}, onward = {"以降", "以後", "から", "より"},
                                     point = {"末",   "中",     "当初",   "上旬", "中旬",
                                              "下旬", "上半期", "下半期", "前半", "後半",
                                              "初頭", "春",     "夏",     "秋",   "冬"};
  if (as_of.count(w)) return Kind::as_of;
  if (onward.count(w)) return Kind::onward;
  if (w == "まで" || w == "までに") return Kind::until;
  if (point.count(w)) return Kind::point;
  return std::nullopt;
}

bool stronger(Kind a, Kind b) { return static_cast<int>(a) > static_cast<int>(b); }

// The numbers, 年/年度 and month/day of the year at token `i`: the token after them.
size_t skip_year(const Tokens& t, size_t i, size_t year_end) {
  while (i < t.size() && t[i].end <= year_end) ++i;
  // 数 (IPAdic), 数詞 (UniDic)
  while (i + 1 < t.size() && t[i].pos2.rfind("数", 0) == 0 &&
         (t[i + 1].surface == "月" || t[i + 1].surface == "日"))
    i += 2;
  return i;
}

Phrase read_phrase(const Tokens& t, size_t first, size_t year_end) {
  Phrase p;
  p.begin = first;
  size_t j = skip_year(t, first, year_end);
  bool qualified = false;
  for (bool more = true; more && j < t.size();) {
    more = false;
    std::optional<Kind> q = qualifier(t[j].surface);
    size_t width = 1;
    if (is(t, j, "を") && j + 1 < t.size() &&
        (t[j + 1].surface == "目途" || t[j + 1].surface == "目処" || t[j + 1].surface == "目標"))
      q = Kind::target, width = 2;
    if (is(t, j, "まで") && is(t, j + 1, "の") && is(t, j + 2, "間")) width = 3;
    if (!q) break;
    if (!qualified || stronger(*q, p.kind)) p.kind = *q;
    qualified = more = true;
    j += width;
  }
  bool particle = false, topic = false;
  if (j < t.size() && t[j].pos == Pos::particle && t[j].surface != "の") {
    particle = true;
    topic = t[j].pos2 == "係助詞" || t[j].surface == "において" || t[j].surface == "について";
    ++j;
    if (j < t.size() && t[j].pos == Pos::particle && (t[j].surface == "は" || t[j].surface == "も"))
      topic = true, ++j;
  }
  bool comma = j < t.size() && t[j].pos == Pos::comma;
  p.after = j;
  if (!qualified && !particle) {
    p.kind = comma ? Kind::point : Kind::attributive;  // 「2023年度の」「2023年度健康経営度調査」
    return p;
  }
  if (!qualified) p.kind = Kind::point;
  bool genitive = !particle && is(t, j, "の");
  p.close = !topic && !comma && !genitive;
  return p;
}

// A range 「2020年度から2022年度まで、」 is one phrase: the last member decides.
void chain_ranges(std::vector<Phrase>& phrases, const Tokens& t) {
  for (size_t i = phrases.size(); i-- > 1;) {
    size_t gap = phrases[i - 1].after;
    if (gap < t.size() && t[gap].pos == Pos::comma) ++gap;
    if (gap == phrases[i].begin) phrases[i - 1].close = phrases[i].close;
  }
}

bool opens_time_frame(const Tokens& t, const std::vector<std::optional<Phrase>>& phrases, size_t i,
                      Kind kind) {
  for (const auto& p : phrases)
    if (p && p->begin == i && p->kind != Kind::attributive) return true;
  if (kind == Kind::onward) return false;  // 「2023年度以降も…し、引き続き…」 is one frame
  return t[i].surface == "引き続き" || (t[i].surface == "今後" && !is(t, i + 1, "の"));
}

Tense governed_tense(const Tokens& t, const std::vector<std::optional<Phrase>>& phrases, const Phrase& p) {
  bool crossed = false;
  for (size_t i = p.after; i < t.size(); ++i) {
    // The phrase's clause handed on to one with its own time: it was a report
    // (「2023年度に…実施し、2024年度以降も…」), unless the phrase looks onward.
    if (crossed && opens_time_frame(t, phrases, i, p.kind))
      return p.kind == Kind::onward ? Tense::unknown : Tense::past;
    if (std::optional<Marker> m = marker_at(t, i)) {
      if (!m->attributive || p.close) return m->tense;
      continue;
    }
    if (t[i].pos == Pos::comma && clause_ends_before(t, i)) crossed = true;
  }
  return ending_tense(t);
}

size_t token_at(const Tokens& t, long byte) {
  for (size_t i = 0; i < t.size(); ++i)
    if (static_cast<long>(t[i].end) > byte) return i;
  return t.size();
}

// ---------------------------------------------------------------------------
// Clauses, as history reads them.

struct Clause {
  size_t begin, end;  // tokens, end past the comma
  Tense tense;        // unknown: hands on the next clause's
};

// The tense a continuative clause ending before the comma `i` carries itself.
Tense own_tense(const Tokens& t, size_t i) {
  const Token& k = t[i - 1];
  if (kConnectives.count(k.surface)) {
    Tense before = predicate_tense(t, i - 2);
    return before == Tense::past || before == Tense::ongoing ? before : Tense::unknown;
  }
  if (k.surface == "ところ") return Tense::past;
  if (k.pos == Pos::aux && (k.lemma == "ある" || k.lemma == "だ")) return predicate_tense(t, i - 1);
  if (k.pos == Pos::verb && k.pos2 == "非自立" && (k.lemma == "おる" || k.lemma == "いる"))
    return predicate_tense(t, i - 1);
  if (k.pos == Pos::particle && k.surface == "が") return predicate_tense(t, i - 2);
  if (is_past_aux(k)) return Tense::past;
  return Tense::unknown;  // 実施し、 進めて、
}

// A clause naming a year before the edition's that is not a start (以降, から)
// reports: 「2023年度に…を実施し、」 in a 2024 edition.
bool anchored_in_past(const Clause& c, const std::vector<std::pair<Phrase, int>>& years, int edition) {
  for (const auto& [p, year] : years)
    if (p.begin >= c.begin && p.begin < c.end && year < edition && p.kind != Kind::onward) return true;
  return false;
}

}  // namespace

const char* tense_name(Tense t) {
  switch (t) {
    case Tense::none: return "none";
    case Tense::unknown: return "unknown";
    case Tense::past: return "past";
    case Tense::ongoing: return "ongoing";
    case Tense::present: return "present";
    case Tense::future: return "future";
  }
  return "unknown";
}

YearVerdict MecabJudge::year(const std::string& sentence, const std::vector<YearAt>& years, size_t which,
                             int edition) const {
  Visible v = visible_text(sentence);
  Tokens t = analyser_.tokens(v.text);
  std::vector<std::optional<Phrase>> phrases;
  for (const YearAt& y : years) {
    long at = v.at[y.begin];
    if (at < 0) {
      phrases.emplace_back();  // in brackets
      continue;
    }
    phrases.push_back(read_phrase(t, token_at(t, at), static_cast<size_t>(v.at[y.end - 1]) + 1));
  }
  std::vector<Phrase> chained;
  for (const auto& p : phrases)
    if (p) chained.push_back(*p);
  chain_ranges(chained, t);
  for (size_t i = 0, k = 0; i < phrases.size(); ++i)
    if (phrases[i]) phrases[i] = chained[k++];
  YearVerdict out;
  const std::optional<Phrase>& p = phrases[which];
  if (!p || p->kind == Kind::attributive) return out;
  out.tense = governed_tense(t, phrases, *p);
  if (years[which].year >= edition) return out;
  if (p->kind == Kind::as_of) {
    if (out.tense == Tense::ongoing || out.tense == Tense::present || out.tense == Tense::future)
      out.finding = "prior_year_as_of";
  } else if (out.tense == Tense::future) {
    out.finding = "prior_year_future";
  }
  return out;
}

Tense MecabJudge::clause(const std::string& sentence, const std::vector<YearAt>& years, size_t at,
                         int edition) const {
  Visible v = visible_text(sentence);
  Tokens t = analyser_.tokens(v.text);
  std::vector<std::pair<Phrase, int>> phrases;
  for (const YearAt& y : years)
    if (v.at[y.begin] >= 0)
      phrases.push_back(
          {read_phrase(t, token_at(t, v.at[y.begin]), static_cast<size_t>(v.at[y.end - 1]) + 1), y.year});
  std::vector<Clause> clauses;
  size_t begin = 0;
  for (size_t i = 0; i < t.size(); ++i)
    if (t[i].pos == Pos::comma && clause_ends_before(t, i)) {
      clauses.push_back({begin, i + 1, own_tense(t, i)});
      begin = i + 1;
    }
  clauses.push_back({begin, t.size(), ending_tense(t)});
  for (size_t i = clauses.size(); i-- > 0;) {
    Clause& c = clauses[i];
    if (c.tense != Tense::unknown || i + 1 == clauses.size()) continue;
    c.tense = anchored_in_past(c, phrases, edition) ? Tense::past : clauses[i + 1].tense;
  }
  long byte = -1;
  for (size_t b = at; b < v.at.size() && byte < 0; ++b) byte = v.at[b];
  size_t token = token_at(t, byte < 0 ? static_cast<long>(v.text.size()) - 1 : byte);
  for (const Clause& c : clauses)
    if (token < c.end) return c.tense;
  return clauses.back().tense;
}

}  // namespace tense
