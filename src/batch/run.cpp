// Batch mode for the person at the terminal: progress while it runs, then what
// was compared, what was skipped, and the exit status.
#include "nendiff/batch.hpp"
#include "nendiff/error.hpp"
#include "report/printable.hpp"

namespace nendiff {

using detail::printable;

void write_batch_summary(const BatchResult& r, std::ostream& out) {
  int differing = 0;
  for (const BatchPair& p : r.pairs) differing += p.differences;
  out << "compared " << r.pairs.size() << " pair" << (r.pairs.size() == 1 ? "" : "s") << ", "
      << differing << " with differences; index: " << printable(r.index) << "\n";
  for (const BatchPair& p : r.pairs)
    out << "  " << printable(p.old_doc.relative) << " → " << printable(p.new_doc.relative)
        << "  changed " << p.summary.changed << ", added " << p.summary.added << ", dropped " << p.summary.dropped
        << ", stale " << p.summary.stale << "\n";
  for (const BatchDocument& d : r.unmatched_old)
    out << "no partner (old): " << printable(d.relative) << "\n";
  for (const BatchDocument& d : r.unmatched_new)
    out << "no partner (new): " << printable(d.relative) << "\n";
}

void write_batch_problems(const BatchResult& r, std::ostream& err) {
  for (const BatchFailure& f : r.not_followed) err << "nendiff: " << printable(f.message) << "\n";
  for (const BatchFailure& f : r.failures) err << "nendiff: " << printable(f.message) << "\n";
}

int compare_folders(const std::string& old_dir, const std::string& new_dir,
                    const std::string& out_dir, const FolderRun& run, std::ostream& out,
                    std::ostream& err) {
  BatchOptions options;
  if (!run.formats.empty()) options.formats = run.formats;
  options.input = run.input;
  options.report = run.report;
  options.progress = !run.quiet && run.err_is_terminal ? &err : nullptr;
  options.follow_links = run.follow_links;
  options.parse = run.parse;
  const BatchResult r = compare_trees(old_dir, new_dir, out_dir, options);
  write_batch_problems(r, err);
  if (!run.quiet) write_batch_summary(r, out);
  if (r.pairs.empty()) throw Error("no pair of documents could be compared");
  if (!r.failures.empty()) return 2;
  return r.has_differences() ? 1 : 0;
}

}  // namespace nendiff
