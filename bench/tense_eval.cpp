// Measures a MeCab-based tense judge against nendiff's hand-kept verb lists
// (issue #13) on the labelled items of bench/tense_labels*.tsv, and what MeCab
// costs. Method and results: docs/tense-evaluation.md.
//   nendiff_tense_eval --samples=DIR [--dic=DIR] [--list=FILE] LABELS.tsv…
//   nendiff_tense_eval --load-only [--dic=DIR]   (loads the dictionary, reads one sentence)
//   nendiff_tense_eval --start-only              (nothing: the process start --load-only adds to)
//   nendiff_tense_eval --samples=DIR --fresh=plain|mecab [--dic=DIR]   (see fresh_run)
//   nendiff_tense_eval --samples=DIR --dump-years=YEAR   (rows to label by hand)
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "nendiff/parse.hpp"
#include "tense/items.hpp"
#include "tense/mecab_judge.hpp"
#include "text/unicode.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using tense::Item;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

long rss_kib(const char* field) {  // VmRSS or VmHWM of this process
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind(field, 0) == 0) return std::stol(line.substr(line.find(':') + 1));
  return 0;
}

struct Judged {
  const Item* item;
  std::string expected, nendiff, mecab, mecab_tense;
  bool nendiff_right() const { return nendiff == expected; }
  bool mecab_right() const { return mecab == expected; }
};

// What each judge says of an item, in the terms the item is labelled in: a
// year's stale finding; a clause's future or nonfuture.
Judged judge(const Item& it, tense::NendiffRules& rules, const tense::MecabJudge& mecab) {
  Judged j{&it, it.kind == "year" ? it.finding : it.tense, rules.judge(it), "", ""};
  if (it.kind == "year") {
    tense::YearVerdict v = mecab.year(it.text, it.years, it.which, it.edition);
    j.mecab = v.finding;
    j.mecab_tense = tense::tense_name(v.tense);
  } else {
    tense::Tense t = mecab.clause(it.text, it.years, it.at, it.edition);
    j.mecab_tense = tense::tense_name(t);
    j.mecab = t == tense::Tense::future ? "future" : "nonfuture";
  }
  return j;
}

// Does MeCab's tense of a year item agree with the label's (present counts as ongoing)?
bool tense_agrees(const Judged& j) {
  const std::string& want = j.item->tense;
  return j.mecab_tense == want || (want == "ongoing" && j.mecab_tense == "present");
}

void print_summary(const std::string& title, const std::vector<Judged>& all) {
  std::map<std::string, std::vector<const Judged*>> by_expected;
  int n = 0, nendiff = 0, mecab = 0, tense_right = 0;
  for (const Judged& j : all) {
    ++n, nendiff += j.nendiff_right(), mecab += j.mecab_right(), tense_right += tense_agrees(j);
    by_expected[j.item->kind == "year" ? j.item->tense : j.expected].push_back(&j);
  }
  if (n == 0) return;
  std::printf("\n%s: %d items — nendiff %d/%d (%.1f%%), MeCab %d/%d (%.1f%%)\n", title.c_str(), n, nendiff, n,
              100.0 * nendiff / n, mecab, n, 100.0 * mecab / n);
  if (all.front().item->kind == "year")
    std::printf("  MeCab's governed tense as labelled: %d/%d\n", tense_right, n);
  std::printf("  %-10s %5s  %-34s %-34s %s\n", "label", "items", "nendiff says", "MeCab says", "MeCab tense");
  for (const auto& [label, items] : by_expected) {
    std::map<std::string, int> a, b, c;
    for (const Judged* j : items) ++a[j->nendiff], ++b[j->mecab], ++c[j->mecab_tense];
    auto show = [](const std::map<std::string, int>& m) {
      std::string s;
      for (const auto& [k, v] : m) s += k + " " + std::to_string(v) + "  ";
      return s;
    };
    std::printf("  %-10s %5zu  %-34s %-34s %s\n", label.c_str(), items.size(), show(a).c_str(),
                show(b).c_str(), show(c).c_str());
  }
}

void print_differences(const std::vector<Judged>& all) {
  std::printf("\nItems where the judges differ or either is wrong:\n");
  for (const Judged& j : all) {
    if (j.nendiff_right() && j.mecab_right()) continue;
    std::printf("  %s [%s %d L%d] %s | want %s | nendiff %s%s | MeCab %s (%s)%s\n    %s\n",
                j.item->id.c_str(), j.item->kind.c_str(), j.item->edition, j.item->found_line,
                j.item->anchor.c_str(), j.expected.c_str(), j.nendiff.c_str(), j.nendiff_right() ? "" : " ✗",
                j.mecab.c_str(), j.mecab_tense.c_str(), j.mecab_right() ? "" : " ✗", j.item->text.c_str());
  }
}

