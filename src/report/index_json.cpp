// The batch index.json. Members in sorted key order.
#include <boost/filesystem.hpp>
#include <map>

#include "report/index.hpp"
#include "report/json.hpp"

namespace nendiff::detail {
namespace {

void write_document(JsonWriter& w, const BatchDocument& d) {
  w.start_object().key("path").string(d.relative).key("title").string(d.title);
  w.key("year").integer(d.year).end_object();
}

// The pair's reports by format: {"html": "a.html", "json": "a.json"}.
void write_reports(JsonWriter& w, const std::vector<std::string>& reports) {
  std::map<std::string, std::string> by_format;
  for (const std::string& r : reports)
    by_format[boost::filesystem::path(r).extension().string().substr(1)] = r;
  w.start_object();
  for (const auto& [format, report] : by_format) w.key(format).string(report);
  w.end_object();
}

void write_pair(JsonWriter& w, const BatchPair& p) {
  w.start_object().key("differences").boolean(p.differences);
  w.key("matched_by").string(p.matched_by).key("new");
  write_document(w, p.new_doc);
  w.key("old");
  write_document(w, p.old_doc);
  w.key("reports");
  write_reports(w, p.reports);
  w.key("stale").start_array();
  for (const BatchFinding& f : p.stale) write_finding(w, f.finding, std::nullopt, f.page);
  w.end_array().key("summary");
  write_summary(w, p.summary);
  w.end_object();
}

}  // namespace

void write_index_json(const BatchResult& r, const std::string& old_dir, const std::string& new_dir,
                      std::ostream& out) {
  JsonWriter w(out);
  w.start_object().key("failed").array(r.failures, [](JsonWriter& w, const BatchFailure& f) {
    w.start_object().key("error").string(f.message).key("path").string(f.path).end_object();
  });
  w.key("new").string(new_dir).key("old").string(old_dir);
  w.key("pairs").array(r.pairs, write_pair);
  w.key("unmatched").start_object().key("new").array(r.unmatched_new, write_document);
  w.key("old").array(r.unmatched_old, write_document).end_object();
  w.key("version").integer(1).end_object();
  w.finish();
}

}  // namespace nendiff::detail
