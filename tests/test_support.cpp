#include "test_support.hpp"

#include "text/quote.hpp"

#include "text/normalize.hpp"
#include "text/unicode.hpp"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unistd.h>

#include <algorithm>
#include <boost/filesystem.hpp>
#include <chrono>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "nendiff/error.hpp"

namespace fs = boost::filesystem;

namespace nendiff::test {
namespace {

std::string show(const Figure& f) {
  std::ostringstream out;
  out.precision(15);
  out << f.raw << " → " << f.value << " " << f.unit;
  if (f.ranged) out << " .." << f.range_end;
  if (f.approximate) out << " ~";
  return out.str();
}

std::string show(const YearMention& y) {
  std::ostringstream out;
  out << y.raw << " → " << y.year << " [" << y.suffix << "]";
  if (y.era) out << " era";
  if (y.fiscal) out << " fiscal";
  if (y.dated) out << " dated";
  return out.str();
}

template <typename Mention>
std::vector<std::string> show_all(const std::string& text, const std::vector<Mention>& found) {
  std::vector<std::string> out;
  for (const Mention& m : found) {
    EXPECT_EQ(text.substr(m.offset, m.raw.size()), m.raw) << text;
    out.push_back(show(m));
  }
  return out;
}

template <typename Mention>
Mention only(const std::string& text, const std::vector<Mention>& found) {
  EXPECT_EQ(found.size(), 1u) << text;
  if (found.empty()) return {};
  EXPECT_EQ(text.substr(found[0].offset, found[0].raw.size()), found[0].raw);
  return found[0];
}

}  // namespace

YearMention only_one(const std::string& text, const std::vector<YearMention>& found) {
  return only(text, found);
}

Figure only_one(const std::string& text, const std::vector<Figure>& found) {
  return only(text, found);
}

std::vector<std::string> shown(const std::string& text, const std::vector<YearMention>& years) {
  return show_all(text, years);
}

std::vector<std::string> shown(const std::string& text, const std::vector<Figure>& figures) {
  return show_all(text, figures);
}

std::string quoted(const Measure& m) {
  return text::Quotation(m.original, m.text, text::spacing_on(m.page)).quote(0, m.text.size());
}

std::string sample_path(const std::string& name) {
  return std::string(NENDIFF_SAMPLES_DIR) + "/" + name;
}

std::string fixture(const std::string& name) {
  return std::string(NENDIFF_FIXTURES_DIR) + "/" + name;
}

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_bytes(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
  if (!out) throw std::runtime_error("cannot write " + path);
}

namespace {

std::string convert(const std::string& utf8, const char* charset, UConverterFromUCallback unencodable) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* c = ucnv_open(charset, &status);
  if (U_FAILURE(status)) {
    ADD_FAILURE() << charset << ": " << u_errorName(status);
    return "";
  }
  ucnv_setFromUCallBack(c, unencodable, nullptr, nullptr, nullptr, &status);
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(utf8);
  std::string out(UCNV_GET_MAX_BYTES_FOR_STRING(text.length(), ucnv_getMaxCharSize(c)), '\0');
  out.resize(static_cast<size_t>(ucnv_fromUChars(c, out.data(), static_cast<int32_t>(out.size()),
                                                 text.getBuffer(), text.length(), &status)));
  ucnv_close(c);
  EXPECT_TRUE(U_SUCCESS(status)) << charset << ": " << u_errorName(status);
  return out;
}

}  // namespace

std::string encode(const std::string& utf8, const char* charset) {
  return convert(utf8, charset, UCNV_FROM_U_CALLBACK_STOP);
}

std::string encode_lossy(const std::string& utf8, const char* charset) {
  return convert(utf8, charset, UCNV_FROM_U_CALLBACK_SKIP);
}

