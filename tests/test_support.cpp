#include "test_support.hpp"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <boost/filesystem.hpp>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace fs = boost::filesystem;

namespace nendiff::test {
namespace {

std::string show(const Figure& f) {
  std::ostringstream out;
  out.precision(15);
  out << f.raw << " → " << f.value << " " << f.unit;
  if (f.range_end) out << " .." << *f.range_end;
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
    EXPECT_EQ(text.substr(m.offset, m.length), m.raw) << text;
    out.push_back(show(m));
  }
  return out;
}

template <typename Mention>
Mention only(const std::string& text, const std::vector<Mention>& found) {
  EXPECT_EQ(found.size(), 1u) << text;
  if (found.empty()) return {};
  EXPECT_EQ(text.substr(found[0].offset, found[0].length), found[0].raw);
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

std::string sample_path(const std::string& name) {
  return std::string(NENDIFF_SAMPLES_DIR) + "/" + name;
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

RunResult run_program(const std::string& binary, const std::vector<std::string>& args,
                      const std::vector<EnvChange>& env, const std::string& stdin_text) {
  TempDir tmp;
  const std::string in_path = tmp.file("stdin"), out_path = tmp.file("stdout"),
                    err_path = tmp.file("stderr");
  write_bytes(in_path, stdin_text);
  const pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    dup2(open(in_path.c_str(), O_RDONLY), 0);
    dup2(open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644), 1);
    dup2(open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644), 2);
    for (const EnvChange& e : env)
      e.value ? setenv(e.name.c_str(), e.value->c_str(), 1) : unsetenv(e.name.c_str());
    std::vector<std::string> copy = args;
    std::vector<char*> argv{const_cast<char*>(binary.c_str())};
    for (std::string& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(binary.c_str(), argv.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = read_bytes(out_path);
  r.err = read_bytes(err_path);
  return r;
}

RunResult run_nendiff(const std::vector<std::string>& args, const std::string& stdin_text) {
  return run_program(NENDIFF_BINARY, args, {}, stdin_text);
}

}  // namespace nendiff::test
