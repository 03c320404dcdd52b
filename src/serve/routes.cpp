// GET /                     the start page (?token=T once: kept as a cookie)
// POST /compare             a comparison from the start page → 303 /r/ID
// GET /r/ID                 its 新旧対照表, with the downloads
// GET /r/ID/report.EXT      the report in the format of EXT
// POST /api/compare         the JSON report, as `nendiff compare --format json`
#include <iostream>

#include "nendiff/report.hpp"
#include "serve/comparing.hpp"
#include "serve/context.hpp"
#include "serve/guard.hpp"
#include "serve/pages.hpp"
#include "serve/uploads.hpp"

namespace nendiff::serve {
namespace {

bool is_file_field(const httplib::MultipartFormData& part) {
  return !part.filename.empty() || part.name == "old" || part.name == "new";
}

Form form_of(const httplib::Request& req) {
  if (!req.is_multipart_form_data())
    throw Failure{400, "not_multipart",
                  "send multipart/form-data with the editions in the fields 'old' and 'new'"};
  Form form;
  for (const auto& [name, part] : req.files) {
    if (is_file_field(part))
      form.files.push_back({name, part.filename, part.content});
    else
      form.fields[name] = part.content;
  }
  return form;
}

// The comparison a form asks for, run in a slot of the queue.
Result compared(const httplib::Request& req, Context& context) {
  const Form form = form_of(req);
  const std::vector<const Upload*> editions = editions_of(form, context.options);
  const Choices choices = choices_of(form, context.options);
  Result result;
  result.shown = choices.shown;
  const bool ran = context.queue.run([&] {
    if (context.options.in_slot) context.options.in_slot();
    result.comparison = compare_uploads(editions, choices);
  });
  if (!ran)
    throw Failure{503, "busy",
                  "the server is busy with other comparisons; try again in a moment"};
  return result;
}

// Runs `answer`, turning a Failure into its response and anything else into
// one line without details (those go to the server's stderr).
template <typename Answer>
void answering(httplib::Response& res, bool json, Answer answer) {
  try {
    answer();
  } catch (const Failure& f) {
    send_failure(res, f, json);
  } catch (const std::exception& e) {
    std::cerr << "nendiff serve: internal error: " << e.what() << "\n";
    send_failure(res, {500, "internal", "internal error; the server's log says more"}, json);
  }
}

std::shared_ptr<const Result> kept(Context& context, const std::string& id) {
  std::shared_ptr<const Result> r = context.results.find(id);
  if (!r)
    throw Failure{404, "no_such_result",
                  "this result is no longer kept (the server keeps the latest " +
                      std::to_string(context.options.results) + "); compare again"};
  return r;
}

std::optional<Format> download_format(const std::string& extension) {
  const std::optional<Format> f = format_for_path("report." + extension);
  const std::vector<Format>& all = formats_of(View::comparison);
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

// A report rendered in a slot too: a PDF or a workbook is work like a comparison.
std::string rendered(Context& context, const Result& r, Format f) {
  std::string out;
  if (!context.queue.run([&] { out = report_of(*r.comparison, f, r.shown); }))
    throw Failure{503, "busy", "the server is busy with other comparisons; try again in a moment"};
  return out;
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
  send_page(res, start_page(nonce), nonce);
}

}  // namespace

void add_routes(httplib::Server& http, Context& context) {
  http.Get("/", [&](const httplib::Request& req, httplib::Response& res) { start(req, res, context); });
  http.Post("/api/compare", [&](const httplib::Request& req, httplib::Response& res) {
    answering(res, true, [&] {
      const Result r = compared(req, context);
      res.set_content(report_of(*r.comparison, Format::json, r.shown), "application/json");
      secure(res);
    });
  });
  http.Post("/compare", [&](const httplib::Request& req, httplib::Response& res) {
    answering(res, false, [&] {
      res.set_redirect("/r/" + context.results.keep(compared(req, context)), 303);
      secure(res);
    });
  });
  http.Get(R"(/r/([0-9a-f]{32}))", [&](const httplib::Request& req, httplib::Response& res) {
    answering(res, false, [&] {
      const std::shared_ptr<const Result> r = kept(context, req.matches[1]);
      const std::string nonce = random_hex();
      send_page(res, result_page(rendered(context, *r, Format::html), req.matches[1], nonce), nonce);
    });
  });
  http.Get(R"(/r/([0-9a-f]{32})/report\.([a-z]+))",
           [&](const httplib::Request& req, httplib::Response& res) {
             answering(res, false, [&] {
               const std::shared_ptr<const Result> r = kept(context, req.matches[1]);
               const std::optional<Format> f = download_format(req.matches[2]);
               if (!f) throw Failure{404, "no_such_format", "nendiff does not write that format"};
               res.set_content(rendered(context, *r, *f), media_type(*f));
               res.set_header("Content-Disposition",
                              std::string("attachment; filename=\"report.") + format_extension(*f) + "\"");
               secure(res);
             });
           });
}

}  // namespace nendiff::serve
