// A sentence read for what it promises, and the wording that finds it again.
//
// Follow-through reads each sentence as clauses, because one sentence often
// reports and promises at once: 「2023年度に…を実施し、2024年度以降も…を推進
// する。」 A clause's tense comes from its own ending (…した past, …しており
// under way, …する / …予定 future); a continuative clause (…し、…とともに、)
// takes the tense of the clause after it, unless it is anchored in a year
// before the edition's (「2023年度に…実施し、」 in a 2024 edition is a report).
#include "history/promises.hpp"

#include <algorithm>

#include "text/brackets.hpp"
#include "text/unicode.hpp"
#include "text/year_mask.hpp"
#include "text/year_phrase.hpp"

namespace nendiff::detail {
namespace {

using text::Clause;
using text::Tense;

using YearAt = std::pair<size_t, const YearMention*>;  // code-point position, year

// A year phrase before the edition's year that is not a start (以降, から)
// anchors a continuative clause in the past: 「2023年度に…を実施し、」, while
// 「2023年度以降も…を推進し、」 or 「2024年度から開始される…」 do not.
bool anchored_in_past(std::u32string_view t, const Clause& c, const std::vector<YearAt>& years,
                      int edition) {
  for (const auto& [at, y] : years)
    if (at >= c.begin && at < c.end && y->year < edition &&
        text::read_year_phrase(t, at, *y).kind != text::PhraseKind::onward)
      return true;
  return false;
}

// Code-point positions of the sentence's years, outside brackets.
std::vector<YearAt> years_outside_brackets(const Sentence& s, const std::vector<bool>& inside) {
  std::vector<YearAt> out;
  const std::vector<size_t> at = text::year_positions(s.text, s.years);
  for (size_t k = 0; k < s.years.size(); ++k)
    if (at[k] < inside.size() && !inside[at[k]]) out.push_back({at[k], &s.years[k]});
  return out;
}

}  // namespace

// The clause's text with its years masked, from the years the parser found
// in the sentence.
std::string masked(const Reading& r, const Clause& c) {
  const std::u32string_view t = r.text;
  const size_t begin = text::utf8_length(t.substr(0, c.begin));
  const size_t end = begin + text::utf8_length(t.substr(c.begin, c.end - c.begin));
  return text::mask_years(r.sentence->text, r.sentence->years, begin, end).text;
}

Reading read_sentence(const Sentence& s, int edition) {
  Reading r;
  r.sentence = &s;
  r.text = text::to_u32(s.text);
  r.clauses = text::split_clauses(r.text);
  std::vector<YearAt> years = years_outside_brackets(s, text::inside_brackets(r.text));
  for (size_t i = r.clauses.size(); i-- > 0;) {
    Clause& c = r.clauses[i];
    if (c.tense != Tense::inherit) continue;
    c.tense = anchored_in_past(r.text, c, years, edition) ? Tense::past : r.clauses[i + 1].tense;
  }
  int dated_year = 0;
  for (const Clause& c : r.clauses) {
    if (c.tense != Tense::future) continue;
    r.promises = r.promises || c.end > c.begin;
    r.forward += masked(r, c);
    for (const auto& [at, y] : years) {
      if (at < c.begin || at >= c.end) continue;
      int& slot = y->dated ? dated_year : r.forward_year;  // a full date is mostly a fact
      if (!slot) slot = y->year;
    }
  }
  if (!r.forward_year) r.forward_year = dated_year;
  return r;
}

Bigrams bigrams_of(std::string_view masked) {
  return text::distinct_bigrams(masked, text::Pairs::letters_and_digits);
}
Bigrams bigrams_of(const Sentence& s) { return bigrams_of(text::mask_years(s.text, s.years).text); }

Wording::Wording(const Document& d) {
  for (const Measure& m : d.measures)
    for (const Sentence& s : m.sentences) {
      ++sentences_;
      bigrams_.add_document(text::mask_years(s.text, s.years).text, 1, false,
                            text::Pairs::letters_and_digits);
    }
}

double Wording::weight(text::Bigram g) const {
  return text::sentence_idf(sentences_, bigrams_.df_of(g));
}

double Wording::share(const Bigrams& wanted, const Bigrams& text) const {
  double total = 0, found = 0;
  for (text::Bigram g : wanted) {
    total += weight(g);
    if (std::binary_search(text.begin(), text.end(), g)) found += weight(g);
  }
  return total > 0 ? found / total : 0;
}

}  // namespace nendiff::detail
