// What `nendiff serve` is told on its command line, and where it listens.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace nendiff::serve {

struct Listen {
  std::string host = "127.0.0.1";
  int port = 8787;  // 0: any free port (tests)
};

struct ServeOptions {
  Listen listen;
  std::string token;  // empty: none asked (only sensible on a loopback address)
  // The same meaning as compare's --max-size; lower by default, since a
  // server holds every upload of the requests it is reading in memory.
  std::uintmax_t max_size = 32u * 1024 * 1024;
  int max_files = 8;        // files in one request
  int jobs = 0;             // comparisons at once; 0: one per core
  int waiting = 32;         // comparisons that may wait for a slot (503 beyond)
  int results = 32;         // results kept for their permalinks, oldest out first
  std::string root;  // --root: a folder whose editions may be chosen (serve/root.hpp); empty: none
  int read_timeout_seconds = 10;  // a client that sends nothing for this long is dropped
  // A request must arrive in full within this long of its first byte (and its
  // answer be taken within as long again), however it trickles in.
  int request_timeout_seconds = 120;
  // For tests: runs in the comparison's slot, before it (to hold a slot busy).
  std::function<void()> in_slot;
};

// 「127.0.0.1:8787」, 「[::1]:8787」, 「0.0.0.0:80」 → host and port; throws Error
// naming the value when it is none of these.
Listen parse_listen(const std::string& value);
// Whether only this machine can reach `host` (127.0.0.0/8, ::1, localhost).
bool is_loopback(const std::string& host);
// The URL a browser opens for `listen` ("http://127.0.0.1:8787/").
std::string url_of(const Listen& listen);

// jobs with its default applied.
int jobs_of(const ServeOptions& o);

}  // namespace nendiff::serve
