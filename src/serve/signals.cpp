#include <atomic>
#include <csignal>
#include <ctime>
#include <thread>

#include "serve/server.hpp"

namespace nendiff::serve {

void serve_until_signal(Server& server) {
  sigset_t stop;
  sigemptyset(&stop);
  sigaddset(&stop, SIGINT);
  sigaddset(&stop, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop, nullptr);  // before run() starts its threads
  std::atomic<bool> ended{false};
  std::thread watcher([&] {
    const timespec tick{0, 200 * 1000 * 1000};  // to see run() end by itself
    while (!ended) {
      if (sigtimedwait(&stop, nullptr, &tick) > 0) return server.stop();
    }
  });
  server.run();
  ended = true;
  watcher.join();
}

}  // namespace nendiff::serve
