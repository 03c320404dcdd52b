#include "serve/context.hpp"
#include "serve/guard.hpp"
#include "serve/pages.hpp"
#include "serve/results.hpp"
#include "serve/strings.hpp"

namespace nendiff::serve {

void secure(httplib::Response& res, const std::string& nonce) {
  res.headers.erase("Content-Security-Policy");
  res.set_header("Content-Security-Policy", content_security_policy(nonce.empty() ? random_hex() : nonce));
  for (const char* name : {"X-Content-Type-Options", "Referrer-Policy", "Cache-Control"})
    res.headers.erase(name);
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Referrer-Policy", "no-referrer");  // a permalink or a token stays here
  res.set_header("Cache-Control", "no-store");
}

void send_failure(httplib::Response& res, const Failure& failure, bool json, bool root_offered) {
  res.status = failure.status;
  if (json) {
    res.set_content("{\"error\": {\"code\": " + json_string(failure.code) +
                        ", \"message\": " + json_string(failure.message) + "}}\n",
                    "application/json");
    return secure(res);
  }
  const std::string nonce = random_hex();
  res.set_content(start_page(nonce, failure.message, root_offered), "text/html; charset=utf-8");
  secure(res, nonce);
}

void send_page(httplib::Response& res, const std::string& html, const std::string& nonce) {
  res.set_content(html, "text/html; charset=utf-8");
  secure(res, nonce);
}

}  // namespace nendiff::serve
