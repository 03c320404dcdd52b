// The stale carry-over check of one edition: its sentences (sentences.cpp,
// where the judgement of a year by the predicate it governs is described), its
// ministry tags, its decision date and title. Findings are in input line order.
#include "nendiff/check.hpp"

#include <algorithm>
#include <cstdio>
#include <optional>

#include "check/context.hpp"
#include "text/years.hpp"

namespace nendiff {
namespace {

using detail::Context;
using detail::is_malformed;
using detail::set_messages;

// The day the edition speaks for, YYYY-MM-DD: its decision date, else the
// start of its year; "" when it has neither.
std::string edition_date(const Document& d, int year) {
  const std::vector<YearMention> years = text::find_years(d.date_text);
  int month = 1, day = 1;
  if (!years.empty() && !d.date_blank) {
    year = years.front().year;
    const std::string rest = d.date_text.substr(years.front().offset + years.front().length);
    std::sscanf(rest.c_str(), "%d月%d日", &month, &day);
  }
  if (year <= 0) return "";
  char iso[32];
  std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
  return iso;
}

// A body the tag names that was abolished before the edition: annotated so
// (「オリパラ（2022.03.31廃止）」), or known to the table of bodies to have
// ended. Once per tag (a tag may close several measures).
void check_tag(Context& c, size_t measure, int& last_tag_line, const std::string& date) {
  const Measure& m = c.doc.measures[measure];
  if (!m.tag || m.tag_line == last_tag_line) return;
  last_tag_line = m.tag_line;
  for (const Ministry& body : m.tag->ministries) {
    const bool annotated = body.annotation.find("廃止") != std::string::npos;
    const bool ended = !body.ended.empty() && !date.empty() && body.ended < date;
    if (!annotated && !ended) continue;
    const std::string when = annotated ? body.annotation : body.ended + "まで";
    StaleFinding f;
    f.reason = "abolished_body";
    f.text = annotated ? body.name + "(" + body.annotation + ")" : body.name;
    f.line = m.tag_line;
    f.sentence = m.tag->raw;
    f.measure = measure;
    f.section_path = m.section_path;
    f.message_ja = "府省庁タグに廃止された組織「" + body.name + "」（" + when +
                   "）が残っています。";
    f.message_en = "The ministry tag still lists " + body.name + ", abolished (" +
                   (annotated ? body.annotation : "it existed until " + body.ended) + ").";
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
  // Only a sentence of a dated edition is looked up in the prior one.
  std::optional<detail::PriorSentences> prior;
  if (use_prior && year != 0) prior.emplace(*options.prior);
  Context c{doc, year, prior ? &*prior : nullptr, {}, use_prior ? options.prior->edition_year : 0,
            options.prior};
  check_date(c);
  check_front_year(c, doc.title, doc.title_line);
  check_front_year(c, doc.date_text, doc.date_line);
  int last_tag_line = -1;
  const std::string date = edition_date(doc, year);
  for (size_t measure = 0; measure < doc.measures.size(); ++measure) {
    for (const Sentence& s : doc.measures[measure].sentences) detail::check_sentence(c, measure, s);
    check_tag(c, measure, last_tag_line, date);
  }
  detail::check_references(c);
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
