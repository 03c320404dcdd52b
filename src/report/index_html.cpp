// The batch index.html: one row per pair with its counts and links to its
// reports, the stale findings of each new edition, the documents without a
// partner and the files skipped. On the shared page shell (html_page.hpp): the
// same no-fetch security policy as every report, all text through html_escape.
#include <boost/filesystem.hpp>
#include <cctype>

#include "report/html_page.hpp"
#include "report/index.hpp"
#include "report/labels.hpp"
#include "report/rows.hpp"
#include "report/util.hpp"

namespace nendiff::detail {
namespace {

const char* const kStyle = R"css(
table{border-collapse:collapse}td,th{border:1px solid var(--line);padding:.3em .6em}
th{white-space:nowrap}td:nth-child(n+4){text-align:right}li{margin:.3em 0}small{color:var(--muted)}
)css";

std::string esc(std::string_view text) { return html_escape(text); }

// A relative link: bytes outside the unreserved set percent-encoded, '/' kept.
std::string href(const std::string& path) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

std::string name_of(const BatchDocument& d) { return d.written_title.empty() ? d.relative : d.written_title; }

std::string cell(const std::string& text) { return "<td>" + text + "</td>"; }

std::string head_row() {
  std::string out = "<tr>";
  for (const Label& l : {words::document, words::old_edition, words::new_edition,
                         status_label(Status::changed), status_label(Status::added),
                         status_label(Status::dropped), status_label(Status::unchanged),
                         words::figure, words::stale_findings, words::reports})
    out += "<th>" + std::string(l.ja) + "</th>";
  return out + "</tr>\n";
}

std::string pair_row(const BatchPair& p) {
  const Summary& s = p.summary;
  std::string links;
  for (const std::string& r : p.reports)
    links += "<a href=\"" + href(r) + "\">" +
             esc(boost::filesystem::path(r).extension().string().substr(1)) + "</a> ";
  std::string row = "<tr>" + cell(esc(name_of(p.new_doc))) + cell(esc(p.old_doc.relative)) +
                    cell(esc(p.new_doc.relative));
  for (int n : {s.changed, s.added, s.dropped, s.unchanged, s.numbers, s.stale})
    row += cell(std::to_string(n));
  return row + cell(links) + "</tr>\n";
}

std::string stale_list(const BatchPair& p) {
  if (p.stale.empty()) return "";
  std::string out = "<h3>" + esc(name_of(p.new_doc)) + " <small>" + esc(p.new_doc.relative) +
                    "</small></h3>\n<ul>\n";
  for (const BatchFinding& f : p.stale)
    out += "<li><b>" + esc(line_ref(f.finding.line, f.page)) + "</b> 「" + esc(f.phrase) + "」 " + esc(f.message_ja) +
           "<br><small>" + esc(f.sentence) + "</small></li>\n";
  return out + "</ul>\n";
}

std::string document_list(const char* heading, const std::vector<BatchDocument>& docs) {
  if (docs.empty()) return "";
  std::string out = std::string("<h2>") + heading + "</h2>\n<ul>\n";
  for (const BatchDocument& d : docs)
    out += "<li>" + esc(d.relative) + (d.title.empty() ? "" : " — " + esc(d.title)) + "</li>\n";
  return out + "</ul>\n";
}

}  // namespace

void write_index_html(const BatchResult& r, const std::string& old_dir, const std::string& new_dir,
                      std::ostream& out) {
  write_html_head(out, "nendiff 比較一覧", kStyle);
  out << "<h1>比較一覧 <small>(index)</small></h1>\n<p>" << esc(old_dir) << " → " << esc(new_dir)
      << ": " << r.pairs.size() << " 組</p>\n<table>\n"
      << head_row();
  for (const BatchPair& p : r.pairs) out << pair_row(p);
  out << "</table>\n<h2>" << words::stale_findings.ja << " <small>(" << words::stale_findings.en
      << ")</small></h2>\n";
  for (const BatchPair& p : r.pairs) out << stale_list(p);
  out << document_list("相手のない文書（旧） <small>(no partner, old)</small>", r.unmatched_old)
      << document_list("相手のない文書（新） <small>(no partner, new)</small>", r.unmatched_new);
  if (!r.failures.empty()) {
    out << "<h2>読めなかったファイル <small>(skipped)</small></h2>\n<ul>\n";
    for (const BatchFailure& f : r.failures) out << "<li>" << esc(f.message) << "</li>\n";
    out << "</ul>\n";
  }
  write_html_tail(out, "");
}

}  // namespace nendiff::detail
