// `nendiff serve` under load (issue 19's speed rows; scripts/bench runs it):
// the sample pair through POST /api/compare of a `nendiff serve` process, one
// request at a time (latency) and from concurrent clients (comparisons per
// second), against the same comparison in-process (read, compare, the JSON
// report: what a request costs the server less HTTP and the uploads).
//
// nendiff_serve_bench --nendiff BIN --samples DIR [--clients N] [--seconds S] [--runs N]
// Prints a Markdown table and the targets, each met or not; exits 1
// when a request failed or an answer was not the CLI's JSON report.
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <regex>
#include <sstream>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

#include "nendiff/compare.hpp"
#include "nendiff/parse.hpp"
#include "nendiff/report.hpp"

namespace {

using Clock = std::chrono::steady_clock;
const char kOld[] = "kenko-iryo-senryaku-2023.txt";
const char kNew[] = "kenko-iryo-senryaku-2024.txt";

struct Options {
  std::string nendiff, samples;
  int clients = 8;
  double seconds = 3;
  int runs = 21;  // for the medians
};

Options options(int argc, char** argv) {
  Options o;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string key = argv[i], value = argv[i + 1];
    if (key == "--nendiff") o.nendiff = value;
    else if (key == "--samples") o.samples = value;
    else if (key == "--clients") o.clients = std::stoi(value);
    else if (key == "--seconds") o.seconds = std::stod(value);
    else if (key == "--runs") o.runs = std::stoi(value);
  }
  if (o.nendiff.empty() || o.samples.empty()) {
    std::cerr << "usage: nendiff_serve_bench --nendiff BIN --samples DIR [--clients N] [--seconds S] [--runs N]\n";
    std::exit(2);
  }
  return o;
}

