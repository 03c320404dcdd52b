#include "serve/server.hpp"

#include <algorithm>
#include <iostream>

#include "nendiff/error.hpp"
#include "serve/connection.hpp"
#include "serve/context.hpp"
#include "serve/guard.hpp"

namespace nendiff::serve {
namespace {

bool wants_json(const httplib::Request& req) { return req.path.rfind("/api/", 0) == 0; }

Caller caller_of(const httplib::Request& req) {
  Caller c;
  c.method = req.method;
  c.host = req.get_header_value("Host");
  c.origin = req.get_header_value("Origin");
  c.fetch_site = req.get_header_value("Sec-Fetch-Site");
  const std::string authorization = req.get_header_value("Authorization");
  if (authorization.rfind("Bearer ", 0) == 0) c.bearer = authorization.substr(7);
  c.token_cookie = cookie_value(req.get_header_value("Cookie"), "nendiff_token");
  c.token_query = req.get_param_value("token");
  for (const auto& [name, value] : req.headers) c.header_bytes += name.size() + value.size() + 4;
  return c;
}

// httplib's own refusals (no route, a body over the limit, a malformed
// request) get a readable line like ours.
Failure failure_of_status(int status) {
  switch (status) {
    case 404: return {404, "not_found", "no such page"};
    case 405: return {405, "method_not_allowed", "not with this method"};
    case 413: return {413, "too_large", "the request is larger than the server takes (--max-size)"};
    case 414: return {414, "uri_too_long", "the address is too long"};
    default: return {status, "bad_request", "the server could not read this request"};
  }
}

// httplib stops reading a form at its limit of parts, with a 400 that would
// not say why: the parts read so far do.
Failure failure_of_request(const httplib::Request& req, int status, const ServeOptions& o) {
  if (status == 400 && req.files.size() >= CPPHTTPLIB_MULTIPART_FORM_DATA_FILE_MAX_COUNT)
    return {413, "too_many_files",
            "more than " + std::to_string(req.files.size()) + " files in one request; at most " +
                std::to_string(o.max_files)};
  return failure_of_status(status);
}

// Every connection a thread; those beyond wait for one. Enough for the
// comparisons that may run and wait, and for the pages and refusals besides.
size_t threads_of(const ServeOptions& o) {
  return static_cast<size_t>(jobs_of(o) + o.waiting + 4);
}

}  // namespace

struct Server::Impl {
  explicit Impl(ServeOptions o)
      : http(std::chrono::seconds(o.request_timeout_seconds)), context(std::move(o)) {}
  DeadlineServer http;
  Context context;
};

Server::Server(ServeOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {
  httplib::Server& http = impl_->http;
  Context& context = impl_->context;
  const ServeOptions& o = context.options;
  http.new_task_queue = [threads = threads_of(o)] { return new httplib::ThreadPool(threads); };
  // Two editions and the options' fields; more is refused unread (413).
  http.set_payload_max_length(2 * o.max_size + 1024 * 1024);
  http.set_read_timeout(o.read_timeout_seconds, 0);  // a half-sent upload is dropped
  http.set_write_timeout(o.read_timeout_seconds, 0);
  // An idle kept-alive connection holds a thread too: not for longer than a read.
  http.set_keep_alive_max_count(20);
  http.set_keep_alive_timeout(std::min(5, o.read_timeout_seconds));
  http.set_pre_routing_handler([&context](const httplib::Request& req, httplib::Response& res) {
    const std::optional<Failure> refused = refusal(caller_of(req), context.options, context.port);
    if (!refused) return httplib::Server::HandlerResponse::Unhandled;
    send_failure(res, *refused, wants_json(req));
    return httplib::Server::HandlerResponse::Handled;
  });
  http.set_error_handler(httplib::Server::HandlerWithResponse(
      [&context](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;  // ours
        send_failure(res, failure_of_request(req, res.status, context.options), wants_json(req));
        return httplib::Server::HandlerResponse::Handled;
      }));
  http.set_exception_handler([](const httplib::Request& req, httplib::Response& res, std::exception_ptr) {
    std::cerr << "nendiff serve: internal error on " << req.method << " " << req.path << "\n";
    send_failure(res, {500, "internal", "internal error; the server's log says more"}, wants_json(req));
  });
  add_routes(http, context);
}

Server::~Server() = default;

int Server::bind() {
  Context& context = impl_->context;
  const Listen& at = context.options.listen;
  context.port = at.port == 0 ? impl_->http.bind_to_any_port(at.host)
                              : (impl_->http.bind_to_port(at.host, at.port) ? at.port : -1);
  if (context.port < 0)
    throw Error("cannot listen on " + url_of(at) + " (in use, or not an address of this machine)");
  if (!impl_->http.let_more_wait()) throw Error("cannot listen on " + url_of(at));
  return context.port;
}

void Server::run() { impl_->http.listen_after_bind(); }

void Server::stop() { impl_->http.stop(); }

bool Server::running() const { return impl_->http.is_running(); }

}  // namespace nendiff::serve
