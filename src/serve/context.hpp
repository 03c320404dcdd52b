// Internal: what the routes share, and how they answer.
#pragma once

#include <httplib.h>

#include <optional>
#include <string>

#include "serve/failure.hpp"
#include "serve/job_queue.hpp"
#include "serve/options.hpp"
#include "serve/results.hpp"
#include "serve/root.hpp"

namespace nendiff::serve {

struct Context {
  explicit Context(ServeOptions o)
      : options(std::move(o)),
        queue(jobs_of(options), options.waiting),
        results(options.results),
        root(offered_root(options.root)) {}
  ServeOptions options;
  int port = 0;
  JobQueue queue;
  Results results;
  std::optional<Root> root;  // --root, when given
};

// The routes of server.hpp's description (routes.cpp), and those of --root
// (root_routes.cpp).
void add_routes(httplib::Server& http, Context& context);
void add_root_routes(httplib::Server& http, Context& context);

// Runs `answer`, turning a Failure into its response (send_failure's) and
// anything else into one line without details (those go to the server's stderr).
void answering(httplib::Response& res, bool json, const std::function<void()>& answer,
               bool root_offered = false);

// The headers every response carries: its Content-Security-Policy (inline
// scripts only with `nonce`; none when empty), no sniffing, no referrer, no caching.
void secure(httplib::Response& res, const std::string& nonce = "");
// `failure` as JSON ({"error": {"code", "message"}}) or as a page (with the
// root's folders when `root_offered`).
void send_failure(httplib::Response& res, const Failure& failure, bool json, bool root_offered = false);
// An HTML page whose scripts run with `nonce`.
void send_page(httplib::Response& res, const std::string& html, const std::string& nonce);

}  // namespace nendiff::serve
