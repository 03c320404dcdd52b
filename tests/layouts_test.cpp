// Editions in the layouts of other plans and follow-ups (tests/layouts/): each
// pair gives what a careful reader finds, and the same findings when its text
// is hard-wrapped at 38 characters, as a PDF's text is.
#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

#include "nendiff/compare.hpp"
#include "nendiff/parse.hpp"
#include "test_support.hpp"

namespace nendiff {
namespace {

struct Layout {
  const char* name;
  const char* old_year;
  const char* new_year;
  // test::counts_of: unchanged changed added dropped moved figures, commitments
  // added dropped rewritten, tag changes, stale findings.
  const char* counts;
  const char* last_heading;  // the innermost heading over the new edition's last unit
  const char* profile = "follow-up";
};

const Layout kLayouts[] = {
    // 49社 → 53社 and 3,782社 → 4,288社; a ministry added to one tag.
    {"chizai", "2023", "2024", "2 3 1 1 0 2 0 0 0 1 0", "(1)施策の方向性"},
    // Three KPI and target figures, 「引き続き普及を図る。」 added, three
    // sentences reworded, two plans for 2020 left in the 2021 edition.
    {"seicho", "2020", "2021", "1 5 0 0 0 3 1 0 3 0 2", "ii)データ利活用の推進"},
    // 約22万施設 → 約23万施設; デジタル庁 added to 〈厚生労働省〉.
    {"kisei", "2023", "2024", "2 1 0 0 0 1 0 0 0 1 0", "(2)介護分野の人材確保"},
    // 570兆円 → 600兆円, 1,004円 → 1,055円; one paragraph added, one dropped.
    {"honebuto", "2023", "2024", "3 2 1 1 0 2 0 0 0 0 0", "1.三位一体の労働市場改革"},
    // 1,000団体 → 1,200団体, 500件 → 600件; 中小企業庁 added to a tag on its
    // own line; one measure added under 「◎移住・定住の促進」.
    {"sosei", "2023", "2024", "1 3 1 0 0 2 0 0 0 1 0", "◎移住・定住の促進"},
    // 「ア　…した。（内閣府）」 items under 第１分野 / （２） headings: 作成 → 改訂,
    // 12回 → 18回, 法務省 added beside 最高裁判所, ウ dropped and エ added.
    {"danjo", "2022", "2023", "2 3 1 1 0 1 0 0 1 1 0", "(1)具体的な取組"},
    // 第１ / １ / （１） headings over 「ア　」 items, each closed by the ministry
    // and its number 「【法務省】【施策番号３】」 (a label after the tag, the
    // unit's text): 一層 added, 警察庁 added to a tag and its sentence, 約120件 →
    // 約150件, ウ added, 施策番号６ → ７ (a number, no figure), a 2021年度中
    // carried into the 2022 edition.
    {"higai", "2021", "2022", "3 4 1 0 0 1 0 0 3 1 1", "1保健医療サービス等の提供"},
    // 「１－１」 programmes, the ministries 【…】 before each measure: 95％ → 97％,
    // こども家庭庁 added, 【総務省消防庁】 written 【消防庁】 (one body) with a
    // clause added.
    {"kyoujin", "2023", "2024", "2 3 0 0 0 1 0 0 2 1 0", "1-2密集市街地等における大規模火災"},
    // A law as e-Gov prints it: 第二条 gains an item, 第三条 is added, 第五条
    // reworded, 附則 (its own 第一条, after a caption) 二年 → 三年 (a figure).
    {"kojin-joho", "a", "b", "2 3 1 0 0 1 1 0 1 0 0", "附則", "law"},
    // A study group's report of no known layout, read paragraph by paragraph
    // under headings standing alone (「はじめに」「路線バス」「１．現状と課題」):
    // 約2,000系統 → 約2,400系統, a deadline 2025 → 2026 (no annual roll: a
    // change), one paragraph replaced in 「２．今後の方向性」, the closing one
    // rewritten whole.
    {"kentoukai", "2023", "2024", "2 2 2 2 0 1 0 0 2 0 0", "おわりに", "generic"},
    // A 事務連絡 (a notice: its letterhead is front matter, its subject the
    // title; dated to the day, it is still no decision): the sender's 課
    // renamed, a sentence added to (２)初診, a heading （３） and its paragraph
    // added, 2023 → 2024 and 別紙１ → 別紙２ in the report it asks for.
    {"tsuchi", "2023", "2024", "3 2 1 0 0 1 1 0 1 0 0", "2報告", "generic"},
};

void PrintTo(const Layout& l, std::ostream* os) { *os << l.name; }  // test names, not bytes

std::string edition(const Layout& l, const char* year) {
  return test::read_bytes(test::sample_path(std::string("../tests/layouts/") + l.name + "-" + year + ".txt"));
}

Comparison compare_texts(const std::string& old_text, const std::string& new_text) {
  return compare(parse(old_text), parse(new_text));
}

class Layouts : public ::testing::TestWithParam<Layout> {};

TEST_P(Layouts, FindWhatChanged) {
  const Layout& l = GetParam();
  const Comparison c = compare_texts(edition(l, l.old_year), edition(l, l.new_year));
  EXPECT_EQ(c.new_doc.layout.profile, l.profile);
  EXPECT_EQ(test::counts_of(c.summary()), l.counts);
  ASSERT_FALSE(c.new_doc.measures.empty());
  EXPECT_EQ(c.new_doc.measures.back().section_path.back(), l.last_heading);
  EXPECT_FALSE(compare_texts(edition(l, l.new_year), edition(l, l.new_year)).has_differences());
}

// Laws come from e-Gov a paragraph a line: only the plans and papers are
// also wrapped.
std::vector<Layout> plans() {
  std::vector<Layout> out;
  for (const Layout& l : kLayouts)
    if (std::string(l.profile) != "law") out.push_back(l);
  return out;
}

class WrappedLayouts : public ::testing::TestWithParam<Layout> {};

TEST_P(WrappedLayouts, HardWrappedTheyFindTheSame) {
  const Layout& l = GetParam();
  const Comparison lines = compare_texts(edition(l, l.old_year), edition(l, l.new_year));
  const Comparison wrapped = compare_texts(test::hard_wrapped(edition(l, l.old_year), 38),
                                           test::hard_wrapped(edition(l, l.new_year), 38));
  EXPECT_EQ(test::counts_of(wrapped.summary()), test::counts_of(lines.summary()));
  EXPECT_EQ(test::findings_of(wrapped), test::findings_of(lines));
  EXPECT_EQ(wrapped.new_doc.sections.size(), lines.new_doc.sections.size());
}

// The text as pdftotext writes a PDF of it: lines of 38 characters, pages of
// 12 lines cut by form feeds, each under a running header and over its number.
std::string as_pdftotext(const std::string& text) {
  const std::string wrapped = test::hard_wrapped(text, 38);
  std::string out = "計画の実施状況（本文）\n";
  int line = 0, page = 1;
  for (char c : wrapped) {
    out += c;
    if (c != '\n' || ++line % 12 != 0) continue;
    out += "\n－ " + std::to_string(page++) + " －\n\f計画の実施状況（本文）\n";
  }
  return out + "\n－ " + std::to_string(page) + " －\n";
}

TEST_P(WrappedLayouts, AsPdftotextWritesThemTheyFindTheSame) {
  const Layout& l = GetParam();
  const Comparison lines = compare_texts(edition(l, l.old_year), edition(l, l.new_year));
  test::TempDir dir;  // read from files, as text files are: the read stage finds the pages
  const std::string old_file = dir.file("old.txt"), new_file = dir.file("new.txt");
  test::write_bytes(old_file, as_pdftotext(edition(l, l.old_year)));
  test::write_bytes(new_file, as_pdftotext(edition(l, l.new_year)));
  std::vector<Document> docs = load_editions({old_file, new_file});
  const Comparison paged = compare(std::move(docs[0]), std::move(docs[1]));
  EXPECT_EQ(test::findings_of(paged), test::findings_of(lines));
  EXPECT_EQ(paged.new_doc.sections.size(), lines.new_doc.sections.size());
  EXPECT_GE(paged.new_doc.measures.back().page, 2);  // each edition runs over 20 lines and more
}

std::string name_of(const ::testing::TestParamInfo<Layout>& info) {
  std::string name = info.param.name;
  std::replace(name.begin(), name.end(), '-', '_');  // gtest's names
  return name;
}

INSTANTIATE_TEST_SUITE_P(OtherPlans, Layouts, ::testing::ValuesIn(kLayouts), name_of);
INSTANTIATE_TEST_SUITE_P(OtherPlans, WrappedLayouts, ::testing::ValuesIn(plans()), name_of);

}  // namespace
}  // namespace nendiff
