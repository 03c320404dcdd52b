// The checks every request passes before a route sees it: the token, the
// Host a browser was sent to, the origin of a POST; and the headers every
// response carries.
#pragma once

#include <optional>
#include <string>

#include "serve/failure.hpp"
#include "serve/options.hpp"

namespace nendiff::serve {

// What a request shows of itself, from its headers (empty: not sent).
struct Caller {
  std::string method;
  std::string host;            // Host
  std::string origin;          // Origin
  std::string fetch_site;      // Sec-Fetch-Site
  std::string bearer;          // Authorization: Bearer TOKEN
  std::string token_cookie;    // Cookie nendiff_token=TOKEN
  std::string token_query;     // ?token=TOKEN
  size_t header_bytes = 0;     // all its header lines together
};

// httplib limits each header line (8 KiB), not their number: this much in all.
constexpr size_t kMaxHeaderBytes = 64 * 1024;

// The first check `caller` fails, or none:
// - its headers are at most kMaxHeaderBytes (431);
// - with a token, it must come as a bearer, a cookie or in the query (401);
// - on a loopback address, Host must name this machine (a page of another
//   site whose name was pointed at 127.0.0.1 — DNS rebinding — is refused, 403);
// - a POST must come from a page of this server: Origin, when sent, is this
//   server's (or null from a same-origin page), and Sec-Fetch-Site, when
//   sent, is same-origin or none (403).
std::optional<Failure> refusal(const Caller& caller, const ServeOptions& options, int port);

// Compares in a time that does not depend on where they differ.
bool same_secret(const std::string& a, const std::string& b);

// The value of `name` in a Cookie header, or "".
std::string cookie_value(const std::string& cookies, const std::string& name);

// Content-Security-Policy: this server's origin only, inline styles, and
// inline scripts only with the response's `nonce`.
std::string content_security_policy(const std::string& nonce);

}  // namespace nendiff::serve
