// `nendiff serve`: the start page, the 新旧対照表 and its downloads, and the
// JSON API, on cpp-httplib; every request checked (guard.hpp), every
// comparison through the job queue (job_queue.hpp).
#pragma once

#include <memory>

#include "serve/options.hpp"

namespace nendiff::serve {

class Server {
 public:
  explicit Server(ServeOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds to the address of the options; returns the port (the one the
  // system chose for port 0). Throws Error when it cannot.
  int bind();
  // Serves until stop(); the comparisons running when it is called finish first.
  void run();
  void stop();  // from any thread
  bool running() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Runs `server` until SIGINT or SIGTERM, which are blocked for the whole
// process (every thread inherits that) and awaited by one thread: a signal
// handler could not call stop().
void serve_until_signal(Server& server);

}  // namespace nendiff::serve
