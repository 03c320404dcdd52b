// Internal: httplib's server with a deadline for each request as a whole.
// cpp-httplib 0.11 times out each read and each write on its own, so a client
// that sends (or takes) a byte every few seconds never meets a timeout and
// holds one of the server's few connection threads for as long as it likes.
// Here each request must arrive in full within `request_timeout` of its first
// byte, and its response be taken within as long again; past either the
// connection is dropped. The time a route takes in between is not counted.
// Nor is a request read past the largest body and the headers the server
// takes: httplib limits each header line, not their number.
#pragma once

#include <httplib.h>

#include <chrono>

namespace nendiff::serve {

class DeadlineServer : public httplib::Server {
 public:
  explicit DeadlineServer(std::chrono::milliseconds request_timeout)
      : request_timeout_(request_timeout) {}

 private:
  // Serves the connection's requests as httplib's own does (keep-alive
  // included), through a DeadlineStream (connection.cpp) in place of its
  // socket stream, and answers uncompressed; then closes it.
  bool process_and_close_socket(socket_t sock) override;
  // Until the next request's first byte, the keep-alive timeout, or stop().
  bool next_request_comes(socket_t sock) const;

  std::chrono::milliseconds request_timeout_;
};

}  // namespace nendiff::serve
