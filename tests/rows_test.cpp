// The row model every tabular report reads: the order of the rows, the ghosts
// of moved measures, the headings above each row, its findings and the counts
// per top-level section; the HTML 新旧対照表 shows exactly these rows.
#include "report/rows.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "nendiff/parse.hpp"
#include "nendiff/report.hpp"
#include "report/util.hpp"
#include "test_support.hpp"

namespace nendiff::detail {
namespace {

// Three measures under 1., the second moved under 2. in the new edition, one
// dropped, one added.
const std::string kOld =
    "方針2023\n\n1. 健康\n\n(健康経営)\n\n"
    "・健康経営を推進した。【◎経】\n\n"
    "・医療機器の相談窓口を一元化した。【◎厚】\n\n"
    "・協議会の設置を推進した。【◎厚】\n\n"
    "・旧年度のみの試行事業を実施した。【◎文】\n\n"
    "2. 研究\n\n(人材)\n\n"
    "・若手研究者の育成を支援した。【◎文】\n";
const std::string kNew =
    "方針2024\n\n1. 健康\n\n(健康経営)\n\n"
    "・健康経営を推進した。【◎経】\n\n"
    "・協議会の設置を推進した。【◎厚】\n\n"
    "・新しい取組を実施する。【◎経】\n\n"
    "2. 研究\n\n(人材)\n\n"
    "・若手研究者の育成を支援した。【◎文】\n\n"
    "・医療機器の相談窓口を一元化した。【◎厚】\n";

Comparison pair() { return compare(parse(kOld, "old.txt"), parse(kNew, "new.txt")); }

// 「n21」 for a row of the new edition's measure, 「o21」 for the old one's.
std::string id_of(const Row& r) {
  return r.new_measure && !r.ghost ? "n" + std::to_string(r.new_measure->line)
                                   : "o" + std::to_string(r.old_measure->line);
}

std::string texts(const std::vector<Row>& rows) {
  std::string out;
  for (const Row& r : rows)
    out += (r.ghost ? "ghost " : "") + std::string(status_name(r.diff->status)) + " " +
           excerpt(r.shown().text, 3) + "\n";
  return out;
}

TEST(Rows, MeasureRowsFollowTheComparison) {
  const Comparison c = pair();
  const std::vector<Row> rows = measure_rows(c);
  ASSERT_EQ(rows.size(), c.measures.size());
  for (size_t i = 0; i < rows.size(); ++i) {
    EXPECT_EQ(rows[i].diff, &c.measures[i]);
    EXPECT_EQ(rows[i].old_measure, c.old_measure(c.measures[i]));
    EXPECT_EQ(rows[i].new_measure, c.new_measure(c.measures[i]));
    EXPECT_EQ(&rows[i].shown(), &c.shown(c.measures[i]));
    EXPECT_FALSE(rows[i].ghost);
  }
}

TEST(Rows, AGhostStandsWhereTheMovedMeasureWas) {
  const Comparison c = pair();
  const std::vector<Row> rows = table_rows(c);
  // Each ghost follows its old predecessor's row; the dropped measure follows
  // its old predecessor too (the Comparison's order).
  EXPECT_EQ(texts(rows),
            "unchanged 健康経…\n"
            "ghost unchanged 医療機…\n"
            "unchanged 協議会…\n"
            "dropped 旧年度…\n"
            "added 新しい…\n"
            "unchanged 若手研…\n"
            "unchanged 医療機…\n");
  const Row& ghost = rows[1];
  const Row& moved = rows[6];
  EXPECT_TRUE(moved.diff->moved);
  EXPECT_EQ(ghost.diff, moved.diff);
  EXPECT_TRUE(ghost.differs());
  EXPECT_FALSE(rows[0].differs());
  // Each under its own edition's headings.
  ASSERT_EQ(ghost.headings.size(), 2u);
  EXPECT_TRUE(ghost.headings[0].old_edition);
  EXPECT_EQ(ghost.headings[0].section->heading, "1.健康");
  EXPECT_EQ(ghost.headings[1].section->heading, "(健康経営)");
  EXPECT_EQ(ghost.headings[0].id(), "os3");
  ASSERT_EQ(moved.headings.size(), 2u);
  EXPECT_FALSE(moved.headings[0].old_edition);
  EXPECT_EQ(moved.headings[0].section->heading, "2.研究");
  EXPECT_EQ(moved.headings[0].id(), "s" + std::to_string(moved.headings[0].section->line));
  EXPECT_TRUE(rows[3].headings[0].old_edition);  // dropped: the old edition's heading
}

TEST(Rows, TheHtmlShowsTheTableRowsInTheirOrder) {
  for (const Comparison& c :
       {pair(), compare(load_edition(test::sample_path("kenko-iryo-senryaku-2023.txt")),
                        load_edition(test::sample_path("kenko-iryo-senryaku-2024.txt")))}) {
    std::ostringstream html;
    write_comparison(c, Format::html, html);
    std::vector<std::string> shown;
    const std::string page = html.str();
    std::regex row("<tr class=\"(m [a-z]+|ghost)\" id=\"([no][0-9]+)\"");
    for (auto it = std::sregex_iterator(page.begin(), page.end(), row);
         it != std::sregex_iterator(); ++it)
      shown.push_back(((*it)[1] == "ghost" ? "ghost " : "") + std::string((*it)[2]));
    std::vector<std::string> expected;
    for (const Row& r : table_rows(c)) expected.push_back((r.ghost ? "ghost " : "") + id_of(r));
    EXPECT_EQ(shown, expected);
    EXPECT_GT(expected.size(), c.measures.size());  // both pairs have moved measures
  }
}

TEST(Rows, FindingsGoToTheRowOfTheirMeasure) {
  const Comparison c = compare(load_edition(test::sample_path("kenko-iryo-senryaku-2023.txt")),
                               load_edition(test::sample_path("kenko-iryo-senryaku-2024.txt")));
  size_t in_measures = 0, on_rows = 0;
  for (const StaleFinding& f : c.stale) in_measures += f.measure.has_value();
  for (const Row& r : table_rows(c)) {
    if (r.ghost) EXPECT_TRUE(r.stale.empty());
    for (const StaleFinding* f : r.stale) {
      ASSERT_TRUE(r.new_measure);
      EXPECT_EQ(&c.new_doc.measures[*f->measure], r.new_measure);
    }
    on_rows += r.stale.size();
  }
  EXPECT_GT(in_measures, 0u);
  EXPECT_EQ(on_rows, in_measures);
}

TEST(Rows, CountsPerTopLevelSection) {
  const Comparison c = pair();
  const auto counts = top_section_counts(table_rows(c));  // ghosts are not counted twice
  ASSERT_EQ(counts.size(), 2u);
  EXPECT_EQ(counts[0].first, "1. 健康");  // the heading as written
  EXPECT_EQ(counts[0].second.unchanged, 2);
  EXPECT_EQ(counts[0].second.added, 1);
  EXPECT_EQ(counts[0].second.dropped, 1);  // under its old heading
  EXPECT_EQ(counts[1].first, "2. 研究");
  EXPECT_EQ(counts[1].second.moved, 1);
  EXPECT_EQ(counts[1].second.total(), 2);
  const Comparison flat = compare(parse("方針2023\n\n・研究を支援した。【◎文】\n"),
                                  parse("方針2024\n\n・研究を支援した。【◎文】\n"));
  EXPECT_EQ(top_section_counts(measure_rows(flat)).at(0).first, "(見出しなし)");
}

TEST(Rows, LineReferencesNameThePdfPage) {
  Measure m;
  m.line = 21;
  EXPECT_EQ(line_ref(&m), "L21");
  m.page = 3;
  EXPECT_EQ(line_ref(&m), "p.3 L21");
  EXPECT_EQ(line_ref(&m, false), "L21");
  EXPECT_EQ(line_ref(nullptr), "—");
  EXPECT_EQ(line_ref(53, 0), "L53");
}

}  // namespace
}  // namespace nendiff::detail
