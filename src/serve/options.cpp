#include "serve/options.hpp"

#include <algorithm>
#include <thread>

#include "nendiff/error.hpp"

namespace nendiff::serve {
namespace {

bool digits(const std::string& s) {
  return !s.empty() && s.size() <= 5 && s.find_first_not_of("0123456789") == std::string::npos;
}

}  // namespace

Listen parse_listen(const std::string& value) {
  const size_t colon = value.rfind(':');
  const std::string refused = "--listen " + value + ": HOST:PORT, e.g. 127.0.0.1:8787 or [::1]:8787";
  if (colon == std::string::npos || colon == 0) throw Error(refused);
  std::string host = value.substr(0, colon);
  const std::string port = value.substr(colon + 1);
  if (host.front() == '[') {  // an IPv6 address is written in brackets, as in a URL
    if (host.size() < 3 || host.back() != ']') throw Error(refused);
    host = host.substr(1, host.size() - 2);
  } else if (host.find(':') != std::string::npos) {
    throw Error(refused);
  }
  if (!digits(port) || std::stoi(port) > 65535) throw Error(refused);
  return {host, std::stoi(port)};
}

bool is_loopback(const std::string& host) {
  return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

std::string url_of(const Listen& listen) {
  const bool v6 = listen.host.find(':') != std::string::npos;
  return "http://" + (v6 ? "[" + listen.host + "]" : listen.host) + ":" +
         std::to_string(listen.port) + "/";
}

int jobs_of(const ServeOptions& o) {
  if (o.jobs > 0) return o.jobs;
  return std::max(1u, std::thread::hardware_concurrency());
}

}  // namespace nendiff::serve
