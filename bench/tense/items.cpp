#include "tense/items.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "nendiff/parse.hpp"
#include "text/normalize.hpp"

namespace tense {
namespace {

using nendiff::Document;
using nendiff::Measure;
using nendiff::Sentence;

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out(1);
  for (char c : line) {
    if (c == '\t')
      out.emplace_back();
    else
      out.back().push_back(c);
  }
  return out;
}

std::string unescape(std::string s) {
  for (size_t at = s.find("\\n"); at != std::string::npos; at = s.find("\\n", at)) s.replace(at, 2, "\n");
  return s;
}

int number(const std::string& s) { return s.empty() ? 0 : std::stoi(s); }

// A made-up edition of `year` with one measure per sentence (as tests/history_test.cpp writes them).
Document edition(int year, const std::vector<std::string>& measures) {
  std::string y = std::to_string(year);
  std::string text = "\n\n施策の実行状況と今後の取組方針" + y + "\n\n" + y +
                     "年6月1日\n\n本部決定\n\n前文。\n\n1. 取組\n\n(節)\n\n";
  for (const std::string& m : measures) text += "・" + m + "【◎厚】\n\n";
  return nendiff::parse(text, "ed" + y + ".txt");
}

std::vector<YearAt> years_of(const Sentence& s) {
  std::vector<YearAt> out;
  for (const nendiff::YearMention& y : s.years) out.push_back({y.offset, y.offset + y.length, y.year});
  return out;
}

// Byte of `piece` in `text`, spaces aside on both sides (history.json's pieces
// are written as in the files); npos when absent.
size_t find_piece(std::string_view text, const std::string& piece) {
  std::string key = nendiff::text::compare_key(nendiff::text::normalize_line(piece)), bare;
  std::vector<size_t> at;
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] != ' ') bare.push_back(text[i]), at.push_back(i);
  size_t found = bare.find(key);
  return found == std::string::npos ? found : at[found];
}

// The sentence of `d` holding `piece`, in the measure on `line` (0: any).
const Sentence* sentence_with(const Document& d, int line, const std::string& piece) {
  for (const Measure& m : d.measures)
    if (line == 0 || m.line == line)
      for (const Sentence& s : m.sentences)
        if (find_piece(s.text, piece) != std::string::npos) return &s;
  return nullptr;
}

std::string result_tense(nendiff::FollowThrough f) {
  if (f == nendiff::FollowThrough::done) return "nonfuture";
  if (f == nendiff::FollowThrough::dropped) return "unknown";
  return "future";
}

}  // namespace

std::vector<Item> load_items(const std::string& tsv_path) {
  std::ifstream in(tsv_path);
  if (!in) throw std::runtime_error("cannot read " + tsv_path);
  std::vector<Item> items;
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    std::vector<std::string> f = split_tabs(line);
    f.resize(12);
    Item it;
    it.id = f[0], it.kind = f[1], it.edition = number(f[2]), it.line = number(f[3]);
    it.anchor = f[4], it.tense = f[5], it.finding = f[6], it.sentence = unescape(f[7]);
    it.prior_line = number(f[8]), it.prior_anchor = f[9], it.prior_sentence = unescape(f[10]);
    it.source = f[11];
    items.push_back(std::move(it));
  }
  return items;
}

const Document& NendiffRules::sample(int year) {
  auto it = docs_.find(year);
  if (it == docs_.end())
    it = docs_
             .emplace(year, nendiff::load_edition(samples_ + "/kenko-iryo-senryaku-" + std::to_string(year) +
                                                  ".txt"))
             .first;
  return it->second;
}

const std::vector<nendiff::StaleFinding>& NendiffRules::sample_findings(int year) {
  auto it = findings_.find(year);
  if (it == findings_.end()) it = findings_.emplace(year, nendiff::check_stale(sample(year))).first;
  return it->second;
}

void NendiffRules::find(Item& item) {
  if (item.kind == "year")
    find_year(item);
  else
    find_clause(item);
}

