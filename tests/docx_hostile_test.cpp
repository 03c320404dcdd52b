// Word documents made to hurt (issue 15): nesting that took the stack with it,
// list numbers asking for billions of letters, footnotes found by a walk
// through all of them, parts in Shift_JIS, relationships to parts that are not
// there. The small inputs are files in tests/regressions/fuzz_docx/ (made by
// make-hostile.py; scripts/fuzz seeds fuzz_docx with them); the big ones are
// made here.
#include <gtest/gtest.h>

#include <boost/filesystem.hpp>
#include <chrono>

#include "hostile.hpp"
#include "nendiff/error.hpp"
#include "nendiff/read.hpp"
#include "test_support.hpp"

namespace nendiff {
namespace {

namespace fs = boost::filesystem;
using test::input_error;
using test::make_hostile;
using test::TempDir;

const std::string kTitle = "健康・医療戦略の実行状況と今後の取組方針2024";
const std::string kMeasure = "・研究開発を推進する。【◎厚】";

std::string docx(const std::string& name) { return test::regression("fuzz_docx", name); }

// `nendiff parse file`, given a minute at most.
test::RunResult parse_cli(const std::string& file) {
  test::RunOptions options;
  options.timeout_seconds = 60;
  return test::run_program_with(NENDIFF_BINARY, {"parse", file}, options);
}

// Exit 2 and one line naming the file and `problem`: no crash, no hang.
void expect_refused(const std::string& file, const std::string& problem) {
  const test::RunResult r = parse_cli(file);
  EXPECT_FALSE(r.killed);
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_EQ(r.err, "nendiff: " + file + ": " + problem + "\n");
}

std::string repeated(const std::string& s, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += s;
  return out;
}

// 「¹²」, the footnote marks the reader writes.
std::string superscript(int n) {
  const char* digits[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
  std::string out;
  for (char c : std::to_string(n)) out += digits[c - '0'];
  return out;
}

// ~20,000 levels took the stack in every subcommand (SIGSEGV), and with it a
// whole folder batch.
TEST(Word, DeepNestingIsRefusedNamingThePart) {
  for (const char* name : {"nested-customxml-100000.docx", "nested-sdt-30000.docx",
                           "nested-hyperlink-30000.docx", "nested-table-30000.docx"}) {
    SCOPED_TRACE(name);
    expect_refused(docx(name), "corrupt Word document (word/document.xml: elements nested more "
                               "than 1000 deep)");
  }
}

// …while nesting deeper than any Word document's is still read.
TEST(Word, NestingWithinTheLimitIsRead) {
  TempDir dir;
  for (const char* kind : {"customXml", "sdt", "hyperlink", "table"}) {
    SCOPED_TRACE(kind);
    const std::string file = dir.file(std::string(kind) + ".docx");
    make_hostile(std::string("nested ") + kind + " " + file + " 250");
    const std::string inner = kind == std::string("hyperlink") ? "研究開発を推進する。" : kMeasure;
    EXPECT_EQ(read_input(file).utf8, kTitle + "\n\n" + inner + "\n");
  }
}

// start 2000000000, upperLetter, 「%1%1%1%1%1%1%1%1.」, 200 paragraphs: 4.7 GB
// and still going after a minute. Now each label stops at Word's largest
// number (32767: 1,261 G's) and at 64 bytes.
TEST(Word, NumberingBombIsCutToALabel) {
  const test::RunResult r = parse_cli(docx("numbering-bomb.docx"));
  ASSERT_FALSE(r.killed);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_LT(r.seconds, 10);
  const std::string item = "\n\n" + std::string(64, 'G') + " 研究開発を推進する。";
  EXPECT_EQ(read_input(docx("numbering-bomb.docx")).utf8, kTitle + repeated(item, 200) + "\n");
}

// A negative start read before the letter table (start -3 → letters[-4]).
TEST(Word, NegativeListStartStaysInTheAlphabet) {
  EXPECT_EQ(read_input(docx("numbering-negative-start.docx")).utf8,
            kTitle + repeated("\n\n00000000. 研究開発を推進する。", 5) + "\n");
}

// One abstract list of 5,000 levels used by 5,000 lists, 30 KB: each list
// copied every level (14 s and 3 GB). Word has nine; the others are not read.
TEST(Word, ListsOfManyLevelsStayCheap) {
  TempDir dir;
  const std::string file = dir.file("levels.docx");
  make_hostile("numbering-levels " + file + " 5000");
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(read_input(file).utf8, kTitle + "\n\n1. 研究開発を推進する。\n");
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 5);
}

// 40,000 footnotes and as many references: more than a minute, each reference
// walking through every footnote.
TEST(Word, FootnotesAreLookedUpById) {
  TempDir dir;
  const int n = 40000 / test::kHostileScale;
  const std::string file = dir.file("footnotes.docx");
  make_hostile("footnotes " + file + " " + std::to_string(n));
  const auto start = std::chrono::steady_clock::now();
  const std::string text = read_input(file).utf8;
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 10);
  EXPECT_EQ(test::count(text, "を実施する。"), static_cast<size_t>(n));
  const std::string last = std::to_string(n);
  EXPECT_NE(text.find("施策" + last + "を実施する。" + superscript(n) + "\n"), std::string::npos);
  EXPECT_EQ(text.substr(text.rfind("\n\n") + 2), superscript(n) + " 注" + last + "\n");
}

// One footnote of 9 KB referenced 1,000 times: every part is small, the text
// 9 MB. --max-size bounds the text as it bounds the file.
TEST(Word, UnpackedTextCountsAgainstMaxSize) {
  const std::string file = docx("footnote-echo.docx");
  InputOptions small;
  small.max_size = 1024 * 1024;
  EXPECT_EQ(input_error(file, small),
            file + ": text too large once unpacked (more than 1048576 bytes; use --max-size)");
  const std::string text = read_input(file).utf8;
  EXPECT_EQ(test::count(text, "\n\n" + superscript(1000) + " 注注注"), 1u);
  EXPECT_GT(text.size(), 9'000'000u);
}

// A part in Shift_JIS was read as UTF-8: mojibake. It is decoded by what its
// declaration says (UTF-16 too, with or without a byte order mark); a part
// declaring nothing must be UTF-8, and is refused by where it is not.
TEST(Word, PartsAreReadInTheEncodingTheyDeclare) {
  for (const char* name : {"shift-jis-declared.docx", "utf16le-without-bom.docx",
                           "utf16be-with-bom.docx", "utf8-declared-utf16.docx"}) {
    SCOPED_TRACE(name);
    EXPECT_EQ(read_input(docx(name)).utf8, kTitle + "\n\n" + kMeasure + "\n");
  }
  const std::string undeclared = docx("shift-jis-undeclared.docx");
  const std::string error = input_error(undeclared);
  EXPECT_TRUE(test::starts_with(error, undeclared + ": corrupt Word document (word/document.xml: "
                                                    "invalid UTF-8 byte sequence at byte offset "))
      << error;
  const std::string why = "; it declares no encoding, so it must be UTF-8)";
  EXPECT_EQ(error.substr(error.size() - std::min(error.size(), why.size())), why) << error;
}

// pugixml writes what a character reference says, a surrogate too.
TEST(Word, CharacterReferenceToNoCharacterIsRefused) {
  const std::string file = docx("character-reference-to-a-surrogate.docx");
  EXPECT_EQ(input_error(file),
            file + ": corrupt Word document (a character reference to no Unicode character)");
}

// A relationship to a part the archive lacks was "ZIP archive, not a text
// edition" (the main part) or nothing at all (the numbering: labels lost).
TEST(Word, RelationshipToAMissingPartNamesIt) {
  const std::string main = docx("missing-main-part.docx");
  EXPECT_EQ(input_error(main), main + ": corrupt Word document (word/document2.xml is missing: "
                                      "_rels/.rels names it as the officeDocument part)");
  const std::string numbering = docx("missing-numbering-part.docx");
  EXPECT_EQ(input_error(numbering),
            numbering + ": corrupt Word document (word/numbering.xml is missing: "
                        "word/_rels/document.xml.rels names it as the numbering part)");
}

// A 170 KB document of a million empty bullets, read with 250 MB of address
// space: one line naming the file, not "internal error: std::bad_alloc" nor
// pugixml's "corrupt Word document (… Could not allocate memory)".
TEST(Word, OutOfMemoryNamesTheFile) {
  if (test::kSanitized) GTEST_SKIP() << "sanitizers reserve more address space than the limit";
  TempDir dir;
  const std::string file = dir.file("bullets.docx");
  make_hostile("tiny-paragraphs " + file + " 1000000");
  test::RunOptions options;
  options.timeout_seconds = 60;
  const test::RunResult r = test::run_program_with(
      "/bin/sh", {"-c", "ulimit -v 250000 && exec \"$0\" parse \"$1\"", NENDIFF_BINARY, file},
      options);
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_EQ(r.err, "nendiff: " + file + ": out of memory while reading it (a file of " +
                       std::to_string(fs::file_size(file)) + " bytes)\n");
}

// What fuzz_docx checks, on every input it was ever given here: the text is
// UTF-8, or the refusal one line naming the file.
TEST(Word, HostileRegressionsGiveTextOrOneLine) {
  EXPECT_GE(test::replay_regressions("fuzz_docx", [](const DecodedText& text) {
              EXPECT_TRUE(test::valid_utf8(text.utf8));
            }),
            10);
}

}  // namespace
}  // namespace nendiff
