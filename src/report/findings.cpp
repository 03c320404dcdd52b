// `nendiff check`: the stale findings of one edition, for an editor (text,
// grouped by section, each finding `file:line: [reason] …` so that editors and
// terminals can jump to it) or for a program (json, the `stale` entries of
// report-json-v1 plus the edition they belong to).
#include <algorithm>

#include "nendiff/report.hpp"
#include "report/json.hpp"
#include "report/labels.hpp"
#include "report/layout.hpp"
#include "report/printable.hpp"
#include "report/quoted.hpp"
#include "report/style.hpp"
#include "report/util.hpp"
#include "text/unicode.hpp"

namespace nendiff {
namespace {

using detail::printable;
using text::to_u32;
using text::to_utf8;

constexpr size_t kContext = 40;  // characters of the sentence shown each side of the phrase

using detail::Style;

// The stale phrase in bold red, or >>between marks<<.
std::string marked_phrase(const std::string& text, const Style& s) {
  return s.color ? s.paint(text, "1;31") : ">>" + text + "<<";
}

std::string severity(Severity v, const Style& s) {
  const char* code = v == Severity::error ? "1;31" : v == Severity::warning ? "33" : "36";
  return s.paint(severity_name(v), code);
}

std::string join_path(const Document& d, const StaleFinding& f) {
  auto both = [](const detail::Label& l) {
    return "(" + std::string(l.ja) + " / " + std::string(l.en) + ")";
  };
  if (!f.measure) return both(detail::words::front_matter);
  return printable(detail::section_path_text(detail::quoted_path(d, d.measures[*f.measure]),
                                             both(detail::words::no_section)));
}

// Where the finding's sentence stands in its unit's text (the one on the
// finding's line when the unit says it twice), and the phrase's first
// character in it; npos where not found.
struct Place {
  size_t sentence = std::string::npos, phrase = std::u32string::npos;
};

Place place_of(const Document& d, const StaleFinding& f, const std::u32string& sentence,
               const std::u32string& phrase) {
  Place p;
  p.phrase = sentence.find(phrase);
  if (p.phrase == std::u32string::npos || !f.measure) return p;
  const Measure& m = d.measures[*f.measure];
  for (const Sentence& s : m.sentences) {
    if (s.text != f.sentence) continue;
    if (p.sentence == std::string::npos) p.sentence = s.offset;
    for (size_t at = p.phrase; at != std::u32string::npos; at = sentence.find(phrase, at + 1)) {
      const size_t byte = text::utf8_length(std::u32string_view(sentence).substr(0, at));
      if (m.line_at(s.offset + byte) == f.line) return {s.offset, at};
    }
  }
  return p;
}

// The sentence around the phrase, the phrase marked, as the edition writes it.
std::string highlighted(const Document& d, const StaleFinding& f, const Style& style) {
  const std::u32string sentence = to_u32(f.sentence), phrase = to_u32(f.text);
  const Place p = phrase.empty() ? Place{} : place_of(d, f, sentence, phrase);
  const detail::Quoted quoted = detail::finding_unit(d, f);
  // Characters [from, to) of the sentence, quoted where it stands, cut where
  // its own characters end (Quoted::cut).
  auto stretch = [&](size_t from, size_t to) {
    const size_t offset = text::utf8_length(std::u32string_view(sentence).substr(0, from));
    std::string read = to_utf8(sentence.substr(from, to - from));
    if (p.sentence == std::string::npos) return detail::Quoted::Cut{std::move(read), {}};
    return quoted.cut(p.sentence + offset, read);
  };
  auto joined = [&](size_t from, size_t to) {
    const detail::Quoted::Cut s = stretch(from, to);
    return s.own + s.spaces_after;
  };
  if (p.phrase == std::u32string::npos) return printable(detail::excerpt(quoted(f.sentence), 2 * kContext));
  const size_t from = p.phrase > kContext ? p.phrase - kContext : 0, tail = p.phrase + phrase.size();
  const size_t to = std::min(sentence.size(), tail + kContext);
  const detail::Quoted::Cut marked = stretch(p.phrase, tail);
  return (from > 0 ? "…" : "") + printable(joined(from, p.phrase)) + marked_phrase(printable(marked.own), style) +
         printable(marked.spaces_after + joined(tail, to)) + (to < sentence.size() ? "…" : "");
}

std::string counts(const std::vector<StaleFinding>& findings) {
  int n[3] = {0, 0, 0};
  for (const StaleFinding& f : findings) ++n[static_cast<int>(f.severity)];
  return std::to_string(findings.size()) + " 件 / findings: " + std::to_string(n[2]) +
         " error, " + std::to_string(n[1]) + " warning, " + std::to_string(n[0]) + " info";
}

void write_finding(const Document& d, const StaleFinding& f, std::ostream& out, const Style& s) {
  std::string where = (d.path.empty() ? "<input>" : printable(d.path)) + ":" + std::to_string(f.line) + ":";
  const detail::QuotedFinding q = detail::quoted_finding(f, detail::finding_unit(d, f));
  out << s.paint(where, "1") << " [" << f.reason << "] " << severity(f.severity, s) << ": "
      << printable(q.message_ja) << "\n";
  out << "    " << printable(q.message_en) << "\n";
  out << "    | " << highlighted(d, f, s) << "\n";
}

void write_text(const Document& d, const std::vector<StaleFinding>& findings, std::ostream& out,
                const Style& s) {
  out << edition_name(d, s) << "\n";
  out << detail::words::profile.en << ": " << printable(detail::profile_text(d.layout)) << "\n";
  if (d.layout.generic) out << detail::notice(detail::words::generic_read) << "\n";
  if (findings.empty()) {
    out << "問題は見つかりませんでした / no findings\n";
    return;
  }
  out << counts(findings) << "\n";
  std::string group;
  for (const StaleFinding& f : findings) {
    std::string path = join_path(d, f);
    if (path != group) out << "\n" << s.paint("== " + path, "1") << "\n";
    group = path;
    write_finding(d, f, out, s);
  }
}

// The edition, then its findings one at a time (members in sorted key order).
void write_json(const Document& d, const std::vector<StaleFinding>& findings, std::ostream& out) {
  int n[3] = {0, 0, 0};
  for (const StaleFinding& f : findings) ++n[static_cast<int>(f.severity)];
  detail::JsonWriter w(out);
  w.start_object().key("file").start_object().key("draft").boolean(d.draft);
  w.key("encoding").string(d.encoding).key("path").string(d.path).key("title").string(d.title);
  w.key("year").integer(d.edition_year).end_object().key("profile");
  detail::write_profile(w, d.layout);
  w.key("stale").array(findings, [](detail::JsonWriter& w, const StaleFinding& f) {
    detail::write_finding(w, f, f.measure ? static_cast<long long>(*f.measure) : -1);  // -1: front matter
  });
  w.key("summary").start_object().key("error").integer(n[2]);
  w.key("findings").integer(static_cast<long long>(findings.size()));
  w.key("info").integer(n[0]).key("warning").integer(n[1]).end_object();
  w.key("version").integer(1).end_object();
  w.finish();
}

}  // namespace

void write_findings(const Document& d, const std::vector<StaleFinding>& findings, Format f,
                    std::ostream& out, const ReportOptions& options) {
  require_format(View::findings, f);
  if (f == Format::json) return write_json(d, findings, out);
  write_text(d, findings, out, Style{options.color});
}

}  // namespace nendiff