void NendiffRules::find_year(Item& item) {
  Document made;
  if (!item.sentence.empty()) made = edition(item.edition, {item.sentence});
  const Document& d = item.sentence.empty() ? sample(item.edition) : made;
  for (const Measure& m : d.measures)
    for (const Sentence& s : m.sentences)
      for (size_t k = 0; k < s.years.size(); ++k) {
        const nendiff::YearMention& y = s.years[k];
        int line = m.line_at(s.offset + y.offset);
        if ((item.line && line != item.line) ||
            s.text.compare(y.offset, item.anchor.size(), item.anchor) != 0)
          continue;
        item.text = s.text, item.years = years_of(s), item.which = k, item.found_line = line;
        return;
      }
  item.problem = "no year at the anchor";
}

void NendiffRules::find_clause(Item& item) {
  auto pick = [&](int year, int line, const std::string& sentence, const std::string& piece,
                  std::string& text) {
    Document made;
    if (!sentence.empty()) made = edition(year, {sentence});
    const Sentence* s =
        sentence_with(sentence.empty() ? sample(year) : made, sentence.empty() ? line : 0, piece);
    if (s) text = s->text;
    return s ? years_of(*s) : std::vector<YearAt>{};
  };
  item.years = pick(item.edition, item.line, item.sentence, item.anchor, item.text);
  if (item.text.empty()) item.problem = "no sentence holds the anchor";
  item.at = item.text.empty() ? 0 : find_piece(item.text, item.anchor);
  if (item.kind == "evidence") {
    pick(item.edition - 1, item.prior_line, item.prior_sentence, item.prior_anchor, item.prior_text);
    if (item.prior_text.empty()) item.problem = "no sentence holds the commitment";
  }
}

std::string NendiffRules::judge(const Item& item) {
  if (item.kind == "year") {
    std::vector<nendiff::StaleFinding> own;
    if (!item.sentence.empty()) {
      nendiff::CheckOptions options;
      options.edition_year = item.edition;
      own = nendiff::check_stale(edition(item.edition, {item.sentence}), options);
    }
    const auto& found = item.sentence.empty() ? sample_findings(item.edition) : own;
    for (const nendiff::StaleFinding& f : found)
      if (f.measure && f.line == item.found_line && f.sentence == item.text &&
          item.anchor.rfind(f.text, 0) == 0 &&
          (f.reason == "prior_year_future" || f.reason == "prior_year_as_of"))
        return f.reason;
    return "-";
  }
  if (item.sentence.empty()) return sample_result(item);
  if (item.kind == "commit") {
    nendiff::History h = nendiff::follow_history(
        {edition(item.edition, {item.text}), edition(item.edition + 1, {"取組を推進する。"})});
    return h.follow_ups.empty() ? "nonfuture" : "future";
  }
  nendiff::History h = nendiff::follow_history(
      {edition(item.edition - 1, {item.prior_text}), edition(item.edition, {item.text})});
  return h.follow_ups.empty() ? "unknown" : result_tense(h.follow_ups.front().result);
}

const nendiff::History& NendiffRules::sample_history() {
  if (!history_) {
    std::vector<Document> editions;
    for (int year : {2022, 2023, 2024, 2025}) editions.push_back(sample(year));
    history_ = std::make_unique<nendiff::History>(nendiff::follow_history(std::move(editions)));
  }
  return *history_;
}

// A sample clause as the real history of the four samples reads it: a
// commitment is promised when a follow-up holds it; the evidence's tense is
// what the follow-up of its commitment decided.
std::string NendiffRules::sample_result(const Item& item) {
  const nendiff::History& h = sample_history();
  int from = item.kind == "commit" ? item.edition : item.edition - 1;
  const std::string& piece = item.kind == "commit" ? item.anchor : item.prior_anchor;
  for (const nendiff::FollowUp& f : h.follow_ups)
    if (h.years[f.edition] == from && find_piece(f.commitment, piece) != std::string::npos)
      return item.kind == "commit" ? "future" : result_tense(f.result);
  return item.kind == "commit" ? "nonfuture" : "unknown";
}

}  // namespace tense
