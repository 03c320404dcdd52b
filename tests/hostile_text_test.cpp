// Issue 15, items 10 and 11: text from documents and file names reaches the
// reader escaped. A terminal escape (ESC ] 0;… BEL, ESC [2J), a C1 control, a
// right-to-left override or a byte that is not UTF-8 in a title, a heading, a
// measure, a finding or a file name comes out as \x1b, \u202e, \xff in every
// text-like view, and JSON stays valid with the document's text verbatim.
#include <gtest/gtest.h>
#include <unicode/utf8.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "nendiff/check.hpp"
#include "nendiff/compare.hpp"
#include "nendiff/history.hpp"
#include "nendiff/parse.hpp"
#include "nendiff/report.hpp"
#include "report/printable.hpp"
#include "test_support.hpp"

namespace nendiff {
namespace {

using detail::LineBreaks;
using detail::printable;

// OSC "set the window title", BEL, "clear the screen", RLO, the C1 CSI.
const std::string kPayload = "\x1b]0;PWNED\x07\x1b[2J\xe2\x80\xae\xc2\x9b";
const std::string kShown = "\\x1b]0;PWNED\\x07\\x1b[2J\\u202e\\u009b";
// A name with a line break, a colour, an override and a byte that is not UTF-8.
const std::string kOldPath = "old\n\x1b[31m\xe2\x80\xae-2023\xff.txt";
const std::string kNewPath = "new\n\x1b[31m\xe2\x80\xae-2024\xff.txt";

std::string edition(int year, const std::string& verb) {
  const std::string y = std::to_string(year);
  return "計画" + y + kPayload + "\n\n1. 総論" + kPayload + "\n\n" +
         "・研究" + kPayload + "を" + verb + "。2023年度以降も" + kPayload + "支援していく。【◎厚】\n\n" +
         "・相談窓口を" + y + "件" + kPayload + "設けた。【◎経" + (year > 2023 ? "、総" + kPayload : "") +
         "】\n";
}

Document old_doc() { return parse(edition(2023, "支援した"), kOldPath); }
Document new_doc() { return parse(edition(2024, "推進した"), kNewPath); }

// The first character of `report` no reader should get raw, described; "" if
// none. Line feeds are the views' own, CRLF ends CSV records, tabs are blanks.
std::string first_unsafe(const std::string& report) {
  const auto* s = reinterpret_cast<const uint8_t*>(report.data());
  const int32_t length = static_cast<int32_t>(report.size());
  for (int32_t i = 0; i < length;) {
    const int32_t at = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    const bool crlf = c == '\r' && i < length && s[i] == '\n';
    const bool unsafe = c < 0 || (c < 0x20 && c != '\n' && c != '\t' && !crlf) ||
                        (c >= 0x7f && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f ||
                        (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    if (unsafe)
      return "U+" + std::to_string(c) + " at byte " + std::to_string(at) + " in …" +
             report.substr(at > 40 ? at - 40 : 0, 40);
  }
  return "";
}

template <typename Write>
std::string written(Write write) {
  std::ostringstream out;
  write(out);
  return out.str();
}

TEST(Printable, EscapesWhatActsInsteadOfShowing) {
  EXPECT_EQ(printable(kPayload), kShown);
  EXPECT_EQ(printable("a\nb\r\tc\x7f"), "a\\x0ab\\x0d\tc\\x7f");
  EXPECT_EQ(printable("a\nb", LineBreaks::kept), "a\nb");
  EXPECT_EQ(printable("\xe2\x80\x8f\xe2\x81\xa6\xd8\x9c\xe2\x80\xa8"), "\\u200f\\u2066\\u061c\\u2028");
  EXPECT_EQ(printable("b\xff\xfe.txt"), "b\\xff\\xfe.txt");
  EXPECT_EQ(printable("\xe6\x96"), "\\xe6\\x96");  // a character cut short
  EXPECT_EQ(printable(std::string("nul\0", 4)), "nul\\x00");
}

TEST(Printable, LeavesTextAloneAndCanBeAppliedTwice) {
  const std::string japanese = "「健康経営銘柄2024」として53社を選定した。\\ ‐ ～ 　(全角空白)";
  EXPECT_EQ(printable(japanese), japanese);
  EXPECT_EQ(printable("C:\\x1b is a name"), "C:\\x1b is a name");
  EXPECT_EQ(printable(printable(kPayload + kOldPath)), printable(kPayload + kOldPath));
  EXPECT_EQ(printable("\xe2\x80\x8b\xe2\x80\x8d"), "\xe2\x80\x8b\xe2\x80\x8d");  // ZWSP, ZWJ: shown
}

// What split_unsafe says of a text: only C0 controls (and line feeds), which
// a JSON string escapes by itself.
bool only_controls_by_splitting(std::string_view text) {
  bool only = true;
  detail::split_unsafe(text, LineBreaks::escaped, [](std::string_view) {},
                       [&](detail::Unsafe u) { only = only && !u.stray_byte && u.code < 0x20; });
  return only;
}

// only_controls_unsafe passes most characters at a glance by their first
// byte: it must say what decoding every character says, for every unsafe
// character and ill-formed sequence at every place among kana, kanji, accented
// letters and ASCII, and for every line of the samples.
TEST(Printable, OnlyControlsUnsafeAsDecodingEveryCharacterSays) {
  const std::vector<std::string> odd = {
      "\x1b", "\x7f", "\xc2\x85", "\xc2\xa0", "\xd8\x9c", "\xd8\x80", "\xe2\x80\x8e", "\xe2\x80\xae",
      "\xe2\x81\xa6", "\xe2\x80\xa8", "\xe2\x80\xbb", "\xef\xbf\xbd", "\xef\xbc\xa1", "\xed\xa0\x80",
      "\xe0\x80\x80", "\xe0\xa0\x80", "\xc0\xaf", "\xc1\xbf", "\x80", "\xbf", "\xe3\x81", "\xe3",
      "\xc3", "\xf0\x9f\x98\x80", "\xf4\x90\x80\x80", "\xff", "\xe3\x81\x82\x80", "\xe3\xc3\xa9"};
  const std::vector<std::string> around = {"", "あ", "健康", "é", "a", "\xdf\xbf", "\xee\x80\x80"};
  for (const std::string& c : odd)
    for (const std::string& before : around)
      for (const std::string& after : around) {
        const std::string t = before + c + after;
        EXPECT_EQ(detail::only_controls_unsafe(t), only_controls_by_splitting(t)) << printable(t);
      }
  for (const char* name : {"kenko-iryo-senryaku-2024.txt", "law/kaishaho-2020-04-01.md"}) {
    const std::string text = test::read_bytes(test::sample_path(name));
    for (size_t at = 0, end; at < text.size(); at = end + 1) {
      end = std::min(text.find('\n', at), text.size());
      const std::string_view line(text.data() + at, end - at);
      ASSERT_EQ(detail::only_controls_unsafe(line), only_controls_by_splitting(line)) << line;
    }
  }
}

TEST(HostileText, ComparisonViewsShowItEscaped) {
  const Comparison c = compare(old_doc(), new_doc());
  ASSERT_GT(c.summary().changed + c.summary().added, 0);
  ASSERT_FALSE(c.stale.empty());
  for (Format f : {Format::text, Format::markdown, Format::csv, Format::html}) {
    SCOPED_TRACE(format_name(f));
    const std::string report = written([&](std::ostream& out) { write_comparison(c, f, out); });
    EXPECT_EQ(first_unsafe(report), "");
    if (f != Format::markdown) EXPECT_NE(report.find(kShown), std::string::npos) << report;
  }
  const std::string md = written([&](std::ostream& out) { write_comparison(c, Format::markdown, out); });
  EXPECT_NE(md.find("\\\\x1b\\]0;PWNED"), std::string::npos) << md;  // \ and ] backslashed
  const std::string text = written([&](std::ostream& out) { write_comparison(c, Format::text, out); });
  EXPECT_NE(text.find("new\\x0a\\x1b[31m\\u202e-2024\\xff.txt"), std::string::npos) << text;
}

TEST(HostileText, ParseCheckAndHistoryViewsShowItEscaped) {
  const Document d = new_doc();
  const std::vector<StaleFinding> findings = check_stale(d);
  ASSERT_FALSE(findings.empty());
  const std::string outline = written([&](std::ostream& out) { write_document(d, Format::text, out); });
  const std::string check =
      written([&](std::ostream& out) { write_findings(d, findings, Format::text, out); });
  const History h = follow_history({old_doc(), new_doc()});
  for (const std::string& report :
       {outline, check, written([&](std::ostream& out) { write_history(h, Format::text, out); }),
        written([&](std::ostream& out) { write_history(h, Format::csv, out); }),
        written([&](std::ostream& out) { write_history(h, Format::html, out); })}) {
    EXPECT_EQ(first_unsafe(report), "");
    EXPECT_NE(report.find(kShown), std::string::npos) << report;
  }
}

// JSON keeps the document's text verbatim (escaped the JSON way, so safe to
// print too) and stays valid UTF-8: a byte of a name that is not UTF-8 is the
// text \xff.
TEST(HostileText, JsonStaysValidAndKeepsTheText) {
  const Comparison c = compare(old_doc(), new_doc());
  const Document d = new_doc();
  const std::vector<std::string> reports = {
      written([&](std::ostream& out) { write_comparison(c, Format::json, out); }),
      written([&](std::ostream& out) { write_document(d, Format::json, out); }),
      written([&](std::ostream& out) { write_findings(d, check_stale(d), Format::json, out); })};
  for (const std::string& report : reports) {
    EXPECT_EQ(first_unsafe(report), "");
    const nlohmann::json j = nlohmann::json::parse(report);  // throws on invalid UTF-8
    const nlohmann::json& doc = j.contains("new") ? j["new"] : j.contains("file") ? j["file"] : j;
    EXPECT_EQ(doc["title"], "計画2024" + kPayload);
    EXPECT_EQ(doc["path"], "new\n\x1b[31m\xe2\x80\xae-2024\\xff.txt");
  }
  EXPECT_NE(reports[0].find("\\u001B]0;PWNED\\u0007\\u001B[2J\\u202E\\u009B"), std::string::npos);
}

}  // namespace
}  // namespace nendiff
