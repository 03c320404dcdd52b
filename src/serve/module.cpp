// The entry point of nendiff-serve.so (module.hpp).
#include "serve/module.hpp"

#include "serve/server.hpp"
#include "util/memory.hpp"

namespace nendiff::serve {
namespace {

int serve(const std::string& listen, const ServeOptions& given, std::ostream& out, std::ostream& err) {
  // Each request makes blocks of a few hundred KiB (the form, the report);
  // mapped apart, as the CLI maps them, each is faulted in page by page and
  // unmapped again (page faults: 9% of the server's CPU under load, perf).
  // Here only a large edition's blocks are mapped apart.
  detail::map_large_blocks_apart(4u << 20);
  // Nor is each thread's heap cut back (madvise, and TLB shootdowns on every
  // core) as soon as a request's blocks are freed: 15 ms of CPU a request
  // became 14.5-15 (bench/serve_bench.cpp), for ~5 MiB more at peak.
  detail::keep_free_heap_up_to(8u << 20);
  ServeOptions options = given;
  options.listen = parse_listen(listen);
  Server server(options);
  options.listen.port = server.bind();
  if (!is_loopback(options.listen.host) && options.token.empty())
    err << "nendiff serve: warning: listening on " << options.listen.host
        << " without --token: anyone who can reach this machine can upload editions and read "
           "the comparisons\n";
  out << "nendiff serve: " << url_of(options.listen)
      << (options.token.empty() ? "" : "?token=" + options.token) << " (Ctrl-C stops)" << std::endl;
  serve_until_signal(server);
  return 0;
}

}  // namespace
}  // namespace nendiff::serve

NENDIFF_MODULE_ENTRY const nendiff::detail::ModuleHeader* nendiff_serve_module() {
  using namespace nendiff::serve;
  static const ServeModule table{{nendiff::detail::kModuleAbi}, &nendiff::detail::Caught<&serve>::call};
  return &table.header;
}
