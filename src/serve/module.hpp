// `nendiff serve` is a module (nendiff-serve.so, util/module.hpp) loaded by
// the subcommand: cpp-httplib, OpenSSL, zlib and Brotli would otherwise be
// mapped at every start of nendiff (they doubled --version's 6 ms).
#pragma once

#include <ostream>
#include <string>

#include "serve/options.hpp"
#include "util/module.hpp"

namespace nendiff::serve {

inline const detail::ModuleSpec kServeModule{"nendiff-serve.so", "nendiff_serve_module",
                                             "serving the web page (nendiff serve)"};

struct ServeModule {
  detail::ModuleHeader header;
  // --listen's HOST:PORT and the options: binds (throws Error when it cannot),
  // warns on `err` when listening beyond this machine without a token, prints
  // the URL on `out`, and serves until SIGINT or SIGTERM. Returns 0.
  int (*serve)(const std::string& listen, const ServeOptions& options, std::ostream& out,
               std::ostream& err, detail::ModuleFailure& failure);
};

}  // namespace nendiff::serve
