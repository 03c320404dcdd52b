// Each pipeline stage timed on the sample editions:
//   nendiff_stages --samples=DIR [benchmark flags]
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "compare/align.hpp"
#include "nendiff/read.hpp"
#include "nendiff/compare.hpp"
#include "nendiff/parse.hpp"
#include "text/normalize.hpp"
#include "nendiff/report.hpp"

namespace {

std::string samples = "samples";

std::string read(const std::string& name) {
  std::ifstream in(samples + "/" + name, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const std::string& old_text() {
  static const std::string t = read("kenko-iryo-senryaku-2023.txt");
  return t;
}
const std::string& new_text() {
  static const std::string t = read("kenko-iryo-senryaku-2024.txt");
  return t;
}

void Decode(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(nendiff::decode(new_text()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * new_text().size()));
}

void Normalize(benchmark::State& state) {
  std::vector<std::string> lines = nendiff::text::split_lines(new_text());
  for (auto _ : state)
    for (const std::string& l : lines) benchmark::DoNotOptimize(nendiff::text::normalize_line(l));
}

void Parse(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(nendiff::parse(new_text()));
}

// The edition scaled as bench/compare_tools.py scales it: the front matter
// once, then the body (from the first 「1.」 heading on) `n` times.
std::string scaled(const std::string& text, int n) {
  size_t body = 0;
  while (body < text.size() && text.compare(body, 2, "1.") != 0) {
    body = text.find('\n', body);
    body = body == std::string::npos ? text.size() : body + 1;
  }
  std::string out = text.substr(0, body);
  for (int i = 0; i < n; ++i) out += (i > 0 ? "\n" : "") + text.substr(body);
  return out + "\n";
}

// load_edition (read, decode, normalize, parse) of the 2023 edition ×range(0),
// from a file written before the timing.
void Load(benchmark::State& state) {
  const std::string path = (std::filesystem::temp_directory_path() /
                            ("nendiff-stages-x" + std::to_string(state.range(0)) + ".txt"))
                               .string();
  {
    std::ofstream out(path, std::ios::binary);
    out << scaled(old_text(), static_cast<int>(state.range(0)));
  }
  for (auto _ : state) benchmark::DoNotOptimize(nendiff::load_edition(path));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(std::filesystem::file_size(path)));
  std::remove(path.c_str());
}

void Align(benchmark::State& state) {
  nendiff::Document o = nendiff::parse(old_text()), n = nendiff::parse(new_text());
  for (auto _ : state) benchmark::DoNotOptimize(nendiff::align(o, n));
}

void Diff(benchmark::State& state) {
  nendiff::Document o = nendiff::parse(old_text()), n = nendiff::parse(new_text());
  for (auto _ : state) benchmark::DoNotOptimize(nendiff::compare(o, n));
}

void ReportJson(benchmark::State& state) {
  nendiff::Comparison c = nendiff::compare(nendiff::parse(old_text()), nendiff::parse(new_text()));
  for (auto _ : state) {
    std::ostringstream out;
    nendiff::write_comparison(c, nendiff::Format::json, out);
    benchmark::DoNotOptimize(out.str());
  }
}

BENCHMARK(Decode);
BENCHMARK(Normalize);
BENCHMARK(Parse);
BENCHMARK(Load)->Arg(1)->Arg(100)->Unit(benchmark::kMillisecond);
BENCHMARK(Align);
BENCHMARK(Diff);
BENCHMARK(ReportJson);

}  // namespace

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i)
    if (std::strncmp(argv[i], "--samples=", 10) == 0) samples = argv[i] + 10;
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  return 0;
}
