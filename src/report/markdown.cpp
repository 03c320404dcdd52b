// `nendiff compare --format md`: for a pull request, a wiki page or an e-mail.
// The summary, then the changes section by section. Differences inside a
// sentence are <del>/<ins> (GitHub renders them; ** and ~~ fail next to
// Japanese punctuation), figures old → new, then the stale findings.
#include "report/util.hpp"
#include "report/views.hpp"

namespace nendiff::detail {
namespace {

// Document text as inert Markdown: & < > as entities (no inline HTML of its
// own), inline Markdown punctuation backslashed, on one line. Block syntax (#,
// -, 1.) cannot start a line here: every piece of text follows a prefix of ours.
std::string md(const std::string& text) {
  std::string out;
  for (char ch : text) {
    switch (ch) {
      case '&':
        out += "&amp;";
        continue;
      case '<':
        out += "&lt;";
        continue;
      case '>':
        out += "&gt;";
        continue;
      case '\n':
      case '\r':
        out += ' ';
        continue;
    }
    if (std::string("\\`*_[]|~").find(ch) != std::string::npos) out += '\\';
    out += ch;
  }
  return out;
}

std::string join_path(const std::vector<std::string>& path) {
  return md(section_path_text(path, "(見出しなし no section)"));
}

std::string edition(const Document& d) {
  return md(d.title.empty() ? d.path : d.title) + " (" + md(d.path) + ")";
}

void write_summary(const Comparison& c, std::ostream& out) {
  Summary n = c.summary();
  out << "# 新旧対照表 Comparison\n\n"
      << "- 旧 old: " << edition(c.old_doc) << "\n- 新 new: " << edition(c.new_doc) << "\n\n"
      << "| 施策 measures | 件数 |\n|---|---:|\n"
      << "| 変更 changed | " << n.changed << " |\n| 追加 added | " << n.added << " |\n"
      << "| 削除 dropped | " << n.dropped << " |\n| 移動 moved | " << n.moved << " |\n"
      << "| 変更なし unchanged | " << n.unchanged << " |\n"
      << "| 数値の変更 figures | " << n.numbers << " |\n"
      << "| 取組の追加／削除／修正 commitments +/−/~ | " << n.commitments_added << " / "
      << n.commitments_dropped << " / " << n.commitments_rewritten << " |\n"
      << "| 府省の変更 ministry tags | " << n.tag_changes << " |\n"
      << "| 時点更新漏れの疑い stale | " << n.stale << " |\n";
}

void write_sections(const Comparison& c, std::ostream& out) {
  if (c.sections.empty()) return;
  out << "\n## 見出しの変更 Section changes\n\n";
  for (const SectionChange& s : c.sections) {
    out << "- " << section_change_name(s.kind) << ":";
    const Section* o = c.old_section(s);
    const Section* n = c.new_section(s);
    if (o) out << " 旧 L" << o->line << " " << md(o->heading);
    if (o && n) out << " →";
    if (n) out << " 新 L" << n->line << " " << md(n->heading);
    out << "\n";
  }
}

std::string marked(const Rewrite& r) {
  std::string out;
  for (const TextEdit& e : r.edits)
    out += e.kind == TextEdit::same      ? md(e.text)
           : e.kind == TextEdit::deleted ? "<del>" + md(e.text) + "</del>"
                                         : "<ins>" + md(e.text) + "</ins>";
  return out;
}

std::string line_ref(const Measure* m) { return m ? "L" + std::to_string(m->line) : "—"; }

void write_details(const Comparison& c, const MeasureDiff& d, std::ostream& out) {
  if (d.moved)
    out << "  - 移動 moved from: "
        << join_path(c.old_measure(d)->section_path) << "\n";
  for (const NumberChange& n : d.numbers)
    out << "  - 数値 figure: " << md(n.old_raw) << " → **" << md(n.new_raw) << "**\n";
  for (const Commitment& a : d.commitments_added)
    out << "  - 追加 added L" << a.line << ": <ins>" << md(a.sentence) << "</ins>\n";
  for (const Commitment& a : d.commitments_dropped)
    out << "  - 削除 dropped L" << a.line << ": <del>" << md(a.sentence) << "</del>\n";
  for (const Rewrite& r : d.rewritten)
    out << "  - 修正 rewritten L" << r.old_line << " → L" << r.new_line << ": " << marked(r)
        << "\n";
  if (d.tag_changed) {
    const Measure& o = *c.old_measure(d);
    const Measure& n = *c.new_measure(d);
    out << "  - 府省 ministries: " << md(o.tag ? o.tag->raw : "(なし)") << " → "
        << md(n.tag ? n.tag->raw : "(なし)") << "\n";
  }
  for (const StaleFinding& f : c.stale)
    if (d.new_index && f.measure == d.new_index)
      out << "  - ⚠ L" << f.line << " 「" << md(f.text) << "」 " << md(f.message_ja) << "\n";
}

const char* status_label(Status s) {
  switch (s) {
    case Status::unchanged:
      return "変更なし unchanged";
    case Status::changed:
      return "変更 changed";
    case Status::added:
      return "追加 added";
    case Status::dropped:
      return "削除 dropped";
  }
  return "";
}

void write_measure(const Comparison& c, const MeasureDiff& d, std::ostream& out) {
  out << "- **" << status_label(d.status) << "**" << (d.moved ? " (移動 moved)" : "") << " 旧 "
      << line_ref(c.old_measure(d)) << " → 新 " << line_ref(c.new_measure(d)) << ": ";
  const Measure& m = c.shown(d);
  if (d.status == Status::added)
    out << "<ins>" << md(m.text) << "</ins>";
  else if (d.status == Status::dropped)
    out << "<del>" << md(m.text) << "</del>";
  else
    out << md(excerpt(m.text, 40));
  out << "\n";
  write_details(c, d, out);
}

void write_changes(const Comparison& c, std::ostream& out) {
  out << "\n## 変更点 Changes\n";
  std::string current = "\x01";
  for (const MeasureDiff& d : c.measures) {
    if (d.status == Status::unchanged && !d.moved) continue;
    std::string path = join_path(c.shown(d).section_path);
    if (path != current) out << "\n### " << path << "\n\n";
    current = path;
    write_measure(c, d, out);
  }
}

void write_stale(const Comparison& c, std::ostream& out) {
  if (c.stale.empty()) return;
  out << "\n## 時点更新漏れの疑い Stale findings (" << c.stale.size() << ")\n\n";
  for (const StaleFinding& f : c.stale)
    out << "- L" << f.line << " 「" << md(f.text) << "」 " << md(f.message_ja) << " / "
        << md(f.message_en) << "\n";
}

}  // namespace

void write_comparison_markdown(const Comparison& c, std::ostream& out) {
  write_summary(c, out);
  write_sections(c, out);
  write_changes(c, out);
  write_stale(c, out);
}

}  // namespace nendiff::detail
