// Reading Word editions: what Word keeps outside the text (list numbers and
// bullets, tables, revisions, fields, footnotes) read as a person sees it.
// Each test writes its .docx here, so the XML and the expected text sit together.
#include <gtest/gtest.h>

#include <cstdint>
#include <utility>
#include <vector>

#include "nendiff/error.hpp"
#include "nendiff/parse.hpp"
#include "nendiff/parse.hpp"
#include "test_support.hpp"
#include "zip_archive.hpp"

namespace {

using nendiff::read_input;
using nendiff::test::input_error;
using nendiff::test::read_bytes;
using nendiff::test::starts_with;
using nendiff::test::TempDir;
using nendiff::test::write_bytes;

using nendiff::test::Entries;
using nendiff::test::zip_archive;

const std::string kMain = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
using nendiff::test::relationships;

struct Word {
  std::string body;                 // inside w:body
  std::string numbering, styles, footnotes;  // inside their root elements; "" to leave out
  std::string prefix = "w";
};

std::string part(const std::string& root, const std::string& inside, const std::string& prefix) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><" + prefix + ":" + root + " xmlns:" + prefix +
         "=\"" + kMain + "\">" + inside + "</" + prefix + ":" + root + ">";
}

std::string docx(const TempDir& dir, const std::string& name, const Word& w) {
  Entries entries = {{"_rels/.rels", relationships({{"officeDocument", "word/document.xml"}})},
                     {"word/document.xml", part("document", "<" + w.prefix + ":body>" + w.body +
                                                                "</" + w.prefix + ":body>",
                                                w.prefix)}};
  std::vector<std::pair<std::string, std::string>> targets;
  for (const auto& [type, inside] : {std::pair<std::string, std::string>{"numbering", w.numbering},
                                     {"styles", w.styles}, {"footnotes", w.footnotes}}) {
    if (inside.empty()) continue;
    targets.push_back({type, type + ".xml"});
    entries.push_back({"word/" + type + ".xml", part(type, inside, w.prefix)});
  }
  entries.push_back({"word/_rels/document.xml.rels", relationships(targets)});
  write_bytes(dir.file(name), zip_archive(entries));
  return dir.file(name);
}