// Median of `runs` timings of `f`, in milliseconds.
template <class F>
double median_ms(int runs, F f) {
  std::vector<double> t;
  for (int i = 0; i < runs; ++i) {
    auto start = Clock::now();
    f();
    t.push_back(ms_since(start));
  }
  std::sort(t.begin(), t.end());
  return t[t.size() / 2];
}

// What MeCab would cost inside nendiff: reading the sentences check_stale judges
// (those naming an earlier year) and those history reads (every sentence).
void print_costs(const std::string& samples, const tense::Analyser& analyser, double load_ms, long rss_before,
                 long rss_after) {
  nendiff::Document old_doc = nendiff::load_edition(samples + "/kenko-iryo-senryaku-2023.txt");
  nendiff::Document new_doc = nendiff::load_edition(samples + "/kenko-iryo-senryaku-2024.txt");
  std::vector<std::string> dated, every;
  for (const nendiff::Document* d : {&old_doc, &new_doc})
    for (const nendiff::Measure& m : d->measures)
      for (const nendiff::Sentence& s : m.sentences) {
        every.emplace_back(s.text);
        if (d == &new_doc &&
            std::any_of(s.years.begin(), s.years.end(), [](const auto& y) { return y.year < 2024; }))
          dated.emplace_back(s.text);
      }
  size_t sink = 0;
  auto read_all = [&](const std::vector<std::string>& v) {
    return [&] {
      for (const std::string& s : v) sink += analyser.tokens(s).size();
    };
  };
  auto parse_all = [&](const std::vector<std::string>& v) {
    return [&] {
      for (const std::string& s : v) sink += analyser.count_nodes(s);
    };
  };
  double dated_ms = median_ms(21, read_all(dated)), every_ms = median_ms(21, read_all(every));
  double dated_raw = median_ms(21, parse_all(dated)), every_raw = median_ms(21, parse_all(every));
  std::printf("\nCost (this process):\n");
  std::printf("  dictionary load (Analyser): %.2f ms; RSS %ld → %ld KiB (+%ld KiB); peak RSS now %ld KiB\n",
              load_ms, rss_before, rss_after, rss_after - rss_before, rss_kib("VmHWM:"));
  std::printf(
      "  the %zu sentences of the 2024 sample naming an earlier year: tokens %.3f ms (%.1f µs each), "
      "MeCab's parse alone %.3f ms\n",
      dated.size(), dated_ms, 1000 * dated_ms / dated.size(), dated_raw);
  std::printf(
      "  all %zu sentences of the 2023 and 2024 samples: tokens %.3f ms (%.1f µs each), MeCab's parse alone "
      "%.3f ms\n",
      every.size(), every_ms, 1000 * every_ms / every.size(), every_raw);
  std::printf("  RSS after tokenising: %ld KiB (tokens %zu)\n", rss_kib("VmRSS:"), sink);
}

// Rows for a label file: every year before `year` in a measure of that sample
// edition, the text from the year on as anchor (unique in its sentence), tense
// and finding left for a reader to fill in; the sentence goes to stderr.
void dump_years(const std::string& samples, int year) {
  nendiff::Document d =
      nendiff::load_edition(samples + "/kenko-iryo-senryaku-" + std::to_string(year) + ".txt");
  int n = 0;
  for (const nendiff::Measure& m : d.measures)
    for (const nendiff::Sentence& s : m.sentences)
      for (const nendiff::YearMention& y : s.years) {
        if (y.year >= year) continue;
        std::u32string rest = nendiff::text::to_u32(s.text.substr(y.offset));
        std::string anchor;
        for (size_t len = 12; len <= rest.size(); ++len) {
          anchor = nendiff::text::to_utf8(rest.substr(0, len));
          if (m.text.find(anchor) == m.text.rfind(anchor)) break;  // one in the measure
        }
        int line = m.line_at(s.offset + y.offset);
        std::printf("h%d\tyear\t%d\t%d\t%s\t?\t?\t\t\t\t\t\n", ++n, year, line, anchor.c_str());
        std::fprintf(stderr, "h%d L%d %s\n    %s\n", n, line, anchor.c_str(), std::string(s.text).c_str());
      }
}

