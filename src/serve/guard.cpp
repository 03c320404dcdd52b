#include "serve/guard.hpp"

namespace nendiff::serve {
namespace {

// 「localhost:8787」 → 「localhost」, 「[::1]:8787」 → 「::1」.
std::string host_name(const std::string& host) {
  if (!host.empty() && host.front() == '[') return host.substr(1, host.find(']') - 1);
  return host.substr(0, host.find(':'));
}

std::string port_of(const std::string& host) {
  const size_t bracket = host.find(']');
  const size_t colon = host.find(':', bracket == std::string::npos ? 0 : bracket);
  return colon == std::string::npos ? "" : host.substr(colon + 1);
}

bool names_this_machine(const std::string& host, int port) {
  return is_loopback(host_name(host)) && port_of(host) == std::to_string(port);
}

std::optional<Failure> token_refusal(const Caller& c, const std::string& token) {
  if (token.empty()) return std::nullopt;
  for (const std::string* given : {&c.bearer, &c.token_cookie, &c.token_query})
    if (!given->empty() && same_secret(*given, token)) return std::nullopt;
  return Failure{401, "token_required",
                 "this server asks for its token: Authorization: Bearer TOKEN, or open "
                 "/?token=TOKEN once in the browser"};
}

std::optional<Failure> origin_refusal(const Caller& c) {
  if (c.method != "POST") return std::nullopt;
  // The start page sends no referrer, and so Chromium sends its form with
  // Origin: null; Sec-Fetch-Site, which no page can set, still says where it
  // comes from (a sandboxed page elsewhere also sends null, but cross-site).
  const bool from_here = c.origin.empty() || c.origin == "http://" + c.host ||
                         (c.origin == "null" && c.fetch_site == "same-origin");
  const bool same_site = c.fetch_site.empty() || c.fetch_site == "same-origin" || c.fetch_site == "none";
  if (from_here && same_site) return std::nullopt;
  return Failure{403, "cross_origin", "a comparison is asked for from this server's own page only"};
}

}  // namespace

bool same_secret(const std::string& a, const std::string& b) {
  unsigned char differ = a.size() != b.size();
  for (size_t i = 0; i < a.size(); ++i) differ |= a[i] ^ b[i % (b.empty() ? 1 : b.size())];
  return b.empty() ? a.empty() : !differ;
}

std::string cookie_value(const std::string& cookies, const std::string& name) {
  size_t at = 0;
  while (at < cookies.size()) {
    const size_t end = std::min(cookies.find(';', at), cookies.size());
    std::string pair = cookies.substr(at, end - at);
    pair.erase(0, pair.find_first_not_of(' '));
    if (pair.compare(0, name.size() + 1, name + "=") == 0) return pair.substr(name.size() + 1);
    at = end + 1;
  }
  return "";
}

std::optional<Failure> refusal(const Caller& caller, const ServeOptions& options, int port) {
  if (caller.header_bytes > kMaxHeaderBytes)
    return Failure{431, "headers_too_large",
                   "the request's headers are larger than the server takes (" +
                       std::to_string(kMaxHeaderBytes / 1024) + " KiB)"};
  if (std::optional<Failure> f = token_refusal(caller, options.token)) return f;
  if (is_loopback(options.listen.host) && !names_this_machine(caller.host, port))
    return Failure{403, "wrong_host",
                   "this server answers at localhost or 127.0.0.1 only (Host: " +
                       caller.host.substr(0, 80) + ")"};
  return origin_refusal(caller);
}

std::string content_security_policy(const std::string& nonce) {
  return "default-src 'self'; script-src 'nonce-" + nonce +
         "'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; "
         "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
}

}  // namespace nendiff::serve