std::string input_error(const std::string& path, const InputOptions& options) {
  try {
    read_input(path, options);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

size_t count(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

std::string files_in(const std::string& dir) {
  std::vector<std::string> names;
  for (const fs::directory_entry& e : fs::directory_iterator(dir))
    names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  std::string out;
  for (const std::string& n : names) out += n + " ";
  return out;
}

TempDir::TempDir() {
  fs::path p = fs::temp_directory_path() / fs::unique_path("nendiff-test-%%%%-%%%%-%%%%");
  fs::create_directories(p);
  path_ = p.string();
}

TempDir::~TempDir() {
  boost::system::error_code ec;
  fs::permissions(path_, fs::owner_all, ec);
  fs::remove_all(path_, ec);
}

namespace {

// In the child: its streams, limits and environment, then the program.
[[noreturn]] void exec_child(const std::string& binary, const std::vector<std::string>& args,
                             const RunOptions& options, const std::string& in_path,
                             const std::string& out_path, const std::string& err_path, int pipe_out) {
  dup2(open(in_path.c_str(), O_RDONLY), 0);
  dup2(pipe_out >= 0 ? pipe_out : open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644), 1);
  dup2(open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644), 2);
  if (options.file_size_limit) {
    signal(SIGXFSZ, SIG_IGN);  // a write past the limit fails with EFBIG instead
    const rlimit limit{options.file_size_limit, options.file_size_limit};
    setrlimit(RLIMIT_FSIZE, &limit);
  }
  if (options.memory_limit) {
    const rlimit limit{options.memory_limit, options.memory_limit};
    setrlimit(RLIMIT_AS, &limit);
  }
  // scripts/sanitize: the CLI under test checks memory errors, not leaks.
  if (const char* sanitizer = getenv("NENDIFF_CHILD_ASAN_OPTIONS")) setenv("ASAN_OPTIONS", sanitizer, 1);
  for (const EnvChange& e : options.env)
    e.value ? setenv(e.name.c_str(), e.value->c_str(), 1) : unsetenv(e.name.c_str());
  std::vector<std::string> copy = args;
  std::vector<char*> argv{const_cast<char*>(binary.c_str())};
  for (std::string& a : copy) argv.push_back(a.data());
  argv.push_back(nullptr);
  execv(binary.c_str(), argv.data());
  _exit(127);
}

// Waits for `pid` until `deadline`, then kills it; its wait status.
int wait_until(pid_t pid, std::chrono::steady_clock::time_point deadline, bool& killed) {
  int status = 0;
  auto pause = std::chrono::milliseconds(1);
  while (waitpid(pid, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      killed = true;
      break;
    }
    std::this_thread::sleep_for(pause);
    pause = std::min(pause * 2, std::chrono::milliseconds(20));
  }
  return status;
}

}  // namespace

RunResult run_program_with(const std::string& binary, const std::vector<std::string>& args,
                           const RunOptions& options) {
  TempDir tmp;
  const std::string in_path = tmp.file("stdin"), out_path = tmp.file("stdout"),
                    err_path = tmp.file("stderr");
  write_bytes(in_path, options.stdin_text);
  int pipe_fds[2] = {-1, -1};
  if (options.stdout_closed_pipe) {
    if (pipe(pipe_fds) != 0) throw std::runtime_error("pipe failed");
    close(pipe_fds[0]);  // the reader is gone before the first write
  }
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) exec_child(binary, args, options, in_path, out_path, err_path, pipe_fds[1]);
  if (options.stdout_closed_pipe) close(pipe_fds[1]);
  RunResult r;
  const int status = wait_until(pid, start + std::chrono::seconds(options.timeout_seconds), r.killed);
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  if (!options.stdout_closed_pipe) r.out = read_bytes(out_path);
  r.err = read_bytes(err_path);
  return r;
}

RunResult run_program(const std::string& binary, const std::vector<std::string>& args,
                      const std::vector<EnvChange>& env, const std::string& stdin_text) {
  RunOptions options;
  options.env = env;
  options.stdin_text = stdin_text;
  return run_program_with(binary, args, options);
}

RunResult run_nendiff(const std::vector<std::string>& args, const std::string& stdin_text) {
  return run_program(NENDIFF_BINARY, args, {}, stdin_text);
}

void expect_refused(const RunResult& r, const std::string& path) {
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_TRUE(r.out.empty()) << r.out.substr(0, 200);
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  EXPECT_EQ(r.err.rfind("nendiff: " + path + ": ", 0), 0u) << r.err;
}

}  // namespace nendiff::test

namespace nendiff::test {

std::vector<std::string> findings_of(const Comparison& c,
                                     const std::function<std::string(const std::string&)>& given) {
  const auto key = [&](std::string_view t) {
    return given ? given(std::string(t)) : text::compare_key(t);
  };
  const auto measure_key = [&](const Measure* m) { return m ? key(m->text) : std::string("-"); };
  std::vector<std::string> out;
  for (const MeasureDiff& m : c.measures) {
    std::string s = std::string(status_name(m.status)) + (m.moved ? " moved" : "") +
                    (m.tag_changed ? " tag" : "") + "\n" + measure_key(c.old_measure(m)) + "\n" +
                    measure_key(c.new_measure(m));
    for (const NumberChange& n : m.numbers) s += "\n#" + key(n.old_raw) + ">" + key(n.new_raw);
    for (const Commitment& a : m.commitments_added) s += "\n+" + key(a.sentence);
    for (const Commitment& d : m.commitments_dropped) s += "\n-" + key(d.sentence);
    for (const Rewrite& r : m.rewritten) s += "\n~" + key(r.old_sentence) + ">" + key(r.new_sentence);
    out.push_back(s);
  }
  // A body is quoted as the edition names it (「オリパラ」, or in full): the
  // finding is the same where the same unit holds it.
  for (const StaleFinding& f : c.stale)
    out.push_back("stale " + f.reason + " " +
                  (f.reason == "abolished_body" && f.measure
                       ? key(c.new_doc.measures[*f.measure].text)
                       : key(f.text)));
  std::sort(out.begin(), out.end());
  return out;
}

std::string hard_wrapped(const std::string& text, size_t width) {
  std::u32string out;
  size_t column = 0;
  for (char32_t c : text::to_u32(text)) {
    if (c == U'\n') column = 0;
    else if (column++ == width) out += U'\n', column = 1;
    out += c;
  }
  return text::to_utf8(out);
}

std::string counts_of(const Summary& s) {
  std::string out;
  for (int n : {s.unchanged, s.changed, s.added, s.dropped, s.moved, s.numbers,
                s.commitments_added, s.commitments_dropped, s.commitments_rewritten, s.tag_changes,
                s.stale})
    out += (out.empty() ? "" : " ") + std::to_string(n);
  return out;
}

void expect_one_row_changed(const Comparison& c, int line, const std::string& new_text) {
  ASSERT_EQ(c.outside.size(), 1u);
  EXPECT_EQ(c.outside[0].part, "table");
  EXPECT_EQ(c.outside[0].old_line, line);
  EXPECT_EQ(c.outside[0].new_line, line);
  EXPECT_EQ(c.outside[0].new_text, new_text);
  EXPECT_TRUE(c.has_differences());
}

}  // namespace nendiff::test