// One fresh process's worth of what an integration would add to `nendiff
// compare` of the sample pair: both editions loaded, then (with a dictionary)
// MeCab loaded and every sentence of the new edition that names an earlier
// year read once. Timed from outside against the same run without MeCab.
int fresh_run(const std::string& samples, const std::string& dic) {
  nendiff::Document old_doc = nendiff::load_edition(samples + "/kenko-iryo-senryaku-2023.txt");
  nendiff::Document new_doc = nendiff::load_edition(samples + "/kenko-iryo-senryaku-2024.txt");
  if (dic.empty()) return old_doc.measures.empty();
  tense::Analyser analyser(dic);
  size_t nodes = 0;
  for (const nendiff::Measure& m : new_doc.measures)
    for (const nendiff::Sentence& s : m.sentences)
      if (std::any_of(s.years.begin(), s.years.end(), [](const auto& y) { return y.year < 2024; }))
        nodes += analyser.count_nodes(s.text);
  return nodes == 0;
}

std::string option(int argc, char** argv, const std::string& name, const std::string& fallback) {
  for (int i = 1; i < argc; ++i)
    if (std::string(argv[i]).rfind("--" + name + "=", 0) == 0) return argv[i] + name.size() + 3;
  return fallback;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string dic = option(argc, argv, "dic", "/var/lib/mecab/dic/ipadic-utf8");
  const std::string samples = option(argc, argv, "samples", "samples");
  if (std::string dump = option(argc, argv, "dump-years", ""); !dump.empty()) {
    dump_years(samples, std::stoi(dump));
    return 0;
  }
  if (argc > 1 && std::string(argv[1]) == "--start-only") return 0;  // the process alone, for --load-only
  if (std::string fresh = option(argc, argv, "fresh", ""); !fresh.empty())
    return fresh_run(samples, fresh == "mecab" ? dic : "");
  long rss_before = rss_kib("VmRSS:");
  auto start = Clock::now();
  tense::Analyser analyser(dic);
  double load_ms = ms_since(start);
  long rss_after = rss_kib("VmRSS:");
  if (argc > 1 && std::string(argv[1]) == "--load-only")
    return analyser.tokens("2023年度以降も推進する。").empty();

  tense::MecabJudge mecab(analyser);
  tense::NendiffRules rules(samples);
  std::vector<Item> items;
  std::vector<std::pair<std::string, size_t>> files;  // label file, items so far
  for (int i = 1; i < argc; ++i) {
    if (argv[i][0] == '-') continue;
    std::vector<Item> more = tense::load_items(argv[i]);
    items.insert(items.end(), more.begin(), more.end());
    files.push_back({argv[i], items.size()});
  }
  std::vector<Judged> judged;
  for (Item& it : items) {
    rules.find(it);
    if (!it.problem.empty()) {
      std::fprintf(stderr, "%s: %s: %s\n", it.id.c_str(), it.problem.c_str(), it.anchor.c_str());
      continue;
    }
    judged.push_back(judge(it, rules, mecab));
  }
  std::printf("MeCab dictionary: %s; %zu items judged of %zu\n", dic.c_str(), judged.size(), items.size());
  std::vector<Judged> years, clauses;
  for (const Judged& j : judged) (j.item->kind == "year" ? years : clauses).push_back(j);
  print_summary("Year phrases (stale check, the finding)", years);
  print_summary("Clauses (history follow-through, future or not)", clauses);
  size_t from = 0;
  for (const auto& [file, to] : files) {
    std::vector<Judged> part;
    for (const Judged& j : judged)
      if (j.item >= &items[from] && j.item < &items[0] + to) part.push_back(j);
    int a = 0, b = 0;
    for (const Judged& j : part) a += j.nendiff_right(), b += j.mecab_right();
    std::printf("  %s: nendiff %d/%zu, MeCab %d/%zu\n", file.c_str(), a, part.size(), b, part.size());
    from = to;
  }
  print_differences(judged);
  std::string list = option(argc, argv, "list", "");
  if (!list.empty()) {
    std::ofstream out(list);
    out << "id\tkind\texpected\tnendiff\tmecab\tmecab_tense\tanchor\tsentence\n";
    for (const Judged& j : judged)
      out << j.item->id << '\t' << j.item->kind << '\t' << j.expected << '\t' << j.nendiff << '\t' << j.mecab
          << '\t' << j.mecab_tense << '\t' << j.item->anchor << '\t' << j.item->text << '\n';
  }
  print_costs(samples, analyser, load_ms, rss_before, rss_after);
  return 0;
}
