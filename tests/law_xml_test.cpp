// A law in e-Gov's XML (法令標準XML) is read as e-Gov prints the law as text:
// the same articles, paragraphs and items, compared as the text would be.
#include <gtest/gtest.h>

#include <algorithm>

#include "nendiff/compare.hpp"
#include "nendiff/error.hpp"
#include "nendiff/parse.hpp"
#include "nendiff/read.hpp"
#include "test_support.hpp"

namespace nendiff {
namespace {

using test::read_bytes;

// A file of the tests' sources (tests/law-xml/, tests/layouts/).
std::string source(const std::string& name) { return test::sample_path("../tests/" + name); }

bool has_line(const std::string& text, const std::string& line) {
  return ("\n" + text + "\n").find("\n" + line + "\n") != std::string::npos;
}

// A law of `provisions`, in the schema's frame.
std::string law(const std::string& provisions) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Law Era=\"Reiwa\" Lang=\"ja\" LawType=\"Act\" Num=\"001\" "
         "Year=\"06\"><LawNum>令和六年法律第一号</LawNum><LawBody><LawTitle>試験法</LawTitle>" +
         provisions + "</LawBody></Law>\n";
}

std::string read_law(const std::string& xml) { return read_input_bytes(xml, "law.xml").utf8; }

TEST(LawXml, IsReadAsE_GovPrintsTheLaw) {
  const std::string text = read_input(source("law-xml/kojin-joho-a.xml")).utf8;
  EXPECT_EQ(text.substr(0, text.find('\n')), "個人情報の保護に関する法律（抄）");
  for (const char* line : {"（平成十五年法律第五十七号）", "第一章　総則", "（定義）",
                           "一　当該情報に含まれる氏名、生年月日その他の記述等により特定の個人を識別することができるもの",
                           "２　この法律において「個人識別符号」とは、次の各号のいずれかに該当する文字、番号、記号その他の符号のうち、"
                           "政令で定めるものをいう。",
                           "附　則"})
    EXPECT_TRUE(has_line(text, line)) << line << "\n" << text;
  EXPECT_NE(text.find("\n第一条　この法律は、デジタル社会の進展に伴い個人情報の利用が著しく拡大していることに鑑み、"),
            std::string::npos);  // the ruby's reading left out
  EXPECT_EQ(text.find("かんが"), std::string::npos);
  EXPECT_EQ(text.find("目次"), std::string::npos);  // the table of contents: the headings again
  EXPECT_EQ(text.find("第一条―第三条"), std::string::npos);
}

// The XML and the text e-Gov prints of the same law are the same law; two
// revisions in XML differ where their texts do.
TEST(LawXml, ComparesAsTheLawsTextDoes) {
  const std::string printed = read_bytes(source("layouts/kojin-joho-a.txt"));
  const std::string with_number = printed.substr(0, printed.find('\n') + 1) + "（平成十五年法律第五十七号）\n" +
                                  printed.substr(printed.find('\n') + 1);
  const Comparison same = compare(parse(with_number, "a.txt"), load_edition(source("law-xml/kojin-joho-a.xml")));
  EXPECT_FALSE(same.has_differences()) << test::counts_of(same.summary());
  EXPECT_EQ(same.new_doc.layout.profile, "law");
  const Comparison xml = compare(load_edition(source("law-xml/kojin-joho-a.xml")),
                                 load_edition(source("law-xml/kojin-joho-b.xml")));
  const Comparison txt = compare(load_edition(source("layouts/kojin-joho-a.txt")),
                                 load_edition(source("layouts/kojin-joho-b.txt")));
  EXPECT_EQ(test::counts_of(xml.summary()), test::counts_of(txt.summary()));
  ASSERT_EQ(xml.measures.size(), txt.measures.size());
  for (size_t i = 0; i < xml.measures.size(); ++i) {
    EXPECT_EQ(xml.measures[i].status, txt.measures[i].status) << i;
    EXPECT_EQ(xml.shown(xml.measures[i]).label.str(), txt.shown(txt.measures[i]).label.str()) << i;
  }
  const auto run = test::run_nendiff({"compare", source("law-xml/kojin-joho-a.xml"), source("law-xml/kojin-joho-b.xml")});
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_NE(run.out.find("[-二年-] → {+三年+}"), std::string::npos) << run.out;
}

TEST(LawXml, ColumnsTablesDeletedArticlesAndUnknownElementsAreText) {
  const std::string text = read_law(law(
      "<MainProvision><Article Num=\"2\"><ArticleCaption>（定義）</ArticleCaption><ArticleTitle>第二条</ArticleTitle>"
      "<Paragraph Num=\"1\"><ParagraphNum/><ParagraphSentence><Sentence>次の用語の意義は、それぞれ定めるところによる。"
      "</Sentence></ParagraphSentence><Item Num=\"1\"><ItemTitle>一</ItemTitle><ItemSentence><Column Num=\"1\">"
      "<Sentence>会社</Sentence></Column><Column Num=\"2\"><Sentence>株式会社をいう。</Sentence></Column></ItemSentence>"
      "<Subitem1 Num=\"1\"><Subitem1Title>イ</Subitem1Title><Subitem1Sentence><Sentence>本店</Sentence></Subitem1Sentence>"
      "</Subitem1></Item></Paragraph></Article>"
      "<Article Num=\"3:5\"><ArticleTitle>第三条から第五条まで</ArticleTitle><Paragraph Num=\"1\"><ParagraphNum/>"
      "<ParagraphSentence><Sentence>削除</Sentence></ParagraphSentence></Paragraph></Article>"
      "<Article Num=\"6\"><ArticleTitle>第六条</ArticleTitle><Paragraph Num=\"1\"><ParagraphNum/><ParagraphSentence>"
      "<Sentence>次の表による。</Sentence></ParagraphSentence><NewThing>新しい要素の文</NewThing></Paragraph></Article>"
      "</MainProvision><SupplProvision AmendLawNum=\"令和六年五月一日法律第九号\" Extract=\"true\">"
      "<SupplProvisionLabel>附　則</SupplProvisionLabel><Paragraph Num=\"1\"><ParagraphNum/><ParagraphSentence>"
      "<Sentence>この法律は、公布の日から施行する。</Sentence></ParagraphSentence></Paragraph></SupplProvision>"
      "<AppdxTable Num=\"1\"><AppdxTableTitle>別表第一</AppdxTableTitle><RelatedArticleNum>（第六条関係）"
      "</RelatedArticleNum><TableStruct><Table><TableRow><TableColumn><Sentence>区分</Sentence></TableColumn>"
      "<TableColumn><Sentence>金額</Sentence></TableColumn></TableRow><TableRow><TableColumn><Sentence>甲</Sentence>"
      "</TableColumn><TableColumn><Sentence>千円</Sentence></TableColumn></TableRow></Table></TableStruct></AppdxTable>"));
  for (const char* line : {"第二条　次の用語の意義は、それぞれ定めるところによる。", "一　会社　株式会社をいう。", "イ　本店",
                           "第三条から第五条まで　削除", "新しい要素の文",
                           "附　則　（令和六年五月一日法律第九号）　抄", "この法律は、公布の日から施行する。",
                           "別表第一（第六条関係）", "区分\t金額", "甲\t千円"})
    EXPECT_TRUE(has_line(text, line)) << line << "\n" << text;
  const DecodedText read = read_input_bytes(law("<MainProvision><Article><ArticleTitle>第一条</ArticleTitle>"
                                                "<Paragraph><ParagraphSentence><Sentence>甲</Sentence>"
                                                "</ParagraphSentence></Paragraph></Article></MainProvision>"
                                                "<AppdxTable><TableStruct><Table><TableRow><TableColumn>乙"
                                                "</TableColumn></TableRow></Table></TableStruct></AppdxTable>"),
                                            "law.xml");
  ASSERT_EQ(read.table_rows.size(), 1u);
  const std::string before_row = read.utf8.substr(0, read.utf8.find("乙"));
  EXPECT_EQ(read.table_rows[0], std::count(before_row.begin(), before_row.end(), '\n') + 1);
  const Document d = parse(text, "law.xml");
  EXPECT_EQ(d.layout.profile, "law");
  // An indented file's line breaks inside a sentence are its layout.
  const std::string indented = read_law(law("<MainProvision><Article><ArticleTitle>第一条</ArticleTitle><Paragraph>\n"
                                            "  <ParagraphSentence><Sentence>\n    この法律は、\n    公布の日から施行する。\n"
                                            "  </Sentence></ParagraphSentence></Paragraph></Article></MainProvision>"));
  EXPECT_TRUE(has_line(indented, "第一条　この法律は、公布の日から施行する。")) << indented;
}

TEST(LawXml, ABrokenOrHostileFileIsRefusedNamingIt) {
  auto refusal = [](const std::string& xml) {
    try {
      read_input_bytes(xml, "bad.xml");
    } catch (const Error& e) {
      return std::string(e.what());
    }
    return std::string("(read)");
  };
  const std::string broken = refusal(law("<MainProvision><Article></MainProvision>"));
  EXPECT_EQ(broken.rfind("bad.xml: malformed law XML at byte ", 0), 0u) << broken;
  std::string deep;
  for (int i = 0; i < 200; ++i) deep += "<Division>";
  for (int i = 0; i < 200; ++i) deep += "</Division>";
  EXPECT_EQ(refusal(law("<MainProvision>" + deep + "</MainProvision>")),
            "bad.xml: XML nested more than 64 elements deep");
  EXPECT_EQ(refusal("<?xml version=\"1.0\"?>\n<Law><LawNum>一</LawNum></Law>\n"),
            "bad.xml: XML that is not a law in e-Gov's form (no <Law> with <LawBody>)");
  const std::string surrogate =
      refusal(law("<MainProvision><Paragraph><ParagraphSentence><Sentence>&#xD800;</Sentence></ParagraphSentence>"
                  "</Paragraph></MainProvision>"));
  EXPECT_EQ(surrogate, "bad.xml: malformed law XML: a character reference to no character");
  // A text that mentions the element is a text.
  EXPECT_EQ(read_input_bytes("法令XMLは <Law> 要素で始まる。\n", "note.txt").utf8, "法令XMLは <Law> 要素で始まる。\n");
}

}  // namespace
}  // namespace nendiff