double ms_since(Clock::time_point begun) {
  return std::chrono::duration<double, std::milli>(Clock::now() - begun).count();
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// One comparison as the server makes it for a request: both editions read,
// compared, the JSON report written.
double in_process_ms(const Options& o) {
  const auto begun = Clock::now();
  std::vector<nendiff::Document> docs =
      nendiff::load_editions({o.samples + "/" + kOld, o.samples + "/" + kNew}, {}, {});
  const nendiff::Comparison c = nendiff::compare(std::move(docs[0]), std::move(docs[1]));
  std::ostringstream out;
  nendiff::ReportOptions shown;
  shown.language = nendiff::Language::automatic;
  nendiff::write_comparison(c, nendiff::Format::json, out, shown);
  return ms_since(begun);
}

// CPU time (user + system) of this process so far, in ms.
double own_cpu_ms() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

// A child running `argv` (in `dir` when given), its stdout the read end
// returned (the caller closes it).
struct Child {
  pid_t pid;
  int out;
};
Child spawn(const std::vector<std::string>& argv, const std::string& dir = "") {
  int out[2];
  if (pipe(out) != 0) throw std::runtime_error("pipe");
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  const pid_t pid = fork();
  if (pid == 0) {
    dup2(out[1], STDOUT_FILENO);
    close(out[0]);
    if (dir.empty() || chdir(dir.c_str()) == 0) execv(args[0], args.data());
    _exit(127);
  }
  close(out[1]);
  return {pid, out[0]};
}

// `nendiff serve` on a free port, stopped (SIGTERM) when this goes.
class ServerProcess {
 public:
  explicit ServerProcess(const std::string& nendiff) {
    const Child child = spawn({nendiff, "serve", "--listen", "127.0.0.1:0"});
    pid_ = child.pid;
    std::string line;
    char c;
    while (read(child.out, &c, 1) == 1 && c != '\n') line += c;
    close(child.out);
    std::smatch m;
    if (!std::regex_search(line, m, std::regex("http://127\\.0\\.0\\.1:([0-9]+)/")))
      throw std::runtime_error("nendiff serve printed no URL: " + line);
    port_ = std::stoi(m[1]);
  }
  ~ServerProcess() {
    kill(pid_, SIGTERM);
    waitpid(pid_, nullptr, 0);
  }
  int port() const { return port_; }
  // The server's CPU time (user + system) so far, in ms, from /proc/PID/stat.
  double cpu_ms() const {
    std::ifstream stat("/proc/" + std::to_string(pid_) + "/stat");
    std::string all((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    std::istringstream fields(all.substr(all.rfind(')') + 2));  // after the command's name
    std::string field;
    long ticks = 0;
    for (int i = 3; i <= 15 && fields >> field; ++i)
      if (i >= 14) ticks += std::stol(field);  // utime, stime
    return ticks * 1000.0 / sysconf(_SC_CLK_TCK);
  }
  // The server's peak resident memory so far, from /proc (VmHWM), in KiB.
  long peak_rss_kib() const {
    std::ifstream status("/proc/" + std::to_string(pid_) + "/status");
    for (std::string line; std::getline(status, line);)
      if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
    return 0;
  }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
};

// What `nendiff compare OLD NEW --format json` prints, run beside the samples
// so that the editions carry the names the uploads carry: every answer must
// be these bytes.
std::string cli_answer(const Options& o) {
  const std::string nendiff = std::filesystem::absolute(o.nendiff).string();
  const Child child = spawn({nendiff, "compare", kOld, kNew, "--format", "json"}, o.samples);
  std::string printed;
  char buffer[64 * 1024];
  for (ssize_t n; (n = read(child.out, buffer, sizeof buffer)) > 0;) printed.append(buffer, n);
  close(child.out);
  waitpid(child.pid, nullptr, 0);
  return printed;
}

// The sample pair as a browser's form sends it (multipart/form-data).
std::string sample_form(const Options& o, const std::string& boundary) {
  std::string form;
  for (const auto& [field, name] : {std::pair{"old", kOld}, std::pair{"new", kNew}})
    form += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field +
            "\"; filename=\"" + name + "\"\r\nContent-Type: text/plain\r\n\r\n" +
            read_file(o.samples + "/" + name) + "\r\n";
  return form + "--" + boundary + "--\r\n";
}

// One client, lean as a load tool (wrk, ab) is: the form serialized once, the
// connection kept alive as a browser keeps it, each answer received into the
// same buffer. What is timed is then the server's answer. httplib's client
// with its defaults (a connection per request, the form serialized and the
// 229 KB answer grown anew each time) added some 7 ms of its own to each
// request; curl, a new process and connection each time, sees 11.5–12 ms.
class Poster {
 public:
  Poster(int port, const std::string& form) : client_("127.0.0.1", port) {
    client_.set_read_timeout(60, 0);
    client_.set_keep_alive(true);
    request_.method = "POST";
    request_.path = "/api/compare";
    request_.set_header("Content-Type", "multipart/form-data; boundary=" + std::string(kBoundary));
    request_.body = form;
    request_.content_receiver = [this](const char* data, size_t n, uint64_t, uint64_t) {
      answer_.append(data, n);
      return true;
    };
    answer_.reserve(1 << 20);
  }
  // Posts the pair; true when the server answered 200.
  bool post() {
    answer_.clear();
    httplib::Response response;
    httplib::Error error = httplib::Error::Success;
    return client_.send(request_, response, error) && response.status == 200;
  }
  const std::string& answer() const { return answer_; }
  static constexpr const char* kBoundary = "nendiff-bench-7MA4YWxkTrZu0gW";

 private:
  httplib::Client client_;
  httplib::Request request_;
  std::string answer_;
};

// Answers that were not 200 or not the CLI's report.
struct Tally {
  explicit Tally(std::string expected) : expected(std::move(expected)) {}
  const std::string expected;
  std::atomic<long> done{0}, wrong{0};
  void count(bool ok, const std::string& answer) {
    ++done;
    if (!ok || answer != expected) ++wrong;
  }
};

// Medians of `runs` comparisons in-process and as many requests one after
// another on one kept-alive connection, taking turns: a busy moment of the
// machine falls on both alike.
std::pair<double, double> latencies_ms(const Options& o, const ServerProcess& server,
                                       const std::string& form, Tally& tally) {
  Poster poster(server.port(), form);
  std::vector<double> local, remote;
  for (int i = 0; i < o.runs; ++i) {
    local.push_back(in_process_ms(o));
    const auto begun = Clock::now();
    const bool ok = poster.post();
    remote.push_back(ms_since(begun));
    tally.count(ok, poster.answer());
  }
  return {median(local), median(remote)};
}

// Comparisons per second from `clients` clients posting for `seconds`.
double throughput(const ServerProcess& server, const std::string& form, const Options& o,
                  Tally& tally) {
  const long before = tally.done;
  const auto begun = Clock::now();
  const auto until = begun + std::chrono::duration<double>(o.seconds);
  std::vector<std::thread> clients;
  for (int t = 0; t < o.clients; ++t)
    clients.emplace_back([&] {
      Poster poster(server.port(), form);
      while (Clock::now() < until) {
        const bool ok = poster.post();
        tally.count(ok, poster.answer());
      }
    });
  for (std::thread& c : clients) c.join();
  return (tally.done - before) / (ms_since(begun) / 1000);
}

std::string fixed(double v, int digits) {
  std::ostringstream out;
  out.setf(std::ios::fixed);
  out.precision(digits);
  out << v;
  return out.str();
}

}  // namespace

int main(int argc, char** argv) {
  const Options o = options(argc, argv);
  std::string load;
  std::getline(std::ifstream("/proc/loadavg") >> std::ws, load);
  load = load.substr(0, load.find(' '));  // over the last minute
  in_process_ms(o);  // warm: the first run loads ICU's data
  const double cpu_before = own_cpu_ms();
  for (int i = 0; i < o.runs; ++i) in_process_ms(o);
  const double compare_cpu = (own_cpu_ms() - cpu_before) / o.runs;

  const ServerProcess server(o.nendiff);
  const std::string form = sample_form(o, Poster::kBoundary);
  Tally tally(cli_answer(o));
  const auto [compare_ms, latency] = latencies_ms(o, server, form, tally);
  const double server_before = server.cpu_ms();
  const long done_before = tally.done;
  const double rate = throughput(server, form, o, tally);
  const double server_cpu = (server.cpu_ms() - server_before) / (tally.done - done_before);
  const long rss = server.peak_rss_kib();
  const double ratio = latency / compare_ms;

  std::cout << "| serve: sample pair through POST /api/compare | value |\n|---|---|\n"
            << "| in-process compare (read, compare, JSON), median of " << o.runs << " | "
            << fixed(compare_ms, 1) << " ms |\n"
            << "| one request at a time (taking turns with the above), median of " << o.runs << " | " << fixed(latency, 1) << " ms |\n"
            << "| CPU time of one in-process compare | " << fixed(compare_cpu, 1) << " ms |\n"
            << "| server's CPU time per request under load | " << fixed(server_cpu, 1) << " ms |\n"
            << "| " << o.clients << " clients for " << fixed(o.seconds, 0) << " s | " << fixed(rate, 1)
            << " comparisons/s |\n"
            << "| server's peak RSS | " << fixed(rss / 1024.0, 1) << " MiB |\n"
            << "| requests failed or answered differently | " << tally.wrong << " of " << tally.done
            << " |\n| load average before the run (other processes) | " << load << " |"
            << "\n\nTargets (issue #19, on two cores):\n\n"
            << "- " << fixed(rate, 1) << " comparisons/s — " << (rate >= 100 ? "met" : "not met")
            << " (≥ 100)\n"
            << "- median latency ÷ in-process compare = " << fixed(ratio, 2) << " — "
            << (ratio <= 1.5 ? "met" : "not met") << " (≤ 1.5)\n";
  return tally.wrong == 0 ? 0 : 1;
}
