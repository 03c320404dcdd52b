// Inputs that are not what they seem (issue 15): a FIFO that blocked forever,
// devices and sockets, standard input as "-", a text that mentions 「%PDF-」
// near its start, a PDF behind a download's HTTP header.
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <boost/filesystem.hpp>
#include <cstring>
#include <nlohmann/json.hpp>

#include "hostile.hpp"
#include "nendiff/error.hpp"
#include "nendiff/read.hpp"
#include "test_support.hpp"

namespace nendiff {
namespace {

namespace fs = boost::filesystem;
using test::input_error;
using test::read_bytes;
using test::sample_path;
using test::TempDir;
using test::write_bytes;

const std::string k2023 = sample_path("kenko-iryo-senryaku-2023.txt");
const std::string k2024 = sample_path("kenko-iryo-senryaku-2024.txt");
const std::string kPipeHint = "; to read a pipe, give - for standard input";

test::RunResult run(const std::vector<std::string>& args, const std::string& stdin_bytes = "") {
  test::RunOptions options;
  options.stdin_text = stdin_bytes;
  options.timeout_seconds = 30;
  return test::run_program_with(NENDIFF_BINARY, args, options);
}

// A listening-less Unix socket bound at `path`; -1 where that fails.
int bind_socket(const std::string& path) {
  const int fd = socket(AF_UNIX, SOCK_STREAM, 0);
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  if (fd < 0 || path.size() >= sizeof address.sun_path) return -1;
  std::strcpy(address.sun_path, path.c_str());
  return bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 ? fd : -1;
}

// A FIFO blocked every subcommand forever, waiting for a writer.
TEST(Robustness, NonRegularFilesAreRefusedAtOnce) {
  TempDir dir;
  const std::string fifo = dir.file("edition.txt"), link = dir.file("link.txt");
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  fs::create_symlink(fifo, link);
  const int socket = bind_socket(dir.file("sock"));
  ASSERT_GE(socket, 0) << std::strerror(errno);
  for (const auto& [file, kind] : {std::pair{fifo, "a named pipe"}, {link, "a named pipe"},
                                   {std::string("/dev/null"), "a character device"},
                                   {dir.file("sock"), "a socket"}}) {
    SCOPED_TRACE(file);
    const std::string line = file + ": not a regular file (" + kind + ")" + kPipeHint;
    const test::RunResult r = run({"compare", k2023, file});
    ASSERT_FALSE(r.killed);
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_EQ(r.err, "nendiff: " + line + "\n");
    EXPECT_EQ(input_error(file), line);
  }
  close(socket);
}

// "-" reads an edition from standard input, under the same --max-size, named
// <stdin> when refused; only one edition can come from it.
TEST(Robustness, DashReadsStandardInput) {
  const auto measures = [](const test::RunResult& r) {
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return nlohmann::json::parse(r.out)["measures"];
  };
  EXPECT_EQ(measures(run({"parse", "-", "--format", "json"}, read_bytes(k2024))),
            measures(run({"parse", k2024, "--format", "json"})));
  const test::RunResult piped = run({"compare", "-", k2024, "--format", "json"}, read_bytes(k2023));
  const test::RunResult named = run({"compare", k2023, k2024, "--format", "json"});
  EXPECT_EQ(piped.exit_code, 1) << piped.err;
  EXPECT_EQ(nlohmann::json::parse(piped.out)["summary"], nlohmann::json::parse(named.out)["summary"]);
  const test::RunResult pdf = run({"parse", "-", "--format", "json"},
                                  read_bytes(test::regression("fuzz_pdf", "three-pages.pdf")));
  EXPECT_EQ(pdf.exit_code, 0) << pdf.err;
  EXPECT_EQ(nlohmann::json::parse(pdf.out)["encoding"], "PDF");
  for (const auto& [args, problem] :
       {std::pair{std::vector<std::string>{"compare", "-", "-"},
                  "standard input gives one edition only, and it was read already"},
        {{"parse", "-", "--max-size", "100"}, "file too large (more than 100 bytes; use --max-size)"},
        {{"check", "-", "--encoding", "EUC-JP"}, "invalid EUC-JP byte sequence at byte offset "}}) {
    SCOPED_TRACE(args[0]);
    const test::RunResult r = run(args, read_bytes(k2024));
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_TRUE(test::starts_with(r.err, std::string("nendiff: <stdin>: ") + problem)) << r.err;
  }
  EXPECT_EQ(run({"parse", "-"}).err, "nendiff: <stdin>: empty file\n");
}

// poppler took any file with 「%PDF-」 in its first KiB: a text edition that
// quotes it was "corrupt PDF". Before a PDF's header there may stand only
// whitespace, byte order marks, binary junk, or anything if the file ends as
// a PDF does.
TEST(Robustness, PdfHeaderMustStartThePdf) {
  const std::string text_file = test::regression("read_input", "pdf-magic-inside-text.txt");
  const DecodedText text = read_input(text_file);
  EXPECT_EQ(text.encoding, "UTF-8");
  EXPECT_EQ(text.utf8, read_bytes(text_file));
  TempDir dir;
  const std::string pdf = read_bytes(test::regression("fuzz_pdf", "three-pages.pdf"));
  const std::string mac_binary = std::string("\0\x0Bthree-pages", 13) + std::string(115, '\0');
  const std::string http = "HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n";
  for (const std::string& junk : {std::string("\xEF\xBB\xBF"), std::string(" \r\n\n"), mac_binary, http}) {
    write_bytes(dir.file("junk.pdf"), junk + pdf);
    const DecodedText read = read_input(dir.file("junk.pdf"));
    EXPECT_EQ(read.encoding, "PDF");
    EXPECT_EQ(test::count(read.utf8, "Measure "), 15u);
  }
}

// More text than memory (issue 15): one line naming the input, exit 2 — no
// 「internal error: std::bad_alloc」 that names nothing, no crash. The limit is
// set on the address space, which sanitizers reserve by the terabyte.
TEST(Robustness, RunningOutOfMemoryNamesTheInput) {
  if (test::kSanitized) GTEST_SKIP() << "address space cannot be limited under a sanitizer";
  TempDir dir;
  std::string body;
  for (int i = 0; body.size() < 24'000'000u; ++i)
    body += "・施策" + std::to_string(1000000 + i) + "を実施する。【厚】\n";
  const std::string big = dir.file("big.txt");
  write_bytes(big, "計画の実施状況2024\n\n2024年6月1日\n\n1. 総論\n\n" + body);
  test::RunOptions options;
  // Well under what 24 MB of text takes: parsing it fit in 400 MiB once the
  // lines were kept compact (parse/lines.hpp); 200 MiB still holds the program
  // and both editions' reading, so the input is what runs out.
  options.memory_limit = 200ul << 20;
  options.timeout_seconds = 60;
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"parse", big}, {"compare", k2024, big}}) {
    const test::RunResult r = test::run_program_with(NENDIFF_BINARY, args, options);
    EXPECT_EQ(r.exit_code, 2) << args[0] << ": " << r.err;
    EXPECT_EQ(test::count(r.err, "\n"), 1u) << r.err;
    EXPECT_NE(r.err.find(big + ": not enough memory"), std::string::npos) << r.err;
    EXPECT_EQ(r.out, "");
  }
}

}  // namespace
}  // namespace nendiff
