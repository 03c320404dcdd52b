// Reading editions from disk: the refusals a user meets, each naming the file.
#include "nendiff/parse.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include "nendiff/error.hpp"
#include "nendiff/parse.hpp"
#include "test_support.hpp"

namespace {

using nendiff::InputOptions;
using nendiff::read_input;
using nendiff::test::encode_lossy;
using nendiff::test::input_error;
using nendiff::test::read_bytes;
using nendiff::test::sample_path;
using nendiff::test::TempDir;
using nendiff::test::write_bytes;

const char* kSample = "kenko-iryo-senryaku-2024.txt";

std::string written(const TempDir& dir, const std::string& name, const std::string& bytes) {
  write_bytes(dir.file(name), bytes);
  return dir.file(name);
}

TEST(Input, ReadsTheSample) {
  const auto d = read_input(sample_path(kSample));
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_EQ(d.utf8, read_bytes(sample_path(kSample)));
}

TEST(Input, ReadsShiftJisAndHonoursTheEncodingOption) {
  TempDir dir;
  const std::string sjis = encode_lossy(read_bytes(sample_path(kSample)), "cp932");
  const std::string path = written(dir, "2024.txt", sjis);
  const auto detected = read_input(path);
  EXPECT_EQ(detected.encoding, "Shift_JIS");
  EXPECT_NE(detected.utf8.find("① 公的保険外のヘルスケア産業の促進等"), std::string::npos);
  InputOptions euc;
  euc.encoding = "euc-jp";
  EXPECT_EQ(input_error(path, euc).rfind(path + ": invalid EUC-JP byte sequence at byte offset ", 0), 0u)
      << input_error(path, euc);
}

TEST(Input, Utf16IsNotMistakenForBinary) {
  TempDir dir;
  const std::string text = read_bytes(sample_path(kSample));
  const std::string utf16 = encode_lossy(text, "UTF-16LE");  // ASCII digits give NUL bytes
  EXPECT_EQ(read_input(written(dir, "bom.txt", "\xFF\xFE" + utf16)).utf8, text);
  InputOptions le;
  le.encoding = "utf-16le";
  EXPECT_EQ(read_input(written(dir, "nobom.txt", utf16), le).utf8, text);
}

TEST(Input, MissingFile) {
  TempDir dir;
  EXPECT_EQ(input_error(dir.file("nope.txt")), dir.file("nope.txt") + ": no such file");
}

TEST(Input, Directory) {
  TempDir dir;
  EXPECT_EQ(input_error(dir.path()), dir.path() + ": is a directory");
}

TEST(Input, EmptyFile) {
  TempDir dir;
  const std::string path = written(dir, "empty.txt", "");
  EXPECT_EQ(input_error(path), path + ": empty file");
}

TEST(Input, WhitespaceOnlyDecodes) {
  TempDir dir;
  const std::string blank = " \n\r\n\t\xE3\x80\x80\n";  // U+3000 ideographic space
  EXPECT_EQ(read_input(written(dir, "blank.txt", blank)).utf8, blank);
}

TEST(Input, TooLarge) {
  TempDir dir;
  const std::string text = read_bytes(sample_path(kSample));
  const std::string path = written(dir, "big.txt", text);
  InputOptions small;
  small.max_size = 1000;
  EXPECT_EQ(input_error(path, small), path + ": file too large (" + std::to_string(text.size()) +
                                          " bytes, limit 1000; use --max-size)");
  small.max_size = text.size();  // the limit itself is allowed
  EXPECT_EQ(read_input(path, small).utf8, text);
}

TEST(Input, NulByteMeansBinary) {
  TempDir dir;
  const char raw[] = "2024年\0度";  // the NUL follows 4 + 3 bytes
  const std::string path = written(dir, "bin.txt", std::string(raw, sizeof raw - 1));
  EXPECT_EQ(input_error(path), path + ": binary file (NUL byte at offset 7), not a text edition");
}

TEST(Input, KnownBinaryFormatsAreNamed) {
  TempDir dir;
  const std::string png = written(dir, "a.txt", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
  EXPECT_EQ(input_error(png), png + ": PNG image, not a text edition");
  // PDF and Word files go to their readers, whatever their names (pdf_test, docx_test).
  const std::string pdf = written(dir, "b.txt", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");
  EXPECT_EQ(input_error(pdf).rfind(pdf + ": corrupt PDF, cannot be opened", 0), 0u);
  const std::string docx = written(dir, "c.docx", std::string("PK\x03\x04\x14\0\x06\0", 8));
  EXPECT_EQ(input_error(docx).rfind(docx + ": corrupt Word document (not a readable ZIP", 0), 0u)
      << input_error(docx);
  const std::string zip = written(dir, "c.zip", std::string("PK\x03\x04\x14\0\x06\0", 8));
  EXPECT_EQ(input_error(zip).rfind(zip + ": corrupt ZIP archive (not a readable ZIP", 0), 0u);
  const std::string doc = written(dir, "e.doc", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
  EXPECT_EQ(input_error(doc), doc + ": legacy Word file (.doc), not supported (save it as .docx or PDF)");
  const std::string elf = written(dir, "d", std::string("\x7F" "ELF\x02\x01\x01\0", 8));
  EXPECT_EQ(input_error(elf), elf + ": ELF executable, not a text edition");
}

TEST(Input, DecodeErrorsArePrefixedWithThePath) {
  TempDir dir;
  std::string text = read_bytes(sample_path(kSample));
  const size_t at = text.find("◎");
  text.insert(at, "\xC0");
  const std::string path = written(dir, "bad.txt", text);
  EXPECT_EQ(input_error(path).rfind(path + ": invalid UTF-8 byte sequence at byte offset " +
                                        std::to_string(at) + " ",
                                    0),
            0u)
      << input_error(path);
  InputOptions unknown;
  unknown.encoding = "no-such-charset";
  EXPECT_EQ(input_error(sample_path(kSample), unknown),
            sample_path(kSample) + ": unknown encoding 'no-such-charset'");
}

TEST(Input, PermissionDenied) {
  if (geteuid() == 0) GTEST_SKIP() << "root can read any file";
  TempDir dir;
  const std::string path = written(dir, "secret.txt", "2024年度\n");
  ASSERT_EQ(chmod(path.c_str(), 0), 0);
  EXPECT_EQ(input_error(path), path + ": cannot read (permission denied)");
}

TEST(Input, LoadEditionParsesWhatItDecoded) {
  TempDir dir;
  const std::string utf8 = read_bytes(sample_path(kSample));
  const std::string path = written(dir, "2024.txt", encode_lossy(utf8, "cp932"));
  const nendiff::Document loaded = nendiff::load_edition(path);
  const nendiff::Document direct = nendiff::parse(utf8);
  EXPECT_EQ(loaded.path, path);
  EXPECT_EQ(loaded.encoding, "Shift_JIS");
  EXPECT_EQ(loaded.title, direct.title);
  EXPECT_EQ(loaded.sections.size(), direct.sections.size());
  EXPECT_EQ(loaded.measures.size(), direct.measures.size());
}

}  // namespace

// Editions read at once come back in the order asked, whatever thread read
// them, and a failure names the first failing path, as one read after the
// other would.
TEST(LoadEditions, KeepsTheOrderOfThePaths) {
  const std::vector<std::string> paths = {sample_path("kenko-iryo-senryaku-2024.txt"),
                                          sample_path("kenko-iryo-senryaku-2022.txt"),
                                          sample_path("kenko-iryo-senryaku-2025.txt"),
                                          sample_path("kenko-iryo-senryaku-2023.txt")};
  const std::vector<nendiff::Document> docs = nendiff::load_editions(paths);
  ASSERT_EQ(docs.size(), paths.size());
  for (size_t i = 0; i < paths.size(); ++i) {
    EXPECT_EQ(docs[i].path, paths[i]);
    EXPECT_EQ(docs[i].measures.size(), nendiff::load_edition(paths[i]).measures.size());
  }
  EXPECT_EQ(docs[0].edition_year, 2024);
  EXPECT_EQ(docs[1].edition_year, 2022);
}

TEST(LoadEditions, ReportsTheFirstFailingPath) {
  TempDir dir;
  const std::string empty = written(dir, "empty.txt", "");
  try {
    nendiff::load_editions({sample_path(kSample), dir.file("missing.txt"), empty});
    FAIL() << "no error";
  } catch (const nendiff::Error& e) {
    EXPECT_EQ(std::string(e.what()), dir.file("missing.txt") + ": no such file");
  }
}
