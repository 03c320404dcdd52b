#include "serve/connection.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include "serve/guard.hpp"

namespace nendiff::serve {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

// Waits up to `wait` for `events` on `sock`; false on a timeout or an error.
bool ready(socket_t sock, short events, milliseconds wait) {
  pollfd p{sock, events, 0};
  int n;
  do {
    n = poll(&p, 1, static_cast<int>(std::max<milliseconds::rep>(wait.count(), 0)));
  } while (n < 0 && errno == EINTR);
  return n > 0 && !(p.revents & POLLNVAL);
}

// Whether the peer is still there: a socket readable with nothing to read was closed.
bool alive(socket_t sock) {
  if (!ready(sock, POLLIN, milliseconds(0))) return true;
  char byte;
  return recv(sock, &byte, 1, MSG_PEEK) > 0;
}

void address_of(const sockaddr_storage& a, socklen_t size, std::string& ip, int& port) {
  std::array<char, NI_MAXHOST> host{};
  std::array<char, NI_MAXSERV> service{};
  if (getnameinfo(reinterpret_cast<const sockaddr*>(&a), size, host.data(), host.size(),
                  service.data(), service.size(), NI_NUMERICHOST | NI_NUMERICSERV) != 0)
    return;
  ip = host.data();
  port = std::atoi(service.data());
}

// httplib's SocketStream (reads buffered: its line reader takes a byte at a
// time) with a deadline: every wait is cut short by it. The deadline runs from
// the stream's start (the request's first byte); the first write (the
// response) starts it again, so a slow route does not eat into it.
class DeadlineStream : public httplib::Stream {
 public:
  DeadlineStream(socket_t sock, milliseconds read, milliseconds write, milliseconds request,
                 size_t most_bytes)
      : sock_(sock), read_(read), write_(write), request_(request),
        deadline_(Clock::now() + request), left_to_read_(most_bytes) {}

  bool is_readable() const override { return begin_ < end_ || wait(POLLIN, read_); }
  bool is_writable() const override { return wait(POLLOUT, write_) && alive(sock_); }

  ssize_t read(char* ptr, size_t size) override {
    if (begin_ == end_) {
      if (!wait(POLLIN, read_)) return -1;
      if (size >= buffer_.size()) return receive(ptr, size);
      const ssize_t n = receive(buffer_.data(), buffer_.size());
      if (n <= 0) return n;
      begin_ = 0;
      end_ = static_cast<size_t>(n);
    }
    const size_t taken = std::min(size, end_ - begin_);
    std::memcpy(ptr, buffer_.data() + begin_, taken);
    begin_ += taken;
    return static_cast<ssize_t>(taken);
  }

  ssize_t write(const char* ptr, size_t size) override {
    if (!answering_) {
      answering_ = true;
      deadline_ = Clock::now() + request_;
    }
    if (!is_writable()) return -1;
    ssize_t n;
    do {
      n = send(sock_, ptr, size, MSG_NOSIGNAL);
    } while (n < 0 && errno == EINTR);
    return n;
  }

  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    sockaddr_storage a{};
    socklen_t size = sizeof a;
    if (getpeername(sock_, reinterpret_cast<sockaddr*>(&a), &size) == 0) address_of(a, size, ip, port);
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    sockaddr_storage a{};
    socklen_t size = sizeof a;
    if (getsockname(sock_, reinterpret_cast<sockaddr*>(&a), &size) == 0) address_of(a, size, ip, port);
  }
  socket_t socket() const override { return sock_; }
  // Whether a wait ended at the deadline: httplib answers 400 and would read
  // on, the next request from what the client trickles; the connection goes.
  bool expired() const { return expired_; }

 private:
  // Up to the per-read (or per-write) timeout, and never past the deadline.
  bool wait(short events, milliseconds timeout) const {
    const auto left = std::chrono::duration_cast<milliseconds>(deadline_ - Clock::now());
    if (left < timeout) {
      expired_ = left.count() <= 0 || !ready(sock_, events, left);
      return !expired_;
    }
    return ready(sock_, events, timeout);
  }
  ssize_t receive(char* ptr, size_t size) {
    if (left_to_read_ == 0) return -1;  // httplib would hold any number of header lines
    ssize_t n;
    do {
      n = recv(sock_, ptr, std::min(size, left_to_read_), 0);
    } while (n < 0 && errno == EINTR);
    if (n > 0) left_to_read_ -= static_cast<size_t>(n);
    return n;
  }

  socket_t sock_;
  milliseconds read_, write_, request_;
  Clock::time_point deadline_;
  bool answering_ = false;
  mutable bool expired_ = false;
  size_t left_to_read_;
  std::array<char, 4096> buffer_{};
  size_t begin_ = 0, end_ = 0;
};

// The request line and headers the guard takes (guard.hpp), and room besides:
// a request longer than that and the largest body is not read on.
constexpr size_t kMaxRequestHead = kMaxHeaderBytes + 64 * 1024;

milliseconds ms(time_t seconds, time_t microseconds) {
  return milliseconds(seconds * 1000 + microseconds / 1000);
}

// Answers go uncompressed: httplib compresses JSON, HTML, CSV and Markdown for
// a client that accepts it, and a browser accepts Brotli, which httplib runs
// at its slowest setting — 370 ms of CPU for the sample pair's 229 KB of JSON,
// twenty times the comparison. gzip still doubled a request's CPU time; the
// server is on the reviewer's machine or an intranet, where bytes are cheap.
void uncompressed(httplib::Request& req) { req.headers.erase("Accept-Encoding"); }

}  // namespace

bool DeadlineServer::let_more_wait() {
  const socket_t sock = svr_sock_;
  return sock != INVALID_SOCKET && ::listen(sock, SOMAXCONN) == 0;  // listening again only resizes the queue
}

bool DeadlineServer::next_request_comes(socket_t sock) const {
  // In slices, so that stop() need not wait for an idle connection to time out.
  const auto until = Clock::now() + std::chrono::seconds(keep_alive_timeout_sec_);
  while (svr_sock_ != INVALID_SOCKET && Clock::now() < until)
    if (ready(sock, POLLIN, milliseconds(100))) return true;
  return false;
}

bool DeadlineServer::process_and_close_socket(socket_t sock) {
  bool served = false;
  for (size_t left = keep_alive_max_count_; left > 0 && next_request_comes(sock); --left) {
    DeadlineStream stream(sock, ms(read_timeout_sec_, read_timeout_usec_),
                          ms(write_timeout_sec_, write_timeout_usec_), request_timeout_,
                          payload_max_length_ + kMaxRequestHead);
    bool closed = false;
    served = process_request(stream, left == 1, closed, uncompressed);
    if (!served || closed || stream.expired()) break;
  }
  shutdown(sock, SHUT_RDWR);
  close(sock);
  return served;
}

}  // namespace nendiff::serve
