// GET /api/root?dir=REL     what the folder REL of --root holds, as JSON:
//   {"dir": "2024", "entries": [{"name": "a.txt", "type": "file", "size": 1234}, …]}
// Without --root: 404 no_root. The editions chosen there go to POST /compare
// (asked.hpp); nothing here writes.
#include "serve/context.hpp"
#include "serve/strings.hpp"

namespace nendiff::serve {
namespace {

std::string listing_json(const std::string& dir, const std::vector<RootEntry>& entries) {
  std::string json = "{\"dir\": " + json_string(dir) + ", \"entries\": [";
  for (size_t i = 0; i < entries.size(); ++i) {
    const RootEntry& e = entries[i];
    json += (i ? ", " : "") + std::string("{\"name\": ") + json_string(e.name) + ", \"type\": " +
            (e.folder ? "\"folder\"}" : "\"file\", \"size\": " + std::to_string(e.size) + "}");
  }
  return json + "]}\n";
}

}  // namespace

void add_root_routes(httplib::Server& http, Context& context) {
  http.Get("/api/root", [&](const httplib::Request& req, httplib::Response& res) {
    answering(res, true, [&] {
      if (!context.root)
        throw Failure{404, "no_root", "the server offers no folder to choose from (started without --root)"};
      const std::string dir = req.get_param_value("dir");
      const std::vector<RootEntry> entries = context.root->list(dir);
      res.set_content(listing_json(Root::tidy(dir), entries), "application/json");
      secure(res);
    });
  });
}

}  // namespace nendiff::serve
