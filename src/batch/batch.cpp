// Batch mode: read every edition of two trees, pair them, compare each pair
// and write its reports plus an index. One unreadable file costs only itself.
#include "nendiff/batch.hpp"

#include <algorithm>
#include <boost/filesystem.hpp>
#include <functional>
#include <map>
#include <memory>
#include <new>
#include <set>
#include <sstream>

#include "batch/keys.hpp"
#include "batch/shown.hpp"
#include "batch/walk.hpp"
#include "nendiff/error.hpp"
#include "nendiff/parse.hpp"
#include "report/index.hpp"
#include "report/printable.hpp"
#include "report/quoted.hpp"
#include "text/normalize.hpp"
#include "text/unicode.hpp"
#include "text/years.hpp"
#include "util/ascii.hpp"

namespace nendiff {
namespace {

namespace fs = boost::filesystem;

fs::path canonical_or_absolute(const std::string& path) {
  boost::system::error_code ec;
  fs::path p = fs::weakly_canonical(fs::absolute(path), ec);
  return ec ? fs::absolute(path) : p;
}

// --- Keys ----------------------------------------------------------------------

// Cuts the year mentions out of normalized text.
std::string without_years(const std::string& text) {
  std::string out = text;
  std::vector<YearMention> years = text::find_years(text);
  for (auto y = years.rbegin(); y != years.rend(); ++y) out.erase(y->offset, y->length);
  return out;
}

// 「(案)」「(素案)」: draft marks, a stage of the same document.
std::string without_draft_mark(const std::string& text) {
  std::u32string s = text::to_u32(text);
  for (size_t open = s.find(U'('); open != std::u32string::npos; open = s.find(U'(', open + 1)) {
    const size_t close = s.find(U')', open);
    if (close != std::u32string::npos && close - open <= 6 && s[close - 1] == U'案')
      s.erase(open, close - open + 1);
  }
  return text::to_utf8(s);
}

// Era abbreviations in file names: 「r6」「h30」 (令和6, 平成30).
bool is_era_token(const std::string& token) {
  if (token.size() < 2 || token.size() > 3 || (token[0] != 'r' && token[0] != 'h')) return false;
  return std::all_of(token.begin() + 1, token.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// 4-digit years, unless part of a longer number.
std::string without_western_years(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    size_t j = i;
    while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
    if (j == i) {
      out += s[i++];
      continue;
    }
    const std::string digits = s.substr(i, j - i);
    const bool year = digits.size() == 4 && (digits.rfind("19", 0) == 0 || digits.rfind("20", 0) == 0);
    if (!year) out += digits;
    i = j;
  }
  return out;
}

// --- Reading and pairing -------------------------------------------------------

struct Loaded {
  BatchDocument doc;
  std::unique_ptr<Document> edition;
};

class Progress {
 public:
  explicit Progress(std::ostream* out) : out_(out) {}
  ~Progress() {
    if (out_) *out_ << "\r\x1b[K" << std::flush;
  }
  void show(const char* doing, size_t done, size_t total, const std::string& file) {
    if (out_)
      *out_ << "\r\x1b[K[" << done << "/" << total << "] " << doing << " " << detail::printable(file)
            << std::flush;
  }

 private:
  std::ostream* out_;
};

std::vector<Loaded> load_tree(const std::string& root, const std::vector<std::string>& files,
                              const BatchOptions& options, Progress& progress, size_t& done,
                              size_t total, std::vector<BatchFailure>& failures) {
  std::vector<Loaded> out;
  for (const std::string& relative : files) {
    const std::string path = (fs::path(root) / relative).string();
    progress.show("reading", ++done, total, path);
    try {
      auto edition = std::make_unique<Document>(load_edition(path, options.input, options.parse));
      BatchDocument doc{path, relative, edition->title, edition->edition_year, detail::quoted_title(*edition)};
      out.push_back({doc, std::move(edition)});
    } catch (const Error& e) {
      failures.push_back({path, e.what()});
    } catch (const std::bad_alloc&) {  // this edition is too big; the others may not be
      failures.push_back({path, path + ": not enough memory to read this text"});
    }
  }
  return out;
}

struct Match {
  size_t old_index, new_index;
  std::string by;
};

// Pairs documents whose key occurs exactly once on each side; the rest wait
// for the next key.
void pair_by(const char* by, std::string (*key)(const BatchDocument&),
             const std::vector<Loaded>& olds, const std::vector<Loaded>& news,
             std::vector<bool>& old_taken, std::vector<bool>& new_taken, std::vector<Match>& out) {
  std::map<std::string, std::vector<size_t>> old_keys, new_keys;
  for (size_t i = 0; i < olds.size(); ++i)
    if (!old_taken[i] && !key(olds[i].doc).empty()) old_keys[key(olds[i].doc)].push_back(i);
  for (size_t i = 0; i < news.size(); ++i)
    if (!new_taken[i] && !key(news[i].doc).empty()) new_keys[key(news[i].doc)].push_back(i);
  for (const auto& [k, old_list] : old_keys) {
    auto n = new_keys.find(k);
    if (old_list.size() != 1 || n == new_keys.end() || n->second.size() != 1) continue;
    out.push_back({old_list[0], n->second[0], by});
    old_taken[old_list[0]] = new_taken[n->second[0]] = true;
  }
}

std::string by_title(const BatchDocument& d) { return title_key(d.title); }
std::string by_path(const BatchDocument& d) { return file_key(d.relative); }
std::string by_name(const BatchDocument& d) {
  return file_key(fs::path(d.relative).stem().string());
}

std::vector<Match> pair_documents(const std::vector<Loaded>& olds, const std::vector<Loaded>& news) {
  std::vector<bool> old_taken(olds.size()), new_taken(news.size());
  std::vector<Match> matches;
  pair_by("title", by_title, olds, news, old_taken, new_taken, matches);
  pair_by("file name", by_path, olds, news, old_taken, new_taken, matches);  // same folder, format
  pair_by("file name", by_name, olds, news, old_taken, new_taken, matches);  // moved or converted
  std::sort(matches.begin(), matches.end(), [&](const Match& a, const Match& b) {
    return news[a.new_index].doc.relative < news[b.new_index].doc.relative;
  });
  return matches;
}

// The edition files of a tree; what could not be read and the links not
// followed go to `r`.
std::vector<std::string> found(const std::string& root, const fs::path& out_dir,
                               const BatchOptions& options, BatchResult& r) {
  detail::TreeFiles tree = detail::edition_files(root, out_dir, options.follow_links);
  r.failures.insert(r.failures.end(), tree.failures.begin(), tree.failures.end());
  r.not_followed.insert(r.not_followed.end(), tree.not_followed.begin(), tree.not_followed.end());
  return std::move(tree.files);
}

std::vector<std::string> paths_of(const std::string& root, const std::vector<std::string>& files) {
  std::vector<std::string> paths;
  for (const std::string& f : files) paths.push_back((fs::path(root) / f).string());
  return paths;
}

// --- Reports -------------------------------------------------------------------

// The reports of a pair are named after the new document; a second document
// of the same name keeps its extension: 「a.json」, then 「a.pdf.json」.
std::string report_base(const std::string& relative, std::vector<std::string>& taken) {
  std::string base = fs::path(relative).replace_extension().generic_string();
  if (base == "index" || std::find(taken.begin(), taken.end(), base) != taken.end()) base = relative;
  for (int n = 2; std::find(taken.begin(), taken.end(), base) != taken.end(); ++n)
    base = relative + "-" + std::to_string(n);
  taken.push_back(base);
  return base;
}

// Where the reports go and what they must never replace.
struct Output {
  std::string dir;
  std::set<detail::FileId> inputs;  // every edition file found in either tree
};

// Writes a report of the batch to `target`, unless that is one of the inputs
// under another name (-o the parent of a tree: new/old/a.txt's text report
// would be old/a.txt). Throws Error naming `target`.
void write_output(const Output& output, const fs::path& target,
                  const std::function<void(std::ostream&)>& write) {
  if (detail::is_one_of(target.string(), output.inputs))
    throw Error(target.string() + ": is one of the inputs; the report is not written");
  write_file_atomically(target.string(), write);
}

void write_reports(const Comparison& c, const Output& output, const std::string& base,
                   const BatchOptions& options, BatchPair& pair, std::vector<BatchFailure>& failures) {
  for (Format f : options.formats) {
    const std::string relative = base + "." + format_extension(f);
    const fs::path target = fs::path(output.dir) / relative;
    try {
      boost::system::error_code ec;
      fs::create_directories(target.parent_path(), ec);
      write_output(output, target,
                   [&](std::ostream& out) { write_comparison(c, f, out, options.report); });
      pair.reports.push_back(relative);
    } catch (const Error& e) {
      const std::string what = e.what();
      failures.push_back({target.string(), what.rfind(target.string(), 0) == 0
                                               ? what
                                               : target.string() + ": " + what});
    }
  }
}

// Compares one pair (its documents are used up) and writes its reports.
BatchPair compare_match(Loaded& o, Loaded& n, const std::string& by, const std::string& base,
                        const Output& output, const BatchOptions& options,
                        std::vector<BatchFailure>& failures) {
  BatchPair pair;
  pair.old_doc = o.doc;
  pair.new_doc = n.doc;
  pair.matched_by = by;
  // Each edition was read alone; two editions of one document are read with
  // one profile, the one that explains both best.
  if (options.parse.profile.empty() && o.edition->layout.profile != n.edition->layout.profile) {
    try {
      std::vector<Document> both = load_editions({o.doc.path, n.doc.path}, options.input);
      *o.edition = std::move(both[0]);
      *n.edition = std::move(both[1]);
    } catch (const Error&) {
      // read a moment ago, now not: compared as each was read
    }
  }
  o.edition->path = detail::shown_path(o.doc.path, options.shown_from);  // as the reports name it
  n.edition->path = detail::shown_path(n.doc.path, options.shown_from);
  const Comparison c = compare(std::move(*o.edition), std::move(*n.edition));
  o.edition.reset();  // paired: no longer waiting for a partner
  n.edition.reset();
  pair.summary = c.summary();
  pair.differences = c.has_differences();
  for (const StaleFinding& f : c.stale) pair.stale.push_back(detail::indexed_finding(c, f));
  write_reports(c, output, base, options, pair, failures);
  return pair;
}

void check_folders(const std::string& old_dir, const std::string& new_dir, const std::string& out_dir) {
  if (out_dir.empty() || out_dir == "-")
    throw Error("comparing folders writes one report per pair: give the output folder with -o DIR");
  const fs::path out = canonical_or_absolute(out_dir);
  if (out == canonical_or_absolute(old_dir) || out == canonical_or_absolute(new_dir))
    throw Error(out_dir + ": is an input folder; choose another output folder");
  boost::system::error_code ec;
  if (fs::exists(out, ec) && !fs::is_directory(out, ec))
    throw Error(out_dir + ": exists and is not a folder");
  fs::create_directories(out, ec);
  if (ec) throw Error(out_dir + ": cannot create folder (" + ec.message() + ")");
}

}  // namespace

bool BatchResult::has_differences() const {
  return !unmatched_old.empty() || !unmatched_new.empty() || !failures.empty() ||
         std::any_of(pairs.begin(), pairs.end(), [](const BatchPair& p) { return p.differences; });
}

std::string title_key(const std::string& normalized_title) {
  return text::compare_key(text::normalize_line(without_draft_mark(without_years(normalized_title))));
}

std::string file_key(const std::string& file_name) {
  std::string s = detail::ascii_lower(text::normalize_line(without_years(text::normalize_line(file_name))));
  s = without_western_years(s);
  std::string key, token;
  auto flush = [&] {
    if (!token.empty() && !is_era_token(token) && token != "fy") key += (key.empty() ? "" : "-") + token;
    token.clear();
  };
  for (char c : s) {
    if (c == '-' || c == '_' || c == ' ' || c == '.' || c == '/') flush();
    else token += c;
  }
  flush();
  return key;
}

BatchResult compare_trees(const std::string& old_dir, const std::string& new_dir,
                          const std::string& out_dir, const BatchOptions& options) {
  check_folders(old_dir, new_dir, out_dir);
  const fs::path out = canonical_or_absolute(out_dir);
  BatchResult r;
  const std::vector<std::string> old_files = found(old_dir, out, options, r);
  const std::vector<std::string> new_files = found(new_dir, out, options, r);
  Output output{out_dir, detail::file_ids(paths_of(old_dir, old_files))};
  const std::set<detail::FileId> new_ids = detail::file_ids(paths_of(new_dir, new_files));
  output.inputs.insert(new_ids.begin(), new_ids.end());
  Progress progress(options.progress);
  size_t done = 0;
  const size_t total = old_files.size() + new_files.size();
  std::vector<Loaded> olds = load_tree(old_dir, old_files, options, progress, done, total, r.failures);
  std::vector<Loaded> news = load_tree(new_dir, new_files, options, progress, done, total, r.failures);
  const std::vector<Match> matches = pair_documents(olds, news);
  std::vector<std::string> taken;
  for (size_t i = 0; i < matches.size(); ++i) {
    Loaded &o = olds[matches[i].old_index], &n = news[matches[i].new_index];
    progress.show("comparing", i + 1, matches.size(), n.doc.path);
    r.pairs.push_back(compare_match(o, n, matches[i].by, report_base(n.doc.relative, taken),
                                    output, options, r.failures));
  }
  for (const Loaded& o : olds)
    if (o.edition) r.unmatched_old.push_back(o.doc);
  for (const Loaded& n : news)
    if (n.edition) r.unmatched_new.push_back(n.doc);
  detail::show_from(r, options.shown_from);
  const std::string old_shown = detail::shown_path(old_dir, options.shown_from);
  const std::string new_shown = detail::shown_path(new_dir, options.shown_from);
  r.index = (fs::path(out_dir) / "index.json").string();
  write_output(output, r.index, [&](std::ostream& out) {
    detail::write_index_json(r, old_shown, new_shown, out);
  });
  if (std::find(options.formats.begin(), options.formats.end(), Format::html) != options.formats.end())
    write_output(output, fs::path(out_dir) / "index.html", [&](std::ostream& out) {
      detail::write_index_html(r, old_shown, new_shown, out);
    });
  return r;
}

}  // namespace nendiff
