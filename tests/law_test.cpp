// The law profile on two real revisions of 会社法 (samples/law), scored
// against scripts/law-reference.py, which splits the Markdown at its article
// headings and compares texts without any of nendiff's code; and a law's own
// check: references to articles and paragraphs an edition no longer has.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "nendiff/check.hpp"
#include "nendiff/compare.hpp"
#include "nendiff/parse.hpp"
#include "test_support.hpp"

namespace nendiff {
namespace {

using test::sample_path;

const std::string kOld = sample_path("law/kaishaho-2017-04-01.md");
const std::string kNew = sample_path("law/kaishaho-2020-04-01.md");

const Comparison& law_pair() {
  static const Comparison c = [] {
    std::vector<Document> docs = load_editions({kOld, kNew});
    return compare(std::move(docs[0]), std::move(docs[1]));
  }();
  return c;
}

std::set<std::string> as_set(const nlohmann::json& labels) {
  return {labels.begin(), labels.end()};
}

// Article labels of the units with `status` (a range 「第九百三十条から第九百
// 三十二条まで」 is one unit, as the law writes it).
std::set<std::string> labels_with(const Comparison& c, Status status) {
  std::set<std::string> out;
  for (const MeasureDiff& d : c.measures)
    if (d.status == status) out.insert(c.shown(d).label);
  return out;
}

// Every article the reference finds changed is changed, and nothing else is;
// none is invented as added or dropped.
TEST(LawReference, ArticleStatusesMatchAnIndependentReading) {
  const test::RunResult ref = test::run_program(NENDIFF_PYTHON, {NENDIFF_LAW_REFERENCE, kOld, kNew});
  ASSERT_EQ(ref.exit_code, 0) << ref.err;
  const nlohmann::json want = nlohmann::json::parse(ref.out);
  const Comparison& c = law_pair();
  EXPECT_EQ(c.new_doc.layout.profile, "law");
  EXPECT_EQ(labels_with(c, Status::changed), as_set(want["changed"]));
  EXPECT_EQ(labels_with(c, Status::added), as_set(want["added"]));
  EXPECT_EQ(labels_with(c, Status::dropped), as_set(want["removed"]));
  EXPECT_EQ(as_set(want["changed"]).size(), 30u);  // the reference itself found them
  size_t articles = 0;
  for (const Measure& m : c.new_doc.measures) articles += m.kind == UnitKind::article;
  EXPECT_EQ(articles, want["articles"].get<size_t>());
}

TEST(LawReference, TheCliExitsOneAndTheIdenticalPairZero) {
  const test::RunResult differ = test::run_nendiff({"compare", kOld, kNew});
  EXPECT_EQ(differ.exit_code, 1) << differ.err;
  EXPECT_NE(differ.out.find("、変更 30、"), std::string::npos) << differ.out;
  EXPECT_EQ(differ.err, "");  // a law is a known layout: no generic notice
  const test::RunResult same = test::run_nendiff({"compare", kNew, kNew});
  EXPECT_EQ(same.exit_code, 0) << same.out;
}

// The references of `d` the check finds dangling.
std::set<std::string> dangling_in(const Document& d, const CheckOptions& options = {}) {
  std::set<std::string> out;
  for (const StaleFinding& f : check_stale(d, options))
    if (f.reason == "dangling_reference") out.insert(f.text);
  return out;
}

// A revision that deletes an article and a paragraph still referred to
// elsewhere: each reference is a finding, in the newer edition's words.
TEST(Law, ReferencesToRemovedArticlesAndParagraphs) {
  const std::string old_text =
      "# 某法\n\n### 第一章 総則\n\n#### 第一条\n\nこの法律は、目的を定める。\n\n"
      "#### 第二条\n\n届出は、書面でする。\n\n２ 前項の届出は、電子的方法でもすることができる。\n\n"
      "#### 第三条\n\n第二条第二項の届出をした者は、記録を保存する。\n\n"
      "#### 第四条\n\n第五条の規定は、国には適用しない。\n\n#### 第五条\n\n報告を求めることができる。\n";
  std::string new_text = old_text;
  new_text.replace(new_text.find("\n\n２ 前項の届出"), std::string("\n\n２ 前項の届出は、電子的方法でもすることができる。").size(), "");
  new_text.replace(new_text.find("#### 第五条"), std::string::npos, "");
  const Document old_doc = parse(old_text, "old.md", {"law"});
  const Document new_doc = parse(new_text, "new.md", {"law"});
  ASSERT_EQ(new_doc.measures.size(), 4u);
  CheckOptions options;
  options.prior = &old_doc;
  EXPECT_EQ(dangling_in(new_doc, options), (std::set<std::string>{"第二条第二項", "第五条"}));
  // Without the prior edition only the article is known to be gone.
  EXPECT_EQ(dangling_in(new_doc), std::set<std::string>{"第五条"});
}

// A regulation written across the page numbers its provisions in digits
// (「第3条の2」「第2条第1項第1号」), its 号 「(1)」: recognised as a law,
// paired article by article, its references checked as a law's are.
TEST(Law, ARegulationNumberedInDigitsIsReadAsALaw) {
  const std::string old_text =
      "文書管理規則\n\n第1章　総則\n\n（目的）\n第1条　この規則は、文書の管理について定める。\n\n"
      "（定義）\n第2条　この規則において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。\n"
      "(1)　文書　職員が職務上作成した文書をいう。\n(2)　記録　文書の写しをいう。\n\n"
      "第2章　保存\n\n（保存期間）\n第3条　文書は、5年間保存する。\n"
      "2　前項の期間は、延長することができる。\n\n（電子的保存）\n第3条の2　文書は、電子的に保存することができる。\n\n"
      "（廃棄）\n第4条　第5条の規定による確認を経た文書は、廃棄する。\n\n"
      "（確認）\n第5条　管理者は、廃棄の前に文書を確認する。\n\n"
      "（報告）\n第6条　管理者は、第2条第1号の文書の数を毎年報告する。\n";
  std::string new_text = old_text;
  new_text.replace(new_text.find("5年間"), std::string("5年間").size(), "10年間");
  new_text.replace(new_text.find("\n\n（廃棄）"), 0,
                   "\n\n（移管）\n第3条の3　保存期間を満了した文書は、移管することができる。");
  new_text.erase(new_text.find("（確認）"), new_text.find("（報告）") - new_text.find("（確認）"));
  const Document old_doc = parse(old_text, "old.txt");
  const Document new_doc = parse(new_text, "new.txt");
  EXPECT_EQ(old_doc.layout.profile, "law");
  EXPECT_EQ(new_doc.layout.profile, "law");
  std::vector<std::string> labels;
  for (const Measure& m : new_doc.measures) labels.emplace_back(m.label);
  EXPECT_EQ(labels, (std::vector<std::string>{"第1条", "第2条", "第3条", "第3条の2", "第3条の3", "第4条", "第6条"}));
  ASSERT_EQ(new_doc.sections.size(), 2u);
  EXPECT_EQ(new_doc.sections[1].label, "第2章");
  const Comparison c = compare(parse(old_text, "old.txt"), parse(new_text, "new.txt"));
  EXPECT_EQ(labels_with(c, Status::changed), std::set<std::string>{"第3条"});
  EXPECT_EQ(labels_with(c, Status::added), std::set<std::string>{"第3条の3"});
  EXPECT_EQ(labels_with(c, Status::dropped), std::set<std::string>{"第5条"});
  EXPECT_EQ(dangling_in(new_doc), std::set<std::string>{"第5条"});  // 第2条第1号 still stands
}

// The real 会社法 as a converter wrote it: 112 article captions (「*（趣旨）*」)
// run into the line above, a 款's heading or the last item of the article
// before. Each is read as its article's caption: no heading, no other
// article, holds one, and every article that has a caption starts with it.
TEST(Law, RunInCaptionsBelongToTheArticleBelow) {
  for (const Document* d : {&law_pair().old_doc, &law_pair().new_doc}) {
    for (const Section& s : d->sections) EXPECT_EQ(s.heading.find("*"), std::string::npos) << s.heading;
    size_t captioned = 0;
    for (const Measure& m : d->measures) {
      EXPECT_EQ(m.text.find(")*"), std::string::npos) << m.label.str();
      captioned += m.text.rfind("(", 0) == 0;
      if (!m.captioned) continue;  // the parser says so: its caption is the first sentence
      ASSERT_GE(m.sentences.size(), 2u) << m.label.str();
      EXPECT_EQ(m.sentences.front().text.front(), '(') << m.label.str();
      EXPECT_EQ(m.sentences.front().text.back(), ')') << m.label.str();
    }
    EXPECT_EQ(std::count_if(d->measures.begin(), d->measures.end(), [](const Measure& m) { return m.captioned; }),
              static_cast<std::ptrdiff_t>(captioned));
    EXPECT_GE(captioned, 970u);  // 858 captions on lines of their own, 112 run in, a few absent
  }
}

// Nothing dangles in the real 会社法: every reference it makes resolves.
TEST(Law, TheRealLawHasNoDanglingReference) {
  CheckOptions options;
  options.prior = &law_pair().old_doc;
  for (const StaleFinding& f : check_stale(law_pair().new_doc, options))
    EXPECT_NE(f.reason, "dangling_reference") << f.text << " in " << f.sentence;
}

}  // namespace
}  // namespace nendiff