std::string p(const std::string& runs, const std::string& properties = "") {
  return "<w:p>" + (properties.empty() ? "" : "<w:pPr>" + properties + "</w:pPr>") + runs + "</w:p>";
}
std::string r(const std::string& text) { return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>"; }
std::string list(int num, int level) {
  return "<w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/><w:numId w:val=\"" +
         std::to_string(num) + "\"/></w:numPr>";
}
std::string level(int ilvl, const std::string& format, const std::string& text,
                  const std::string& extra = "") {
  return "<w:lvl w:ilvl=\"" + std::to_string(ilvl) + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" +
         format + "\"/><w:lvlText w:val=\"" + text + "\"/>" + extra + "</w:lvl>";
}

// Heading numbers as this document family writes them: 1. / (1) / ① / ○, and bullets.
const std::string kOutline =
    "<w:abstractNum w:abstractNumId=\"0\">" + level(0, "decimal", "%1.") +
    level(1, "decimal", "(%2)") + level(2, "decimalEnclosedCircle", "%3") +
    level(3, "bullet", "○") + "</w:abstractNum>"
    "<w:abstractNum w:abstractNumId=\"1\">" +
    level(0, "bullet", "\xEF\x82\xB7", "<w:rPr><w:rFonts w:ascii=\"Symbol\"/></w:rPr>") +
    "</w:abstractNum>"
    "<w:abstractNum w:abstractNumId=\"2\">" + level(0, "bullet", "•") + "</w:abstractNum>"
    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
    "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
    "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"2\"/></w:num>"
    // Lists of the same abstract list count on, unless one restarts.
    "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"0\"/>"
    "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
    "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"0\"/></w:num>";

const std::string kListStyle =
    "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"/>"
    "<w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:basedOn w:val=\"Normal\"/>"
    "<w:pPr><w:numPr><w:numId w:val=\"3\"/></w:numPr></w:pPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Bullet2\"><w:basedOn w:val=\"ListBullet\"/></w:style>";

TEST(Word, ListNumbersAndBulletsAsWordShowsThem) {
  TempDir dir;
  Word w;
  w.numbering = kOutline;
  w.styles = kListStyle;
  w.body = p(r("健康・医療戦略の実行状況と今後の取組方針2024")) +
           p(r("新産業創出等"), list(1, 0)) + p(r("新産業創出"), list(1, 1)) +
           p(r("ヘルスケア産業の促進等"), list(1, 2)) + p(r("健康投資の促進"), list(1, 3)) +
           p(r("健康経営を推進する。【◎経】"), list(2, 0)) +
           p(r("保険者の取組を支援する。【◎厚】"), "<w:pStyle w:val=\"Bullet2\"/>") +
           p(r("適正なサービス"), list(1, 2)) + p(r("国際展開"), list(1, 0)) +
           p(r("アジア"), list(1, 1)) + p(r("別紙"), list(4, 0)) + p(r("参考"), list(5, 0)) +
           p(r("番号なしの段落。"), "<w:pStyle w:val=\"ListBullet\"/>" + list(0, 0));
  const nendiff::DecodedText text = read_input(docx(dir, "outline.docx", w));
  EXPECT_EQ(text.encoding, "DOCX");
  EXPECT_EQ(text.utf8,
            "健康・医療戦略の実行状況と今後の取組方針2024\n\n1. 新産業創出等\n\n(1) 新産業創出\n\n"
            "① ヘルスケア産業の促進等\n\n○ 健康投資の促進\n\n・健康経営を推進する。【◎経】\n\n"
            "・保険者の取組を支援する。【◎厚】\n\n② 適正なサービス\n\n2. 国際展開\n\n(1) アジア\n\n"
            "1. 別紙\n\n3. 参考\n\n番号なしの段落。\n");
  const nendiff::Document d = nendiff::parse(text.utf8);
  ASSERT_EQ(d.sections.size(), 9u);
  EXPECT_EQ(d.sections[3].level, 4);
  ASSERT_EQ(d.measures.size(), 3u);
  EXPECT_EQ(d.measures[1].section_path.back(), "○健康投資の促進");
}

TEST(Word, TablesAsRowsOfText) {
  TempDir dir;
  Word w;
  auto tc = [](const std::string& inside) { return "<w:tc>" + inside + "</w:tc>"; };
  w.body = p(r("(実績)") + "<w:r><w:br/></w:r>" + r("表のとおり")) + "<w:tbl><w:tblPr/>" +
           "<w:tr>" + tc(p(r("指標"))) + tc(p(r("2023年度"))) + tc(p(r("2024年度"))) + "</w:tr>" +
           "<w:tr>" + tc(p(r("健康経営")) + p(r("銘柄"))) + tc(p("")) +
           tc(p(r("53社") + "<w:r><w:tab/></w:r>" + r("(約)"))) + "</w:tr>" + "</w:tbl>" + p(r("以上。"));
  const nendiff::DecodedText text = read_input(docx(dir, "table.docx", w));
  // A tab inside a cell would part it: it reads as a space.
  EXPECT_EQ(text.utf8, "(実績)\n表のとおり\n\n指標\t2023年度\t2024年度\n\n健康経営 銘柄\t53社 (約)\n\n以上。\n");
  EXPECT_EQ(text.table_rows, (std::vector<int>{4, 6}));  // marked: the parser keeps them out of units
}

TEST(Word, RevisionsFieldsBreaksAndFootnotes) {
  TempDir dir;
  Word w;
  w.body = p(r("引き続き") + "<w:del><w:r><w:delText>削除した語</w:delText></w:r></w:del>" +
             "<w:ins><w:r><w:t>推進</w:t></w:r></w:ins>" +
             "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
             "<w:r><w:instrText> PAGE </w:instrText></w:r>"
             "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + r("3") +
             "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" +
             "<w:hyperlink><w:r><w:t>する</w:t></w:r></w:hyperlink>" +
             "<w:r><w:footnoteReference w:id=\"2\"/></w:r>" + r("。") +
             "<w:r><w:br/><w:t>改行後</w:t><w:tab/><w:t>タブ後</w:t><w:br w:type=\"page\"/></w:r>") +
           "<w:sdt><w:sdtContent>" + p(r("コンテンツ コントロール")) + "</w:sdtContent></w:sdt>";
  w.footnotes = "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p/></w:footnote>"
                "<w:footnote w:id=\"2\"><w:p><w:r><w:footnoteRef/></w:r>" + r(" 脚注の本文。") +
                "</w:p></w:footnote>";
  EXPECT_EQ(read_input(docx(dir, "revised.docx", w)).utf8,
            "引き続き推進3する\xC2\xB9。\n改行後\tタブ後\n\nコンテンツ コントロール\n\n"
            "\xC2\xB9 脚注の本文。\n");
}

TEST(Word, AnyNamespacePrefix) {
  TempDir dir;
  Word w;
  w.prefix = "ns0";
  w.body = "<ns0:p><ns0:r><ns0:t>健康経営を推進する。</ns0:t></ns0:r></ns0:p>";
  EXPECT_EQ(read_input(docx(dir, "prefix.docx", w)).utf8, "健康経営を推進する。\n");
}

TEST(Word, CorruptDocumentIsRefused) {
  TempDir dir;
  Word w;
  w.body = p(r("本文"));
  const std::string bytes = read_bytes(docx(dir, "whole.docx", w));
  const std::string truncated = dir.file("truncated.docx");
  write_bytes(truncated, bytes.substr(0, bytes.size() / 2));
  EXPECT_TRUE(starts_with(input_error(truncated),
                          truncated + ": corrupt Word document (not a readable ZIP archive"))
      << input_error(truncated);
  w.body = "<w:p><w:r><w:t>閉じていない</w:r></w:p>";
  const std::string broken = docx(dir, "broken.docx", w);
  EXPECT_TRUE(starts_with(input_error(broken), broken + ": corrupt Word document (word/document.xml: "))
      << input_error(broken);
  const auto cli = nendiff::test::run_nendiff({"parse", broken});
  EXPECT_EQ(cli.exit_code, 2);
  EXPECT_NE(cli.err.find(broken + ": corrupt Word document"), std::string::npos) << cli.err;
}

TEST(Word, OtherArchivesAreNamed) {
  TempDir dir;
  const std::string zip = dir.file("notes.docx");
  write_bytes(zip, zip_archive({{"notes.txt", "健康経営"}}));
  EXPECT_EQ(input_error(zip), zip + ": ZIP archive, not a text edition");
  const std::string pptx = dir.file("slides.pptx");
  write_bytes(pptx, zip_archive({{"_rels/.rels", relationships({{"officeDocument", "ppt/presentation.xml"}})},
                                 {"ppt/presentation.xml", "<p:presentation/>"}}));
  EXPECT_EQ(input_error(pptx), pptx + ": PowerPoint file (.pptx), not a text edition");
}

TEST(Word, PasswordProtectedWordIsRefused) {
  TempDir dir;
  // Word encrypts a .docx into an OLE container holding an EncryptedPackage stream.
  std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  ole += std::string(504, '\0');
  for (char c : std::string("EncryptedPackage")) ole += std::string(1, c) + '\0';
  ole += std::string(512, '\0');
  const std::string path = dir.file("locked.docx");
  write_bytes(path, ole);
  EXPECT_EQ(input_error(path),
            path + ": encrypted (password-protected) Office document: save an unprotected copy");
}

}  // namespace
