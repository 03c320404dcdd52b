// `nendiff serve`: its options; the server is a module (serve/module.hpp).
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/commands.hpp"
#include "nendiff/error.hpp"
#include "serve/module.hpp"

namespace nendiff::cli {
namespace {

// A token goes in a header, a cookie and a URL as it is: letters, digits and -._~ only.
void check_token(const std::string& token) {
  if (token.empty()) return;
  const bool plain = token.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                             "0123456789-._~") == std::string::npos;
  if (!plain) throw Error("--token: letters, digits and - . _ ~ only (it goes in URLs and cookies)");
}

}  // namespace

void add_serve_options(CLI::App* serve, ServeArguments& a) {
  serve->add_option("--listen", a.listen, "HOST:PORT to listen on (default 127.0.0.1:8787)")
      ->type_name("HOST:PORT");
  serve->add_option("--token", a.options.token,
                    "Every request must carry it: Authorization: Bearer TOKEN, or open the "
                    "printed URL (?token=TOKEN) once in the browser");
  serve->add_option("--root", a.options.root,
                    "A folder whose editions (and year folders) the start page may choose, "
                    "read only")
      ->type_name("DIR");
  serve->add_option("--max-size", a.options.max_size,
                    "Refuse uploaded editions larger than this many bytes (default 32 MiB)")
      ->check(byte_count());
  serve->add_option("--max-files", a.options.max_files, "Files in one request, at most (default 8)")
      ->check(CLI::Range(2, 1000).description(""));
  serve->add_option("--jobs", a.options.jobs, "Comparisons at once (default: one per core)")
      ->check(CLI::Range(1, 256).description(""));
  serve->add_option("--queue", a.options.waiting,
                    "Comparisons that may wait for a slot (default 32); beyond, 503 at once")
      ->check(CLI::Range(0, 1000).description(""));
  serve->footer("Stops on Ctrl-C or SIGTERM, after the comparisons running. docs/serve.md.\n"
                "Example: nendiff serve --listen 127.0.0.1:8787");
}

int run_serve(const ServeArguments& a) {
  check_token(a.options.token);
  const auto& module = detail::module_table<serve::ServeModule>(serve::kServeModule, "serve");
  return detail::call_module(
      [&](detail::ModuleFailure& f) { return module.serve(a.listen, a.options, std::cout, std::cerr, f); });
}

}  // namespace nendiff::cli
