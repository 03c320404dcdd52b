// Issue 8: documents come from many hands and tools; nendiff never crashes,
// hangs, writes a broken report or overwrites what it should not.
//
// Covered elsewhere and not repeated here: the library's refusal messages
// (input_test: missing, directory, empty, whitespace, too large, NUL, PNG/ELF,
// permission; decode_test: invalid UTF-8, truncated UTF-16), the CLI's
// missing file, -o equal to an input, missing output directory and
// byte-identical JSON (cli_test), the same path as old and new
// (Cli.CompareExitCodes), markup in measure text (ReportHtml/ReportMarkdown).
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/filesystem.hpp>
#include <chrono>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <thread>

#include "nendiff/read.hpp"
#include "nendiff/compare.hpp"
#include "nendiff/error.hpp"
#include "nendiff/parse.hpp"
#include "nendiff/report.hpp"
#include "report/file.hpp"
#include "test_support.hpp"

namespace nendiff {
namespace {

namespace fs = boost::filesystem;
using test::expect_refused;
using test::files_in;
using test::read_bytes;
using test::sample_path;
using test::TempDir;
using test::write_bytes;

const std::string k2023 = sample_path("kenko-iryo-senryaku-2023.txt");
const std::string k2024 = sample_path("kenko-iryo-senryaku-2024.txt");

// Sanitized and unoptimized builds run the large inputs at a tenth of their
// size: they are there to catch quadratic work, which shows at either size.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__) || !defined(NDEBUG)
constexpr int kScale = 10;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
constexpr int kScale = 10;
#else
constexpr int kScale = 1;
#endif
#else
constexpr int kScale = 1;
#endif
constexpr double kMaxSeconds = 90;  // linear work takes seconds; quadratic, hours

// ---- running the binary ------------------------------------------------------

using Plumbing = test::RunOptions;
using Outcome = test::RunResult;

// test::run_nendiff with the stdout and limits a case needs, and a clock.
Outcome run(const std::vector<std::string>& args, const Plumbing& setup = {}) {
  return test::run_program_with(NENDIFF_BINARY, args, setup);
}

// The "measures: …" line of a text comparison ("paragraphs: …" for text no profile reads).
std::string summary_line(const std::string& text_report) {
  std::smatch m;
  std::regex line("(measures|articles|items|paragraphs): [^\n]*");
  return std::regex_search(text_report, m, line) ? m.str() : "";
}


// ---- inputs that are not editions ------------------------------------------------

// Every kind of unreadable input, in either place of `compare` and for
// `parse` and `check`: exit 2 with one line naming that file.
TEST(Robustness, RefusedInputsAreOneLineNamingTheFile) {
  TempDir dir;
  const std::string sample = read_bytes(k2024);
  const std::string half = sample.substr(0, sample.find("\n", sample.size() / 2) + 1);
  const std::vector<std::pair<std::string, std::string>> inputs = {
      {"empty.txt", ""},
      {"image.png", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10", 20)},
      {"program", std::string("\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0\x3E\0", 20)},
      {"nul.txt", half + std::string("\0\0", 2) + half},
      {"latin1.txt", half + "caf\xE9 \xC0\xC1\n"},
      {"truncated-utf16.txt", "\xFF\xFE" "2\x00" "0\x00" "2\x00" "4\x00" "\x74"},
      // Half UTF-8, half Shift_JIS (「年度」 in CP932): no encoding fits all of it.
      {"mixed.txt", half + "\x94\x4E\x93\x78\x82\xCC\x8E\xE6\x91\x67\x81\x42\n"},
  };
  for (const auto& [name, bytes] : inputs) {
    SCOPED_TRACE(name);
    const std::string bad = dir.file(name);
    write_bytes(bad, bytes);
    expect_refused(run({"compare", bad, k2024}), bad);
    expect_refused(run({"compare", k2023, bad, "--format", "json"}), bad);
    expect_refused(run({"parse", bad}), bad);
    expect_refused(run({"check", bad}), bad);
  }
  expect_refused(run({"compare", k2023, dir.path()}), dir.path());  // one directory: no batch
  expect_refused(run({"check", k2024, "--prior", dir.file("gone.txt")}), dir.file("gone.txt"));
}

TEST(Robustness, UnreadableFileIsRefused) {
  if (geteuid() == 0) GTEST_SKIP() << "root reads any file";
  TempDir dir;
  const std::string secret = dir.file("secret.txt");
  write_bytes(secret, read_bytes(k2024));
  ASSERT_EQ(chmod(secret.c_str(), 0), 0);
  expect_refused(run({"compare", k2023, secret}), secret);
}

// --max-size refuses a file by its size, before reading it, on either side.
TEST(Robustness, InputsOverTheSizeLimitAreRefused) {
  const std::string limit = std::to_string(read_bytes(k2023).size() - 1);
  Outcome r = run({"compare", k2023, k2024, "--max-size", limit});
  expect_refused(r, k2023);
  EXPECT_NE(r.err.find("--max-size"), std::string::npos) << r.err;
  const std::string just = std::to_string(std::max(read_bytes(k2023).size(), read_bytes(k2024).size()));
  EXPECT_EQ(run({"compare", k2023, k2024, "--max-size", just}).exit_code, 1);
}

// ---- legal but odd editions --------------------------------------------------------

TEST(Robustness, BlankEditionsCompareAsEqual) {
  TempDir dir;
  const std::string blank = dir.file("blank.txt");
  write_bytes(blank, " \n\r\n\t\xE3\x80\x80\n");
  Outcome r = run({"compare", blank, blank, "--no-color"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(summary_line(r.out), "paragraphs: 0 unchanged, 0 changed, 0 added, 0 dropped, 0 moved");
  Outcome json = run({"parse", blank, "--format", "json"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  EXPECT_TRUE(nlohmann::json::parse(json.out)["measures"].empty());
}

// Bullets without any heading; headings without any measure.
TEST(Robustness, EditionsWithoutHeadingsOrMeasuresCompare) {
  TempDir dir;
  const std::string flat_old = dir.file("flat-2023.txt"), flat_new = dir.file("flat-2024.txt");
  write_bytes(flat_old, "方針2023\n\n・研究を支援した。【◎文】\n\n・病院を整備した。【◎厚】\n");
  write_bytes(flat_new, "方針2024\n\n・研究を支援した。【◎文】\n\n・診療所を整備した。【◎厚】\n");
  Outcome flat = run({"compare", flat_old, flat_new, "--format", "json"});
  ASSERT_EQ(flat.exit_code, 1) << flat.err;
  const nlohmann::json j = nlohmann::json::parse(flat.out);
  EXPECT_EQ(j["summary"]["unchanged"], 1);
  EXPECT_EQ(j["summary"]["changed"], 1);
  for (const auto& m : j["measures"]) EXPECT_TRUE(m["new"]["section"].empty()) << m;

  const std::string bare = dir.file("headings-only.txt");
  write_bytes(bare, "方針2024\n\n1. 総論\n\n(1) 研究開発\n\n① 基盤\n\n○ 人材\n\n(若手の育成)\n");
  Outcome headings = run({"compare", bare, k2024, "--format", "json"});
  ASSERT_EQ(headings.exit_code, 1) << headings.err;
  EXPECT_EQ(nlohmann::json::parse(headings.out)["summary"]["added"], 61);
  EXPECT_EQ(run({"compare", bare, bare}).exit_code, 0);
}

// ---- size and shape: linear time ------------------------------------------------

std::string edition(int year, const std::string& body) {
  return "施策の実行状況と今後の取組方針" + std::to_string(year) + "\n\n1. 総論\n\n" + body;
}

// One line of 10 MB: a single measure of ~140,000 sentences; compared with
// itself, and with a copy where every sentence was rewritten.
TEST(Robustness, TenMegabyteSingleLine) {
  TempDir dir;
  std::string line = "・", rewritten = "・";
  for (int i = 0; line.size() < 10'000'000u / kScale; ++i) {
    const std::string n = std::to_string(100000 + i);
    line += "研究開発" + n + "を推進する。";
    rewritten += "研究開発" + n + "を実施した。";
  }
  const std::string a = dir.file("a.txt"), b = dir.file("b.txt");
  write_bytes(a, edition(2023, line + "【◎厚】\n"));
  write_bytes(b, edition(2024, rewritten + "【◎厚】\n"));
  Outcome same = run({"compare", a, a, "--no-color", "--lang", "en"});
  EXPECT_EQ(same.exit_code, 0) << same.err;
  EXPECT_EQ(summary_line(same.out), "measures: 1 unchanged, 0 changed, 0 added, 0 dropped, 0 moved");
  Outcome changed = run({"compare", a, b, "--format", "json", "-o", dir.file("r.json")});
  EXPECT_EQ(changed.exit_code, 1) << changed.err;
  EXPECT_FALSE(changed.killed);
  EXPECT_LT(same.seconds + changed.seconds, kMaxSeconds);
  EXPECT_TRUE(nlohmann::json::accept(read_bytes(dir.file("r.json"))));
}

// 100,000 one-line measures; the new edition drops the first ten, adds ten at
// the end and rewrites every other one (so most go through candidate search).
TEST(Robustness, HundredThousandTinyMeasures) {
  const int n = 100000 / kScale;
  std::string old_body, new_body;
  for (int i = 0; i < n + 10; ++i) {
    const std::string id = std::to_string(100000 + i);  // never a year
    if (i < n) old_body += "・施策" + id + "を実施する。【厚】\n";
    if (i >= 10) new_body += "・施策" + id + (i % 2 ? "を実施する。【厚】\n" : "を実施した。【厚】\n");
  }
  TempDir dir;
  const std::string a = dir.file("a.txt"), b = dir.file("b.txt");
  write_bytes(a, edition(2023, old_body));
  write_bytes(b, edition(2024, new_body));
  Outcome r = run({"compare", a, b, "--no-color", "--lang", "en"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_FALSE(r.killed);
  EXPECT_LT(r.seconds, kMaxSeconds);
  int same = 0, rewritten = 0;  // of the measures both editions have
  for (int i = 10; i < n; ++i) (i % 2 ? same : rewritten) += 1;
  EXPECT_EQ(summary_line(r.out), "measures: " + std::to_string(same) + " unchanged, " +
                                     std::to_string(rewritten) + " changed, 10 added, 10 dropped, 0 moved");
}

// 10,000 headings in a row, the five levels over and over, and no measure;
// the new edition rewords every one.
TEST(Robustness, TenThousandHeadingsInARow) {
  const int n = 10000 / kScale;
  const std::string circled[] = {"①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩"};
  auto headings = [&](const std::string& word) {
    std::string body;
    for (int i = 0; i < n; ++i) {
      const std::string id = std::to_string(100000 + i);
      switch (i % 5) {
        case 0: body += std::to_string(i / 5 % 99 + 1) + ". " + word + "総論" + id; break;
        case 1: body += "(" + std::to_string(i / 5 % 99 + 1) + ") " + word + "各論" + id; break;
        case 2: body += circled[i / 5 % 10] + " " + word + "分野" + id; break;
        case 3: body += "○ " + word + "項目" + id; break;
        default: body += "(" + word + "細目" + id + ")"; break;
      }
      body += "\n\n";
    }
    return body;
  };
  TempDir dir;
  const std::string a = dir.file("a.txt"), b = dir.file("b.txt");
  write_bytes(a, edition(2023, headings("")));
  write_bytes(b, edition(2024, headings("新")));
  Outcome parsed = run({"parse", a, "--format", "json"});
  ASSERT_EQ(parsed.exit_code, 0) << parsed.err;
  EXPECT_EQ(nlohmann::json::parse(parsed.out)["sections"].size(), static_cast<size_t>(n + 1));
  Outcome same = run({"compare", a, a});
  EXPECT_EQ(same.exit_code, 0) << same.err;
  Outcome reworded = run({"compare", a, b, "--format", "json"});
  EXPECT_EQ(reworded.exit_code, 1) << reworded.err;
  EXPECT_LT(parsed.seconds + same.seconds + reworded.seconds, kMaxSeconds);
}

// Lines that made one stage quadratic before (each found with such a line):
// a million unclosed 「 then as many ）, thousands of years in one sentence,
// two long different sentences paired as a rewrite, thousands of sentences
// rewritten in one measure.
TEST(Robustness, PathologicalLinesTakeLinearTime) {
  const size_t n = 1'000'000 / kScale;
  auto repeat = [](const std::string& s, size_t times) {
    std::string out;
    for (size_t i = 0; i < times; ++i) out += s;
    return out;
  };
  std::string alternating_a, alternating_b;
  for (size_t i = 0; i < n / 5; ++i) alternating_a += i % 7 ? "研" : "究", alternating_b += i % 5 ? "研" : "究";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"・" + repeat("「", n) + repeat(")", n) + "。", "・" + repeat("(", n) + repeat("」", n) + "。"},
      {"・" + repeat("2023年度、", n / 10) + "実施する。", "・" + repeat("令和5年度、", n / 10) + "実施した。"},
      {"・" + alternating_a + "。", "・" + alternating_b + "。"},
      {"・" + repeat("計画を推進する。", n / 20), "・" + repeat("計画を実施した。", n / 20)},
  };
  TempDir dir;
  for (size_t i = 0; i < cases.size(); ++i) {
    SCOPED_TRACE(i);
    const std::string a = dir.file("a.txt"), b = dir.file("b.txt");
    write_bytes(a, edition(2023, cases[i].first + "【◎厚】\n"));
    write_bytes(b, edition(2024, cases[i].second + "【◎厚】\n"));
    Outcome r = run({"compare", a, b, "--format", "html", "-o", dir.file("r.html")});
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_FALSE(r.killed);
    EXPECT_LT(r.seconds, kMaxSeconds);
  }
}

// ---- structure the parser must survive ---------------------------------------------

const char kFront[] = "施策の実行状況と今後の取組方針2024\n\n1. 総論\n\n";

TEST(Robustness, UnclosedQuoteStaysInItsMeasure) {
  Document d = parse(std::string(kFront) +
                     "・「健康経営の推進を図る。引き続き支援する。\n\n・次の施策を実施する。【◎厚】\n");
  ASSERT_EQ(d.measures.size(), 2u);
  EXPECT_EQ(d.measures[0].text, "「健康経営の推進を図る。引き続き支援する。");
  EXPECT_EQ(d.measures[1].text, "次の施策を実施する。");
}

// 「…。【◎厚」 lost its 】: it is still the measure's own tag, and the next
// bullet is a measure of its own (it used to run into this one).
TEST(Robustness, UnclosedTagKeepsItsOwnMinistries) {
  Document d = parse(std::string(kFront) +
                     "・施策を実施する。【◎厚\n\n・次の施策を実施する。【経】\n");
  ASSERT_EQ(d.measures.size(), 2u);
  EXPECT_EQ(d.measures[0].text, "施策を実施する。");
  ASSERT_TRUE(d.measures[0].tag);
  EXPECT_EQ(d.measures[0].tag->leads(), std::vector<std::string>{"厚"});
  EXPECT_EQ(d.measures[1].text, "次の施策を実施する。");
  EXPECT_EQ(d.measures[1].tag->raw, "【経】");
}

// …while a tag hard-wrapped before its 】 still joins up.
TEST(Robustness, WrappedTagIsNotUnclosed) {
  Document d = parse(std::string(kFront) + "・施策を実施する。【文、◎厚\n経】\n\n・次の施策。【経】\n");
  ASSERT_EQ(d.measures.size(), 2u);
  EXPECT_EQ(d.measures[0].text, "施策を実施する。");
  ASSERT_TRUE(d.measures[0].tag);
  EXPECT_EQ(d.measures[0].tag->raw, "【文、◎厚経】");  // wrapped lines join without a break
}

// A tag before any measure is a unit without text, not dropped: changed in
// the next edition, it is a difference (never silent).
TEST(Robustness, TagWithoutMeasureIsKeptAsAUnitOfItsOwn) {
  Document d = parse(std::string(kFront) + "【◎文】\n\n・施策を実施する。\n\n【◎経】\n");
  ASSERT_EQ(d.measures.size(), 2u);
  EXPECT_EQ(d.measures[0].text, "");
  ASSERT_TRUE(d.measures[0].tag);
  EXPECT_EQ(d.measures[0].tag->raw, "【◎文】");
  EXPECT_EQ(d.measures[1].text, "施策を実施する。");
  EXPECT_EQ(d.measures[1].tag->raw, "【◎経】");
}

// Text after the last tag is not glued to the measure that tag closed.
TEST(Robustness, TextAfterTheLastTagIsNotPartOfTheMeasure) {
  Document d = parse(std::string(kFront) + "・施策を実施する。【◎厚】\n\n以上\n");
  ASSERT_EQ(d.measures.size(), 2u);
  EXPECT_EQ(d.measures[0].text, "施策を実施する。");
  EXPECT_EQ(d.measures[1].text, "以上");
  EXPECT_FALSE(d.measures[1].tag);
}

// Found by fuzz_decode: a second byte order mark stayed in front of the title.
TEST(Robustness, RepeatedByteOrderMarksAreAllRemoved) {
  EXPECT_EQ(decode("\xEF\xBB\xBF\xEF\xBB\xBF方針2024\n").utf8, "方針2024\n");
  const char utf16[] = "\xFF\xFE\xFF\xFE" "2\x00" "0\x00";
  EXPECT_EQ(decode(std::string(utf16, sizeof utf16 - 1)).utf8, "20");
  EXPECT_EQ(parse(decode("\xEF\xBB\xBF\xEF\xBB\xBF" + read_bytes(k2024)).utf8).title,
            parse(read_bytes(k2024)).title);
}

// Every input the fuzzers ever failed on (tests/regressions/<target>/), run
// through what that target checks.
std::string regressions_dir() { return std::string(NENDIFF_SAMPLES_DIR) + "/../tests/regressions"; }

std::vector<std::string> regression_inputs(const std::string& target) {
  std::vector<std::string> files;
  const fs::path dir = fs::path(regressions_dir()) / target;
  if (fs::is_directory(dir))
    for (const fs::directory_entry& e : fs::directory_iterator(dir)) files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

bool starts_with_bom(const std::string& s) { return s.rfind("\xEF\xBB\xBF", 0) == 0; }

TEST(Robustness, FuzzRegressionsStayFixed) {
  ASSERT_FALSE(regression_inputs("fuzz_decode").empty());
  for (const std::string& file : regression_inputs("fuzz_decode")) {
    SCOPED_TRACE(file);
    for (const char* encoding : {"", "UTF-8", "Shift_JIS", "EUC-JP", "UTF-16LE", "UTF-16BE"}) {
      try {
        EXPECT_FALSE(starts_with_bom(decode(read_bytes(file), encoding).utf8)) << encoding;
      } catch (const Error&) {
      }
    }
  }
  for (const std::string& file : regression_inputs("fuzz_parse")) {
    SCOPED_TRACE(file);
    (void)parse(read_bytes(file));
  }
  for (const std::string& file : regression_inputs("fuzz_compare")) {
    SCOPED_TRACE(file);
    const std::string bytes = read_bytes(file);
    const size_t cut = std::min(bytes.find('\x1E'), bytes.size());
    const Document a = parse(bytes.substr(0, cut)), b = parse(bytes.substr(std::min(cut + 1, bytes.size())));
    const Comparison c = compare(a, b);
    for (Format f : {Format::text, Format::json, Format::markdown, Format::csv, Format::html}) {
      std::ostringstream out;
      write_comparison(c, f, out);
    }
    EXPECT_FALSE(compare(a, a).has_differences());
  }
}

}  // namespace
}  // namespace nendiff
