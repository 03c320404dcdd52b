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

  // Once bound: lets as many connections wait to be accepted as the system
  // allows. httplib's listen() keeps 5 (CPPHTTPLIB_LISTEN_BACKLOG, built into
  // Debian's library); beyond, the kernel drops or answers with SYN cookies
  // the clients that arrive together (twenty at once lost a request, once).
  // False when the socket refuses (it is not listening).
  bool let_more_wait();

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
