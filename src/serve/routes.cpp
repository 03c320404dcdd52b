// GET /                     the start page (?token=T once: kept as a cookie)
// POST /compare             a comparison from the start page → 303 /r/ID
// GET /r/ID                 its 新旧対照表 (or history), with the downloads;
//                           a folder comparison: 303 to /r/ID/index.html
// GET /r/ID/report.EXT      the report in the format of EXT
// GET /r/ID/NAME            a folder comparison: its index or a pair's report
// POST /api/compare         the JSON report, as `nendiff compare --format json`
//                           (history: `nendiff history`; folders: index.json)
#include <iostream>

#include "nendiff/report.hpp"
#include "serve/comparing.hpp"
#include "serve/context.hpp"
#include "serve/guard.hpp"
#include "serve/pages.hpp"
#include "serve/uploads.hpp"
#include "serve/work.hpp"

namespace nendiff::serve {
namespace {

bool is_file_field(const httplib::MultipartFormData& part) {
  return !part.filename.empty() || part.name == "old" || part.name == "new" || part.name == "editions";
}

Form form_of(const httplib::Request& req) {
  if (!req.is_multipart_form_data())
    throw Failure{400, "not_multipart",
                  "send multipart/form-data with the editions in the fields 'old' and 'new'"};
  Form form;
  for (const auto& [name, part] : req.files) {
    // A file input left empty: the start page sends 旧 and 新 so when editions are given otherwise.
    if (is_file_field(part) && part.filename.empty() && part.content.empty()) continue;
    if (is_file_field(part))
      form.files.push_back({name, part.filename, part.content});
    else if (name == "path")
      form.paths.push_back(part.content);
    else
      form.fields[name] = part.content;
  }
  return form;
}

std::shared_ptr<const Result> kept(Context& context, const std::string& id) {
  std::shared_ptr<const Result> r = context.results.find(id);
  if (!r)
    throw Failure{404, "no_such_result",
                  "this result is no longer kept (the server keeps the latest " +
                      std::to_string(context.options.results) + "); compare again"};
  return r;
}

std::optional<Format> download_format(const std::string& extension, View view) {
  const std::optional<Format> f = format_for_path("report." + extension);
  const std::vector<Format>& all = formats_of(view);
  if (f && std::find(all.begin(), all.end(), *f) != all.end()) return f;
  return std::nullopt;
}

const char* media_type(Format f) {
  switch (f) {
    case Format::json: return "application/json";
    case Format::html: return "text/html; charset=utf-8";
    case Format::markdown: return "text/markdown; charset=utf-8";
    case Format::csv: return "text/csv; charset=utf-8";
    case Format::xlsx: return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    case Format::docx: return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    case Format::pdf: return "application/pdf";
    case Format::text: break;
  }
  return "text/plain; charset=utf-8";
}

// The JSON the API answers: the report, or a folder comparison's index.json.
void send_json(httplib::Response& res, Context& context, const Result& r) {
  if (r.folders) {
    res.set_content(r.folders->file("index.json").value(), "application/json");
    res.set_header("Content-Location", "/r/" + context.results.keep(r) + "/index.json");
  } else {
    res.set_content(rendered(context, r, Format::json), "application/json");
  }
  secure(res);
}

// A file a folder comparison wrote, as the browser shows it.
void send_folder_file(httplib::Response& res, const FolderReports& folders, const std::string& name) {
  const std::optional<std::string> bytes = folders.file(name);
  const std::optional<Format> f = format_for_path(name);
  if (!bytes || !f) throw Failure{404, "not_found", "no such report in this comparison"};
  if (*f != Format::html) {
    res.set_content(*bytes, media_type(*f));
    return secure(res);
  }
  const std::string nonce = random_hex();
  send_page(res, with_nonce(*bytes, nonce), nonce);
}

void send_download(httplib::Response& res, Context& context, const Result& r, const std::string& name) {
  const std::optional<Format> f =
      name.rfind("report.", 0) == 0 ? download_format(name.substr(7), view_of(r)) : std::nullopt;
  if (!f) throw Failure{404, "no_such_format", "nendiff does not write that format"};
  res.set_content(rendered(context, r, *f), media_type(*f));
  res.set_header("Content-Disposition",
                 std::string("attachment; filename=\"report.") + format_extension(*f) + "\"");
  secure(res);
}

void start(const httplib::Request& req, httplib::Response& res, Context& context) {
  const std::string& token = context.options.token;
  if (!token.empty() && same_secret(req.get_param_value("token"), token)) {
    // The browser keeps it, and the address bar (and its history) loses it.
    res.set_header("Set-Cookie", "nendiff_token=" + token + "; HttpOnly; SameSite=Strict; Path=/");
    res.set_redirect("/", 303);
    return secure(res);
  }
  const std::string nonce = random_hex();
  send_page(res, start_page(nonce, "", context.root.has_value()), nonce);
}

}  // namespace

void answering(httplib::Response& res, bool json, const std::function<void()>& answer,
               bool root_offered) {
  try {
    answer();
  } catch (const Failure& f) {
    send_failure(res, f, json, root_offered);
  } catch (const std::exception& e) {
    std::cerr << "nendiff serve: internal error: " << e.what() << "\n";
    send_failure(res, {500, "internal", "internal error; the server's log says more"}, json, root_offered);
  }
}

void add_routes(httplib::Server& http, Context& context) {
  using Request = const httplib::Request&;
  using Response = httplib::Response&;
  http.Get("/", [&](Request req, Response res) { start(req, res, context); });
  http.Post("/api/compare", [&](Request req, Response res) {
    answering(res, true, [&] { send_json(res, context, work_of(form_of(req), context)); });
  });
  http.Post("/compare", [&](Request req, Response res) {
    answering(
        res, false,
        [&] {
          const Result r = work_of(form_of(req), context);
          res.set_redirect("/r/" + context.results.keep(r) + (r.folders ? "/index.html" : ""), 303);
          secure(res);
        },
        context.root.has_value());  // a refused pick: the page again, the root's folders with it
  });
  http.Get(R"(/r/([0-9a-f]{32}))", [&](Request req, Response res) {
    answering(res, false, [&] {
      const std::shared_ptr<const Result> r = kept(context, req.matches[1]);
      if (r->folders) {
        res.set_redirect("/r/" + std::string(req.matches[1]) + "/index.html", 303);
        return secure(res);
      }
      const std::string nonce = random_hex();
      send_page(res, result_page(rendered(context, *r, Format::html), req.matches[1], nonce, view_of(*r)),
                nonce);
    });
  });
  http.Get(R"(/r/([0-9a-f]{32})/(.+))", [&](Request req, Response res) {
    answering(res, false, [&] {
      const std::shared_ptr<const Result> r = kept(context, req.matches[1]);
      if (r->folders) return send_folder_file(res, *r->folders, req.matches[2]);
      send_download(res, context, *r, req.matches[2]);
    });
  });
  add_root_routes(http, context);
}

}  // namespace nendiff::serve
